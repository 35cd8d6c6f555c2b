package dev.paperlens.corpus;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads CSL-JSON libraries (a JSON array of CSL items, as Zotero, Better BibTeX and pandoc write
 * them) into the same {@link BibEntry} records BibTeX gives, with BibTeX's field names, so that a
 * CSL item merges with reviews, completes, hovers and resolves exactly like a BibTeX entry.
 *
 * <p>The array is read with Jackson's streaming parser one item at a time, so a large library is
 * never held as one tree. A library that ends early (a half-written export) gives one message and
 * no entries: a partial library would make citations of the missing half look unknown.
 */
public final class CslJsonParser {
  private static final JsonFactory JSON = new JsonFactory();

  /**
   * The mapper, made when a CSL-JSON library is read: every file is asked whether it is one, and a
   * short process reading BibTeX should not load jackson-databind for that.
   */
  private static final class Mapper {
    static final ObjectMapper MAPPER = new ObjectMapper(JSON);
  }

  /** Keys that only a CSL item has among the JSON this reads. */
  private static final Set<String> CSL_KEYS =
      Set.of(
          "title",
          "author",
          "editor",
          "issued",
          "container-title",
          "DOI",
          "URL",
          "citation-key",
          "publisher",
          "abstract");

  private CslJsonParser() {}

  /**
   * Whether the content is a CSL-JSON library: a JSON array that is empty or whose first element is
   * an object with a {@code type} or {@code id} and one of the bibliographic keys (title, author,
   * issued, ...). Decided from the first item, so a truncated library is still recognized.
   */
  public static boolean looksLikeCslJson(String content) {
    if (content == null) {
      return false;
    }
    try (JsonParser json = JSON.createParser(new StringReader(content))) {
      if (json.nextToken() != JsonToken.START_ARRAY) {
        return false;
      }
      JsonToken first = json.nextToken();
      if (first == JsonToken.END_ARRAY) {
        return true;
      }
      if (first != JsonToken.START_OBJECT) {
        return false;
      }
      boolean typed = false;
      boolean bibliographic = false;
      while (json.nextToken() == JsonToken.FIELD_NAME) {
        String name = json.currentName();
        typed |= name.equals("type") || name.equals("id");
        bibliographic |= CSL_KEYS.contains(name);
        if (typed && bibliographic) {
          return true;
        }
        json.nextToken();
        json.skipChildren();
      }
      return false;
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * Every item of the library as a BibTeX-shaped entry, in file order. Items without a key ({@code
   * citation-key} or {@code id}) or that are not objects are skipped with a message each; a library
   * that is not complete JSON gives one message and no entries.
   *
   * @param path the file, as entries and messages name it
   */
  public static List<BibEntry> parse(String path, Reader content, Consumer<String> problems) {
    List<BibEntry> entries = new ArrayList<>();
    try (JsonParser json = JSON.createParser(content)) {
      json.setCodec(Mapper.MAPPER);
      if (json.nextToken() != JsonToken.START_ARRAY) {
        problems.accept(path + ": not a CSL-JSON array; skipped");
        return List.of();
      }
      JsonToken token;
      while ((token = json.nextToken()) != JsonToken.END_ARRAY) {
        if (token == null) {
          throw new EndsEarly(json.currentLocation().getLineNr());
        }
        int line = json.currentTokenLocation().getLineNr();
        if (token != JsonToken.START_OBJECT) {
          json.skipChildren();
          problems.accept(path + ":" + line + ": a CSL item must be an object; skipped");
          continue;
        }
        JsonNode item = json.readValueAsTree();
        BibEntry entry = entry(item, path, line);
        if (entry == null) {
          problems.accept(path + ":" + line + ": CSL item without an id; skipped");
        } else {
          entries.add(entry);
        }
      }
      return entries;
    } catch (EndsEarly e) {
      problems.accept(endsEarly(path, e.line));
    } catch (JsonProcessingException e) {
      problems.accept(endsEarly(path, e.getLocation() == null ? -1 : e.getLocation().getLineNr()));
    } catch (IOException e) {
      problems.accept(path + ": cannot be read (" + e.getMessage() + "); skipped");
    }
    return List.of();
  }

  /** {@link #parse(String, Reader, Consumer)} over a whole file's text. */
  public static List<BibEntry> parse(String path, String content, Consumer<String> problems) {
    return parse(path, new StringReader(content), problems);
  }

  private static String endsEarly(String path, int line) {
    return path
        + ": CSL-JSON that is not complete (it breaks off"
        + (line > 0 ? " at line " + line : "")
        + ", as a library still being written does); no entries read; skipped";
  }

  private static final class EndsEarly extends IOException {
    private static final long serialVersionUID = 1L;
    private final int line;

    EndsEarly(int line) {
      super("ends early");
      this.line = line;
    }
  }

  /** One CSL item as a BibTeX entry; null when it has no key. */
  static BibEntry entry(JsonNode item, String path, int line) {
    String key = text(item, "citation-key");
    if (key == null) {
      key = text(item, "citationKey");
    }
    if (key == null) {
      key = text(item, "id");
    }
    if (key == null) {
      return null;
    }
    String cslType = text(item, "type");
    String type = bibType(cslType);
    Map<String, String> fields = new LinkedHashMap<>();
    put(fields, "title", text(item, "title"));
    put(fields, "author", names(item.get("author")));
    put(fields, "editor", names(item.get("editor")));
    put(fields, "date", date(item.get("issued")));
    String container = text(item, "container-title");
    put(fields, type.equals("article") ? "journal" : "booktitle", container);
    put(fields, "publisher", text(item, "publisher"));
    put(fields, "volume", text(item, "volume"));
    put(fields, "number", text(item, "issue"));
    put(fields, "pages", text(item, "page"));
    put(fields, "doi", text(item, "DOI"));
    put(fields, "url", text(item, "URL"));
    put(fields, "isbn", text(item, "ISBN"));
    put(fields, "language", text(item, "language"));
    put(fields, "abstract", text(item, "abstract"));
    put(fields, "note", text(item, "note"));
    String arxiv = arxivId(item, container);
    if (arxiv != null) {
      fields.put("eprint", arxiv);
      fields.put("archiveprefix", "arXiv");
    }
    return new BibEntry(
        key, type, fields, path, line, bibtex(type, key, fields), SourceFormat.CSL_JSON);
  }

  /**
   * An arXiv id from Better BibTeX's {@code number} of a preprint ("arXiv:2312.00752"), or from the
   * "arXiv: 2312.00752" line Zotero keeps in {@code note}; null when neither says.
   */
  private static String arxivId(JsonNode item, String container) {
    String number = text(item, "number");
    if (number != null) {
      boolean onArxiv =
          number.toLowerCase(Locale.ROOT).startsWith("arxiv")
              || "arxiv".equalsIgnoreCase(container)
              || "arxiv".equalsIgnoreCase(text(item, "publisher"));
      String id = onArxiv ? LinkIds.bareArxivId(number.strip()) : null;
      if (id != null) {
        return id;
      }
    }
    String note = text(item, "note");
    if (note != null) {
      for (String noteLine : note.split("\n")) {
        String id = LinkIds.bareArxivId(noteLine.strip());
        if (id != null && noteLine.toLowerCase(Locale.ROOT).contains("arxiv")) {
          return id;
        }
      }
    }
    return null;
  }

  /** The BibTeX entry type closest to a CSL type. */
  static String bibType(String cslType) {
    if (cslType == null) {
      return "misc";
    }
    return switch (cslType) {
      case "article", "article-journal", "article-magazine", "article-newspaper" -> "article";
      case "paper-conference" -> "inproceedings";
      case "book" -> "book";
      case "chapter" -> "incollection";
      case "thesis" -> "phdthesis";
      case "report" -> "techreport";
      default -> "misc";
    };
  }

  /**
   * CSL names as a BibTeX name list: "Family, Given" each (with a particle and suffix where given),
   * a {@code literal} name (an institution) braced so that it stays one name.
   */
  private static String names(JsonNode list) {
    if (list == null || !list.isArray()) {
      return null;
    }
    List<String> out = new ArrayList<>();
    for (JsonNode name : list) {
      String literal = text(name, "literal");
      String family = text(name, "family");
      String given = text(name, "given");
      if (family == null && literal == null) {
        literal = given;
        given = null;
      }
      if (family == null) {
        if (literal != null) {
          out.add("{" + literal.replace("{", "").replace("}", "") + "}");
        }
        continue;
      }
      String particle = text(name, "non-dropping-particle");
      String full = particle == null ? family : particle + " " + family;
      String suffix = text(name, "suffix");
      out.add(
          full
              + (suffix != null ? ", " + suffix : "")
              + (given != null ? ", " + given : suffix != null ? ", " : ""));
    }
    return out.isEmpty() ? null : String.join(" and ", out);
  }

  /** A CSL date as a BibLaTeX date ("2023-12", "2019/2020"), or its raw or literal text. */
  private static String date(JsonNode issued) {
    if (issued == null) {
      return null;
    }
    if (issued.isTextual() || issued.isNumber()) {
      return issued.asText();
    }
    JsonNode parts = issued.get("date-parts");
    if (parts != null && parts.isArray() && !parts.isEmpty()) {
      List<String> ends = new ArrayList<>();
      for (JsonNode end : parts) {
        List<String> pieces = new ArrayList<>();
        for (JsonNode piece : end) {
          String value = piece.asText().strip();
          if (value.isEmpty()) {
            break;
          }
          pieces.add(pieces.isEmpty() ? value : (value.length() == 1 ? "0" + value : value));
        }
        if (!pieces.isEmpty()) {
          ends.add(String.join("-", pieces));
        }
      }
      if (!ends.isEmpty()) {
        return String.join("/", ends);
      }
    }
    String raw = text(issued, "raw");
    return raw != null ? raw : text(issued, "literal");
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node == null ? null : node.get(field);
    if (value == null || !(value.isTextual() || value.isNumber())) {
      return null;
    }
    String text = value.asText().strip();
    return text.isEmpty() ? null : text;
  }

  private static void put(Map<String, String> fields, String name, String value) {
    if (value != null) {
      fields.put(name, value);
    }
  }

  /** Fields written as they are: identifiers, where a backslash would change the value. */
  private static final Set<String> VERBATIM = Set.of("doi", "url", "eprint", "isbn");

  /**
   * The entry as BibTeX, for copying into a .bib ("Add BibTeX entry"): braces in values that are
   * not the item's own are dropped and LaTeX's special characters escaped, so it always parses.
   */
  static String bibtex(String type, String key, Map<String, String> fields) {
    StringBuilder out = new StringBuilder("@").append(type).append('{').append(key);
    for (Map.Entry<String, String> field : fields.entrySet()) {
      String name = field.getKey();
      String value = field.getValue();
      if (name.equals("abstract") || name.equals("note")) {
        continue;
      }
      String written =
          VERBATIM.contains(name)
              ? value.replace("{", "").replace("}", "")
              : name.equals("author") || name.equals("editor")
                  ? names(value)
                  : escape(value.replace("{", "").replace("}", ""));
      out.append(",\n  ").append(name).append(" = {").append(written).append('}');
    }
    return out.append("\n}").toString();
  }

  /** A name list whose braced literal names keep their braces, the rest escaped. */
  private static String names(String list) {
    StringBuilder out = new StringBuilder();
    int depth = 0;
    StringBuilder plain = new StringBuilder();
    for (int i = 0; i < list.length(); i++) {
      char c = list.charAt(i);
      if (c == '{' || c == '}') {
        out.append(escape(plain.toString()));
        plain.setLength(0);
        depth += c == '{' ? 1 : -1;
        if (depth >= 0) {
          out.append(c);
        }
      } else {
        plain.append(c);
      }
    }
    return out.append(escape(plain.toString())).toString();
  }

  private static String escape(String value) {
    StringBuilder out = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if ("&%$#_".indexOf(c) >= 0) {
        out.append('\\');
      }
      out.append(c);
    }
    return out.toString();
  }
}
