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

  static Stream<Arguments> countedRepeats() {
    return Stream.of(
        Arguments.of("a count after a capital", "SG3W", "Swift Gated Gated Gated Widget", true),
        Arguments.of("a count at the end", "TG3", "Twin Gated Gizmo Gradient", true),
        Arguments.of("too few words for the count", "SG3W", "Swift Gated Widget", false),
        Arguments.of("a version is no count", "W10", "Widget Widget Widget", false),
        Arguments.of("no count: as abbreviates", "WSM", "Widget Score Matching", true));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("countedRepeats")
  void abbreviatesCountingRepeats(
      String irregularity, String shortForm, String longForm, boolean expected) {
    assertEquals(expected, Abbreviation.abbreviatesCountingRepeats(shortForm, longForm));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("definitions")
  void longFormOf(String irregularity, String shortForm, String before, String expected) {
    assertEquals(expected, Abbreviation.longFormOf(shortForm, List.of(before.split(" "))));
  }
}
