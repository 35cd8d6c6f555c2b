package dev.paperlens.corpus;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts .bib text into entries at each top-level '@', matching the entry's closing brace (or
 * parenthesis) the way BibTeX does, so each entry can be parsed, and fail, on its own.
 *
 * <p>An entry whose closing brace never comes would swallow the rest of the file; a line that
 * starts a new entry ("@type{" at a line start) ends it early instead and the entry is marked
 * unclosed.
 */
final class BibTexChunks {
  private BibTexChunks() {}

  /**
   * One entry as written.
   *
   * @param type the entry type as written ("article", "String", "comment")
   * @param line 1-based line of the '@'
   * @param text the source from '@' to the closing delimiter, inclusive
   * @param bodyStart where the body (the text after the opening delimiter) starts in {@code text}
   * @param closed whether the closing delimiter was found
   */
  record Chunk(String type, int line, String text, int bodyStart, boolean closed) {
    /** Where the body ends in {@code text}: before the closing delimiter, or at the end. */
    int bodyEnd() {
      return closed ? text.length() - 1 : text.length();
    }
  }

  /** The entries of {@code content}, whose first line is line 1 of the file. */
  static List<Chunk> split(String content) {
    return split(content, 1);
  }

  /** The entries of {@code content}, whose first line is line {@code firstLine} of the file. */
  static List<Chunk> split(String content, int firstLine) {
    List<Chunk> chunks = new ArrayList<>();
    int n = content.length();
    int line = firstLine;
    int lineCountedTo = 0;
    int i = 0;
    while (i < n) {
      int at = content.indexOf('@', i);
      if (at < 0) {
        break;
      }
      line += countNewlines(content, lineCountedTo, at);
      lineCountedTo = at;
      int p = at + 1;
      while (p < n && Character.isWhitespace(content.charAt(p))) {
        p++;
      }
      int typeStart = p;
      while (p < n && isTypeChar(content.charAt(p))) {
        p++;
      }
      String type = content.substring(typeStart, p);
      while (p < n && Character.isWhitespace(content.charAt(p))) {
        p++;
      }
      if (type.isEmpty() || p >= n || (content.charAt(p) != '{' && content.charAt(p) != '(')) {
        i = at + 1;
        continue;
      }
      char open = content.charAt(p);
      int bodyStart = p + 1;
      int end = findClose(content, bodyStart, open);
      if (end >= 0) {
        chunks.add(new Chunk(type, line, content.substring(at, end + 1), bodyStart - at, true));
        i = end + 1;
      } else {
        int stop = nextEntryLine(content, bodyStart);
        String text = content.substring(at, stop).stripTrailing();
        chunks.add(new Chunk(type, line, text, Math.min(bodyStart - at, text.length()), false));
        i = stop;
      }
    }
    return chunks;
  }

  /** Index of the delimiter closing an entry opened with {@code open}, or -1. */
  private static int findClose(String s, int from, char open) {
    int depth = 0;
    boolean inQuote = false;
    for (int i = from; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\n' && startsEntry(s, i + 1)) {
        return -1;
      }
      if (c == '{') {
        depth++;
      } else if (c == '}') {
        if (depth == 0) {
          return open == '{' ? i : -1;
        }
        depth--;
      } else if (c == '"' && depth == 0) {
        inQuote = !inQuote;
      } else if (c == ')' && open == '(' && depth == 0 && !inQuote) {
        return i;
      }
    }
    return -1;
  }

  private static int nextEntryLine(String s, int from) {
    for (int i = from; i < s.length(); i++) {
      if (s.charAt(i) == '\n' && startsEntry(s, i + 1)) {
        return i + 1;
      }
    }
    return s.length();
  }

  /** Whether an entry start ("@type{" or "@type(") begins at {@code i}, after blanks. */
  private static boolean startsEntry(String s, int i) {
    int p = i;
    while (p < s.length() && (s.charAt(p) == ' ' || s.charAt(p) == '\t')) {
      p++;
    }
    if (p >= s.length() || s.charAt(p) != '@') {
      return false;
    }
    p++;
    int typeStart = p;
    while (p < s.length() && isTypeChar(s.charAt(p))) {
      p++;
    }
    if (p == typeStart) {
      return false;
    }
    while (p < s.length() && (s.charAt(p) == ' ' || s.charAt(p) == '\t')) {
      p++;
    }
    return p < s.length() && (s.charAt(p) == '{' || s.charAt(p) == '(');
  }

  private static boolean isTypeChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static int countNewlines(String s, int from, int to) {
    int count = 0;
    for (int i = from; i < to; i++) {
      if (s.charAt(i) == '\n') {
        count++;
      }
    }
    return count;
  }
}
