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
