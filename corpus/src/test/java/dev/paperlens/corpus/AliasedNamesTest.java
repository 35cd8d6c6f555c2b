package dev.paperlens.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The short form an aliasing word gives ({@link AliasedNames}), through {@link IntroducedNames}: a
 * title and a body, one row per irregularity.
 */
class AliasedNamesTest {

  static Stream<Arguments> titlesWithBodies() {
    return Stream.of(
        row3(
            "a lower-case long form, then its acronym counting a repeated letter",
            "Asynchronous Methods for Widget Learning",
            "звезда программы — asynchronous advantage actor-widget, он же A3W",
            "asynchronous advantage actor-widget",
            "A3W"),
        row3(
            "a lower-case phrase whose initials are not the acronym's is no long form",
            "Asynchronous Methods for Widget Learning",
            "берем старый добрый widget critic, он же A3W"),
        row3(
            "the short form used from now on",
            "Widgets for Rendering",
            "метод называется 3D Widget Splatting, дальше буду писать 3DWS, как все",
            "3D Widget Splatting",
            "3DWS"),
        row3(
            "alias of a spelled-out name",
            "Playing Widgets with Deep Learning",
            "получаем Deep Widget Network, или просто DWN",
            "Deep Widget Network",
            "DWN"));
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
