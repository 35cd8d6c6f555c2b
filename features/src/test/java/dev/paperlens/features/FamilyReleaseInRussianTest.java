package dev.paperlens.features;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a review says in Russian of a family's release: the family's word where the review writes
 * one release in Latin ("Zorbnet-3 … зорбнетом") and an ordinal before it ("третий зорбнет") are
 * that release, so references and hover on the release reach those reviews, and the family's own
 * card does not list them; an acronym of consonants closing a name is said letter by letter
 * ("глорпгцн" of GlorpGCN) and a diminutive in "-ик" is the name ("зорбнетик").
 */
class FamilyReleaseInRussianTest {
  private static final String PAGE =
      "Zorbnet: Widget Networks at Scale\n"
          + "мы представляем Zorbnet — сеть для виджетов\n"
          + "👀LINK\n\n"
          + "Sprocket Benchmarks Revisited\n"
          + "сравнили Zorbnet-3 с прочими на гизмо\n"
          + "зорбнетом теперь пользуются все\n"
          + "👀LINK\n\n"
          + "Doohickey Learning Quickly\n"
          + "взяли третий зорбнет и дообучили\n"
          + "👀LINK\n\n"
          + "GlorpGCN: Graph Widgets for Gizmos\n"
          + "мы представляем GlorpGCN — графовую сеть для виджетов\n"
          + "👀LINK\n\n"
          + "Thingamajig Graphs Revisited\n"
          + "глорпгцн обходит всех, а зорбнетик отстает\n"
          + "👀LINK\n";

  @RegisterExtension static final SourceNotes notes = SourceNotes.ofTelegramPage(PAGE);

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "the family's word where the review writes the release; page.txt:6",
        "an ordinal before the family's word; page.txt:10",
      })
  void theReleaseIsReferencedWhereRussianSaysIt(String kind, String line) {
    List<String> lines = notes.referenceLines("сравнили с Zorbnet-|3");
    assertTrue(lines.contains(line), () -> kind + ": " + lines);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"page.txt:6", "page.txt:10"})
  void theFamilyIsNotReferencedThere(String line) {
    List<String> lines = notes.referenceLines("сравнили с Zorbn|et");
    assertFalse(lines.contains(line), () -> lines.toString());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "the release's card lists the review that says it in Russian; сравнили с Zorbnet-|3;"
            + " Doohickey Learning",
        "an acronym closing a name, letter by letter; сравнили с глорпгц|ном; GlorpGCN",
        "a diminutive in -ик of a name; сравнили с Zorbn|et; Thingamajig Graphs",
      })
  void hovers(String kind, String marked, String inCard) {
    String md = notes.card(marked);
    assertTrue(md.contains(inCard), () -> kind + ": card lacks " + inCard + ":\n" + md);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {"сравнили с глорпг|; GlorpGCN"})
  void completesTheCyrillicPrefix(String marked, String label) {
    List<String> labels = notes.completionLabels(marked);
    assertTrue(labels.contains(label), () -> label + " not among " + labels);
  }
}
