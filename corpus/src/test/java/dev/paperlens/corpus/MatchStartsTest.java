package dev.paperlens.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class MatchStartsTest {
  /** Characters that start, break or fold into the patterns below. */
  private static final String[] PIECES = {
    "на ",
    "НА ",
    "схеме ",
    "fig. 2",
    "FIGURE 3",
    "Рис. 1 ",
    "рисунок 4: ",
    "K",
    "\u212A",
    "ﬁ",
    "İ",
    "MuZero",
    "LLaVA",
    "Large Language ",
    "Vision Transformer",
    "SW-MSA",
    "x",
    "-",
    " ",
    "\n",
    "Zorblax",
    "архитектура ",
    "5",
    "2a",
    "🙂"
  };

  @Test
  void findsWhatAScanFinds() {
    assertSameMatches(
        Pattern.compile(
            "(?iu)(?<![\\p{L}])(?:на (?:схеме|фото)|(?:fig\\.|figure|рис\\.|рисунок) ?\\d+)\\s*"
                + "[—–:-]?\\s*(?:архитектура\\s+)?(?<name>[A-Za-z][A-Za-z0-9]*)(?![\\p{L}\\d])"),
        c ->
            MatchStarts.foldsTo(c, 'н')
                || MatchStarts.foldsTo(c, 'f')
                || MatchStarts.foldsTo(c, 'р'),
        false);
    assertSameMatches(
        Pattern.compile(
            "(?<![\\p{L}\\p{N}-])[A-Za-z][A-Za-z0-9]*[A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*(?![\\p{L}\\p{N}])"),
        MatchStarts::isAsciiLetter,
        true);
    assertSameMatches(
        Pattern.compile(
            "(?<![A-Za-z0-9-])[A-Z][A-Za-z0-9]*(?: [A-Z][A-Za-z0-9]*){1,3}(?![A-Za-z0-9])"),
        MatchStarts::isAsciiUpper,
        true);
    // a table that takes Cyrillic letters: the word starts leave out a Russian word's inner
    // letters, so this scan steps through every character
    assertSameMatches(
        Pattern.compile("(?<![A-Za-z0-9-])[A-Za-zА-я][a-zа-я]*"),
        c -> MatchStarts.isAsciiLetter(c) || (c >= 'А' && c <= 'я'),
        true);
  }

  @Test
  void aTableSaysWhetherItStartsWithACyrillicCharacter() {
    assertFalse(MatchStarts.ASCII_LETTER.startsCyrillic());
    assertFalse(MatchStarts.ASCII_UPPER.startsCyrillic());
    assertTrue(MatchStarts.remembered(c -> c == 'ё').startsCyrillic());
  }

  @Test
  void foldingFollowsTheUnicodeCaseInsensitiveMatch() {
    Pattern k = Pattern.compile("(?iu)k");
    for (char c = 0; c < Character.MAX_VALUE; c++) {
      assertEquals(
          k.matcher(String.valueOf(c)).matches(), MatchStarts.foldsTo(c, 'k'), "U+" + (int) c);
    }
  }

  @Test
  void theFoldingTableGivesBothCaseMappingsOfEveryUnit() {
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      assertEquals(Character.toLowerCase(Character.toUpperCase(c)), MatchStarts.fold(c), "U+" + c);
    }
    // beyond the table, as asked: a supplementary letter and a negative value
    assertEquals(Character.toLowerCase(Character.toUpperCase(0x10400)), MatchStarts.fold(0x10400));
    assertEquals(Character.toLowerCase(Character.toUpperCase(-1)), MatchStarts.fold(-1));
  }

  @Test
  void aRememberedPredicateAnswersAsTheOneItKeeps() {
    IntPredicate folds = c -> MatchStarts.foldsTo(c, 'н') || MatchStarts.foldsTo(c, 'f');
    IntPredicate remembered = MatchStarts.remembered(folds);
    for (int round = 0; round < 2; round++) { // the second round reads what the first kept
      for (int c = 0; c <= Character.MAX_VALUE; c++) {
        assertEquals(folds.test(c), remembered.test(c), "U+" + c);
      }
    }
    assertEquals(folds.test(0x1F642), remembered.test(0x1F642), "a code point past the table");
    assertTrue(remembered.test('Н') && remembered.test('F') && !remembered.test('x'));
  }

  /** Pieces of the relative clauses that give a name to the authors, and near misses. */
  private static final String[] CLAUSE_PIECES = {
    "X, ",
    "LLaVA-Instruct, который собрали авторы",
    "Zorb Bench, which we propose",
    "X (158 тысяч примеров), собранный авторами",
    "ZorbNet, introduced in this paper",
    "который ",
    "которую ",
    "Который ",
    "котор ",
    "авторы ",
    "собрали ",
    "мы ",
    "предложили",
    "собранный ",
    "предложенная ",
    "сгенерированные ",
    "авторами",
    " статьи",
    "в этой статье",
    "здесь",
    "which ",
    "that ",
    "that the authors ",
    "we ",
    "propose",
    "d ",
    "collected ",
    "proposed ",
    "in this paper",
    "here",
    "by the authors",
    "the ",
    "thatch ",
    "с",
    "wh",
    "ё",
    "-",
    ", ",
    "\n",
    "🙂",
    // letters and digits right before a clause's first word: the scan passes over a letter
    "Zorb",
    "ок",
    "ё",
    "Ё",
    "é",
    "9",
    "_"
  };

  @Test
  void aClauseIsFoundAtItsBeginningsAsAScanFindsIt() {
    Random random = new Random(12);
    int matches = 0;
    for (int i = 0; i < 20_000; i++) {
      StringBuilder text = new StringBuilder();
      for (int j = random.nextInt(12); j > 0; j--) {
        text.append(CLAUSE_PIECES[random.nextInt(CLAUSE_PIECES.length)]);
      }
      List<String> expected = new ArrayList<>();
      Matcher scan = AttributedNames.CLAUSE.matcher(text);
      while (scan.find()) {
        expected.add(scan.start() + ":" + scan.group());
      }
      assertEquals(
          expected,
          matches(
              MatchStarts.of(
                  AttributedNames.CLAUSE, text.toString(), AttributedNames.CLAUSE_BEGINNINGS)),
          text.toString());
      matches += expected.size();
    }
    assertTrue(matches > 1_000, "too few clauses to compare: " + matches);
  }

  /** Lower-case words, and what stands around a library's name in paths, code and prose. */
  private static final String[] LOWER_PIECES = {
    "audiocraft",
    "torch.nn",
    "x.",
    "a1-b2",
    "Zorb",
    "facebookresearch/",
    "_utils",
    "@",
    "#",
    ":",
    "$",
    ".",
    "-",
    "9",
    " ",
    "\n",
    "из ",
    "ё",
    "🙂"
  };

  @Test
  void aLowerCaseWordIsFoundAtWordStartsAsAScanFindsIt() {
    Random random = new Random(13);
    int matches = 0;
    for (int i = 0; i < 20_000; i++) {
      StringBuilder text = new StringBuilder();
      for (int j = random.nextInt(10); j > 0; j--) {
        text.append(LOWER_PIECES[random.nextInt(LOWER_PIECES.length)]);
      }
      List<String> expected = new ArrayList<>();
      Matcher scan = LibraryNames.LOWER_CASE_WORD.matcher(text);
      while (scan.find()) {
        expected.add(scan.start() + ":" + scan.group());
      }
      assertEquals(
          expected,
          matches(
              MatchStarts.ofWordStarts(
                  LibraryNames.LOWER_CASE_WORD, text.toString(), MatchStarts.ASCII_LOWER)),
          text.toString());
      matches += expected.size();
    }
    assertTrue(matches > 2_000, "too few words to compare: " + matches);
  }

  private static List<String> matches(MatchStarts starts) {
    List<String> found = new ArrayList<>();
    while (starts.find()) {
      found.add(starts.matcher().start() + ":" + starts.matcher().group());
    }
    return found;
  }

  /**
   * {@code wordStart}: the pattern's lookbehind refuses an ASCII letter, digit or hyphen, so {@link
   * MatchStarts#ofWordStarts} must find the same matches too.
   */
  private static void assertSameMatches(Pattern pattern, IntPredicate canStart, boolean wordStart) {
    Random random = new Random(11);
    MatchStarts.Starts remembered = MatchStarts.remembered(canStart);
    int matches = 0;
    for (int i = 0; i < 5_000; i++) {
      StringBuilder text = new StringBuilder();
      for (int j = random.nextInt(10); j > 0; j--) {
        text.append(PIECES[random.nextInt(PIECES.length)]);
      }
      List<String> expected = new ArrayList<>();
      Matcher scan = pattern.matcher(text);
      while (scan.find()) {
        expected.add(scan.start() + ":" + scan.group());
      }
      assertEquals(expected, matches(MatchStarts.of(pattern, text, canStart)), text.toString());
      // a string with a table of start characters takes the scan's other path
      assertEquals(
          expected, matches(MatchStarts.of(pattern, text.toString(), remembered)), text.toString());
      if (wordStart) {
        assertEquals(
            expected,
            matches(MatchStarts.ofWordStarts(pattern, text.toString(), remembered)),
            text.toString());
      }
      matches += expected.size();
    }
    assertTrue(matches > 500, pattern + ": too few matches to compare, " + matches);
  }
}
