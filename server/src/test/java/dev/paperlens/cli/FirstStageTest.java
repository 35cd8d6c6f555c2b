package dev.paperlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paperlens.index.CompletionContext;
import dev.paperlens.index.EntryScan;
import dev.paperlens.index.LuceneIndex;
import dev.paperlens.index.SearchBackend;
import dev.paperlens.index.SearchHit;
import dev.paperlens.lsp.IndexBuilder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A start with no index of an earlier run answers citations from the library's entries as soon as
 * they are parsed, then from the whole index; a start interrupted after that first stage leaves
 * nothing that passes for an index, so the next one builds again.
 */
class FirstStageTest {
  private static final String LIBRARY =
      String.join(
          "\n",
          "@article{gu2023mamba,",
          "  title = {Mamba: Linear-Time Sequence Modeling with Selective State Spaces},",
          "  author = {Gu, Albert and Dao, Tri},",
          "  journal = {arXiv preprint arXiv:2312.00752},",
          "  year = {2023}",
          "}",
          "@inproceedings{vaswani2017attention,",
          "  title = {Attention Is All You Need},",
          "  author = {Vaswani, Ashish and Shazeer, Noam and Parmar, Niki},",
          "  booktitle = {NeurIPS},",
          "  year = {2017}",
          "}",
          "@article{scholkopf2021causal,",
          "  title = {Toward Causal Representation Learning},",
          "  author = {Sch{\\\"o}lkopf, Bernhard and Locatello, Francesco},",
          "  journal = {Proceedings of the IEEE},",
          "  year = {2021}",
          "}",
          "");

  @TempDir Path sources;
  @TempDir Path indexDir;
  private final List<String> problems = new ArrayList<>();
  private final List<String> progress = new ArrayList<>();

  /** Typed in a citation, and the key it must list first. */
  private record Row(String typed, String key) {}

  private static final List<Row> CITATIONS =
      List.of(
          new Row("vaswani2017", "vaswani2017attention"),
          new Row("attention all", "vaswani2017attention"),
          new Row("selective", "gu2023mamba"),
          new Row("dao 2023", "gu2023mamba"),
          new Row("scholkopf", "scholkopf2021causal"),
          new Row("locatello causal 2021", "scholkopf2021causal"),
          new Row("neurips", "vaswani2017attention"));

  private SearchBackend build(IndexBuilder builder, Consumer<SearchBackend> firstStage)
      throws Exception {
    return builder.build(
        List.of(sources), indexDir, null, progress::add, problems::add, firstStage);
  }

  private static void assertCitations(SearchBackend backend) {
    for (Row row : CITATIONS) {
      List<SearchHit> hits = backend.complete(row.typed(), CompletionContext.CITATION, 5);
      assertFalse(hits.isEmpty(), row.typed());
      assertEquals(row.key(), hits.get(0).key(), row.typed() + " -> " + hits);
    }
  }

  @Test
  void aSmallLibraryIsBuiltWholeWithoutAFirstStage() throws Exception {
    Files.writeString(sources.resolve("library.bib"), LIBRARY, StandardCharsets.UTF_8);
    List<SearchBackend> stages = new ArrayList<>();
    SearchBackend built = build(ReviewIndex.builder(), stages::add);
    try {
      assertEquals(List.of(), stages, "three entries build whole in well under a second");
      assertEquals(3, built.size());
    } finally {
      ((LuceneIndex) built).close();
    }
  }

  @Test
  void theLibraryAnswersCitationsFirstAndTheWholeIndexThenAddsNamesAndMethods() throws Exception {
    Files.writeString(sources.resolve("library.bib"), LIBRARY, StandardCharsets.UTF_8);
    List<SearchBackend> stages = new ArrayList<>();
    SearchBackend built = build(ReviewIndex.builder(0), stages::add);
    try {
      assertEquals(1, stages.size(), progress.toString());
      assertTrue(
          progress.contains("preparing 3 library entries to answer citations from first"),
          "the progress says what the first stage does, no index: " + progress);
      SearchBackend stage = stages.get(0);
      assertTrue(stage instanceof EntryScan, "the first stage is a scan, no index: " + stage);
      assertEquals(3, stage.size());
      assertCitations(stage);
      // What the entry states, and no more: the method the title introduces comes with the build.
      assertEquals(2, stage.paper("gu2023mamba").orElseThrow().authors().size());
      assertEquals(List.of(), stage.paper("gu2023mamba").orElseThrow().methods());
      assertTrue(
          stage.complete("mamba", CompletionContext.ANY, 5).stream()
              .allMatch(hit -> hit.kind() == SearchHit.Kind.PAPER));

      assertNotSame(stage, built);
      assertTrue(built instanceof LuceneIndex);
      assertCitations(built);
      assertTrue(stage.paper("gu2023mamba").isPresent());
      assertTrue(built.paper("gu2023mamba").orElseThrow().methods().contains("Mamba"));
      assertTrue(
          built.complete("mamba", CompletionContext.ANY, 5).stream()
              .anyMatch(hit -> hit.kind() == SearchHit.Kind.METHOD),
          "the whole index knows the method");
      assertTrue(problems.isEmpty(), problems.toString());
      stage.close();
    } finally {
      built.close();
    }
  }

  @Test
  void aStartWithTheLastRunsIndexOnDiskAnswersFromItAndBuildsNoFirstStage() throws Exception {
    Files.writeString(sources.resolve("library.bib"), LIBRARY, StandardCharsets.UTF_8);
    List<SearchBackend> firstRun = new ArrayList<>();
    build(ReviewIndex.builder(0), firstRun::add).close();
    assertEquals(1, firstRun.size(), "the first start answers from a first stage");
    firstRun.get(0).close();

    // As IndexLifecycle starts: the index on disk answers at once, then the build updates it.
    IndexBuilder next = ReviewIndex.builder(0);
    SearchBackend existing = next.existing(List.of(sources), indexDir);
    assertEquals(3, existing.size());
    List<SearchBackend> stages = new ArrayList<>();
    SearchBackend built =
        next.build(List.of(sources), indexDir, existing, progress::add, problems::add, stages::add);
    try {
      assertEquals(List.of(), stages, "the index on disk already answers: " + progress);
      assertSame(existing, built, "updated in place");
      assertCitations(built);
    } finally {
      built.close();
    }
  }

  /** What stops a start right after its first stage (the editor closed, the process killed). */
  private static final class Stopped extends RuntimeException {
    private static final long serialVersionUID = 1L;
  }

  @Test
  void aStartStoppedAfterItsFirstStageLeavesNoIndexTheNextStartTakesForComplete() throws Exception {
    Files.writeString(sources.resolve("library.bib"), LIBRARY, StandardCharsets.UTF_8);
    IndexBuilder first = ReviewIndex.builder(0);
    List<SearchBackend> stages = new ArrayList<>();
    try {
      build(
          first,
          stage -> {
            stages.add(stage);
            throw new Stopped();
          });
    } catch (Stopped expected) {
      // the build ends here, as a killed process would
    }
    assertEquals(1, stages.size());
    stages.get(0).close();

    IndexBuilder next = ReviewIndex.builder(0);
    assertEquals(
        null,
        next.existing(List.of(sources), indexDir),
        "nothing on disk answers as if it were complete");
    List<SearchBackend> again = new ArrayList<>();
    SearchBackend built = build(next, again::add);
    try {
      assertEquals(1, again.size(), "the next start answers from a first stage again");
      again.get(0).close();
      assertCitations(built);
      assertTrue(built.paper("gu2023mamba").orElseThrow().methods().contains("Mamba"));
    } finally {
      built.close();
    }
    SearchBackend reopened = ReviewIndex.builder(0).existing(List.of(sources), indexDir);
    assertEquals(3, reopened.size(), "once the build ends, its index is the next start's");
    reopened.close();
  }
}
