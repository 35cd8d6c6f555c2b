package dev.paperlens.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A quoted name after a kind a demonstrative points back to ({@link QuotedNames}), through {@link
 * IntroducedNames}: a title and a body, one row per irregularity.
 */
class QuotedNamesTest {

  static Stream<Arguments> titlesWithBodies() {
    return Stream.of(
        row3(
            "a name in quotes after a kind a demonstrative points back to",
            null,
            "Мы представляем Gloop - модель речи. Gloop решает все проблемы. Этот метод «Inner"
                + " Gloop» повышает качество.",
            "Gloop",
            "Inner Gloop"),
        row3(
            "a name in quotes after a kind, cited, is someone else's",
            null,
            "Мы представляем Gloop - модель речи. Как и метод «Zorb Trick» (Zorb et al.), Gloop"
                + " быстрее.",
            "Gloop"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("titlesWithBodies")
  void namesFromTitleAndBody(
      String irregularity, String title, String body, List<String> expected) {
    assertEquals(expected, IntroducedNames.introduced(title, body));
  }

  private static Arguments row3(String irregularity, String title, String body, String... names) {
    return Arguments.of(irregularity, title, body, List.of(names));
  }
}
