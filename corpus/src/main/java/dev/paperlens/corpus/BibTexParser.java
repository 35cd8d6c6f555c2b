package dev.paperlens.corpus;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a .bib file into {@link BibEntry} records, one entry at a time.
 *
 * <p>One bad entry must not hide the good ones, so the content is first cut into entries at each
 * top-level '@' ({@link BibTexChunks}); each is read on its own ({@link BibTexFields}) by one
 * reader that remembers @string macros. A broken entry is reported through the problems callback
 * with its path and line and left out.
 */
public final class BibTexParser {
  private BibTexParser() {}

  /**
   * An entry's start from its "@" ("@type{key," or "@type(key,"); it counts where only blanks stand
   * before it on its line ({@link #startsLine}).
   */
  private static final Pattern ENTRY_AT =
      Pattern.compile("@[A-Za-z]+[ \\t]*[{(][ \\t]*[^\\s,{}()=\"]+[ \\t]*,");

  /** Fields holding identifiers or paths, where LaTeX characters are meant literally. */
  private static final Set<String> VERBATIM =
      Set.of("url", "doi", "eprint", "file", "pdf", "urldate", "biburl");

  private static final Pattern YEAR = Pattern.compile("\\b(1[5-9]\\d\\d|20\\d\\d|21\\d\\d)\\b");
  private static final Pattern CORR_VOLUME = Pattern.compile("(?i)^abs/(.+)$");

  /**
   * Every well-formed entry of the content, in file order.
   *
   * @param path the .bib file's path, recorded in each entry and named in problem messages
   * @param content the whole file
   * @param problems receives one message per skipped entry: "path:line: why"
   */
  public static List<BibEntry> parse(String path, String content, Consumer<String> problems) {
    return read(path, content, problems).entries();
  }

  /**
   * A library read whole: its entries and whether its last entry is not closed (see {@link
   * #endsInsideAnEntry}), told by the same pass.
   */
  public record Library(List<BibEntry> entries, boolean endsInsideAnEntry) {}

  /** Reads a library as {@link #parse(String, String, Consumer)} does, and how it ends. */
  public static Library read(String path, String content, Consumer<String> problems) {
    List<BibEntry> entries = new ArrayList<>();
    Reading reading = new Reading(path, problems);
    reading.read(content, 1, entries::add);
    return new Library(entries, reading.endsInsideAnEntry);
  }

  /**
   * Every well-formed entry of a library read from {@code reader} block by block, so a library of
   * any size is read without holding its whole text: each block is cut after its last line that
   * starts an entry, which is where {@link BibTexChunks} would end an entry anyway, so the entries
   * are the same as if the whole text had been given to {@link #parse(String, String, Consumer)}.
   *
   * @param blockChars how many characters to read at a time
   */
  public static List<BibEntry> parse(
      String path, Reader reader, int blockChars, Consumer<String> problems) throws IOException {
    List<BibEntry> entries = new ArrayList<>();
    Reading reading = new Reading(path, problems);
    char[] block = new char[blockChars];
    StringBuilder pending = new StringBuilder();
    int line = 1;
    int read;
    while ((read = reader.read(block)) >= 0) {
      int scanFrom = Math.max(0, pending.length() - 1);
      pending.append(block, 0, read);
      int cut = lastEntryLine(pending, scanFrom);
      if (cut <= 0) {
        continue;
      }
      String ready = pending.substring(0, cut);
      pending.delete(0, cut);
      reading.read(ready, line, entries::add);
      line += newlines(ready);
    }
    reading.read(pending.toString(), line, entries::add);
    return entries;
  }

  /** The start of the last line beginning with '@' (after blanks) at or after {@code from}. */
  private static int lastEntryLine(CharSequence s, int from) {
    for (int i = s.length() - 1; i >= from; i--) {
      if (s.charAt(i) == '\n') {
        int p = i + 1;
        while (p < s.length() && (s.charAt(p) == ' ' || s.charAt(p) == '\t')) {
          p++;
        }
        if (p < s.length() && s.charAt(p) == '@') {
          return i + 1;
        }
      }
    }
    return -1;
  }

  private static int newlines(String s) {
    int count = 0;
    for (int i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', i + 1)) {
      count++;
    }
    return count;
  }

  /**
   * One library being read: its path, its problems and the macros its @string entries define.
   *
   * <p>Entries are cut out in order, then read on every core: the entries between two @string
   * entries see the same macros, so each run of them is read in parallel and its results (entries
   * and problem lines) are passed on in file order, as a reading one by one would.
   */
  private static final class Reading {
    /** Fewer entries than this in a run are read on this thread: forking costs more. */
    private static final int PARALLEL_RUN = 64;

    private final String path;
    private final Consumer<String> problems;
    private final BibTexFields fields = new BibTexFields();
    private final List<BibTexChunks.Chunk> run = new ArrayList<>();
    private boolean endsInsideAnEntry;

    Reading(String path, Consumer<String> problems) {
      this.path = path;
      this.problems = problems;
    }

    /** What reading one entry gave: the entry, or null, and its problem lines in order. */
    private record Outcome(BibEntry entry, List<String> problems) {}

    void read(String content, int firstLine, Consumer<BibEntry> entries) {
      if (content == null || content.isEmpty()) {
        return;
      }
      List<BibTexChunks.Chunk> chunks = BibTexChunks.split(content, firstLine);
      for (BibTexChunks.Chunk chunk : chunks) {
        if (!chunk.closed()) {
          flush(entries);
          problems.accept(
              path + ":" + chunk.line() + ": " + opening(chunk) + " is not closed; skipped");
          continue;
        }
        String type = chunk.type().toLowerCase(Locale.ROOT);
        if (type.equals("comment") || type.equals("preamble")) {
          continue;
        }
        if (type.equals("string")) {
          flush(entries);
          try {
            fields.readMacros(chunk);
          } catch (BibTexFields.Malformed e) {
            problems.accept(malformed(chunk, e));
          }
        } else {
          run.add(chunk);
        }
      }
      flush(entries);
      endsInsideAnEntry = !chunks.isEmpty() && !chunks.get(chunks.size() - 1).closed();
    }

    /** Reads the entries cut out since the last @string or unclosed entry, in parallel. */
    private void flush(Consumer<BibEntry> entries) {
      if (run.isEmpty()) {
        return;
      }
      List<Outcome> outcomes;
      if (run.size() < PARALLEL_RUN) {
        outcomes = run.stream().map(chunk -> entry(chunk, fields)).toList();
      } else {
        outcomes =
            run.parallelStream().map(chunk -> entry(chunk, fields.forAnotherThread())).toList();
      }
      run.clear();
      for (Outcome outcome : outcomes) {
        outcome.problems().forEach(problems);
        if (outcome.entry() != null) {
          entries.accept(outcome.entry());
        }
      }
    }

    private Outcome entry(BibTexChunks.Chunk chunk, BibTexFields reader) {
      List<String> lines = new ArrayList<>(0);
      try {
        BibTexFields.Body body = reader.readEntry(chunk);
        String type = BibTexFields.canonical(chunk.type().toLowerCase(Locale.ROOT));
        return new Outcome(toEntry(body, type, path, chunk, lines::add), lines);
      } catch (BibTexFields.Malformed e) {
        lines.add(malformed(chunk, e));
        return new Outcome(null, lines);
      }
    }

    private String malformed(BibTexChunks.Chunk chunk, BibTexFields.Malformed e) {
      return path
          + ":"
          + chunk.line()
          + ": "
          + opening(chunk)
          + ": "
          + e.getMessage()
          + " at line "
          + (chunk.line() + newlines(chunk.text().substring(0, e.offset)))
          + "; skipped";
    }
  }

  /**
   * Whether the content's last entry is not closed: what a .bib being written looks like when it is
   * read halfway (an entry left open in the middle of a file is a mistake, not this).
   */
  public static boolean endsInsideAnEntry(String content) {
    List<BibTexChunks.Chunk> chunks = BibTexChunks.split(content);
    return !chunks.isEmpty() && !chunks.get(chunks.size() - 1).closed();
  }

  /**
   * Whether the content has an entry start ("@type{key," or "@type(key,") at the start of a line.
   */
  public static boolean looksLikeBibTex(String content) {
    if (content == null) {
      return false;
    }
    // Tried only at an "@" that only blanks separate from its line's start: a scan tried the
    // pattern at every position of every Telegram page the loader asked about.
    Matcher entry = ENTRY_AT.matcher(content);
    for (int at = content.indexOf('@'); at >= 0; at = content.indexOf('@', at + 1)) {
      if (startsLine(content, at) && entry.region(at, content.length()).lookingAt()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether only spaces and tabs stand between {@code at} and the start of its line, where a
   * multiline "^" matches: the start of the content or after a line terminator.
   */
  private static boolean startsLine(String content, int at) {
    int i = at - 1;
    while (i >= 0 && (content.charAt(i) == ' ' || content.charAt(i) == '\t')) {
      i--;
    }
    if (i < 0) {
      return true;
    }
    char c = content.charAt(i);
    return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
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
    for (String field :
        List.of("journal", "journaltitle", "booktitle", "note", "howpublished", "publisher")) {
      String id = LinkIds.arxivId(entry.field(field));
      if (id != null) {
        return id;
      }
    }
    String journal = entry.field("journal");
    if (journal == null) {
      journal = entry.field("journaltitle");
    }
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

  /**
   * Where the entry appeared: "journal", else BibLaTeX's "journaltitle", else "booktitle"; or null.
   */
  public static String venue(BibEntry entry) {
    for (String field : List.of("journal", "journaltitle", "booktitle")) {
      String value = entry.field(field);
      if (value != null && !value.isBlank()) {
        return value.strip();
      }
    }
    return null;
  }

  /**
   * The entry's language as BibLaTeX's "langid" (or the older "hyphenation", or "language") names
   * it, lower-cased ("english", "russian"); or null.
   */
  public static String language(BibEntry entry) {
    for (String field : List.of("langid", "hyphenation", "language")) {
      String value = entry.field(field);
      if (value != null && !value.isBlank()) {
        return value.strip().toLowerCase(Locale.ROOT);
      }
    }
    return null;
  }

  /**
   * The publication year from "year", else from a BibLaTeX "date" ("2023-05-01", "2023-05",
   * "2020/2021", whose first year counts); or null.
   */
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
   * " after LaTeX was resolved, so a braced corporate name of a .bib holding " and " is split too;
   * a name still braced whole (a CSL item's literal name, "{Google DeepMind}") is one name as it
   * stands.
   */
  public static List<String> authors(BibEntry entry) {
    String value = entry.field("author");
    if (value == null || value.isBlank()) {
      return List.of();
    }
    List<String> names = new ArrayList<>();
    for (String raw : outsideBraces(value.strip(), Separator.AND)) {
      String name = raw.strip();
      if (name.isEmpty() || name.equalsIgnoreCase("others")) {
        continue;
      }
      if (name.startsWith("{") && name.endsWith("}") && name.indexOf('}') == name.length() - 1) {
        names.add(collapseSpaces(name.substring(1, name.length() - 1).strip(), false));
        continue;
      }
      List<String> split = outsideBraces(name, Separator.COMMA);
      String[] parts = new String[split.size()];
      for (int i = 0; i < parts.length; i++) {
        parts[i] = withoutBraces(split.get(i));
      }
      String normalized =
          switch (parts.length) {
            case 1 -> parts[0];
            case 2 -> (parts[1] + " " + parts[0]).strip();
            default -> (parts[2] + " " + parts[0] + " " + parts[1]).strip();
          };
      names.add(collapseSpaces(normalized, false));
    }
    return names;
  }

  /**
   * What names are split on: " and " as the regular expression {@code \s+and\s+} finds it, and a
   * comma with the blanks around it ({@code \s*,\s*}). Found by a scan, not a regular expression:
   * every entry's authors are split when a library is first read, and the matchers were about 4% of
   * the samples of a 20,000-entry {@code papers} run.
   */
  enum Separator {
    AND,
    COMMA;

    /** Where this separator, matched from {@code start} as its pattern would, ends; or -1. */
    int endOfMatchAt(String text, int start) {
      int n = text.length();
      int p = skipSpaces(text, start);
      if (this == AND) {
        if (p == start
            || !text.startsWith("and", p)
            || p + 3 >= n
            || !isSpace(text.charAt(p + 3))) {
          return -1;
        }
        return skipSpaces(text, p + 3);
      }
      return p < n && text.charAt(p) == ',' ? skipSpaces(text, p + 1) : -1;
    }
  }

  /** The text split where the separator stands outside braces, as a regular expression finds it. */
  static List<String> outsideBraces(String text, Separator separator) {
    List<String> parts = new ArrayList<>();
    int n = text.length();
    int from = 0;
    int depth = 0;
    int i = 0;
    while (i < n) {
      int end = separator.endOfMatchAt(text, i);
      if (end >= 0) {
        if (depth == 0) {
          parts.add(text.substring(from, i));
          from = end;
        }
        i = end; // a separator holds no brace
        continue;
      }
      char c = text.charAt(i);
      if (isSpace(c)) {
        // every place in a run of blanks ends where the run's start did, and that failed
        i = skipSpaces(text, i);
        continue;
      }
      depth += c == '{' ? 1 : c == '}' && depth > 0 ? -1 : 0;
      i++;
    }
    parts.add(text.substring(from));
    return parts;
  }

  /** What the regular expression {@code \s} matches: a space, tab, line feed, VT, FF or CR. */
  private static boolean isSpace(char c) {
    return c == ' ' || (c >= '\t' && c <= '\r');
  }

  private static int skipSpaces(String text, int from) {
    int p = from;
    while (p < text.length() && isSpace(text.charAt(p))) {
      p++;
    }
    return p;
  }

  private static String withoutBraces(String part) {
    return part.indexOf('{') < 0 && part.indexOf('}') < 0
        ? part
        : part.replace("{", "").replace("}", "");
  }

  /** The title without braces or LaTeX, whitespace collapsed; or null. */
  public static String title(BibEntry entry) {
    String title = entry.field("title");
    if (title == null) {
      return null;
    }
    String plain = collapseSpaces(title, true).strip();
    return plain.isEmpty() ? null : plain;
  }

  /**
   * The text with each run of whitespace (what the regular expression \\s matches) as one space,
   * braces dropped when asked. A loop, not a regular expression: every entry's title and authors
   * pass through it.
   */
  private static String collapseSpaces(String text, boolean dropBraces) {
    StringBuilder out = new StringBuilder(text.length());
    boolean inSpace = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (dropBraces && (c == '{' || c == '}')) {
        continue;
      }
      boolean space = c == ' ' || (c >= '\t' && c <= '\r');
      if (!space) {
        out.append(c);
      } else if (!inSpace) {
        out.append(' ');
      }
      inSpace = space;
    }
    return out.toString();
  }

  private static BibEntry toEntry(
      BibTexFields.Body body,
      String type,
      String path,
      BibTexChunks.Chunk chunk,
      Consumer<String> problems) {
    Map<String, String> fields = new LinkedHashMap<>();
    for (Map.Entry<String, String> field : body.fields().entrySet()) {
      String name = field.getKey();
      String raw = field.getValue();
      if (raw == null) {
        // An undefined @string macro: keep the entry, lose the field.
        problems.accept(path + ":" + chunk.line() + ": field " + name + " could not be read");
        continue;
      }
      fields.put(name, raw);
    }
    // A long value (an abstract) is rendered from its LaTeX when first read: a first stage reads
    // no abstract.
    return new BibEntry(
        body.key(), type, EntryFields.ofLatex(fields, VERBATIM), path, chunk.line(), chunk.text());
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
}
