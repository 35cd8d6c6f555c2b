package dev.paperlens.notes;

/**
 * Finds URLs written as plain text ("see https://arxiv.org/abs/2306.15794."), the way GitHub's
 * autolink extension does: the URL runs to whitespace, and trailing punctuation and unbalanced
 * closing brackets are left to the sentence.
 */
final class BareUrl {
  private static final String[] STARTS = {"https://", "http://", "ftp://", "www."};

  private BareUrl() {}

  /** The end of the URL starting at {@code start}, or -1 when none starts there. */
  static int endAt(String text, int start, int limit) {
    if (start > 0 && Character.isLetterOrDigit(text.charAt(start - 1))) {
      return -1;
    }
    int afterScheme = -1;
    for (String prefix : STARTS) {
      if (startsWithIgnoringCase(text, start, prefix)) {
        afterScheme = start + prefix.length();
        break;
      }
    }
    if (afterScheme < 0) {
      return -1;
    }
    int end = afterScheme;
    while (end < limit && !endsUrl(text.charAt(end))) {
      end++;
    }
    end = trimTrailing(text, afterScheme, end);
    return end > afterScheme ? end : -1;
  }

  /** Whether a URL may start at this character (cheap test before {@link #endAt}). */
  static boolean mayStartWith(char c) {
    return c == 'h' || c == 'H' || c == 'f' || c == 'F' || c == 'w' || c == 'W';
  }

  /** Like {@code regionMatches(true, ...)} for an ASCII lower-case prefix, but quick to say no. */
  private static boolean startsWithIgnoringCase(String text, int start, String prefix) {
    if (start + prefix.length() > text.length()) {
      return false;
    }
    for (int k = 0; k < prefix.length(); k++) {
      char c = text.charAt(start + k);
      if (c != prefix.charAt(k) && (c | 0x20) != prefix.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  private static boolean endsUrl(char c) {
    return Character.isWhitespace(c) || c == '<' || c == '>' || c == '"' || c == '`';
  }

  private static int trimTrailing(String text, int from, int end) {
    // Net count of closing minus opening brackets, per kind: ( [ {
    int[] surplus = new int[3];
    for (int i = from; i < end; i++) {
      int kind = "([{".indexOf(text.charAt(i));
      if (kind >= 0) {
        surplus[kind]--;
      } else if ((kind = ")]}".indexOf(text.charAt(i))) >= 0) {
        surplus[kind]++;
      }
    }
    while (end > from) {
      char last = text.charAt(end - 1);
      int kind = ")]}".indexOf(last);
      if (".,:;!?'*_~".indexOf(last) >= 0) {
        end--;
      } else if (kind >= 0 && surplus[kind] > 0) {
        surplus[kind]--;
        end--;
      } else {
        break;
      }
    }
    return end;
  }
}
