package dev.paperlens.corpus;

import java.util.Arrays;

/**
 * How the cue words of {@link CuedNames} start, looked up at each word of a body by its first three
 * characters: the cue pattern is tried only where one of them stands, which keeps bodies of plain
 * prose cheap to read.
 */
final class CueStarts {
  private CueStarts() {}

  /**
   * How cue words start, up to where their alternatives part, with the first letter in lower case
   * (the rest is compared as written, as {@link CuedNames#CUE} does): the regex runs only where the
   * text starts the same way, which keeps bodies of plain prose cheap to read. Three letters were
   * not enough for English: "the", "pro", "int", "pre", "tra" start half the words of an abstract,
   * and {@link CuedNames#CUE} was tried at each of them for "their own", "proposes", "introduces",
   * "presents", "trained". English cues serve posts written in English.
   */
  private static final String[] CUE_STARTS = {
    // called
    "назва",
    "назыв",
    "под",
    "зов",
    "окрести",
    "получивш",
    "called",
    "named",
    "dubbed",
    "coined",
    "termed",
    "we ",
    "котор",
    "ее ",
    "её ",
    "его ",
    "их ",
    "известн",
    "is known as",
    "are known as",
    "known as",
    // presents
    "представ",
    "созда",
    "разработа",
    "придума",
    "выкат",
    "выпусти",
    "релизну",
    "анонсирова",
    "сделали",
    "получа",
    "introduc",
    "released",
    "authors ",
    "presents",
    "proposes",
    // proposes
    "предлага",
    "предлож",
    "ввод",
    "встречайте",
    "знакомьтесь",
    "мы ",
    // gathered, made
    "собра",
    "обучен",
    "обучил",
    "постро",
    "выпуска",
    "trained",
    "built",
    "сво",
    "their own",
    "our own",
    // slot
    "штука",
    "фишка",
    "идея",
    "трюк",
    "решение",
    "вклад",
    "всё ",
    "все "
  };

  /**
   * {@link #CUE_STARTS} as sorted keys of their first three characters ({@link #cueKey}), looked up
   * once per word of a body without making a string of the word's start (a string, its array and a
   * hash per word were most of the cue scan's time with the batch flags).
   */
  private static final long[] CUE_START_KEYS =
      Arrays.stream(CUE_STARTS)
          .mapToLong(start -> cueKey(start.charAt(0), start.charAt(1), start.charAt(2)))
          .distinct()
          .sorted()
          .toArray();

  /** The {@link #CUE_STARTS} of each of {@link #CUE_START_KEYS}, in the same order. */
  private static final String[][] CUE_STARTS_BY_KEY = cueStartsByKey();

  private static String[][] cueStartsByKey() {
    String[][] byKey = new String[CUE_START_KEYS.length][];
    for (int k = 0; k < byKey.length; k++) {
      long key = CUE_START_KEYS[k];
      byKey[k] =
          Arrays.stream(CUE_STARTS)
              .filter(start -> cueKey(start.charAt(0), start.charAt(1), start.charAt(2)) == key)
              .toArray(String[]::new);
    }
    return byKey;
  }

  private static long cueKey(char first, char second, char third) {
    return ((long) first << 32) | ((long) second << 16) | third;
  }

  /** The first letters of {@link #CUE_STARTS}: most words start otherwise, and need no lookup. */
  private static final String CUE_FIRST_LETTERS = cueFirstLetters();

  /** {@link #CUE_FIRST_LETTERS} as a table by character: asked at every word of every body. */
  private static final boolean[] CUE_FIRST = cueFirstTable();

  private static boolean[] cueFirstTable() {
    boolean[] table = new boolean[CUE_FIRST_LETTERS.chars().max().orElse(0) + 1];
    CUE_FIRST_LETTERS.chars().forEach(c -> table[c] = true);
    return table;
  }

  private static String cueFirstLetters() {
    StringBuilder letters = new StringBuilder();
    for (String start : CUE_STARTS) {
      if (letters.indexOf(start.substring(0, 1)) < 0) {
        letters.append(start.charAt(0));
      }
    }
    return letters.toString();
  }

  static boolean startsCue(String text, int i, char first) {
    if (i + 2 >= text.length()) {
      return false;
    }
    char lower =
        (first >= 'А' && first <= 'Я') || (first >= 'A' && first <= 'Z')
            ? (char) (first + 32)
            : first;
    if (lower >= CUE_FIRST.length || !CUE_FIRST[lower]) {
      return false;
    }
    int k =
        Arrays.binarySearch(CUE_START_KEYS, cueKey(lower, text.charAt(i + 1), text.charAt(i + 2)));
    if (k < 0) {
      return false;
    }
    for (String start : CUE_STARTS_BY_KEY[k]) {
      if (text.regionMatches(i + 3, start, 3, start.length() - 3)) {
        return true;
      }
    }
    return false;
  }
}
