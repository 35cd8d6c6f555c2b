package dev.paperlens.corpus;

import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * A quoted name after a kind a demonstrative points back to ({@link QuotedNames}), through {@link
 * IntroducedNames}: a title and a body, one row per irregularity.
 */
class QuotedNamesTest extends IntroducedNamesTable {

  @Override
  Stream<Arguments> titlesWithBodies() {
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
}
