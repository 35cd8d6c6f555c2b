package dev.paperlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paperlens.index.SearchBackend;
import dev.paperlens.lsp.IndexBuilder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A start on the index of the last run reads no source when none changed since that index was
 * built, and reads them all when one was edited, added or removed.
 */
class KeptIndexTest {
  private static final String ENTRY = "@book{KEY,\n  title = {TITLE},\n  year = {2021}\n}\n";

  @TempDir Path sources;
  @TempDir Path indexDir;
  private final List<String> progress = new ArrayList<>();
  private final List<String> problems = new ArrayList<>();

  private static String entry(String key, String title) {
    return ENTRY.replace("KEY", key).replace("TITLE", title);
  }

  private void write(String file, String text) throws IOException {
    Files.writeString(sources.resolve(file), text, StandardCharsets.UTF_8);
  }

  /** One run of the server: the index of the last run opened, then the start's build. */
  private SearchBackend start(IndexBuilder builder) throws Exception {
    progress.clear();
    problems.clear();
    SearchBackend existing = builder.existing(List.of(sources), indexDir);
    SearchBackend built =
        builder.build(List.of(sources), indexDir, existing, progress::add, problems::add);
    if (existing != null) {
      assertSame(existing, built, "updated in place");
    }
    return built;
  }

  private boolean read() {
    return progress.stream().anyMatch(line -> line.startsWith("reading "));
  }

  private void firstRun() throws Exception {
    write("a.bib", entry("alpha2021", "Alpha Networks"));
    write("b.bib", entry("beta2021", "Beta Models"));
    start(ReviewIndex.builder()).close();
    assertTrue(read(), "the first run reads: " + progress);
  }

  @Test
  void unchangedSourcesAreNotReadAgain() throws Exception {
    firstRun();
    try (SearchBackend index = start(ReviewIndex.builder())) {
      assertFalse(read(), "nothing read: " + progress);
      assertTrue(
          progress.contains(
              "2 source files unchanged since the index was built (size and modification time);"
                  + " not read again"),
          progress.toString());
      assertEquals(2, index.size());
      assertTrue(index.paper("alpha2021").isPresent());
    }
  }

  @Test
  void anEditedSourceIsReadAgain() throws Exception {
    firstRun();
    write("a.bib", entry("alpha2021", "Alpha Networks Revisited"));
    // The same second as the first write on a coarse clock: the size still tells.
    try (SearchBackend index = start(ReviewIndex.builder())) {
      assertTrue(read(), progress.toString());
      assertEquals("Alpha Networks Revisited", index.paper("alpha2021").orElseThrow().title());
    }
  }

  @Test
  void aSourceTouchedWithTheSameSizeIsReadAgain() throws Exception {
    firstRun();
    write("a.bib", entry("alpha2021", "Alpha Networkz"));
    Files.setLastModifiedTime(sources.resolve("a.bib"), FileTime.fromMillis(1_000_000_000_000L));
    try (SearchBackend index = start(ReviewIndex.builder())) {
      assertTrue(read(), progress.toString());
      assertEquals("Alpha Networkz", index.paper("alpha2021").orElseThrow().title());
    }
  }

  @Test
  void anAddedSourceIsRead() throws Exception {
    firstRun();
    write("c.bib", entry("gamma2021", "Gamma Rays"));
    try (SearchBackend index = start(ReviewIndex.builder())) {
      assertTrue(read(), progress.toString());
      assertEquals(3, index.size());
      assertTrue(index.paper("gamma2021").isPresent());
    }
  }

  @Test
  void aRemovedSourceIsDropped() throws Exception {
    firstRun();
    Files.delete(sources.resolve("b.bib"));
    try (SearchBackend index = start(ReviewIndex.builder())) {
      assertTrue(read(), progress.toString());
      assertEquals(1, index.size());
      assertFalse(index.paper("beta2021").isPresent());
    }
  }

  @Test
  void theProblemsOfTheLastReadAreSaidAgain() throws Exception {
    write("notes.md", "# my notes\n");
    firstRun();
    List<String> firstProblems = List.copyOf(problems);
    assertFalse(firstProblems.isEmpty(), "a note among the sources is a problem");
    start(ReviewIndex.builder()).close();
    assertFalse(read(), progress.toString());
    assertEquals(firstProblems, problems);
  }

  @Test
  void onlyTheStartsBuildTrustsTheStamp() throws Exception {
    firstRun();
    IndexBuilder builder = ReviewIndex.builder();
    try (SearchBackend index = start(builder)) {
      assertFalse(read(), progress.toString());
      // A reindex the user asks for, or one a change started: the sources are read.
      progress.clear();
      SearchBackend again =
          builder.build(List.of(sources), indexDir, index, progress::add, problems::add);
      assertSame(index, again);
      assertTrue(read(), progress.toString());
    }
  }

  @Test
  void anIndexUpdatedWithoutAStampIsCheckedByReading() throws Exception {
    firstRun();
    // What the CLI's index command or an older version leaves: no stamp in the last commit.
    try (var index = dev.paperlens.index.LuceneIndex.open(indexDir)) {
      index.update(new dev.paperlens.corpus.CorpusLoader().stream(List.of(sources), entries -> {}));
    }
    start(ReviewIndex.builder()).close();
    assertTrue(read(), progress.toString());
    start(ReviewIndex.builder()).close();
    assertFalse(read(), "the read recorded the stamp: " + progress);
  }
}
