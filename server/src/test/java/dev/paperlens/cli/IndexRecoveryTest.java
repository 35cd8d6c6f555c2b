package dev.paperlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paperlens.index.CompletionContext;
import dev.paperlens.index.SearchBackend;
import dev.paperlens.lsp.IndexBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The on-disk index is a cache of the sources: whatever happens to its files, with the server
 * stopped or running, the next build answers from the sources again.
 */
class IndexRecoveryTest {
  private static final String PAGE =
      String.join(
          "\n",
          "Memory Mosaics",
          "здесь же хочется написать про мозаики памяти",
          "👀 paper, code",
          "HyenaDNA: Long-Range Genomic Sequence Modeling",
          "интересно посмотреть, как себя будет вести гиена",
          "👀LINK",
          "");

  @TempDir Path sources;
  @TempDir Path indexDir;
  private final List<String> problems = new ArrayList<>();
  private final Consumer<String> progress = m -> {};

  private SearchBackend build(IndexBuilder builder, SearchBackend previous) throws Exception {
    return builder.build(List.of(sources), indexDir, previous, progress, problems::add);
  }

  private static void assertAnswers(SearchBackend backend) {
    assertEquals(2, backend.size());
    assertEquals(
        "HyenaDNA: Long-Range Genomic Sequence Modeling",
        backend.resolve("HyenaDNA: Long-Range Genomic Sequence Modeling").orElseThrow().title());
    assertEquals(
        "Memory Mosaics", backend.complete("memory mos", CompletionContext.ANY, 1).get(0).title());
  }

  private List<Path> indexFiles() throws IOException {
    try (Stream<Path> files = Files.list(indexDir)) {
      return files.toList();
    }
  }

  private interface Damage {
    void apply(Path file) throws IOException;
  }

  private static final Damage DELETE = Files::deleteIfExists;
  private static final Damage TRUNCATE = f -> Files.write(f, new byte[0]);
  private static final Damage OVERWRITE = f -> Files.write(f, "garbage, not a segment".getBytes());

  @Test
  void damageWhileStoppedIsRepairedByTheNextStart() throws Exception {
    Files.writeString(sources.resolve("channel.txt"), PAGE);
    for (Damage damage : List.of(DELETE, TRUNCATE, OVERWRITE)) {
      try (SearchBackend first = build(ReviewIndex.builder(), null)) {
        assertAnswers(first);
      }
      for (Path file : indexFiles()) {
        damage.apply(file);
      }
      try (SearchBackend again = build(ReviewIndex.builder(), null)) {
        assertAnswers(again);
      }
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void damageWhileRunningIsRepairedByTheNextReindex() throws Exception {
    Files.writeString(sources.resolve("channel.txt"), PAGE);
    IndexBuilder builder = ReviewIndex.builder();
    SearchBackend backend = build(builder, null);
    for (Damage damage : List.of(DELETE, TRUNCATE, OVERWRITE)) {
      for (Path file : indexFiles()) {
        damage.apply(file);
      }
      // a source change makes the reindex write
      Files.writeString(sources.resolve("channel.txt"), PAGE.replace("гиена", "гиена!"));
      SearchBackend next = build(builder, backend);
      if (next != backend) {
        backend.close();
      }
      backend = next;
      assertAnswers(backend);
      Files.writeString(sources.resolve("channel.txt"), PAGE);
    }
    backend.close();
    try (SearchBackend reopened = build(ReviewIndex.builder(), null)) {
      assertAnswers(reopened);
    }
    System.out.println("problems while running: " + problems);
  }

  @Test
  void twoInstancesOnOneIndexFolderDoNotCorruptEachOther() throws Exception {
    Files.writeString(sources.resolve("channel.txt"), PAGE);
    try (SearchBackend first = build(ReviewIndex.builder(), null);
        SearchBackend second = build(ReviewIndex.builder(), null)) {
      assertAnswers(first);
      assertAnswers(second);
      assertEquals(1, problems.size(), problems.toString());
      assertTrue(
          problems.get(0).startsWith("cannot use the index folder " + indexDir), problems.get(0));
      assertTrue(problems.get(0).endsWith("indexing in memory"), problems.get(0));
    }
    try (SearchBackend reopened = build(ReviewIndex.builder(), null)) {
      assertAnswers(reopened);
    }
  }
}
