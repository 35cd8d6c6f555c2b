package dev.paperlens.corpus;

import java.util.Arrays;
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

  /** The text when it is a string and the start characters a table: the scan's fast path. */
  private final String string;

  private final Starts starts;

  /**
   * The words a match starts with, when it starts with one of a few words: a string's fast path.
   */
  private final Beginnings beginnings;

  /** Whether a match never follows an ASCII letter, digit or hyphen (its lookbehind says so). */
  private final boolean wordStart;

  private int from;

  /**
   * @param string {@code text} when the scan takes a string's fast path, or null
   * @param starts {@code canStart} as a table when {@code string} is not null and it is one, or
   *     null
   * @param beginnings the words a match starts with, or null
   */
  private MatchStarts(
      Pattern pattern,
      CharSequence text,
      IntPredicate canStart,
      String string,
      Starts starts,
      Beginnings beginnings,
      boolean wordStart) {
    this.matcher = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    this.text = text;
    this.canStart = canStart;
    this.string = string;
    this.starts = starts;
    this.beginnings = beginnings;
    this.wordStart = wordStart;
  }

  /**
   * {@link #of(Pattern, CharSequence, IntPredicate)} for a pattern whose lookbehind refuses an
   * ASCII letter, digit or hyphen before the match ({@code (?<![A-Za-z0-9-])}, {@code
   * (?<![\p{L}\p{N}-])}): a word's inner letters are passed over without trying the pattern, which
   * a scan for a capitalised word tried at every letter of a body.
   */
  static MatchStarts ofWordStarts(Pattern pattern, String text, Starts canStart) {
    return new MatchStarts(pattern, text, canStart, text, canStart, null, true);
  }

  /**
   * Matches of {@code pattern} in {@code text}, tried only where the text starts as {@code
   * beginnings} says: a pattern whose every match starts with one of a few words (a relative
   * clause's "котор", "which", "proposed") is tried at a few places of a body instead of at every
   * character, each try stepping through its alternatives and lookbehind.
   */
  static MatchStarts of(Pattern pattern, String text, Beginnings beginnings) {
    return new MatchStarts(pattern, text, c -> true, text, null, beginnings, false);
  }

  /**
   * The first three characters of every word a match can start with, as written (case-sensitive),
   * looked up as one key in a sorted array; a character that starts none of them needs no lookup.
   */
  static final class Beginnings {
    private final long[] keys;
    private final boolean[] first;

    /**
     * Whether every match starts a word, its lookbehind refusing a letter before it ({@code
     * (?<![\\p{L}])}): a scan then passes over the letters inside words without looking them up.
     */
    final boolean afterNoLetter;

    private Beginnings(long[] keys, boolean[] first, boolean afterNoLetter) {
      this.keys = keys;
      this.first = first;
      this.afterNoLetter = afterNoLetter;
    }

    /**
     * {@link #of} for a pattern whose every match follows no letter ({@code (?<![\\p{L}])} before
     * each alternative): most places a beginning's first letter stands are inside a word ("the",
     * "step", "output" for "which", "that", "proposed"), and {@link MatchStarts#of(Pattern, String,
     * Beginnings)} skips them.
     */
    static Beginnings ofWords(String... words) {
      Beginnings b = of(words);
      return new Beginnings(b.keys, b.first, true);
    }

    /**
     * Beginnings of at least three characters each; a match must start with one of them (only their
     * first three characters are compared, so the set may accept more places than match).
     */
    static Beginnings of(String... words) {
      long[] keys = new long[words.length];
      int max = 0;
      for (int i = 0; i < words.length; i++) {
        String w = words[i];
        if (w.length() < 3) {
          throw new IllegalArgumentException("a beginning needs three characters: " + w);
        }
        keys[i] = key(w.charAt(0), w.charAt(1), w.charAt(2));
        max = Math.max(max, w.charAt(0));
      }
      Arrays.sort(keys);
      boolean[] first = new boolean[max + 1];
      for (String w : words) {
        first[w.charAt(0)] = true;
      }
      return new Beginnings(keys, first, false);
    }

    /**
     * Whether a word after a space in {@code body} starts as one of these beginnings do: tried at
     * the body's {@link WordStarts} (a place after a space is one), not at every character.
     */
    boolean afterSpaceIn(String body) {
      if (' ' < first.length && first[' ']) {
        return afterSpaceByScan(body);
      }
      WordStarts starts = WordStarts.of(body);
      for (int k = 0; k < starts.count(); k++) {
        int i = starts.at(k);
        if (i > 0 && body.charAt(i - 1) == ' ' && at(body, i)) {
          return true;
        }
      }
      return false;
    }

    /** {@link #afterSpaceIn} by a step through every character. */
    boolean afterSpaceByScan(String body) {
      int n = body.length();
      for (int i = body.indexOf(' ') + 1; i > 0 && i < n; i++) {
        if (body.charAt(i - 1) == ' ' && at(body, i)) {
          return true;
        }
      }
      return false;
    }

    /** Whether {@code s} at {@code i} starts with one of the beginnings' first three characters. */
    boolean at(String s, int i) {
      return at(s, i, s.charAt(i));
    }

    /** {@link #at(String, int)} with the character at {@code i} already read. */
    boolean at(String s, int i, char c) {
      return c < first.length
          && first[c]
          && i + 2 < s.length()
          && Arrays.binarySearch(keys, key(c, s.charAt(i + 1), s.charAt(i + 2))) >= 0;
    }

    private static long key(char a, char b, char c) {
      return ((long) a << 32) | ((long) b << 16) | c;
    }
  }

  /**
   * Matches of {@code pattern} in {@code text}; {@code canStart} must accept every character a
   * match of the pattern can start with (it may accept more).
   */
  static MatchStarts of(Pattern pattern, CharSequence text, IntPredicate canStart) {
    if (text instanceof String s && canStart instanceof Starts table) {
      return new MatchStarts(pattern, s, table, s, table, null, false);
    }
    return new MatchStarts(pattern, text, canStart, null, null, null, false);
  }

  /**
   * {@code canStart} with its answer kept for each character once asked: a predicate that folds
   * case ({@link #foldsTo}) asks the JDK's character tables twice per letter, and it is asked of
   * every character of every body (a twentieth of reading a library's abstracts). Hold the result
   * in a constant; it takes 64 KB. Answers are the same as {@code canStart}'s.
   */
  static Starts remembered(IntPredicate canStart) {
    return new Starts(canStart);
  }

  /**
   * A predicate of start characters that keeps its answer per character once asked ({@link
   * #remembered}). A scan asks it through {@link #test(char)}, a final method the batch JVM's
   * compiler (C1, which does not inline a call through {@link IntPredicate}) inlines: the scan for
   * the spelled-out phrase an abbreviation stands for spent most of its time in that call and in
   * {@link CharSequence#charAt} (docs/performance.md, "One table per scan").
   */
  static final class Starts implements IntPredicate {
    private final IntPredicate canStart;

    /** 0: not asked yet, 1: can start, 2: cannot. Threads racing to fill a slot write the same. */
    private final byte[] known = new byte[Character.MAX_VALUE + 1];

    /** {@link #startsCyrillic}: 0 not asked yet, 1 yes, 2 no. */
    private byte cyrillic;

    private Starts(IntPredicate canStart) {
      this.canStart = canStart;
    }

    /** Whether a match can start with {@code c}. */
    boolean test(char c) {
      byte k = known[c];
      return k == 0 ? ask(c) : k == 1;
    }

    @Override
    public boolean test(int c) {
      return (c < 0 || c > Character.MAX_VALUE) ? canStart.test(c) : test((char) c);
    }

    /**
     * Whether a match can start with a Cyrillic character: {@link WordStarts} leaves out the inner
     * letters of a Cyrillic word, so a scan that may start there steps through every character.
     */
    boolean startsCyrillic() {
      byte k = cyrillic;
      if (k == 0) {
        k = 2;
        for (char c = '\u0400'; c <= '\u04FF'; c++) {
          if (test(c)) {
            k = 1;
            break;
          }
        }
        cyrillic = k;
      }
      return k == 1;
    }

    private boolean ask(char c) {
      boolean yes = canStart.test(c);
      known[c] = yes ? (byte) 1 : (byte) 2;
      return yes;
    }
  }

  /** ASCII letters, remembered. */
  static final Starts ASCII_LETTER = remembered(MatchStarts::isAsciiLetter);

  /** ASCII capitals, remembered. */
  static final Starts ASCII_UPPER = remembered(MatchStarts::isAsciiUpper);

  /** ASCII lower-case letters, remembered. */
  static final Starts ASCII_LOWER = remembered(c -> c >= 'a' && c <= 'z');

  /**
   * The next match, as {@link Matcher#find()} would give it; the matcher then holds it.
   *
   * <p>The three loops are near copies on purpose: each tests only what its kind of scan needs, in
   * a method small enough for the batch JVM's compiler (C1, which has no profile to prune a branch
   * that never runs) to inline its tests, so one loop with the three tests behind flags would test
   * every flag at every character of every body.
   */
  boolean find() {
    if (beginnings != null) {
      return findAtBeginnings();
    }
    if (string != null) {
      return findInString();
    }
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

  /** {@link #find} over a string with a table of start characters: the same steps, inlined. */
  private boolean findInString() {
    String s = string;
    Starts table = starts;
    boolean atWordStart = wordStart;
    if (atWordStart && !table.test(' ') && !table.startsCyrillic()) {
      return findAtWordStarts();
    }
    int n = s.length();
    for (int i = from; i < n; i++) {
      if (table.test(s.charAt(i))
          && !(atWordStart && i > 0 && isAsciiWordOrHyphen(s.charAt(i - 1)))
          && matcher.region(i, n).lookingAt()) {
        from = matcher.end() > i ? matcher.end() : i + 1;
        return true;
      }
    }
    from = n + 1;
    return false;
  }

  /**
   * {@link #findInString} for a pattern tried only at a word start, stepping through the body's
   * {@link WordStarts} (shared with the other rules) instead of its every character. A place the
   * list leaves out is a space, follows an ASCII letter, digit or hyphen, or is a Cyrillic
   * character after a Cyrillic one: the scan's lookbehind test refuses the second, and the table,
   * asked, refuses a space and (or this path is not taken) every Cyrillic character.
   */
  private boolean findAtWordStarts() {
    String s = string;
    Starts table = starts;
    int n = s.length();
    WordStarts words = WordStarts.of(s);
    for (int k = words.firstFrom(from); k < words.count(); k++) {
      int i = words.at(k);
      if (table.test(s.charAt(i)) && matcher.region(i, n).lookingAt()) {
        from = matcher.end() > i ? matcher.end() : i + 1;
        return true;
      }
    }
    from = n + 1;
    return false;
  }

  /** {@link #find} trying the pattern only where one of {@link #beginnings} starts. */
  private boolean findAtBeginnings() {
    String s = string;
    Beginnings b = beginnings;
    int n = s.length();
    boolean wordsOnly = b.afterNoLetter;
    // Whether the character before i is one of the letters a word's beginning never follows.
    boolean afterLetter = wordsOnly && from > 0 && from <= n && isPlainLetter(s.charAt(from - 1));
    for (int i = from; i < n; i++) {
      char c = s.charAt(i);
      if (!afterLetter && b.at(s, i, c) && matcher.region(i, n).lookingAt()) {
        from = matcher.end() > i ? matcher.end() : i + 1;
        return true;
      }
      afterLetter = wordsOnly && isPlainLetter(c);
    }
    from = n + 1;
    return false;
  }

  /**
   * ASCII and basic Cyrillic letters (А to я, Ё, ё): letters to {@code \p{L}}, so a lookbehind that
   * refuses a letter refuses them, tested without the JDK's character tables.
   */
  static boolean isPlainLetter(char c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= 'А' && c <= 'я')
        || c == 'ё'
        || c == 'Ё';
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
   * Each UTF-16 unit case folded as {@link #fold} does, worked out the first time it is asked for:
   * asked for every character of every body (the caption's and the figure's first letters), the two
   * case mappings per character were a twentieth of reading a corpus; worked out for all 65,536
   * units when the class loaded, they cost every start about 25 ms of the interpreter's time for
   * the few hundred units a library writes. 0 until asked (only 0 folds to 0). 128 KB.
   */
  private static final char[] FOLDED = new char[Character.MAX_VALUE + 1];

  /** {@code Character.toLowerCase(Character.toUpperCase(c))}, from a table for a UTF-16 unit. */
  static int fold(int c) {
    if (c < 0 || c > Character.MAX_VALUE) {
      return Character.toLowerCase(Character.toUpperCase(c));
    }
    char folded = FOLDED[c];
    if (folded == 0 && c != 0) {
      // Threads racing to fill a slot write the same value.
      folded = (char) Character.toLowerCase(Character.toUpperCase(c));
      FOLDED[c] = folded;
    }
    return folded;
  }

  static boolean isAsciiUpper(int c) {
    return c >= 'A' && c <= 'Z';
  }

  private static boolean isAsciiWordOrHyphen(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
  }

  static boolean isAsciiLetter(int c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  }
}
