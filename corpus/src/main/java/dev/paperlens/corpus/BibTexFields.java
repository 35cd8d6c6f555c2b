package dev.paperlens.corpus;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the body of one entry ({@link BibTexChunks.Chunk}) the way BibTeX does: a key, then {@code
 * name = value} fields separated by commas, where a value is a braced or quoted string, a number or
 * a {@code @string} macro name, joined with {@code #}. Values are returned as written between their
 * delimiters (LaTeX unresolved).
 *
 * <p>One pass over the chunk's text with no copies beyond the values themselves: this replaced
 * jbibtex, whose generated parser allocated a character stream and a token object per entry and per
 * field and made reading a 20,000-entry library take seconds (docs/performance.md).
 */
final class BibTexFields {
  /** The body breaks the grammar at {@code offset} of the chunk's text. */
  static final class Malformed extends Exception {
    private static final long serialVersionUID = 1L;
    final int offset;

    Malformed(String message, int offset) {
      super(message);
      this.offset = offset;
    }
  }

  /** An entry's key and fields; a field whose macro is undefined has a null value. */
  record Body(String key, Map<String, String> fields) {}

  /** The month macros every BibTeX style defines, as jbibtex and biber expand them. */
  private static final Map<String, String> MONTHS =
      Map.ofEntries(
          Map.entry("jan", "January"),
          Map.entry("feb", "February"),
          Map.entry("mar", "March"),
          Map.entry("apr", "April"),
          Map.entry("may", "May"),
          Map.entry("jun", "June"),
          Map.entry("jul", "July"),
          Map.entry("aug", "August"),
          Map.entry("sep", "September"),
          Map.entry("oct", "October"),
          Map.entry("nov", "November"),
          Map.entry("dec", "December"));

  /**
   * Field names and entry types most libraries use, each one string: every entry kept in memory
   * holds its names, and at 70,000 entries a copy per entry was some 40 MB of the heap.
   */
  private static final Map<String, String> CANONICAL =
      java.util.stream.Stream.of(
              "address",
              "abstract",
              "annote",
              "archiveprefix",
              "author",
              "biburl",
              "bibsource",
              "booktitle",
              "chapter",
              "crossref",
              "date",
              "doi",
              "edition",
              "editor",
              "eprint",
              "eprinttype",
              "eprintclass",
              "file",
              "howpublished",
              "hyphenation",
              "institution",
              "isbn",
              "issn",
              "issue",
              "journal",
              "journaltitle",
              "keywords",
              "langid",
              "language",
              "month",
              "note",
              "number",
              "organization",
              "pages",
              "pdf",
              "primaryclass",
              "publisher",
              "school",
              "series",
              "shorttitle",
              "timestamp",
              "title",
              "type",
              "url",
              "urldate",
              "volume",
              "year",
              "article",
              "book",
              "inbook",
              "incollection",
              "inproceedings",
              "conference",
              "manual",
              "mastersthesis",
              "misc",
              "online",
              "phdthesis",
              "proceedings",
              "techreport",
              "thesis",
              "unpublished",
              "report",
              "software",
              "dataset")
          .collect(java.util.stream.Collectors.toUnmodifiableMap(n -> n, n -> n));

  /** The one string for a common lower-case field name or entry type, else the name itself. */
  static String canonical(String lowerCaseName) {
    return CANONICAL.getOrDefault(lowerCaseName, lowerCaseName);
  }

  /** Macros defined so far by {@code @string} entries, by lower-case name. */
  private final Map<String, String> macros;

  /** A reader knowing the month macros only. */
  BibTexFields() {
    this.macros = new HashMap<>(MONTHS);
  }

  private BibTexFields(Map<String, String> macros) {
    this.macros = macros;
  }

  /**
   * A reader of entries for another thread: its own position, this reader's macros as they stand
   * (they must not change while it reads; {@link #readMacros} on it is not allowed).
   */
  BibTexFields forAnotherThread() {
    return new BibTexFields(java.util.Collections.unmodifiableMap(macros));
  }

  private String text;
  private int pos;
  private int end;

  /** Reads an {@code @string} body and remembers its macros. */
  void readMacros(BibTexChunks.Chunk chunk) throws Malformed {
    start(chunk);
    Map<String, String> defined = new LinkedHashMap<>();
    readFields(defined);
    for (Map.Entry<String, String> macro : defined.entrySet()) {
      if (macro.getValue() != null) {
        macros.put(macro.getKey(), macro.getValue());
      }
    }
  }

  /** Reads an entry's body: its key, then its fields (lower-case names) in order. */
  Body readEntry(BibTexChunks.Chunk chunk) throws Malformed {
    start(chunk);
    skipBlanks();
    int keyStart = pos;
    while (pos < end && isKeyChar(text.charAt(pos))) {
      pos++;
    }
    if (pos == keyStart) {
      throw new Malformed("expected the entry's key", pos);
    }
    String key = text.substring(keyStart, pos);
    skipBlanks();
    Map<String, String> fields = new LinkedHashMap<>();
    if (pos < end) {
      if (text.charAt(pos) != ',') {
        throw new Malformed("expected ',' after the key " + key + ", found " + found(), pos);
      }
      pos++;
      readFields(fields);
    }
    return new Body(key, fields);
  }

  private void start(BibTexChunks.Chunk chunk) {
    text = chunk.text();
    pos = chunk.bodyStart();
    end = chunk.bodyEnd();
  }

  private void readFields(Map<String, String> fields) throws Malformed {
    while (true) {
      skipBlanks();
      if (pos >= end) {
        return;
      }
      int nameStart = pos;
      while (pos < end && isNameChar(text.charAt(pos))) {
        pos++;
      }
      if (pos == nameStart) {
        throw new Malformed("expected a field name, found " + found(), pos);
      }
      String name = canonical(text.substring(nameStart, pos).toLowerCase(Locale.ROOT));
      skipBlanks();
      if (pos >= end || text.charAt(pos) != '=') {
        throw new Malformed("expected '=' after field " + name + ", found " + found(), pos);
      }
      pos++;
      fields.put(name, readValue(name));
      skipBlanks();
      if (pos < end) {
        if (text.charAt(pos) != ',') {
          throw new Malformed(
              "expected ',' or the end of the entry after field " + name + ", found " + found(),
              pos);
        }
        pos++;
      }
    }
  }

  /** A value with its pieces joined; null when a macro it names is undefined. */
  private String readValue(String field) throws Malformed {
    StringBuilder value = null;
    String single = null;
    boolean undefined = false;
    while (true) {
      skipBlanks();
      String piece = readPiece(field);
      if (piece == null) {
        undefined = true;
      } else if (single == null && value == null) {
        single = piece;
      } else {
        if (value == null) {
          value = new StringBuilder(single);
        }
        value.append(piece);
      }
      skipBlanks();
      if (pos < end && text.charAt(pos) == '#') {
        pos++;
        continue;
      }
      if (undefined) {
        return null;
      }
      return value != null ? value.toString() : single == null ? "" : single;
    }
  }

  private String readPiece(String field) throws Malformed {
    if (pos >= end) {
      throw new Malformed("expected a value for field " + field + ", found the entry's end", pos);
    }
    char c = text.charAt(pos);
    if (c == '{') {
      int close = closingBrace(pos + 1);
      if (close < 0) {
        throw new Malformed("unbalanced braces in field " + field, pos);
      }
      String piece = text.substring(pos + 1, close);
      pos = close + 1;
      return piece;
    }
    if (c == '"') {
      int depth = 0;
      for (int i = pos + 1; i < end; i++) {
        char d = text.charAt(i);
        if (d == '{') {
          depth++;
        } else if (d == '}') {
          depth--;
        } else if (d == '"' && depth <= 0 && text.charAt(i - 1) != '\\') {
          String piece = text.substring(pos + 1, i);
          pos = i + 1;
          return piece;
        }
      }
      throw new Malformed("unclosed quote in field " + field, pos);
    }
    int start = pos;
    if (c >= '0' && c <= '9') {
      while (pos < end && text.charAt(pos) >= '0' && text.charAt(pos) <= '9') {
        pos++;
      }
      return text.substring(start, pos);
    }
    while (pos < end && isNameChar(text.charAt(pos))) {
      pos++;
    }
    if (pos == start) {
      throw new Malformed("expected a value for field " + field + ", found " + found(), pos);
    }
    return macros.get(text.substring(start, pos).toLowerCase(Locale.ROOT));
  }

  private int closingBrace(int from) {
    int depth = 0;
    for (int i = from; i < end; i++) {
      char c = text.charAt(i);
      if (c == '{') {
        depth++;
      } else if (c == '}') {
        if (depth == 0) {
          return i;
        }
        depth--;
      }
    }
    return -1;
  }

  private void skipBlanks() {
    while (pos < end && LatexToUnicode.isWhitespace(text.charAt(pos))) {
      pos++;
    }
  }

  private String found() {
    if (pos >= end) {
      return "the entry's end";
    }
    int stop = pos;
    while (stop < end && stop - pos < 20 && !Character.isWhitespace(text.charAt(stop))) {
      stop++;
    }
    return "'" + text.substring(pos, Math.max(stop, pos + 1)) + "'";
  }

  /** Key characters as BibTeX allows them: anything but blanks, commas and braces. */
  private static boolean isKeyChar(char c) {
    return !Character.isWhitespace(c) && c != ',' && c != '{' && c != '}' && c != '"' && c != '#';
  }

  /** Field and macro names: letters, digits and the punctuation biber accepts in them. */
  private static boolean isNameChar(char c) {
    return Character.isLetterOrDigit(c)
        || c == '_'
        || c == '-'
        || c == ':'
        || c == '.'
        || c == '+'
        || c == '/'
        || c == '\''
        || c == '!'
        || c == '?'
        || c == '*'
        || c == '&'
        || c == '@'
        || c == ';'
        || c == '<'
        || c == '>'
        || c == '['
        || c == ']';
  }
}
