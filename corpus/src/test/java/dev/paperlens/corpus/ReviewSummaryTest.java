package dev.paperlens.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReviewSummaryTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Первое. Второе! Третье. | Первое. Второе!",
        "строка без точки\\nвторая строка\\nтретья | строка без точки вторая строка",
        "версия 1.5 лучше. да | версия 1.5 лучше. да",
        "'' | ''",
      })
  void firstTwoSentences(String text, String expected) {
    assertEquals(expected, ReviewSummary.of(text.replace("\\n", "\n")));
  }

  @Test
  void aLongFirstSentenceIsCutWithAnEllipsis() {
    String summary = ReviewSummary.of("короткая строка\n" + "слово, ".repeat(60) + "конец.");
    assertTrue(summary.length() <= ReviewSummary.MAX, summary);
    assertTrue(summary.startsWith("короткая строка слово,"), summary);
    assertTrue(summary.endsWith("…"), summary);
  }

  @Test
  void longTextIsCutAtAWord() {
    String summary = ReviewSummary.of("слово ".repeat(100));
    assertTrue(summary.length() <= ReviewSummary.MAX, summary);
    assertTrue(summary.endsWith("слово…"), summary);
  }
}
