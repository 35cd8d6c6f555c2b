package dev.paperlens.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class WordStartsTest {
  /** Characters that start, continue and separate words, in both scripts. */
  private static final String ALPHABET = "aZk0-  \t\n.,(«ЖяёщéI'";

  private static String randomText(Random random) {
    char[] text = new char[random.nextInt(60)];
    for (int i = 0; i < text.length; i++) {
      text[i] = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
    }
    return new String(text);
  }

  @Test
  void theListHoldsEveryPlaceThatIsNoSpaceAndFollowsNoAsciiWordCharacterOrHyphen() {
    Random random = new Random(18);
    for (int round = 0; round < 20_000; round++) {
      String text = randomText(random);
      List<Integer> expected = new ArrayList<>();
      for (int i = 0; i < text.length(); i++) {
        char before = i == 0 ? ' ' : text.charAt(i - 1);
        boolean afterWord = Character.isLetterOrDigit(before) && before < 0x80 || before == '-';
        boolean insideCyrillic =
            Character.UnicodeBlock.of(before) == Character.UnicodeBlock.CYRILLIC
                && Character.UnicodeBlock.of(text.charAt(i)) == Character.UnicodeBlock.CYRILLIC;
        if (!afterWord && !insideCyrillic && text.charAt(i) != ' ') {
          expected.add(i);
        }
      }
      WordStarts starts = WordStarts.of(text);
      List<Integer> actual = new ArrayList<>();
      for (int k = 0; k < starts.count(); k++) {
        actual.add(starts.at(k));
      }
      assertEquals(expected, actual, text);
      for (int offset = 0; offset <= text.length() + 1; offset++) {
        int k = starts.firstFrom(offset);
        assertTrue(k == starts.count() || starts.at(k) >= offset, text + " @" + offset);
        assertTrue(k == 0 || starts.at(k - 1) < offset, text + " @" + offset);
      }
    }
  }

  @Test
  void aRussianWordIsOnePlaceAndALatinLetterAfterItAnother() {
    WordStarts starts = WordStarts.of("модель аB (ЖЖ) x");
    List<Integer> actual = new ArrayList<>();
    for (int k = 0; k < starts.count(); k++) {
      actual.add(starts.at(k));
    }
    assertEquals(List.of(0, 7, 8, 10, 11, 13, 15), actual);
  }

  @Test
  void anEqualBodyGetsTheListItWasLastGivenOnItsThread() {
    String body = "We propose LoRA, a low-rank adaptation";
    WordStarts first = WordStarts.of(body);
    assertSame(first, WordStarts.of(new String(body.toCharArray())));
    WordStarts.of("another body");
    assertEquals(first.count(), WordStarts.of(body).count());
  }

  @Test
  void aWordAfterASpaceIsFoundAtWordStartsAsAScanFindsIt() {
    MatchStarts.Beginnings words = MatchStarts.Beginnings.of("aka", "или", "i.e.", "Zk-");
    // A beginning that starts with a space is not at a word start: the scan answers for it.
    MatchStarts.Beginnings spaced = MatchStarts.Beginnings.of(" ak", "или");
    Random random = new Random(19);
    int found = 0;
    for (int round = 0; round < 50_000; round++) {
      StringBuilder text = new StringBuilder(randomText(random));
      if (random.nextBoolean()) {
        text.insert(random.nextInt(text.length() + 1), random.nextBoolean() ? " aka" : " или");
      }
      String body = text.toString();
      boolean expected = words.afterSpaceByScan(body);
      assertEquals(expected, words.afterSpaceIn(body), body);
      assertEquals(spaced.afterSpaceByScan(body), spaced.afterSpaceIn(body), body);
      found += expected ? 1 : 0;
    }
    assertTrue(found > 5_000, "too few bodies writing a word: " + found);
  }

  @Test
  void anAcronymMatchesOnlyWhereASecondCapitalFollows() {
    String alphabet = "AZaz0- .(";
    Random random = new Random(20);
    int matches = 0;
    for (int round = 0; round < 50_000; round++) {
      char[] text = new char[random.nextInt(20)];
      for (int i = 0; i < text.length; i++) {
        text[i] = alphabet.charAt(random.nextInt(alphabet.length()));
      }
      String body = new String(text);
      java.util.regex.Matcher m =
          AcronymNames.ACRONYM.matcher(body).useTransparentBounds(true).useAnchoringBounds(false);
      for (int i = 0; i < body.length(); i++) {
        if (m.region(i, body.length()).lookingAt()) {
          matches++;
          assertTrue(AcronymNames.secondCapitalFollows(body, i), body + " @" + i);
        }
      }
    }
    assertTrue(matches > 5_000, "too few acronyms: " + matches);
  }
}
