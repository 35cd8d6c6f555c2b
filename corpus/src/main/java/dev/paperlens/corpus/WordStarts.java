package dev.paperlens.corpus;

import dev.paperlens.text.CrossScript;
import java.util.Arrays;

/**
 * Where the words of a body may start, found in one pass and shared by the name rules that look
 * only there: the places whose character is not a space and follows no ASCII letter, digit or
 * hyphen (or starts the body), and that are not a Cyrillic character after a Cyrillic one. A
 * capital starting an acronym, a word after a space, a short name after its lookbehind: each rule
 * used to step through every character of every abstract to find these few places (a library read's
 * name analysis made about a dozen such passes per abstract); now each steps through this list,
 * about one place in five of English text.
 *
 * <p>The rules that read the list want an ASCII character there, or a place after a space ({@link
 * MatchStarts.Starts#startsCyrillic} says which scans may): the inner letters of a Cyrillic word
 * are neither, yet followed no ASCII letter, so before they were left out every letter of Russian
 * prose was a place, and the list of a Russian body nearly as long as the body
 * (docs/performance.md, "Parse throughput, eighth step").
 *
 * <p>The rules of one body run one after another on one thread, so the list of the body last asked
 * for is kept per thread and handed out again for an equal body.
 */
final class WordStarts {
  private final String body;
  private final int[] places;
  private final int count;

  private static final ThreadLocal<WordStarts> LAST = new ThreadLocal<>();

  private WordStarts(String body) {
    this.body = body;
    int n = body.length();
    int[] found = new int[Math.max(16, n / 4)];
    int k = 0;
    boolean afterWord = false;
    boolean afterCyrillic = false;
    for (int i = 0; i < n; i++) {
      char c = body.charAt(i);
      boolean cyrillic = CrossScript.isCyrillic(c);
      if (!afterWord && c != ' ' && !(cyrillic && afterCyrillic)) {
        if (k == found.length) {
          found = Arrays.copyOf(found, k * 2);
        }
        found[k++] = i;
      }
      afterWord = isAsciiWordOrHyphen(c);
      afterCyrillic = cyrillic;
    }
    this.places = found;
    this.count = k;
  }

  /** The word starts of {@code body}; the same list again when asked for the same body. */
  static WordStarts of(String body) {
    WordStarts last = LAST.get();
    if (last != null && last.body.equals(body)) {
      return last;
    }
    WordStarts made = new WordStarts(body);
    LAST.set(made);
    return made;
  }

  /** How many places the list holds. */
  int count() {
    return count;
  }

  /** The {@code k}th place, in increasing order. */
  int at(int k) {
    return places[k];
  }

  /** The index of the first place at or after {@code offset}, or {@link #count()} if none. */
  int firstFrom(int offset) {
    if (offset <= 0) {
      return 0;
    }
    int i = Arrays.binarySearch(places, 0, count, offset);
    return i >= 0 ? i : -i - 1;
  }

  /** The characters after which no word starts here: ASCII letters, digits and the hyphen. */
  static boolean isAsciiWordOrHyphen(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
  }
}
