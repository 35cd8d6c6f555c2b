package dev.paperlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.paperlens.corpus.Mention;
import dev.paperlens.corpus.Paper;
import dev.paperlens.corpus.PaperIds;
import dev.paperlens.corpus.Reactions;
import dev.paperlens.corpus.Review;
import dev.paperlens.corpus.SourceFormat;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexCommandsTest {
  @TempDir Path dir;

  final List<Paper> papers =
      new ArrayList<>(
          List.of(
              paper(
                  "nguyen2023hyenadna",
                  "HyenaDNA: Long-Range Genomic Modeling",
                  "HyenaDNA",
                  "a.txt")));
  final CorpusSource corpus = (sources, err) -> List.copyOf(papers);

  static Paper paper(String key, String title, String method, String path) {
    Mention hyena = new Mention("Hyena", List.of("гиена"), List.of(2));
    Review review =
        new Review(
            path,
            SourceFormat.TELEGRAM_TEXT,
            1,
            3,
            title,
            null,
            "2024-05-01T10:00:00",
            null,
            null,
            Reactions.NONE,
            List.of(),
            "как себя будет вести гиена на большом скейле",
            "гиена",
            List.of(hyena));
    return new Paper(
        key,
        title,
        2023,
        List.of(),
        PaperIds.NONE,
        List.of(method),
        List.of(review),
        List.of(hyena),
        null);
  }

  String run(Command command, String... args) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        command.run(
            List.of(args),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void completePrintsJsonLinesBestFirst() throws Exception {
    String out =
        run(
            new CompleteCommand(corpus),
            "--sources",
            "a.txt",
            "--index",
            dir.toString(),
            "--format",
            "jsonl",
            "hyen");
    List<JsonNode> lines = new ArrayList<>();
    for (String line : out.strip().split("\n")) {
      lines.add(new ObjectMapper().readTree(line));
    }
    assertEquals("method", lines.get(0).get("kind").asText());
    assertEquals("Hyena", lines.get(0).get("name").asText());
    assertEquals("nguyen2023hyenadna", lines.get(0).get("key").asText());
    assertEquals(List.of("kind", "key", "title", "name", "score"), fieldNames(lines.get(0)));
    for (int i = 1; i < lines.size(); i++) {
      assertTrue(lines.get(i - 1).get("score").asDouble() >= lines.get(i).get("score").asDouble());
    }
  }

  static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  @Test
  void searchFindsRussianText() throws Exception {
    String out =
        run(new SearchCommand(corpus), "--sources", "a.txt", "--index", dir.toString(), "скейл");
    assertTrue(out.contains("nguyen2023hyenadna"), out);
  }

  @Test
  void indexReportsWhatChanged() throws Exception {
    IndexCommand index = new IndexCommand(corpus);
    String first = run(index, "--sources", "a.txt", "--index", dir.toString());
    assertTrue(first.contains("papers +1 ~0 -0"), first);
    assertTrue(first.contains("changed: a.txt"), first);
    String again = run(index, "--sources", "a.txt", "--index", dir.toString());
    assertTrue(again.contains("papers +0 ~0 -0, names +0 ~0 -0"), again);
    papers.add(paper("b2024", "Mamba Everywhere", "MambaX", "b.txt"));
    String added = run(index, "--sources", "a.txt", "--index", dir.toString());
    assertTrue(added.contains("papers +1 ~0 -0"), added);
    assertTrue(added.contains("changed: b.txt") && !added.contains("changed: a.txt"), added);
  }

  @Test
  void badArgumentsAreUsageErrors() throws Exception {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);
    PrintStream out = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    assertEquals(2, new CompleteCommand(corpus).run(List.of("hyen"), out, errStream));
    assertEquals(
        2,
        new SearchCommand(corpus)
            .run(List.of("--sources", "a", "--format", "xml", "q"), out, errStream));
    assertEquals(
        2, new IndexCommand(corpus).run(List.of("--sources", "a", "--bogus"), out, errStream));
    String said = err.toString(StandardCharsets.UTF_8);
    assertTrue(said.contains("paperlens complete: give the review sources: --sources PATH"), said);
    assertTrue(said.contains("Invalid value for option '--format'"), said);
    assertTrue(said.contains("paperlens index: Unknown option: '--bogus'"), said);
    assertTrue(said.contains("Try 'paperlens-server.jar index --help'"), said);
  }
}
