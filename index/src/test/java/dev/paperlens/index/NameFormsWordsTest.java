package dev.paperlens.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** How {@link NameForms#words} splits a name or title into its normalized words. */
class NameFormsWordsTest {

  /** Input, then the words expected, one row per kind of gap or word. */
  private static final String[][] ROWS = {
    {"LoRA-based adapters", "lora", "based", "adapters"},
    {"  leading and trailing gaps!  ", "leading", "and", "trailing", "gaps"},
    {"GPT-4o, 2024", "gpt", "4o", "2024"},
    {"Ёлка и ёж", "елка", "и", "еж"},
    {"Schölkopf & Müller", "schölkopf", "müller"},
    {"x²-term", "x", "term"},
    {"Ⅻ century", "century"},
    {"𝐁old math 𝟙", "old", "math"},
    {"naïve (co)attention", "naïve", "co", "attention"},
    {
      "",
    },
    {
      "---",
    },
    {"a\u0301b", "a", "b"},
  };

  @Test
  void splitsAtAnythingButLettersAndNumbers() {
    for (String[] row : ROWS) {
      assertEquals(List.of(row).subList(1, row.length), NameForms.words(row[0]), row[0]);
    }
  }

  @Test
  void nullHasNoWords() {
    assertEquals(List.of(), NameForms.words(null));
  }

  /** The pattern the scan stands for: its split, each part normalized, empty parts dropped. */
  private static final Pattern GAPS = Pattern.compile("[^\\p{L}\\p{N}]+");

  private static List<String> bySplit(String s) {
    List<String> out = new ArrayList<>();
    for (String part : GAPS.split(s)) {
      String word = NameForms.normalize(part);
      if (!word.isEmpty()) {
        out.add(word);
      }
    }
    return out;
  }

  @Test
  void splitsAsThePatternDoesOnMixedText() {
    // Letters, numbers, marks, symbols, spaces and punctuation of several scripts, surrogate pairs
    // and lone surrogates among them.
    String alphabet =
        "aZ9 -_.,;:'\"()[]{}/\\|+&@#ёЁжЖщüéßİıΣσς٣²⅓Ⅻ\u0301\u200b\u00a0\t\n中文한국"
            + "𝐁𝟙😀\ud800\udc00";
    int[] points = alphabet.codePoints().toArray();
    Random random = new Random(18);
    for (int n = 0; n < 20_000; n++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(12);
      for (int i = 0; i < length; i++) {
        int pick = random.nextInt(points.length + 2);
        if (pick < points.length) {
          text.appendCodePoint(points[pick]);
        } else {
          text.append(pick == points.length ? '\ud83d' : '\ude00');
        }
      }
      String s = text.toString();
      assertEquals(bySplit(s), NameForms.words(s), s);
    }
  }
}
