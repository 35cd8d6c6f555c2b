package dev.paperlens.notes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The inline constructs of one Markdown paragraph: code spans, autolinks, HTML, link destinations,
 * bare URLs and emails (not prose), and pandoc citations. Each search ahead stops at the next
 * bracket of its kind or is answered from a table built in one pass, so the scan is linear.
 */
final class MarkdownInline {
  private static final int LINK_LIMIT = 4096;

  private final String text;
  private final ScanSink sink;
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

  /** Searches for the closing "$" or "$$" of math opened here or later already failed. */
  private int noMathCloseFrom = Integer.MAX_VALUE;

  private int noDisplayMathCloseFrom = Integer.MAX_VALUE;

  MarkdownInline(String text, ScanSink sink, int start, int end) {
    this.text = text;
    this.sink = sink;
    this.start = start;
    this.end = end;
  }

  void run() {
    int i = start;
    while (i < end) {
      char c = text.charAt(i);
      int next =
          switch (c) {
            case '\\' -> i + 1 < end && isEscapable(text.charAt(i + 1)) ? i + 2 : i + 1;
            case '`' -> codeSpan(i);
            case '<' -> angle(i);
            case '$' -> math(i);
            case ']' -> linkDestination(i);
            case '[' -> bracketCitation(i);
            case '@' -> atSign(i);
            case '-' -> minusSign(i);
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

  /**
   * Pandoc's TeX math: "$$...$$", or "$...$" where the opening "$" has no space after it and the
   * closing one no space before it and no digit after it, so "$5 and $10" stays text.
   */
  private int math(int i) {
    if (i + 1 < end && text.charAt(i + 1) == '$') {
      int close = i + 2 < noDisplayMathCloseFrom ? find("$$", i + 2) : -1;
      if (close < 0) {
        noDisplayMathCloseFrom = Math.min(noDisplayMathCloseFrom, i);
        return i + 2;
      }
      sink.exclude(i, close + 2);
      return close + 2;
    }
    if (i + 1 >= end || Character.isWhitespace(text.charAt(i + 1)) || i + 1 >= noMathCloseFrom) {
      return i + 1;
    }
    for (int k = i + 1; k < end; k++) {
      char c = text.charAt(k);
      if (c == '\\') {
        k++;
      } else if (c == '$'
          && !Character.isWhitespace(text.charAt(k - 1))
          && (k + 1 >= end || !Character.isDigit(text.charAt(k + 1)))) {
        sink.exclude(i, k + 1);
        return k + 1;
      }
    }
    // Every later "$" was looked at, so no math opened later in this paragraph closes either.
    noMathCloseFrom = i;
    return i + 1;
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
      if (c == '<' || (c == '\n' && !isTagStart(i))) {
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
    if (k >= to
        || text.charAt(k) != ':'
        || k - from < 2
        || !Character.isLetter(text.charAt(from))) {
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
    Arrays.fill(closingParen, -1);
    int[] open = new int[16];
    int depth = 0;
    for (int k = start; k < end; k++) {
      char c = text.charAt(k);
      if (c == '\\') {
        k++;
      } else if (c == '(') {
        if (depth == open.length) {
          open = Arrays.copyOf(open, depth * 2);
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
    List<int[]> references = new ArrayList<>();
    for (int k = open + 1; k < close; k++) {
      if (text.charAt(k) != '@') {
        continue;
      }
      int from = k > open + 1 && text.charAt(k - 1) == '-' ? k - 1 : k;
      if (!PandocCitationKey.mayStartAfter(text, from, open + 1)) {
        continue;
      }
      int[] key = key(k + 1, close);
      if (key != null) {
        if (PandocCitationKey.isCrossReference(text.substring(key[0], key[1]))) {
          references.add(new int[] {from, key[2]});
        } else {
          found.add(new int[] {from, key[0], key[1], key[2]});
        }
        k = key[2] - 1;
      }
    }
    if (found.isEmpty()) {
      if (!references.isEmpty()) {
        // "[@fig:plot; @tbl:res]": pandoc-crossref's references, neither citations nor prose.
        sink.exclude(open, close + 1);
        return close + 1;
      }
      return open + 1;
    }
    sink.group(new CitationGroup(PandocCitationKey.CITE, open, close + 1, true));
    sink.exclude(open, open + 1);
    for (int[] reference : references) {
      sink.exclude(reference[0], reference[1]);
    }
    for (int[] cite : found) {
      String command =
          cite[0] < cite[1] - 1 ? PandocCitationKey.SUPPRESS_AUTHOR : PandocCitationKey.CITE;
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
    int keyEnd = PandocCitationKey.end(text, from, limit);
    return keyEnd < 0 ? null : new int[] {from, keyEnd, keyEnd};
  }

  /** "-@key": a citation that leaves out the author's name. */
  private int minusSign(int i) {
    if (i + 1 < end
        && text.charAt(i + 1) == '@'
        && PandocCitationKey.mayStartAfter(text, i, start)) {
      return bareCitation(i, i + 1, PandocCitationKey.SUPPRESS_AUTHOR);
    }
    return i + 1;
  }

  /** A bare "@key" (author in text), or an email address, or just an "@". */
  private int atSign(int at) {
    if (PandocCitationKey.mayStartAfter(text, at, start)) {
      return bareCitation(at, at, PandocCitationKey.CITE);
    }
    return email(at);
  }

  private int bareCitation(int from, int at, String command) {
    int[] key = key(at + 1, end);
    if (key == null) {
      return at + 1;
    }
    sink.exclude(from, key[2]);
    if (PandocCitationKey.isCrossReference(text.substring(key[0], key[1]))) {
      return key[2];
    }
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
      if ((c < 128 && Character.isLetterOrDigit(c)) || c == '-') {
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

  private static boolean isEmailChar(char c) {
    return (c < 128 && Character.isLetterOrDigit(c)) || "._%+-".indexOf(c) >= 0;
  }

  private static boolean isEscapable(char c) {
    return "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".indexOf(c) >= 0;
  }
}
