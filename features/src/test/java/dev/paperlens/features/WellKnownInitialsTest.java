package dev.paperlens.features;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The two capitals of a name the user writes in many reviews, said in Cyrillic where the words
 * around say a name ("код на зф" is ZorbFlow): hover and references in a note reach the review that
 * says it so; a name written once is not reached by its capitals.
 */
class WellKnownInitialsTest {
  private static final String PAGE =
      "Widget Networks at Scale\n"
          + "всё написано на ZorbFlow, а GlorpNet обучали отдельно\n"
          + "👀LINK\n\n"
          + "Sprocket Benchmarks Revisited\n"
          + "код снова на ZorbFlow\n"
          + "👀LINK\n\n"
          + "Doohickey Learning Quickly\n"
          + "порт с ZorbFlow на чистый C\n"
          + "👀LINK\n\n"
          + "Thingamajig Graphs Revisited\n"
          + "код на зф, веса на гн выложены\n"
          + "👀LINK\n";

  @RegisterExtension static final SourceNotes notes = SourceNotes.ofTelegramPage(PAGE);

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {"пишем на Zorb|Flow; page.txt:13"})
  void isReferencedWhereItsCapitalsSayIt(String marked, String line) {
    List<String> lines = notes.referenceLines(marked);
    assertTrue(lines.contains(line), () -> lines.toString());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {"пишем на Zorb|Flow; Thingamajig Graphs"})
  void hoverListsTheReviewThatSaysItsCapitals(String marked, String inCard) {
    String md = notes.card(marked);
    assertTrue(md.contains(inCard), () -> "card lacks " + inCard + ":\n" + md);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {"сравнили с Glorp|Net; page.txt:13"})
  void aNameWrittenOnceIsNotReachedByItsCapitals(String marked, String line) {
    List<String> lines = notes.referenceLines(marked);
    assertFalse(lines.contains(line), () -> lines.toString());
  }
}
