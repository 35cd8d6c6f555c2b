package dev.paperlens.notes;

/**
 * Markdown notes with pandoc citations ({@code [see @doe99, p. 3; @roe]}, {@code @doe99 says},
 * {@code [-@doe99]}). Code (fenced, indented, inline), TeX math, URLs, HTML comments and tags, link
 * destinations and YAML front matter are not prose.
 *
 * <p>Blocks are found line by line as CommonMark does, then each paragraph is scanned for inline
 * constructs. Every search is bounded by the paragraph or by the next bracket of its kind, so the
 * whole scan is linear.
 */
public final class MarkdownScanner extends SinkScanner {
  @Override
  void scanInto(String text, ScanSink sink) {
    new Pass(text, sink).run();
  }

  /** One scan of one text. */
  private static final class Pass {
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
        new MarkdownInline(text, sink, start, end).run();
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
      if (text.charAt(content) != '['
          || content + 1 >= lineEnd
          || text.charAt(content + 1) == '^') {
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
  }
}
