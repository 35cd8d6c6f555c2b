package dev.paperlens.corpus;

import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pattern's matches found by trying it only where a match can start, with the same results as
 * {@link Matcher#find()}: a scan tries the pattern (and its lookbehind) at every position of a
 * body, and most positions hold no character a match can start with. Bounds are transparent, so
 * lookarounds and word boundaries see the text around the position as a scan would.
 */
final class MatchStarts {
  private final Matcher matcher;
  private final CharSequence text;
  private final IntPredicate canStart;
  private int from;

  private MatchStarts(Pattern pattern, CharSequence text, IntPredicate canStart) {
    this.matcher = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    this.text = text;
    this.canStart = canStart;
  }

  /**
   * Matches of {@code pattern} in {@code text}; {@code canStart} must accept every character a
   * match of the pattern can start with (it may accept more).
   */
  static MatchStarts of(Pattern pattern, CharSequence text, IntPredicate canStart) {
    return new MatchStarts(pattern, text, canStart);
  }

  /**
   * {@code canStart} with its answer kept for each character once asked: a predicate that folds
   * case ({@link #foldsTo}) asks the JDK's character tables twice per letter, and it is asked of
   * every character of every body (a twentieth of reading a library's abstracts). Hold the result
   * in a constant; it takes 64 KB. Answers are the same as {@code canStart}'s.
   */
  static IntPredicate remembered(IntPredicate canStart) {
    // 0: not asked yet, 1: can start, 2: cannot. Threads may race to fill a slot; both write the
    // same value.
    byte[] known = new byte[Character.MAX_VALUE + 1];
    return c -> {
      if (c < 0 || c > Character.MAX_VALUE) {
        return canStart.test(c);
      }
      byte k = known[c];
      if (k == 0) {
        k = canStart.test(c) ? (byte) 1 : (byte) 2;
        known[c] = k;
      }
      return k == 1;
    };
  }

  /** The next match, as {@link Matcher#find()} would give it; the matcher then holds it. */
  boolean find() {
    int n = text.length();
    for (int i = from; i < n; i++) {
      if (canStart.test(text.charAt(i)) && matcher.region(i, n).lookingAt()) {
        from = matcher.end() > i ? matcher.end() : i + 1;
        return true;
      }
    }
    from = n + 1;
    return false;
  }

  /** The matcher holding the last match. */
  Matcher matcher() {
    return matcher;
  }

  /**
   * Whether {@code c} matches {@code letter} under the Unicode case-insensitive matching of {@link
   * Pattern#CASE_INSENSITIVE} with {@link Pattern#UNICODE_CASE}, for a pattern whose match starts
   * with that letter.
   */
  static boolean foldsTo(int c, char letter) {
    return c == letter || fold(c) == fold(letter);
  }

  /**
   * Each UTF-16 unit case folded as {@link #fold} does, worked out once: asked for every character
   * of every body (the caption's and the figure's first letters), the two case mappings per
   * character were a twentieth of reading a corpus. 128 KB.
   */
  private static final char[] FOLDED = new char[Character.MAX_VALUE + 1];

  static {
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      FOLDED[c] = (char) Character.toLowerCase(Character.toUpperCase(c));
    }
  }

  /** {@code Character.toLowerCase(Character.toUpperCase(c))}, from a table for a UTF-16 unit. */
  static int fold(int c) {
    return c >= 0 && c <= Character.MAX_VALUE
        ? FOLDED[c]
        : Character.toLowerCase(Character.toUpperCase(c));
  }

  static boolean isAsciiUpper(int c) {
    return c >= 'A' && c <= 'Z';
  }

  static boolean isAsciiLetter(int c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  }
}
