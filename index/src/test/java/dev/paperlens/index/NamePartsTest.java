package dev.paperlens.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The parts of a name of several words and the keys a word of a phrase matches them by: a Cyrillic
 * word read as English, declined, or said as an acronym of consonants; and the linker's reading of
 * the whole phrase, which decides.
 */
class NamePartsTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "Fast R-CNN; Fast|R-CNN",
        "Stable Diffusion 3; Stable|Diffusion|3",
        "Common Crawl; Common|Crawl",
        "HyenaDNA; ",
        "Gemma 2; Gemma|2",
        "A B C D E; ",
        "гемма 2; ",
      })
  void partsAreTheWordsBetweenSpaces(String name, String parts) {
    assertEquals(
        parts == null ? List.of() : List.of(parts.split("\\|")), NameForms.parts(name), name);
  }

  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(
      delimiter = ';',
      value = {
        "фаст; Fast R-CNN",
        "рцнн; Fast R-CNN",
        "рцнна; Fast R-CNN",
        "диффьюжна; Stable Diffusion 3",
        "стейбл; Stable Diffusion 3",
        "коммон; Common Crawl",
        "кроул; Common Crawl",
      })
  void aCyrillicWordSharesAKeyWithAPart(String word, String name) {
    assertFalse(
        java.util.Collections.disjoint(NameForms.wordKeys(word), NameForms.partReadings(name)),
        () -> NameForms.wordKeys(word) + " / " + NameForms.partReadings(name));
  }

  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(
      delimiter = ';',
      value = {
        "фаст рцнн; Fast R-CNN",
        "стейбл диффьюжна; Stable Diffusion",
        "коммон кроул; Common Crawl",
      })
  void theLinkerReadsTheWholePhraseAsTheName(String phrase, String name) {
    assertTrue(NameQueries.spellsWhole(phrase, name), phrase);
    assertTrue(NameQueries.phraseQuery(phrase, false).isPresent(), phrase);
  }

  @ParameterizedTest
  @ValueSource(strings = {"кроул коммон фуд", "фаст фуд"})
  void otherPhrasesAreNotTheName(String phrase) {
    assertFalse(NameQueries.spellsWhole(phrase, "Common Crawl"), phrase);
    assertFalse(NameQueries.spellsWhole(phrase, "Fast R-CNN"), phrase);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Common Crawl", "стейбл", "a b c d e f"})
  void onlyPhrasesOfTwoToFourWordsWithCyrillicAreLookedUpWordByWord(String input) {
    assertTrue(NameQueries.phraseQuery(input, false).isEmpty(), input);
  }
}
