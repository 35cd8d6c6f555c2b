package dev.paperlens.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Spellings of one thing: two reviews writing a name with a hyphen and with a space ("Wugset-1M",
 * "Wugset 1M"), and a library's import name beside its project's name ("sklearn", "scikit-learn").
 * Each review's mention keeps its own spelling, and hover, completion and references on either
 * spelling reach the reviews of both.
 */
class SpellingsOfOneThingTest {
  private static final String PAGE =
      "Zorbrec: Widget Recommendation at Scale\n"
          + "обучили Zorbrec на Wugset-1M, обертка совместима с sklearn\n"
          + "👀LINK\n\n"
          + "Quxrank: Ranking Gizmos Quickly\n"
          + "сравнили Quxrank на Wugset 1M, код на scikit-learn\n"
          + "👀LINK\n";

  @RegisterExtension static final SourceNotes notes = SourceNotes.ofTelegramPage(PAGE);

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "берем Wugset-1|M",
        "берем Wugset 1|M",
        "пайплайн из skle|arn",
        "пайплайн из scikit-le|arn"
      })
  void eitherSpellingsCardListsTheReviewsOfBoth(String marked) {
    String md = notes.card(marked);
    assertTrue(md.contains("Zorbrec") && md.contains("Quxrank"), () -> marked + " gave:\n" + md);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"берем Wugset-1|M", "берем Wugset 1|M"})
  void eitherSpellingIsReferencedInTheReviewsOfBoth(String marked) {
    assertEquals(
        List.of("page.txt:1", "page.txt:5"),
        notes.referenceLines(marked).stream().sorted().toList());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"пайплайн из skle|arn", "пайплайн из scikit-le|arn"})
  void eitherLibrarySpellingIsReferencedInTheReviewsOfBoth(String marked) {
    assertEquals(
        List.of("page.txt:1", "page.txt:5"),
        notes.referenceLines(marked).stream().sorted().toList());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {"берем Wugs|; Wugset", "пайплайн из scik|; scikit-learn"})
  void completionOffersTheThingOnce(String marked, String start) {
    List<String> labels = notes.completionLabels(marked);
    assertEquals(
        1, labels.stream().filter(l -> l.startsWith(start)).count(), () -> labels.toString());
  }
}
