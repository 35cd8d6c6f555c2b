package dev.paperlens.notes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Markdown notes with pandoc citations ({@code [see @doe99, p. 3; @roe]}, {@code @doe99 says},
 * {@code [-@doe99]}). Code (fenced, indented, inline), URLs, HTML comments and tags, link destinations
 * and YAML front matter are not prose.
 *
 * <p>Blocks are found line by line as CommonMark does, then each paragraph is scanned for inline
 * constructs. Every search is bounded by the paragraph or by the next bracket of its kind, so the
 * whole scan is linear.
 */
public final class MarkdownScanner extends SinkScanner {
  static final String CITE = "@";
  static final String CITE_SUPPRESS_AUTHOR = "-@";

  @Override
  void scanInto(String text, ScanSink sink) {
    new Pass(text, sink).run();
  }

  /**
   * The end of a pandoc citation key starting at {@code from} (after "@"), or -1 when none starts
   * there. Keys start with a letter, digit or "_" and may hold ":.#$%&-+?<>~/" between those.
   */
  static int keyEnd(String text, int from, int limit) {
    if (from >= limit || !isKeyChar(text.charAt(from))) {
      return -1;
    }
    int k = from + 1;
    while (k < limit) {
      char c = text.charAt(k);
      if (isKeyChar(c)) {
        k++;
      } else if (isKeyPunctuation(c) && k + 1 < limit && isKeyChar(text.charAt(k + 1))) {
        k += 2;
      } else if ((c == ':' || c == '/') && k + 1 < limit && text.charAt(k + 1) == '/') {
        // URL-like keys: "@https://doi.org/..." keeps its "://".
        k++;
      } else {
        break;
      }
    }
    return k;
  }

  static boolean isKeyChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_';
  }

  private static boolean isKeyPunctuation(char c) {
    return ":.#$%&-+?<>~/".indexOf(c) >= 0;
  }

  /** Whether an "@" (or the "-" of "-@") at {@code p} may start a citation: not inside a word. */
  static boolean citationMayStartAfter(String text, int p, int segmentStart) {
    if (p <= segmentStart) {
      return true;
    }
    char before = text.charAt(p - 1);
    return !(Character.isLetterOrDigit(before) || "._%+-@/\\".indexOf(before) >= 0);
  }

  private static boolean isEmailChar(char c) {
    return (c < 128 && Character.isLetterOrDigit(c)) || "._%+-".indexOf(c) >= 0;
  }

  private static boolean isEscapable(char c) {
    return "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".indexOf(c) >= 0;
  }

  /** One scan of one text. */
  private static final class Pass {
    private static final int LINK_LIMIT = 4096;

    private final String text;
    private final int n;
    private final ScanSink sink;

    Pass(String text, ScanSink sink) {
      this.text = text;
      this.n = text.length();
      this.sink = sink;
    }

    void run() {
      int i = frontMatterEnd();
      if (i > 0) {
        sink.exclude(0, i);
      }
      int paragraph = -1;
      boolean afterBlank = true;
      boolean inList = false;
      while (i < n) {
        int lineStart = i;
        int lineEnd = endOfLine(i);
        int next = lineEnd < n ? lineEnd + 1 : n;
        int content = lineStart;
        int indent = 0;
        while (content < lineEnd && (text.charAt(content) == ' ' || text.charAt(content) == '\t')) {
          indent = text.charAt(content) == '\t' ? indent + 4 - indent % 4 : indent + 1;
          content++;
        }
        if (content >= lineEnd || isBlank(content, lineEnd)) {
          paragraph = inline(paragraph, lineStart);
          afterBlank = true;
          i = next;
          continue;
        }
        int fence = fenceLength(content, lineEnd);
        int blockEnd = -1;
        if (fence > 0 && (indent <= 3 || inList)) {
          blockEnd = fenceEnd(next, text.charAt(content), fence);
        } else if (indent >= 4 && afterBlank && !inList) {
          blockEnd = indentedCodeEnd(lineStart);
        } else if (indent <= 3 && text.startsWith("<!--", content)) {
          int close = text.indexOf("-->", content + 4);
          blockEnd = close < 0 ? n : nextLineStart(close + 3);
        } else if (indent <= 3 && isReferenceDefinition(content, lineEnd)) {
          blockEnd = next;
        }
        if (blockEnd >= 0) {
          paragraph = inline(paragraph, lineStart);
          sink.exclude(lineStart, blockEnd);
          afterBlank = true;
          i = blockEnd;
          continue;
        }
        if (isListItem(content, lineEnd)) {
          inList = true;
        } else if (indent == 0 && afterBlank) {
          inList = false;
        }
        if (paragraph < 0) {
          paragraph = lineStart;
        }
        afterBlank = false;
        i = next;
      }
      inline(paragraph, n);
    }

    /** Scans the pending paragraph [start, end) for inline constructs; returns "no paragraph". */
    private int inline(int start, int end) {
      if (start >= 0 && start < end) {
        new Inline(start, end).run();
      }
      return -1;
    }

    /** YAML metadata at the very top: "---" up to "---" or "...". */
    private int frontMatterEnd() {
      int start = n > 0 && text.charAt(0) == '\uFEFF' ? 1 : 0;
      int firstEnd = endOfLine(start);
      if (!isLine(start, firstEnd, "---")) {
        return 0;
      }
      int lineStart = nextLineStart(firstEnd);
      if (lineStart >= n || isBlank(lineStart, endOfLine(lineStart))) {
        return 0;
      }
      while (lineStart < n) {
        int lineEnd = endOfLine(lineStart);
        if (isLine(lineStart, lineEnd, "---") || isLine(lineStart, lineEnd, "...")) {
          return nextLineStart(lineEnd);
        }
        lineStart = nextLineStart(lineEnd);
      }
      return 0;
    }

    private boolean isLine(int start, int end, String marker) {
      return text.startsWith(marker, start) && isBlank(start + marker.length(), end);
    }

    /** Length of an opening code fence at {@code content}, or 0. */
    private int fenceLength(int content, int lineEnd) {
      char c = text.charAt(content);
      if (c != '`' && c != '~') {
        return 0;
      }
      int k = content;
      while (k < lineEnd && text.charAt(k) == c) {
        k++;
      }
      int length = k - content;
      if (length < 3) {
        return 0;
      }
      if (c == '`') {
        for (int j = k; j < lineEnd; j++) {
          if (text.charAt(j) == '`') {
            return 0;
          }
        }
      }
      return length;
    }

    /** After the closing fence line, or the end of the text for a fence left open. */
    private int fenceEnd(int from, char fenceChar, int length) {
      int lineStart = from;
      while (lineStart < n) {
        int lineEnd = endOfLine(lineStart);
        int k = lineStart;
        while (k < lineEnd && (text.charAt(k) == ' ' || text.charAt(k) == '\t')) {
          k++;
        }
        int run = k;
        while (run < lineEnd && text.charAt(run) == fenceChar) {
          run++;
        }
        if (run - k >= length && isBlank(run, lineEnd)) {
          return nextLineStart(lineEnd);
        }
        lineStart = nextLineStart(lineEnd);
      }
      return n;
    }

    /** After the last line of an indented code block starting at {@code from}. */
    private int indentedCodeEnd(int from) {
      int end = from;
      int lineStart = from;
      while (lineStart < n) {
        int lineEnd = endOfLine(lineStart);
        int indent = 0;
        int k = lineStart;
        while (k < lineEnd && indent < 4 && (text.charAt(k) == ' ' || text.charAt(k) == '\t')) {
          indent = text.charAt(k) == '\t' ? 4 : indent + 1;
          k++;
        }
        if (indent >= 4) {
          end = nextLineStart(lineEnd);
        } else if (!isBlank(lineStart, lineEnd)) {
          break;
        }
        lineStart = nextLineStart(lineEnd);
      }
      return end;
    }

    /** "[label]: destination", but not a footnote "[^1]: text". */
    private boolean isReferenceDefinition(int content, int lineEnd) {
      if (text.charAt(content) != '[' || content + 1 >= lineEnd || text.charAt(content + 1) == '^') {
        return false;
      }
      for (int k = content + 1; k < lineEnd; k++) {
        char c = text.charAt(k);
        if (c == ']') {
          return k > content + 1 && k + 1 < lineEnd && text.charAt(k + 1) == ':';
        }
        if (c == '[') {
          return false;
        }
      }
      return false;
    }

    private boolean isListItem(int content, int lineEnd) {
      char c = text.charAt(content);
      int k = content;
      if (c == '-' || c == '*' || c == '+') {
        k++;
      } else {
        while (k < lineEnd && k - content < 9 && Character.isDigit(text.charAt(k))) {
          k++;
        }
        if (k == content || k >= lineEnd || (text.charAt(k) != '.' && text.charAt(k) != ')')) {
          return false;
        }
        k++;
      }
      return k >= lineEnd || text.charAt(k) == ' ' || text.charAt(k) == '\t';
    }

    private boolean isBlank(int from, int to) {
      for (int k = from; k < to; k++) {
        if (!Character.isWhitespace(text.charAt(k))) {
          return false;
        }
      }
      return true;
    }

    private int endOfLine(int from) {
      int end = text.indexOf('\n', from);
      return end < 0 ? n : end;
    }

    private int nextLineStart(int from) {
      int end = endOfLine(from);
      return end < n ? end + 1 : n;
    }

    /** Inline constructs of one paragraph. */
    private final class Inline {
      private final int start;
      private final int end;
      /** Backtick runs: start, length, and the index of the next run of the same length. */
      private int[] runStart;
      private int[] runLength;
      private int[] nextSameRun;
      private int runCursor;
      /** For each "(" of the paragraph (index from its start), where its ")" is, or -1. */
      private int[] closingParen;
      /** A search for "-->" from here on already failed. */
      private int noCommentCloseFrom = Integer.MAX_VALUE;

      Inline(int start, int end) {
        this.start = start;
        this.end = end;
      }

      void run() {
        int i = start;
        while (i < end) {
          char c = text.charAt(i);
          int next = switch (c) {
            case '\\' -> i + 1 < end && isEscapable(text.charAt(i + 1)) ? i + 2 : i + 1;
            case '`' -> codeSpan(i);
            case '<' -> angle(i);
            case ']' -> linkDestination(i);
            case '[' -> bracketCitation(i);
            case '@' -> atSign(i);
            case '-' -> i + 1 < end && text.charAt(i + 1) == '@' && citationMayStartAfter(text, i, start)
                ? bareCitation(i, i + 1, CITE_SUPPRESS_AUTHOR) : i + 1;
            default -> bareUrl(i);
          };
          i = Math.max(next, i + 1);
        }
      }

      private int bareUrl(int i) {
        if (!BareUrl.mayStartWith(text.charAt(i))) {
          return i + 1;
        }
        int urlEnd = BareUrl.endAt(text, i, end);
        if (urlEnd < 0) {
          return i + 1;
        }
        sink.exclude(i, urlEnd);
        return urlEnd;
      }

      /** A code span opened by the backtick run at {@code i}, or the run itself as text. */
      private int codeSpan(int i) {
        int length = 0;
        while (i + length < end && text.charAt(i + length) == '`') {
          length++;
        }
        if (runStart == null) {
          findBacktickRuns();
        }
        while (runCursor < runStart.length && runStart[runCursor] < i) {
          runCursor++;
        }
        if (runCursor < runStart.length && runStart[runCursor] == i) {
          int close = nextSameRun[runCursor];
          if (close >= 0) {
            int spanEnd = runStart[close] + runLength[close];
            sink.exclude(i, spanEnd);
            return spanEnd;
          }
        }
        return i + length;
      }

      private void findBacktickRuns() {
        List<int[]> runs = new ArrayList<>();
        for (int k = start; k < end; k++) {
          if (text.charAt(k) == '`') {
            int from = k;
            while (k < end && text.charAt(k) == '`') {
              k++;
            }
            runs.add(new int[] {from, k - from});
          }
        }
        runStart = new int[runs.size()];
        runLength = new int[runs.size()];
        nextSameRun = new int[runs.size()];
        Map<Integer, Integer> following = new HashMap<>();
        for (int r = runs.size() - 1; r >= 0; r--) {
          runStart[r] = runs.get(r)[0];
          runLength[r] = runs.get(r)[1];
          nextSameRun[r] = following.getOrDefault(runLength[r], -1);
          following.put(runLength[r], r);
        }
      }

      /** HTML comments, autolinks and HTML tags; all are left out of prose. */
      private int angle(int i) {
        if (text.startsWith("<!--", i)) {
          int close = i + 4 < noCommentCloseFrom ? find("-->", i + 4) : -1;
          if (close < 0) {
            noCommentCloseFrom = Math.min(noCommentCloseFrom, i);
            return i + 1;
          }
          sink.exclude(i, close + 3);
          return close + 3;
        }
        int limit = Math.min(end, i + LINK_LIMIT);
        int k = i + 1;
        boolean sawAt = false;
        while (k < limit) {
          char c = text.charAt(k);
          if (c == '>') {
            break;
          }
          if (c == '<' || c == '\n' && !isTagStart(i)) {
            return i + 1;
          }
          sawAt |= c == '@';
          k++;
        }
        if (k >= limit) {
          return i + 1;
        }
        if (isAutolink(i + 1, k) || sawAt || isTagStart(i)) {
          sink.exclude(i, k + 1);
          return k + 1;
        }
        return i + 1;
      }

      private boolean isTagStart(int i) {
        int k = i + 1;
        if (k < end && text.charAt(k) == '/') {
          k++;
        }
        return k < end && text.charAt(k) < 128 && Character.isLetter(text.charAt(k));
      }

      /** "scheme:rest" with no spaces: an autolink body. */
      private boolean isAutolink(int from, int to) {
        int k = from;
        while (k < to && k - from <= 32) {
          char c = text.charAt(k);
          if (c == ':') {
            break;
          }
          if (!(c < 128 && (Character.isLetterOrDigit(c) || c == '+' || c == '.' || c == '-'))) {
            return false;
          }
          k++;
        }
        if (k >= to || text.charAt(k) != ':' || k - from < 2 || !Character.isLetter(text.charAt(from))) {
          return false;
        }
        for (int j = k; j < to; j++) {
          if (Character.isWhitespace(text.charAt(j))) {
            return false;
          }
        }
        return true;
      }

      /** "](destination "title")" after link text: the destination and title are not prose. */
      private int linkDestination(int i) {
        if (i + 1 >= end || text.charAt(i + 1) != '(') {
          return i + 1;
        }
        if (closingParen == null) {
          matchParentheses();
        }
        int close = closingParen[i + 1 - start];
        if (close < 0 || close - i > LINK_LIMIT) {
          return i + 1;
        }
        sink.exclude(i + 1, close + 1);
        return close + 1;
      }

      /** Pairs every "(" of the paragraph with its ")", in one pass. */
      private void matchParentheses() {
        closingParen = new int[end - start];
        java.util.Arrays.fill(closingParen, -1);
        int[] open = new int[16];
        int depth = 0;
        for (int k = start; k < end; k++) {
          char c = text.charAt(k);
          if (c == '\\') {
            k++;
          } else if (c == '(') {
            if (depth == open.length) {
              open = java.util.Arrays.copyOf(open, depth * 2);
            }
            open[depth++] = k;
          } else if (c == ')' && depth > 0) {
            closingParen[open[--depth] - start] = k;
          }
        }
      }

      /** "[see @a, p. 3; @b]": a pandoc citation group, or -1 text when it holds no citation. */
      private int bracketCitation(int open) {
        int close = -1;
        for (int k = open + 1; k < end; k++) {
          char c = text.charAt(k);
          if (c == '\\') {
            k++;
          } else if (c == ']') {
            close = k;
            break;
          } else if (c == '[') {
            return open + 1;
          }
        }
        if (close < 0
            || (close + 1 < end && (text.charAt(close + 1) == '(' || text.charAt(close + 1) == '['))) {
          return open + 1;
        }
        List<int[]> found = new ArrayList<>();
        for (int k = open + 1; k < close; k++) {
          if (text.charAt(k) != '@') {
            continue;
          }
          int from = k > open + 1 && text.charAt(k - 1) == '-' ? k - 1 : k;
          if (!citationMayStartAfter(text, from, open + 1)) {
            continue;
          }
          int[] key = key(k + 1, close);
          if (key != null) {
            found.add(new int[] {from, key[0], key[1], key[2]});
            k = key[2] - 1;
          }
        }
        if (found.isEmpty()) {
          return open + 1;
        }
        sink.group(new CitationGroup(CITE, open, close + 1, true));
        sink.exclude(open, open + 1);
        for (int[] cite : found) {
          String command = cite[0] < cite[1] - 1 ? CITE_SUPPRESS_AUTHOR : CITE;
          sink.exclude(cite[0], cite[3]);
          sink.citation(
              new Citation(
                  text.substring(cite[1], cite[2]), cite[1], cite[2], command, open, close + 1));
        }
        sink.exclude(close, close + 1);
        return close + 1;
      }

      /** The key after "@" at {@code from}: {start, end, end of the written form}, or null. */
      private int[] key(int from, int limit) {
        if (from < limit && text.charAt(from) == '{') {
          for (int k = from + 1; k < limit && text.charAt(k) != '\n'; k++) {
            if (text.charAt(k) == '}') {
              return k > from + 1 ? new int[] {from + 1, k, k + 1} : null;
            }
          }
          return null;
        }
        int keyEnd = keyEnd(text, from, limit);
        return keyEnd < 0 ? null : new int[] {from, keyEnd, keyEnd};
      }

      /** A bare "@key" (author in text), or an email address, or just an "@". */
      private int atSign(int at) {
        if (citationMayStartAfter(text, at, start)) {
          return bareCitation(at, at, CITE);
        }
        return email(at);
      }

      private int bareCitation(int from, int at, String command) {
        int[] key = key(at + 1, end);
        if (key == null) {
          return at + 1;
        }
        sink.exclude(from, key[2]);
        sink.group(new CitationGroup(command, at, key[2], false));
        sink.citation(
            new Citation(text.substring(key[0], key[1]), key[0], key[1], command, from, key[2]));
        return key[2];
      }

      /** "name@host.org" is an address, not a citation; it is not prose either. */
      private int email(int at) {
        int local = at;
        while (local > start && isEmailChar(text.charAt(local - 1))) {
          local--;
        }
        int k = at + 1;
        int dots = 0;
        int domainEnd = -1;
        while (k < end) {
          char c = text.charAt(k);
          if (c < 128 && Character.isLetterOrDigit(c) || c == '-') {
            k++;
            if (dots > 0) {
              domainEnd = k;
            }
          } else if (c == '.' && k + 1 < end && Character.isLetterOrDigit(text.charAt(k + 1))) {
            dots++;
            k++;
          } else {
            break;
          }
        }
        if (local == at || domainEnd < 0) {
          return at + 1;
        }
        sink.exclude(local, domainEnd);
        return domainEnd;
      }

      /** Index of {@code needle} in this paragraph from {@code from}, or -1. */
      private int find(String needle, int from) {
        char first = needle.charAt(0);
        for (int k = from; k + needle.length() <= end; k++) {
          if (text.charAt(k) == first && text.startsWith(needle, k)) {
            return k;
          }
        }
        return -1;
      }
    }
  }
}
