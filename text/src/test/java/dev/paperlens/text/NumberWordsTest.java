package dev.paperlens.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class NumberWordsTest {

  static Stream<Arguments> values() {
    return Stream.of(
        Arguments.of("masculine two", "два", OptionalInt.of(2)),
        Arguments.of("feminine two", "две", OptionalInt.of(2)),
        Arguments.of("instrumental two", "двумя", OptionalInt.of(2)),
        Arguments.of("instrumental three", "тремя", OptionalInt.of(3)),
        Arguments.of("instrumental four, soft sign", "четырьмя", OptionalInt.of(4)),
        Arguments.of("instrumental seven, not the family", "семью", OptionalInt.of(7)),
        Arguments.of("capitalised at a sentence start", "Пять", OptionalInt.of(5)),
        Arguments.of("English", "Eight", OptionalInt.of(8)),
        Arguments.of("one is no count", "один", OptionalInt.empty()),
        Arguments.of("nine is past the table", "девять", OptionalInt.empty()),
        Arguments.of("genitive is not a form the rules read", "трёх", OptionalInt.empty()),
        Arguments.of("a vague count has no value", "несколько", OptionalInt.empty()),
        Arguments.of("digits are read by the rule, not here", "3", OptionalInt.empty()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("values")
  void value(String irregularity, String word, OptionalInt expected) {
    assertEquals(expected, NumberWords.value(word));
  }

  static Stream<Arguments> ordinals() {
    return Stream.of(
        Arguments.of("accusative feminine", "третью", OptionalInt.of(3)),
        Arguments.of("soft sign's genitive", "третьей", OptionalInt.of(3)),
        Arguments.of("capitalised", "Вторая", OptionalInt.of(2)),
        Arguments.of("with ё", "четвёртой", OptionalInt.of(4)),
        Arguments.of("the first", "первый", OptionalInt.of(1)),
        Arguments.of("the tenth", "десятую", OptionalInt.of(10)),
        Arguments.of("a cardinal is no ordinal", "три", OptionalInt.empty()),
        Arguments.of("a stem's other word", "пятно", OptionalInt.empty()),
        Arguments.of("a noun of the stem", "пятница", OptionalInt.empty()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ordinals")
  void ordinal(String irregularity, String word, OptionalInt expected) {
    assertEquals(expected, NumberWords.ordinal(word));
  }

  @Test
  void theFirstFourOrdinalStems() {
    assertEquals(java.util.List.of("перв", "втор", "трет", "четверт"), NumberWords.ordinalStems(4));
  }

  static Stream<Arguments> alternatives() {
    return Stream.of(
        Arguments.of(2, 4, NumberWords.Case.NOMINATIVE, "два|две|три|четыре|two|three|four"),
        Arguments.of(
            2, 5, NumberWords.Case.NOMINATIVE, "два|две|три|четыре|пять|two|three|four|five"),
        Arguments.of(3, 4, NumberWords.Case.INSTRUMENTAL, "тремя|четырьмя"),
        Arguments.of(9, 12, NumberWords.Case.NOMINATIVE, ""));
  }

  @ParameterizedTest(name = "{0} to {1}, {2}")
  @MethodSource("alternatives")
  void alternatives(int from, int to, NumberWords.Case grammaticalCase, String expected) {
    assertEquals(expected, NumberWords.alternatives(from, to, grammaticalCase));
  }

  @Test
  void everyNumberHasEachFormInBothLanguages() {
    for (int n = 2; n <= 8; n++) {
      int value = n;
      Set<String> kinds =
          NumberWords.all().stream()
              .filter(w -> w.value() == value)
              .map(w -> (w.spelling().charAt(0) < 0x80 ? "en " : "ru ") + w.grammaticalCase())
              .collect(Collectors.toSet());
      assertEquals(Set.of("ru NOMINATIVE", "ru INSTRUMENTAL", "en NOMINATIVE"), kinds, "" + n);
    }
  }

  @Test
  void spellingsAreLowerCaseLettersAndDistinct() {
    for (NumberWords.Word w : NumberWords.all()) {
      assertTrue(w.spelling().chars().allMatch(Character::isLowerCase), w.spelling());
    }
    assertEquals(
        NumberWords.all().size(),
        NumberWords.all().stream().map(NumberWords.Word::spelling).distinct().count());
  }
}
