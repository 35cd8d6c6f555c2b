package dev.paperlens.corpus;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Tells the scraper's repeat of a post body from new text. The repeat may have lost emoji, lines or
 * line ends, or carry a foreign prefix glued to its first line, so lines are compared by their
 * letters and digits only, in order, with a little slack.
 */
final class RepeatedBody {
  /** How far ahead a repeated line may be found: the repeat may have lost a few lines. */
  static final int REPEAT_WINDOW = 6;

  /** Shorter normalised lines must match whole when telling a repeat from a new post. */
  private static final int MIN_PARTIAL_MATCH = 12;

  /** Letters and digits only, lower case: what survives dropped emoji and changed spacing. */
  static String normalized(String line) {
    int n = line.length();
    char[] out = new char[n];
    int length = 0;
    for (int i = 0; i < n; i++) {
      char c = line.charAt(i);
      // Latin and Cyrillic first, without the general Unicode tables: this runs on every repeat.
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'а' && c <= 'я')) {
        out[length++] = c;
      } else if ((c >= 'A' && c <= 'Z') || (c >= 'А' && c <= 'Я')) {
        out[length++] = (char) (c + 32);
      } else if (c >= 0x80 && !Character.isSurrogate(c) && Character.isLetterOrDigit(c)) {
        out[length++] = Character.toLowerCase(c);
      }
    }
    return new String(out, 0, length);
  }

  /**
   * Whether the lines after a first marker repeat the body: at least half of them match a body line
   * in order, allowing a few lost lines, truncated lines, and a foreign prefix glued to a line.
   */
  static boolean isRepeat(List<SourceLine> body, List<SourceLine> candidate) {
    if (body.isEmpty()) {
      return false;
    }
    String[] original = new String[body.size()];
    Set<String> all = new HashSet<>();
    for (int i = 0; i < original.length; i++) {
      original[i] = normalized(body.get(i).text());
      all.add(original[i]);
    }
    int next = 0;
    int matched = 0;
    int counted = 0;
    for (SourceLine line : candidate) {
      String repeat = normalized(line.text());
      if (repeat.isEmpty()) {
        continue;
      }
      counted++;
      int found = -1;
      for (int k = next; k < Math.min(original.length, next + REPEAT_WINDOW); k++) {
        if (sameLine(original[k], repeat)) {
          found = k;
          break;
        }
      }
      if (found >= 0) {
        matched++;
        next = found + 1;
      } else if (all.contains(repeat)) {
        matched++;
      }
    }
    return matched > 0 && matched * 2 >= counted;
  }

  static boolean sameLine(String original, String repeat) {
    if (original.isEmpty()) {
      return false;
    }
    return original.equals(repeat)
        || (repeat.length() >= MIN_PARTIAL_MATCH && original.startsWith(repeat))
        || (original.length() >= MIN_PARTIAL_MATCH && repeat.endsWith(original));
  }

  /** Whether a line repeats one of the first lines of the body (a cheap test before isRepeat). */
  static boolean startsLike(List<SourceLine> body, String line) {
    String repeat = normalized(line);
    for (int k = 0; k < Math.min(body.size(), REPEAT_WINDOW); k++) {
      if (sameLine(normalized(body.get(k).text()), repeat)) {
        return true;
      }
    }
    return false;
  }

  private RepeatedBody() {}
}
