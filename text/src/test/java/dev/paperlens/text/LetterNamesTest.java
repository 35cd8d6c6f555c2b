package dev.paperlens.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LetterNamesTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "дэкуэн | dqn",
        "эсдэ | sd",
        "дэдэпээм | ddpm",
        "эр-эс-эс-эм | rssm",
        "джи-си-эн | gcn",
        "си-ти-си | ctc",
        "ПиЭнЭн | pnn",
        "кьюэм9 | qm9",
        "эйчэм | hm",
        // a name of one vowel is no letter's name here, nor a version before the letters
        "иэс | ''",
        "9эм | ''",
        // one name alone, a Russian word made of other syllables, letters after the version
        "эм | ''",
        "модель | ''",
        "кьюэм9а | ''",
        "эмэмэмэмэмэмэмэмэмэмэмэмэм | ''",
      })
  void readsLettersSaidByTheirNames(String word, String expected) {
    List<String> spelled = LetterNames.spelled(word);
    assertEquals(expected, spelled.isEmpty() ? "" : spelled.get(0), () -> spelled.toString());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"дэку, true", "эм, true", "мама, false", "э, false"})
  void tellsAWordThatMayBeginWithALettersName(String word, boolean expected) {
    assertEquals(expected, LetterNames.mayBeSpelled(word));
  }
}
