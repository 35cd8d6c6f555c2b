package dev.paperlens.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.paperlens.corpus.BibEntry;
import dev.paperlens.corpus.Paper;
import dev.paperlens.corpus.PaperIds;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The words a paper is found by besides its name: authors (also unaccented), year, venue, ids. */
class RememberedWordsTest {

  @Test
  void authorsYearVenueAndIdsAreSearchableWords() {
    Paper paper =
        new Paper(
            "scholkopf2001kernels",
            "Learning with Kernels",
            2001,
            List.of("Bernhard Schölkopf", "Alexander J. Smola"),
            new PaperIds("0101001", "10.7551/mitpress/4175.001.0001", List.of()),
            List.of(),
            List.of(),
            List.of(),
            new BibEntry(
                "scholkopf2001kernels",
                "book",
                Map.of("publisher", "MIT Press"),
                "refs.bib",
                1,
                "@book{...}"));
    assertEquals(
        "Bernhard Schölkopf Bernhard Scholkopf Alexander J. Smola 2001 MIT Press 0101001"
            + " 10.7551/mitpress/4175.001.0001",
        IndexEntries.remembered(paper));
    try (LuceneIndex index = LuceneIndex.of(List.of(paper))) {
      assertEquals("scholkopf2001kernels", index.search("scholkopf", 5).get(0).key());
      assertEquals("scholkopf2001kernels", index.search("smola", 5).get(0).key());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "journal                 | journal=JMLR                                   | JMLR",
        "BibLaTeX journaltitle   | journaltitle=Transactions on ML Research       | Transactions on ML Research",
        "journal before title    | journaltitle=J. ML Res.;journal=JMLR           | JMLR",
        "booktitle and publisher | booktitle=ICML;publisher=PMLR                  | ICML PMLR",
        "publisher alone         | publisher=MIT Press                            | MIT Press",
        "publisher same as venue | journaltitle=Nature;publisher=Nature           | Nature",
      })
  void theVenueIsOneHelperForBibTexAndBibLatex(String why, String fields, String expected) {
    Map<String, String> map = new java.util.LinkedHashMap<>();
    for (String pair : fields.split(";")) {
      map.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
    }
    Paper paper =
        new Paper(
            "k",
            "T",
            null,
            List.of(),
            PaperIds.NONE,
            List.of(),
            List.of(),
            List.of(),
            new BibEntry("k", "article", map, "refs.bib", 1, "@article{k}"));
    assertEquals(expected, String.join(" ", IndexEntries.facts(paper)), why);
  }
}
