package dev.paperlens.notes;

import static dev.paperlens.notes.LatexCommands.isLetter;

/**
 * The text of a LaTeX note and the ways to step over its groups, options, math and comments. Groups
 * that never close stop at the next blank line, the way TeX itself refuses a paragraph break inside
 * math or a command argument, so one stray "$" or "{" cannot hide the rest of the document and no
 * search runs past the paragraph it started in.
 */
final class LatexSource {
  final String text;
  final int n;
  int failedOptionFrom = -1;
  int failedOptionTo = -1;

  LatexSource(String text) {
    this.text = text;
    this.n = text.length();
  }

  /** \verb|code| and friends: up to the next delimiter on the same line. */
  int delimited(int from) {
    if (from >= n) {
      return from;
    }
    char delimiter = text.charAt(from);
    if (isLetter(delimiter) || Character.isWhitespace(delimiter)) {
      return from;
    }
    for (int k = from + 1; k < n; k++) {
      char c = text.charAt(k);
      if (c == delimiter) {
        return k + 1;
      }
      if (c == '\n') {
        return k;
      }
    }
    return n;
  }

  /** Skips any "[...]" options after {@code from}; returns the end of the last one. */
  int optionsEnd(int from) {
    int j = from;
    while (true) {
      int open = skipSpaces(j);
      if (open >= n || text.charAt(open) != '[') {
        return j;
      }
      int close = bracketEnd(open, '[', ']');
      if (close < 0) {
        return j;
      }
      j = close;
    }
  }

  /**
   * The end of a bracketed option, braces nesting; -1 when it does not close in the paragraph. An
   * option opened inside the stretch an earlier failed search went over is taken to fail too, so
   * "\\cite[" typed many times over does not make every one of them search to the paragraph end.
   */
  int bracketEnd(int open, char opening, char closing) {
    if (open > failedOptionFrom && open < failedOptionTo) {
      return -1;
    }
    int depth = 0;
    int k = open + 1;
    for (; k < n; k++) {
      char c = text.charAt(k);
      if (c == '\\') {
        k++;
      } else if (c == '{') {
        depth++;
      } else if (c == '}') {
        depth = Math.max(0, depth - 1);
      } else if (c == closing && depth == 0) {
        return k + 1;
      } else if (c == '\n' && paragraphBreakAt(k)) {
        break;
      }
    }
    failedOptionFrom = open;
    failedOptionTo = k;
    return -1;
  }

  /** The end of a balanced "{...}" group, or the paragraph break where an unclosed one stops. */
  int groupEnd(int open, boolean comments) {
    int depth = 0;
    for (int k = open; k < n; k++) {
      char c = text.charAt(k);
      if (c == '\\') {
        k++;
      } else if (c == '{') {
        depth++;
      } else if (c == '}') {
        if (--depth == 0) {
          return k + 1;
        }
      } else if (c == '%' && comments) {
        k = endOfLine(k) - 1;
      } else if (c == '\n' && paragraphBreakAt(k)) {
        return k;
      }
    }
    return n;
  }

  /**
   * The end of math opened before {@code from}: after {@code closer}, or at the paragraph break
   * where TeX would complain about the missing closer.
   */
  int mathEnd(int from, String closer) {
    char first = closer.charAt(0);
    for (int k = from; k < n; k++) {
      char c = text.charAt(k);
      if (c == first && text.startsWith(closer, k)) {
        return k + closer.length();
      }
      if (c == '\\') {
        k++;
      } else if (c == '%') {
        k = endOfLine(k) - 1;
      } else if (c == '\n' && paragraphBreakAt(k)) {
        return k;
      }
    }
    return n;
  }

  /** Whether the newline at {@code k} is followed by a blank line. */
  boolean paragraphBreakAt(int k) {
    for (int j = k + 1; j < n; j++) {
      char c = text.charAt(j);
      if (c == '\n') {
        return true;
      }
      if (c != ' ' && c != '\t' && c != '\r') {
        return false;
      }
    }
    return false;
  }

  /** Skips spaces and at most one line end, as TeX does between a command and its arguments. */
  int skipSpaces(int from) {
    int j = from;
    boolean newline = false;
    while (j < n) {
      char c = text.charAt(j);
      if (c == '\n') {
        if (newline) {
          return from;
        }
        newline = true;
      } else if (c != ' ' && c != '\t' && c != '\r') {
        return j;
      }
      j++;
    }
    return j;
  }

  int endOfLine(int from) {
    int end = text.indexOf('\n', from);
    return end < 0 ? n : end;
  }

  int trimEnd(int start, int end) {
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return end;
  }
}
