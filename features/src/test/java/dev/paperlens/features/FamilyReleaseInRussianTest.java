package dev.paperlens.features;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Short Russian ways of saying a name: an ordinal before a family's word counts its release
 * ("третий зорбнет" is Zorbnet-3), a diminutive in "-ик" is the name ("зорбнетик"), an acronym of
 * consonants closing a name is said letter by letter ("глорпгцн" of GlorpGCN). References and hover
 * in a note reach the reviews that say them so.
 */
class FamilyReleaseInRussianTest {
  private static final String PAGE =
      "Zorbnet: Widget Networks at Scale\n"
          + "мы представляем Zorbnet — сеть для виджетов\n"
          + "👀LINK\n\n"
          + "Sprocket Benchmarks Revisited\n"
          + "сравнили Zorbnet-3 с прочими на гизмо\n"
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
        "an ordinal before the family's word; сравнили с Zorbnet-|3; page.txt:9",
      })
  void isReferencedWhereRussianSaysIt(String kind, String marked, String line) {
    List<String> lines = notes.referenceLines(marked);
    assertTrue(lines.contains(line), () -> kind + ": " + lines);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {"сравнили с Zorbn|et; page.txt:9"})
  void theFamilyIsNotReferencedWhereTheOrdinalCountsARelease(String marked, String line) {
    List<String> lines = notes.referenceLines(marked);
    assertFalse(lines.contains(line), () -> lines.toString());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "the release's card lists the review that counts it; сравнили с Zorbnet-|3;"
            + " Doohickey Learning",
        "an acronym closing a name, letter by letter; сравнили с глорпгц|ном; GlorpGCN",
        "a diminutive in -ик of a name; сравнили с Zorbn|et; Thingamajig Graphs",
        "a diminutive in -ик in a note; сравнили с зорбнетик|ом; Zorbnet",
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
