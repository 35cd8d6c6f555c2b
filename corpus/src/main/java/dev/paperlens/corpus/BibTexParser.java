package dev.paperlens.corpus;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXObject;
import org.jbibtex.BibTeXString;
import org.jbibtex.Key;
import org.jbibtex.Value;

/**
 * Reads a .bib file into {@link BibEntry} records with jbibtex, one entry at a time.
 *
 * <p>jbibtex stops at the first syntax error, and one bad entry must not hide the good ones, so the
 * content is first cut into entries at each top-level '@' ({@link BibTexChunks}); each is parsed on
 * its own by one parser that remembers @string macros. A broken entry is reported through the
 * problems callback with its path and line and left out.
 */
public final class BibTexParser {
  private BibTexParser() {}

  private static final Pattern ENTRY_START =
      Pattern.compile("(?m)^[ \\t]*@[A-Za-z]+[ \\t]*[{(][ \\t]*[^\\s,{}()=\"]+[ \\t]*,");

  /** Fields holding identifiers or paths, where LaTeX characters are meant literally. */
  private static final Set<String> VERBATIM =
      Set.of("url", "doi", "eprint", "file", "pdf", "urldate", "biburl");

  private static final Pattern YEAR = Pattern.compile("\\b(1[5-9]\\d\\d|20\\d\\d|21\\d\\d)\\b");
  private static final Pattern AND = Pattern.compile("\\s+and\\s+");
  private static final Pattern CORR_VOLUME = Pattern.compile("(?i)^abs/(.+)$");

  /**
   * Every well-formed entry of the content, in file order.
   *
   * @param path the .bib file's path, recorded in each entry and named in problem messages
   * @param content the whole file
   * @param problems receives one message per skipped entry: "path:line: why"
   */
  public static List<BibEntry> parse(String path, String content, Consumer<String> problems) {
    List<BibEntry> entries = new ArrayList<>();
    if (content == null || content.isEmpty()) {
      return entries;
    }
    LenientParser parser = LenientParser.create();
    for (BibTexChunks.Chunk chunk : BibTexChunks.split(content)) {
      if (!chunk.closed()) {
        problems.accept(
            path + ":" + chunk.line() + ": " + opening(chunk) + " is not closed; skipped");
        continue;
      }
      String type = chunk.type().toLowerCase(Locale.ROOT);
      if (type.equals("comment") || type.equals("preamble")) {
        continue;
      }
      BibTeXDatabase database;
      try {
        database = parser.parse(new StringReader(chunk.bracedText()));
      } catch (Exception | Error e) {
        problems.accept(
            path
                + ":"
                + chunk.line()
                + ": "
                + opening(chunk)
                + ": "
                + reason(e, chunk)
                + "; skipped");
        continue;
      }
      for (BibTeXObject object : database.getObjects()) {
        if (object instanceof BibTeXString macro) {
          parser.addMacro(macro);
        } else if (object instanceof BibTeXEntry entry) {
          BibEntry read = toEntry(entry, path, chunk, problems);
          if (read != null) {
            entries.add(read);
          }
        }
      }
    }
    return entries;
  }

  /**
   * Whether the content has an entry start ("@type{key," or "@type(key,") at the start of a line.
   */
  public static boolean looksLikeBibTex(String content) {
    return content != null && ENTRY_START.matcher(content).find();
  }

  /**
   * The entry's arXiv id without version: from "eprint" (when "archiveprefix"/"eprinttype" is arXiv
   * or absent and the value looks like an arXiv id), from "journal"/"note"/"howpublished" text like
   * "arXiv preprint arXiv:2312.00752", from DBLP's "journal = CoRR, volume = abs/2312.00752", from
   * an arXiv "url", or from an arXiv DOI. Null when none says.
   */
  public static String arxivId(BibEntry entry) {
    String eprint = entry.field("eprint");
    String prefix = entry.field("archiveprefix");
    if (prefix == null) {
      prefix = entry.field("eprinttype");
    }
    if (eprint != null && (prefix == null || prefix.equalsIgnoreCase("arxiv"))) {
      String id = LinkIds.bareArxivId(eprint);
      if (id == null && prefix != null) {
        id = LinkIds.arxivId(eprint);
      }
      if (id != null) {
        return id;
      }
    }
    for (String field : List.of("journal", "booktitle", "note", "howpublished", "publisher")) {
      String id = LinkIds.arxivId(entry.field(field));
      if (id != null) {
        return id;
      }
    }
    String journal = entry.field("journal");
    String volume = entry.field("volume");
    if (journal != null && journal.equalsIgnoreCase("corr") && volume != null) {
      Matcher m = CORR_VOLUME.matcher(volume.strip());
      if (m.matches()) {
        String id = LinkIds.bareArxivId(m.group(1));
        if (id != null) {
          return id;
        }
      }
    }
    String fromUrl = LinkIds.arxivId(entry.field("url"));
    if (fromUrl != null) {
      return fromUrl;
    }
    return LinkIds.arxivId(entry.field("doi") == null ? null : "doi:" + entry.field("doi"));
  }

  /**
   * The entry's DOI in lower case, from "doi" (bare, "doi:" or URL form) or a doi.org "url"; or
   * null.
   */
  public static String doi(BibEntry entry) {
    String doi = LinkIds.doiIn(entry.field("doi"));
    return doi != null ? doi : LinkIds.doiFromUrl(entry.field("url"));
  }

  /** The publication year from "year", else from a biblatex "date" ("2023-05-01"); or null. */
  public static Integer year(BibEntry entry) {
    for (String field : List.of("year", "date")) {
      String value = entry.field(field);
      if (value != null) {
        Matcher m = YEAR.matcher(value);
        if (m.find()) {
          return Integer.valueOf(m.group(1));
        }
      }
    }
    return null;
  }

  /**
   * The authors, in order, each normalized to "First Last": hover cards and reviews name people
   * that way, and it reads the same whether the .bib wrote "Gu, Albert" or "Albert Gu". "Last, Jr,
   * First" becomes "First Last Jr". "others" (BibTeX's et al.) is dropped. Names are split on " and
   * " after LaTeX was resolved, so a braced corporate name holding " and " is split too.
   */
  public static List<String> authors(BibEntry entry) {
    String value = entry.field("author");
    if (value == null || value.isBlank()) {
      return List.of();
    }
    List<String> names = new ArrayList<>();
    for (String raw : AND.split(value.strip())) {
      String name = raw.strip();
      if (name.isEmpty() || name.equalsIgnoreCase("others")) {
        continue;
      }
      String[] parts = name.split("\\s*,\\s*");
      String normalized =
          switch (parts.length) {
            case 1 -> parts[0];
            case 2 -> (parts[1] + " " + parts[0]).strip();
            default -> (parts[2] + " " + parts[0] + " " + parts[1]).strip();
          };
      names.add(normalized.replaceAll("\\s+", " "));
    }
    return names;
  }

  /** The title without braces or LaTeX, whitespace collapsed; or null. */
  public static String title(BibEntry entry) {
    String title = entry.field("title");
    if (title == null) {
      return null;
    }
    String plain = title.replace("{", "").replace("}", "").replaceAll("\\s+", " ").strip();
    return plain.isEmpty() ? null : plain;
  }

  private static BibEntry toEntry(
      BibTeXEntry entry, String path, BibTexChunks.Chunk chunk, Consumer<String> problems) {
    Map<String, String> fields = new LinkedHashMap<>();
    for (Map.Entry<Key, Value> field : entry.getFields().entrySet()) {
      String name = field.getKey().getValue().toLowerCase(Locale.ROOT);
      String raw;
      try {
        raw = field.getValue().toUserString();
      } catch (RuntimeException e) {
        // An undefined @string macro: keep the entry, lose the field.
        problems.accept(path + ":" + chunk.line() + ": field " + name + " could not be read");
        continue;
      }
      if (raw == null) {
        continue;
      }
      fields.put(name, VERBATIM.contains(name) ? raw.strip() : LatexToUnicode.plain(raw));
    }
    return new BibEntry(
        entry.getKey().getValue(),
        entry.getType().getValue().toLowerCase(Locale.ROOT),
        fields,
        path,
        chunk.line(),
        chunk.text());
  }

  /** How the entry starts ("@article{broken"), to name it in a message. */
  private static String opening(BibTexChunks.Chunk chunk) {
    String text = chunk.text();
    int end = text.length();
    for (char stop : new char[] {',', '\n', '='}) {
      int at = text.indexOf(stop);
      if (at >= 0 && at < end) {
        end = at;
      }
    }
    String opening = text.substring(0, Math.min(end, 60)).strip();
    return end > 60 ? opening + "…" : opening;
  }

  /** jbibtex's complaint, with the line in the file where it stopped when it says. */
  private static String reason(Throwable e, BibTexChunks.Chunk chunk) {
    String reason = firstLine(e.getMessage());
    if (e instanceof org.jbibtex.ParseException pe
        && pe.currentToken != null
        && pe.currentToken.next != null) {
      reason += " at line " + (chunk.line() + pe.currentToken.next.beginLine - 1);
    }
    return reason;
  }

  private static String firstLine(String message) {
    if (message == null || message.isBlank()) {
      return "malformed entry";
    }
    String line = message.strip().lines().findFirst().orElse("malformed entry");
    return line.length() > 160 ? line.substring(0, 160) + "…" : line;
  }

  /** jbibtex's parser, told not to fail on macros and cross-references defined in other chunks. */
  private static final class LenientParser extends org.jbibtex.BibTeXParser {
    private LenientParser() throws org.jbibtex.ParseException {
      super();
    }

    static LenientParser create() {
      try {
        return new LenientParser();
      } catch (org.jbibtex.ParseException e) {
        throw new IllegalStateException("jbibtex could not start", e);
      }
    }

    @Override
    public void checkStringResolution(Key key, BibTeXString string) {
      // undefined macros are reported when the field is read
    }

    @Override
    public void checkCrossReferenceResolution(Key key, BibTeXEntry entry) {
      // the target usually lives in another chunk; crossref stays a plain field
    }
  }
}
