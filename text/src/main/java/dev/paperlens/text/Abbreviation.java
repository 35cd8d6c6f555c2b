package dev.paperlens.text;

import java.util.List;

/**
 * Whether a short form abbreviates a long one, after Schwartz and Hearst ("A simple algorithm for
 * identifying abbreviation definitions in biomedical text", 2003): every letter and digit of the
 * short form is found in the long form from right to left, in order, and its first letter starts a
 * word of the long form. So "GAtt" abbreviates "Ghost Attention", "Q-Former" "Querying
 * Transformer", "WIT" "WebImageText" and "CLIP" "Contrastive Language-Image Pre-training", which
 * initials alone do not tell.
 */
public final class Abbreviation {
  private Abbreviation() {}

  /** Whether {@code shortForm} abbreviates {@code longForm}, as a whole. */
  public static boolean abbreviates(String shortForm, String longForm) {
    return start(shortForm, longForm) == 0;
  }

  /**
   * {@link #abbreviates}, reading a count after a capital as that letter written so many times:
   * "TD3" as "TDDD" (Twin Delayed Deep Deterministic …), "A3C" as "AAAC" (Asynchronous Advantage
   * Actor-Critic), as acronyms count a letter that starts several words in a row. Only where the
   * text says the two are one name ("…, или TD3"): everywhere, a version number read as a count
   * finds long forms no one meant.
   */
  public static boolean abbreviatesCountingRepeats(String shortForm, String longForm) {
    return abbreviates(shortForm, longForm)
        || (hasRepeatCount(shortForm) && abbreviates(repeated(shortForm), longForm));
  }

  /** The short form with each count after a capital written out: "TD3" as "TDDD". */
  static String repeated(String shortForm) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < shortForm.length(); i++) {
      char c = shortForm.charAt(i);
      if (c >= '2' && c <= '9' && i > 0 && Character.isUpperCase(shortForm.charAt(i - 1))) {
        out.append(String.valueOf(shortForm.charAt(i - 1)).repeat(c - '1'));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** Whether every digit of the short form is one from 2 to 9 right after a capital ("TD3"). */
  private static boolean hasRepeatCount(String shortForm) {
    boolean count = false;
    for (int i = 0; i < shortForm.length(); i++) {
      char c = shortForm.charAt(i);
      if (Character.isDigit(c)) {
        boolean afterCapital = i > 0 && Character.isUpperCase(shortForm.charAt(i - 1));
        boolean alone = i + 1 == shortForm.length() || !Character.isDigit(shortForm.charAt(i + 1));
        if (!afterCapital || !alone || c < '2') {
          return false;
        }
        count = true;
      }
    }
    return count;
  }

  /**
   * The shortest run of the last words of {@code words} that {@code shortForm} abbreviates, joined
   * by spaces, or null. At most {@code min(n + 5, 2n)} words are tried, n being the short form's
   * length, as Schwartz and Hearst bound a definition; a run must start with the short form's first
   * letter.
   */
  public static String longFormOf(String shortForm, List<String> words) {
    int letters = (int) shortForm.chars().filter(Character::isLetterOrDigit).count();
    if (letters < 2 || words.isEmpty()) {
      return null;
    }
    int most = Math.min(letters + 5, 2 * letters);
    for (int take = 1; take <= Math.min(most, words.size()); take++) {
      List<String> run = words.subList(words.size() - take, words.size());
      String first = run.get(0);
      if (first.isEmpty()
          || Character.toLowerCase(first.charAt(0)) != Character.toLowerCase(firstLetter(shortForm))
          || first.equals(shortForm)) {
        continue;
      }
      String joined = String.join(" ", run);
      if (joined.length() > shortForm.length() && abbreviates(shortForm, joined)) {
        return joined;
      }
    }
    return null;
  }

  /**
   * Where in {@code longForm} the match of {@code shortForm} starts (0 when the long form starts
   * with the first letter), or -1 when it does not abbreviate it.
   */
  private static int start(String shortForm, String longForm) {
    int s = shortForm.length() - 1;
    int l = longForm.length() - 1;
    int matchedAt = -1;
    while (s >= 0) {
      char c = Character.toLowerCase(shortForm.charAt(s));
      if (!Character.isLetterOrDigit(c)) {
        s--;
        continue;
      }
      boolean firstOfShort = isFirstLetter(shortForm, s);
      while (l >= 0
          && (Character.toLowerCase(longForm.charAt(l)) != c
              || (firstOfShort && l > 0 && Character.isLetterOrDigit(longForm.charAt(l - 1))))) {
        l--;
      }
      if (l < 0) {
        return -1;
      }
      matchedAt = l;
      l--;
      s--;
    }
    return matchedAt;
  }

  private static boolean isFirstLetter(String s, int at) {
    for (int i = 0; i < at; i++) {
      if (Character.isLetterOrDigit(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static char firstLetter(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetterOrDigit(s.charAt(i))) {
        return s.charAt(i);
      }
    }
    return ' ';
  }
}
