package dev.paperlens.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * BibLaTeX's fields ({@code date}, {@code journaltitle}, {@code eprinttype}/{@code eprint}, {@code
 * langid}) give a paper what BibTeX's give it, and merge it with a review the same way.
 */
class BibLatexFieldsTest {

  /** A review of the paper with arXiv id 2312.00752 and one titled "Sparse Mixture Routing". */
  private static final List<ReviewDraft> REVIEWS =
      List.of(
          Drafts.review(
              "channel.txt",
              1,
              "Mamba: Linear-Time Sequence Modeling",
              List.of(),
              "2312.00752",
              "линейное время"),
          Drafts.review("channel.txt", 9, "Sparse Mixture Routing", "маршрутизация"));

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "null",
      value = {
        "eprint with eprinttype | eprint = {2312.00752}, eprinttype = {arxiv}, date = {2023-12-01}"
            + " | 2023 | 2312.00752 | null | 1",
        "eprint with archivePrefix | eprint = {2312.00752v2}, archivePrefix = {arXiv}, year = 2024"
            + " | 2024 | 2312.00752 | null | 1",
        "journaltitle CoRR | journaltitle = {CoRR}, volume = {abs/2312.00752}, date = {2023/2024}"
            + " | 2023 | 2312.00752 | CoRR | 1",
        "merge by title | title = {Sparse Mixture Routing}, journaltitle = {TMLR}, date = {2022-05}"
            + " | 2022 | null | TMLR | 1",
        "eprint of another kind | eprint = {12345}, eprinttype = {pubmed}, langid = {english}"
            + " | null | null | null | 0",
      })
  void biblatexFieldsGiveYearIdsAndVenueAndMerge(
      String why, String fields, Integer year, String arxiv, String venue, int reviews) {
    String bib = "@article{k,\n  " + fields.replace("}, ", "},\n  ") + "\n}\n";
    if (!fields.contains("title =")) {
      bib = bib.replace("@article{k,\n", "@article{k,\n  title = {Some Other Paper Entirely},\n");
    }
    List<String> problems = new ArrayList<>();
    List<BibEntry> entries = BibTexParser.parse("refs.bib", bib, problems::add);
    assertEquals(List.of(), problems, why);
    Corpus corpus = new CorpusBuilder().addDrafts(REVIEWS).addBibEntries(entries).build();
    Paper paper = corpus.paper("k").orElseThrow();
    assertEquals(year, paper.year(), why);
    assertEquals(arxiv, paper.ids().arxiv(), why);
    assertEquals(venue, BibTexParser.venue(paper.bibtex()), why);
    assertEquals(reviews, paper.reviews().size(), why);
  }
}
