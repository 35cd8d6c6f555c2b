package dev.paperlens.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class NameShapesTest {

  static Stream<Arguments> wordStarts() {
    return Stream.of(
        Arguments.of("at the start", "Zorb-7B и Zorb-13B", "Zorb", 0, 0),
        Arguments.of("the next one from a place", "Zorb-7B и Zorb-13B", "Zorb", 1, 10),
        Arguments.of("inside a word is passed over", "MiniZorb и Zorb-2", "Zorb", 0, 11),
        Arguments.of("after a Cyrillic letter too", "гиперZorb, Zorb", "Zorb", 0, 11),
        Arguments.of("after a hyphen is a word start", "RT-2-Zorb", "Zorb", 0, 5),
        Arguments.of(
            "an occurrence passed over is skipped whole", "ZorbZorb Zorb", "ZorbZorb", 0, 0),
        Arguments.of("overlaps after a skip are not looked in", "aZZ ZZ", "ZZ", 0, 4),
        Arguments.of("none", "MiniZorb", "Zorb", 0, -1));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("wordStarts")
  void atWordStart(String irregularity, String body, String name, int from, int expected) {
    assertEquals(expected, NameShapes.atWordStart(body, name, from));
  }
}
