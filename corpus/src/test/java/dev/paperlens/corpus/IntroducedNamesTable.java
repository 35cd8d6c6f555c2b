package dev.paperlens.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A table test of one kind of evidence through {@link IntroducedNames}: each subclass gives its
 * rows of a title and a body, one per irregularity, with the names expected in order.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class IntroducedNamesTable {

  /** Rows of {@link #row3}. */
  abstract Stream<Arguments> titlesWithBodies();

  @ParameterizedTest(name = "{0}")
  @MethodSource("titlesWithBodies")
  void namesFromTitleAndBody(
      String irregularity, String title, String body, List<String> expected) {
    assertEquals(expected, IntroducedNames.introduced(title, body));
  }

  static Arguments row3(String irregularity, String title, String body, String... names) {
    return Arguments.of(irregularity, title, body, List.of(names));
  }
}
