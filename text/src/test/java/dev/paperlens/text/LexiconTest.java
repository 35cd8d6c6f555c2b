package dev.paperlens.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LexiconTest {
  @ParameterizedTest
  @CsvSource({
    "attention, true",
    "baseline, true",
    "datasets, true",
    "Whisper, true",
    "xgboost, false",
    "numpy, false",
    "pytorch, false",
    "Adam, false",
    "softmax, false",
  })
  void englishTellsWordsFromNames(String word, boolean ordinary) {
    assertEquals(ordinary, Lexicon.english().isWord(word), word);
  }

  @ParameterizedTest
  @CsvSource({
    "мое, true",
    "моё, true",
    "модели, true",
    "памятью, true",
    "все, true",
    "гпт, false",
    "рлхф, false",
    "вае, false",
    "квен, false",
  })
  void russianKnowsEveryCaseForm(String word, boolean ordinary) {
    assertEquals(ordinary, Lexicon.russian().isWord(word), word);
  }

  @ParameterizedTest
  @CsvSource({
    "Whisper, whisper, xgboost",
    "Модели, модели, квен",
    "ёлка, елка, рлхф",
    "МОЁ, мое, гпт",
  })
  void answersStayTheSameWhenAskedAgainInAnotherCase(String word, String other, String name) {
    // answers are remembered per word as asked: a second ask, or the same word in other letters,
    // gives what the automaton gives
    Lexicon russian = Lexicon.russian();
    Lexicon english = Lexicon.english();
    for (Lexicon lexicon : new Lexicon[] {russian, english}) {
      boolean first = lexicon.isWord(word);
      assertEquals(first, lexicon.isWord(other), word + " / " + other);
      assertEquals(first, lexicon.isWord(word), word);
      assertEquals(false, lexicon.isWord(name), name);
      assertEquals(false, lexicon.isWord(name), name);
    }
  }

  @ParameterizedTest
  @CsvSource({"Adam, true", "adam, false", "'', false", "日本, false"})
  void containsIsCaseSensitiveAndSafeOnAnyText(String word, boolean listed) {
    assertEquals(listed, Lexicon.english().contains(word), word);
  }
}
