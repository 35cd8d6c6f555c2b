package dev.paperlens.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The names a title gives alone ({@link TitleHeads}), through {@link IntroducedNames}. */
class TitleHeadsTest extends IntroducedNamesTable {

  static Stream<Arguments> titles() {
    return Stream.of(
        row("one-word name before a colon", "FooNet: Fast Widgets at Scale", "FooNet"),
        row("all-caps name before a colon", "WIDGET: Learning to Widget", "WIDGET"),
        row(
            "abbreviation defined in the title",
            "Sparse Widget Transformer (SWT): Learning from Widgets",
            "Sparse Widget Transformer",
            "SWT"),
        row("article phrase", "The Fox & the Hound: Linear Widgets", "The Fox & the Hound", "Fox"),
        row(
            "coined word in a short prefix",
            "Stable Widget XL: Bigger Widgets",
            "Stable Widget XL"),
        row("short title that is a name", "Widget Mosaics", "Widget Mosaics"),
        row(
            "a letter alone before a hyphen is coined",
            "Open Q-Gadgetry: Robot Datasets and Models",
            "Open Q-Gadgetry"),
        row("X-ray is an English word", "X-Ray Gadgets: Seeing Through Widgets"),
        row("descriptive prefix is no name", "Scaling Cross-Modal Widgets: One Policy for All"),
        row("long descriptive title", "Learning Compressed Widgets with Low Rank"),
        row("three-word title is a title", "Many-Widget In-Context Learning"),
        row("Russian title", "Виджеты: обзор"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("titles")
  void namesFromTitle(String irregularity, String title, List<String> expected) {
    assertEquals(expected, IntroducedNames.introduced(title, null));
  }

  @Override
  Stream<Arguments> titlesWithBodies() {
    return Stream.of(
        row3(
            "name, then what it is",
            "WidgetBERT, a distilled version of BERT: smaller",
            "сжали BERT",
            "WidgetBERT"),
        row3("name with a version", "Zeta 2: Better Widgets", "", "Zeta 2"));
  }

  private static Arguments row(String irregularity, String text, String... names) {
    return Arguments.of(irregularity, text, List.of(names));
  }
}
