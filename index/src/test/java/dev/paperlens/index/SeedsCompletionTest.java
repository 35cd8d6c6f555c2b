package dev.paperlens.index;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.paperlens.corpus.CorpusLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Typing the start of a name from the sample seeds completes to its paper or method first. */
class SeedsCompletionTest {
  private static LuceneIndex index;

  @BeforeAll
  static void load() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path seeds = dir.resolve("shared").resolve("seeds");
      if (Files.isDirectory(seeds)) {
        index = LuceneIndex.of(CorpusLoader.load(List.of(seeds)).papers());
        return;
      }
    }
  }

  @AfterAll
  static void close() throws Exception {
    if (index != null) {
      index.close();
    }
  }

  @ParameterizedTest(name = "{0} completes to {1}")
  @CsvSource({
    "hyen, hyena",
    "мозаик, mosaic",
    "лора, lora",
    "atlas, atlas",
    "fifo, fifo",
  })
  void completesToTheNamedPaperOrMethodFirst(String typed, String expected) {
    assumeTrue(index != null, "the seeds folder is not here");
    List<SearchHit> hits = index.complete(typed, CompletionContext.ANY, 5);
    assertFalse(hits.isEmpty(), typed);
    SearchHit first = hits.get(0);
    String shown = (first.name() + " " + first.title()).toLowerCase(Locale.ROOT);
    assertTrue(shown.contains(expected), typed + " gave " + hits);
  }
}
