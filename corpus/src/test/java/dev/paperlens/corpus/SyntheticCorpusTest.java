package dev.paperlens.corpus;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticCorpusTest {
  @TempDir Path dir;

  @Test
  void theSameSeedWritesTheSameBytes() throws IOException {
    SyntheticCorpus.write(dir.resolve("a"), 50, 7L);
    SyntheticCorpus.write(dir.resolve("b"), 50, 7L);
    for (String name : List.of("channel-00000.txt", "digest-00001.txt")) {
      assertArrayEquals(
          Files.readAllBytes(dir.resolve("a").resolve(name)),
          Files.readAllBytes(dir.resolve("b").resolve(name)));
    }
  }

  @Test
  void everyReviewIsReadBackWithCyrillicMentions() throws IOException {
    SyntheticCorpus.Stats stats = SyntheticCorpus.write(dir, 1200, 42L);
    assertEquals(new SyntheticCorpus.Stats(3, 1200, 120, stats.bytes()), stats);
    Corpus corpus = CorpusLoader.load(List.of(dir));
    assertEquals(List.of(), corpus.problems());
    assertEquals(1320, corpus.reviewCount());
    assertEquals(1320, corpus.papers().size());
    long cyrillic =
        corpus.papers().stream()
            .flatMap(p -> p.mentions().stream())
            .flatMap(m -> m.surfaces().stream())
            .filter(s -> s.chars().anyMatch(c -> c >= 'а' && c <= 'я'))
            .count();
    assertTrue(cyrillic > 1000, "only " + cyrillic + " Cyrillic mentions");
  }
}
