package dev.paperlens.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paperlens.corpus.BibTexParser;
import dev.paperlens.corpus.LibraryPapers;
import dev.paperlens.corpus.Paper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A first stage answers a citation typed as written (key, title words, authors, year, venue, ids)
 * as the whole index of the same papers does, and never lists what the whole index would not.
 */
class FirstStageIndexTest {
  private static final String LIBRARY =
      String.join(
          "\n",
          "@article{gu2023mamba,",
          "  title = {Mamba: Linear-Time Sequence Modeling with Selective State Spaces},",
          "  author = {Gu, Albert and Dao, Tri},",
          "  eprint = {2312.00752}, archiveprefix = {arXiv},",
          "  year = {2023}",
          "}",
          "@inproceedings{dao2022flash,",
          "  title = {FlashAttention: Fast and Memory-Efficient Exact Attention with IO-Awareness},",
          "  author = {Dao, Tri and Fu, Daniel Y. and Ermon, Stefano and R{\\'e}, Christopher},",
          "  booktitle = {NeurIPS},",
          "  year = {2022}",
          "}",
          "@inproceedings{vaswani2017attention,",
          "  title = {Attention Is All You Need},",
          "  author = {Vaswani, Ashish and Shazeer, Noam},",
          "  booktitle = {NeurIPS},",
          "  year = {2017}",
          "}",
          "@article{Vaswani2017Attention,",
          "  title = {A second entry under the same key in other case},",
          "  year = {2017}",
          "}",
          "");

  /** Typed in a citation, and the key listed first. */
  private record Row(String typed, String first) {}

  private static final List<Row> ROWS =
      List.of(
          new Row("gu2023", "gu2023mamba"),
          new Row("mamba", "gu2023mamba"),
          new Row("flashatt", "dao2022flash"),
          new Row("exact attention", "dao2022flash"),
          new Row("ermon", "dao2022flash"),
          new Row("re 2022", "dao2022flash"),
          new Row("dao 2023", "gu2023mamba"),
          new Row("2312.00752", "gu2023mamba"),
          new Row("vaswani neurips", "vaswani2017attention"),
          new Row("shazeer attention 2017", "vaswani2017attention"));

  private static List<Paper> library() {
    List<String> problems = new ArrayList<>();
    List<Paper> papers =
        LibraryPapers.of(BibTexParser.parse("library.bib", LIBRARY, problems::add));
    assertTrue(problems.isEmpty(), problems.toString());
    return papers;
  }

  @Test
  void labelsAreTheWholeIndexs() throws Exception {
    List<Paper> papers = library();
    List<String> keys = papers.stream().map(Paper::key).toList();
    try (LuceneIndex stage = LuceneIndex.firstStage(papers);
        LuceneIndex whole = LuceneIndex.of(papers)) {
      assertEquals(papers.size(), stage.labels(keys).size());
      assertEquals(whole.labels(keys), stage.labels(keys));
      assertEquals(
          PaperLabel.of(papers.get(0)),
          stage.labels(List.of(papers.get(0).key())).get(papers.get(0).key()));
    }
  }

  @Test
  void answersCitationsAsTheWholeIndexOfTheSamePapersDoesAndNothingElse() throws Exception {
    List<Paper> papers = library();
    assertEquals(3, papers.size(), "a key given before, in another case, is left out");
    try (LuceneIndex stage = LuceneIndex.firstStage(papers);
        LuceneIndex whole = LuceneIndex.of(papers)) {
      assertTrue(stage.isFirstStage());
      assertFalse(whole.isFirstStage());
      assertEquals(whole.size(), stage.size());
      for (Row row : ROWS) {
        List<String> staged = keys(stage.complete(row.typed(), CompletionContext.CITATION, 10));
        List<String> all = keys(whole.complete(row.typed(), CompletionContext.CITATION, 10));
        assertFalse(staged.isEmpty(), row.typed());
        assertEquals(row.first(), staged.get(0), row.typed() + " -> " + staged);
        assertEquals(row.first(), all.get(0), row.typed() + " -> " + all);
        assertTrue(all.containsAll(staged), row.typed() + ": " + staged + " not within " + all);
      }
      assertEquals(whole.paper("dao2022flash"), stage.paper("dao2022flash"));
      assertTrue(stage.paper("nosuchkey").isEmpty());
      assertThrows(IllegalStateException.class, () -> stage.update(papers));
    }
  }

  private static List<String> keys(List<SearchHit> hits) {
    return hits.stream().map(SearchHit::key).toList();
  }
}
