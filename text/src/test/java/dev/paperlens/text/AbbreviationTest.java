package dev.paperlens.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AbbreviationTest {

  static Stream<Arguments> definitions() {
    return Stream.of(
        Arguments.of(
            "initials", "WSM", "мы предлагаем Widget Score Matching", "Widget Score Matching"),
        Arguments.of("letters inside words", "GWid", "трюк Ghost Widgeting", "Ghost Widgeting"),
        Arguments.of("a word's tail", "Q-Widgeter", "a Querying Widgeter", "Querying Widgeter"),
        Arguments.of("CamelCase", "WIT", "датасет WebImageText", "WebImageText"),
        Arguments.of("a digit", "SW3", "Stable Widget 3", "Stable Widget 3"),
        Arguments.of("the first letter must start a word", "ZW", "the aZ Widget", null),
        Arguments.of("letters out of order", "WSM", "Matching Score Widget", null),
        Arguments.of("too many words before", "AB", "Apple x y z w Banana", null),
        Arguments.of("the short form itself", "WSM", "WSM", null));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("definitions")
  void longFormOf(String irregularity, String shortForm, String before, String expected) {
    assertEquals(expected, Abbreviation.longFormOf(shortForm, List.of(before.split(" "))));
  }
}
