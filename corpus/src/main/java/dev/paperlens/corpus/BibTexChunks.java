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

  /**
   * Text shorter than this is cut on the calling thread; longer text is cut in pieces of about this
   * size on every core.
   */
  private static final int PIECE_CHARS = 1 << 18;

  /**
   * The entries of {@code content}, whose first line is line {@code firstLine} of the file.
   *
   * <p>A long text is cut in pieces at lines that start an entry ("@type{" after blanks), on every
   * core: cutting one piece never reads past such a line (an entry left open ends there, as {@code
   * findClose} says), so the pieces' entries, one after the other, are those of the whole text.
   */
  static List<Chunk> split(String content, int firstLine) {
    return split(content, firstLine, PIECE_CHARS);
  }

  /** {@link #split(String, int)} in pieces of about {@code pieceChars}. */
  static List<Chunk> split(String content, int firstLine, int pieceChars) {
    List<Piece> pieces = pieces(content, pieceChars);
    if (pieces.size() == 1) {
      return pieces.get(0).cut(firstLine);
    }
    // Each piece counts its own lines; a piece's first line is known once those before it are.
    List<List<Chunk>> cut = pieces.parallelStream().map(piece -> piece.cut(0)).toList();
    List<Chunk> chunks = new ArrayList<>();
    int line = firstLine;
    for (int i = 0; i < pieces.size(); i++) {
      for (Chunk c : cut.get(i)) {
        chunks.add(new Chunk(c.type(), c.line() + line, c.text(), c.bodyStart(), c.closed()));
      }
      line += pieces.get(i).newlines;
    }
    return chunks;
  }

  /** The text in pieces of about {@code pieceChars}, each cut at a line that starts an entry. */
  private static List<Piece> pieces(String content, int pieceChars) {
    List<Piece> pieces = new ArrayList<>();
    int n = content.length();
    int from = 0;
    while (n - from > pieceChars + (long) pieceChars / 2) {
      int cut = nextEntryLine(content, from + pieceChars);
      if (cut >= n) {
        break;
      }
      pieces.add(new Piece(content, from, cut));
      from = cut;
    }
    pieces.add(new Piece(content, from, n));
    return pieces;
  }

  /** A stretch of the text that starts at a line start and ends at the start of an entry line. */
  private static final class Piece {
    private final String content;
    private final int from;
    private final int to;

    /** Newlines in the piece before {@link #countedTo}, and at the end all of them. */
    int newlines;

    private int countedTo;

    Piece(String content, int from, int to) {
      this.content = content;
      this.from = from;
      this.to = to;
      this.countedTo = from;
    }

    /** The piece's entries, its first line numbered {@code firstLine}. */
    List<Chunk> cut(int firstLine) {
      List<Chunk> chunks = new ArrayList<>();
      String s = content;
      int n = s.length();
      int i = from;
      while (i < to) {
        int at = s.indexOf('@', i);
        if (at < 0 || at >= to) {
          break;
        }
        countTo(at);
        int line = firstLine + newlines;
        int p = at + 1;
        while (p < n && Character.isWhitespace(s.charAt(p))) {
          p++;
        }
        int typeStart = p;
        while (p < n && isTypeChar(s.charAt(p))) {
          p++;
        }
        String type = s.substring(typeStart, p);
        while (p < n && Character.isWhitespace(s.charAt(p))) {
          p++;
        }
        if (type.isEmpty() || p >= n || (s.charAt(p) != '{' && s.charAt(p) != '(')) {
          i = at + 1;
          continue;
        }
        char open = s.charAt(p);
        int bodyStart = p + 1;
        countTo(bodyStart);
        int end = findClose(bodyStart, open);
        if (end >= 0) {
          chunks.add(new Chunk(type, line, s.substring(at, end + 1), bodyStart - at, true));
          i = end + 1;
        } else {
          int stop = nextEntryLine(s, bodyStart);
          String text = s.substring(at, stop).stripTrailing();
          chunks.add(new Chunk(type, line, text, Math.min(bodyStart - at, text.length()), false));
          i = stop;
        }
      }
      countTo(to);
      return chunks;
    }

    /** Counts the newlines up to {@code position}, from where counting stopped. */
    private void countTo(int position) {
      for (int i = countedTo; i < position; i++) {
        if (content.charAt(i) == '\n') {
          newlines++;
        }
      }
      countedTo = Math.max(countedTo, position);
    }

    /**
     * Index of the delimiter closing an entry opened with {@code open}, or -1; counts the newlines
     * it passes. An entry line ends the search: the entry is not closed.
     */
    private int findClose(int start, char open) {
      String s = content;
      int depth = 0;
      boolean inQuote = false;
      int lines = 0;
      int stop = -1;
      int i = start;
      for (; i < s.length(); i++) {
        char c = s.charAt(i);
        if (c == '\n') {
          lines++;
          if (startsEntry(s, i + 1)) {
            break;
          }
        } else if (c == '{') {
          depth++;
        } else if (c == '}') {
          if (depth == 0) {
            stop = open == '{' ? i : -1;
            break;
          }
          depth--;
        } else if (c == '"' && depth == 0) {
          inQuote = !inQuote;
        } else if (c == ')' && open == '(' && depth == 0 && !inQuote) {
          stop = i;
          break;
        }
      }
      newlines += lines;
      countedTo = Math.min(i + 1, s.length());
      return stop;
    }
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
}
