package dev.paperlens.corpus;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A corpus read in passes hands over the papers the whole build makes, batch by batch. */
class StreamedCorpusTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  /** Synthetic reviews over several files, digests joining their papers, and the examples. */
  private List<Path> sources() throws IOException {
    Path reviews = dir.resolve("reviews");
    SyntheticCorpus.write(reviews, 2_500, 7L);
    repostFirstPage(reviews);
    Path examples = examples();
    Path copied = Files.createDirectories(dir.resolve("examples"));
    for (Path file : FileTree.SOURCES.files(examples.resolve("reviews"), f -> true, p -> {})) {
      Files.copy(file, copied.resolve(file.getFileName()));
    }
    Files.copy(examples.resolve("references.bib"), copied.resolve("references.bib"));
    return List.of(reviews, copied);
  }

  @Test
  void batchesHandOverThePapersOfTheWholeBuildEachAtItsPlace() throws IOException {
    List<Path> sources = sources();
    Corpus whole = new CorpusLoader().read(sources);
    StreamedCorpus streamed = new CorpusLoader().stream(sources, entries -> {});

    assertEquals(whole.problems(), streamed.problems());
    assertEquals(whole.papers().size(), streamed.paperCount());
    boolean[] seen = new boolean[whole.papers().size()];
    List<Integer> batchSizes = new ArrayList<>();
    streamed.forEachBatch(
        (papers, places) -> {
          batchSizes.add(papers.size());
          for (int i = 0; i < papers.size(); i++) {
            assertTrue(!seen[places[i]], "place " + places[i] + " handed over twice");
            seen[places[i]] = true;
            assertEquals(
                JSON.writeValueAsString(whole.papers().get(places[i])),
                JSON.writeValueAsString(papers.get(i)));
          }
        });
    for (int place = 0; place < seen.length; place++) {
      assertTrue(seen[place], "place " + place + " never handed over");
    }
    assertTrue(batchSizes.size() > 1, "one batch: " + batchSizes);
    assertTrue(
        batchSizes.stream().allMatch(size -> size <= StreamedCorpus.BATCH_PAPERS), "" + batchSizes);
  }

  @Test
  void identitiesAreDigestsOfTheSameTextTheWholeBuildHashes() throws IOException {
    Path reviews = dir.resolve("reviews");
    SyntheticCorpus.write(reviews, 2_500, 11L);
    repostFirstPage(reviews);
    List<Path> files;
    try (var listed = Files.list(reviews)) {
      files = listed.sorted(Comparator.comparing(Path::toString)).toList();
    }
    List<ReviewDraft> drafts = new ArrayList<>();
    for (Path file : files) {
      String content = Files.readString(file, StandardCharsets.UTF_8);
      for (SourceParser parser : List.of(new TelegramTextParser(), new AbstractDigestParser())) {
        if (parser.accepts(content)) {
          drafts.addAll(parser.parse(file.toString(), content));
          break;
        }
      }
    }
    drafts.sort(Comparator.comparing(ReviewDraft::path).thenComparingInt(ReviewDraft::startLine));
    List<CorpusBuilder.Group> groups = CorpusBuilder.group(drafts, List.of());
    String[] expected = new String[groups.size()];
    int joined = 0;
    for (int g = 0; g < groups.size(); g++) {
      CorpusBuilder.Group group = groups.get(g);
      expected[g] =
          CitationKeys.Request.of(null, null, null, null, group.identity(group.facts())).identity();
      if (group.places.size() > 1) {
        joined++;
      }
    }
    assertTrue(joined > 0, "no paper has reviews in two files");

    StreamedCorpus streamed = new CorpusLoader().stream(List.of(reviews), entries -> {});
    assertArrayEquals(expected, streamed.identities());
  }

  @Test
  void aSourceChangedAfterTheFirstPassStopsTheBatches() throws IOException {
    Path reviews = dir.resolve("reviews");
    SyntheticCorpus.write(reviews, 1_200, 5L);
    StreamedCorpus streamed = new CorpusLoader().stream(List.of(reviews), entries -> {});
    Path file = reviews.resolve("channel-00001.txt");
    String text = Files.readString(file, StandardCharsets.UTF_8);
    int cut = text.indexOf("имхо");
    assertTrue(cut > 0);
    Files.writeString(
        file,
        text.substring(0, cut) + "по-моему" + text.substring(cut + 4),
        StandardCharsets.UTF_8);

    StreamedCorpus.SourcesChanged changed =
        assertThrows(
            StreamedCorpus.SourcesChanged.class, () -> streamed.forEachBatch((p, places) -> {}));
    assertTrue(changed.getMessage().contains("channel-00001.txt"), changed.getMessage());
  }

  /**
   * The first page's reviews again in a file read last: each of their papers has a review in two
   * files, and waits for the second until the end.
   */
  private static void repostFirstPage(Path reviews) throws IOException {
    Files.copy(reviews.resolve("channel-00000.txt"), reviews.resolve("reposts.txt"));
  }

  private static Path examples() {
    Path here = Path.of("").toAbsolutePath();
    while (here != null && !Files.isRegularFile(here.resolve("examples/references.bib"))) {
      here = here.getParent();
    }
    assertTrue(here != null, "examples/ not found above the working directory");
    return here.resolve("examples");
  }
}
