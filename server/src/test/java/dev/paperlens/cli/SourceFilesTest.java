package dev.paperlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paperlens.corpus.CorpusLoader;
import dev.paperlens.corpus.Paper;
import dev.paperlens.corpus.SyntheticCorpus;
import dev.paperlens.index.IndexChanges;
import dev.paperlens.index.LuceneIndex;
import dev.paperlens.index.SearchHit;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI's sources on disk: streamed into the index, as the server's build streams them. */
class SourceFilesTest {

  @Test
  void streamedUpdateIndexesWhatReadingWholeDoes(
      @TempDir Path sources, @TempDir Path streamed, @TempDir Path whole) throws Exception {
    SyntheticCorpus.write(sources, 400, 7L);
    List<Paper> papers = CorpusLoader.load(List.of(sources)).papers();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try (LuceneIndex byFiles = LuceneIndex.open(streamed);
        LuceneIndex byPapers = LuceneIndex.open(whole)) {
      IndexChanges changes =
          SourceFiles.FILES.update(
              byFiles, List.of(sources), new PrintStream(err, true, StandardCharsets.UTF_8));
      byPapers.update(papers);

      assertTrue(papers.size() > 100, "papers: " + papers.size());
      assertEquals(papers.size(), changes.papersAdded());
      assertEquals(byPapers.size(), byFiles.size());
      for (Paper paper : papers) {
        assertEquals(
            byPapers.paper(paper.key()).map(Paper::title),
            byFiles.paper(paper.key()).map(Paper::title));
        for (String name : paper.methods()) {
          assertEquals(
              byPapers.resolve(name).map(SearchHit::key),
              byFiles.resolve(name).map(SearchHit::key),
              name);
        }
      }
      assertEquals("", err.toString(StandardCharsets.UTF_8));
    }
  }

  @Test
  void missingSourcesFailBeforeAnIndexIsMade(@TempDir Path dir) {
    Path missing = dir.resolve("no-such-folder");
    Exception e =
        assertThrows(NoSuchFileException.class, () -> SourceFiles.FILES.check(List.of(missing)));
    assertTrue(e.getMessage().contains("no-such-folder"), e.getMessage());
  }
}
