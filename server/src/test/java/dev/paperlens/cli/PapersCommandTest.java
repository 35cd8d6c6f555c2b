package dev.paperlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PapersCommandTest {
  @TempDir Path dir;

  private static final String PAGE =
      String.join(
          "\n",
          "ATLAS: Learning to Optimally Memorize the Context at Test Time",
          "появился более сильный титан в виде атласа",
          "и смешным образом называется DeepTransformer",
          "👀 paper",
          "появился более сильный титан в виде атласа",
          "и смешным образом называется DeepTransformer",
          "👀 paper",
          "🔥7👍2",
          "");

  private record Result(int code, String out, String err) {}

  private static Result run(String... args) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        Main.run(
            args,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Result(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      names.add(it.next());
    }
    return names;
  }

  @Test
  void jsonlHasTheContractFieldsInOrder() throws Exception {
    Path page = Files.writeString(dir.resolve("page.txt"), PAGE);
    Path junk = Files.write(dir.resolve("junk.txt"), new byte[] {1, 0, 2});
    Result r =
        run(
            "papers",
            "--sources",
            page.toString(),
            "--format",
            "jsonl",
            "--sources",
            junk.toString());
    assertEquals(0, r.code);
    assertEquals(junk + ": binary file (NUL byte at offset 1); skipped\n", r.err.replace("\r", ""));
    String[] lines = r.out.strip().split("\n");
    assertEquals(1, lines.length);
    JsonNode paper = new ObjectMapper().readTree(lines[0]);
    assertEquals(
        List.of("key", "title", "methods", "mentions", "reviews"), fieldNames(paper).subList(0, 5));
    assertEquals("atlas", paper.get("key").asText());
    assertEquals(
        "ATLAS: Learning to Optimally Memorize the Context at Test Time",
        paper.get("title").asText());
    assertEquals(
        "[{\"name\":\"ATLAS\",\"surfaces\":[\"атласа\"],\"lines\":[2]},"
            + "{\"name\":\"DeepTransformer\",\"surfaces\":[\"DeepTransformer\"],\"lines\":[3]}]",
        paper.get("mentions").toString());
    JsonNode review = paper.get("reviews").get(0);
    assertEquals(
        List.of("path", "startLine", "endLine", "channel", "date", "urls", "reactions"),
        fieldNames(review).subList(0, 7));
    assertEquals(page.toString(), review.get("path").asText());
    assertEquals(1, review.get("startLine").asInt());
    assertEquals("{\"🔥\":7,\"👍\":2}", review.get("reactions").toString());
  }

  @Test
  void jsonlLinesAreUtf8WithAnUnpairedSurrogateAsAQuestionMark() throws Exception {
    // Jackson's parser keeps a lone "\\ud800" escape as it is; the line is encoded as the print
    // stream encoded it, the surrogate as '?', however many papers are encoded in parallel.
    StringBuilder items = new StringBuilder("[");
    for (int i = 0; i < 5000; i++) {
      items
          .append(i == 0 ? "" : ",")
          .append("{\"id\":\"p")
          .append(i)
          .append("\",\"type\":\"article-journal\",\"title\":\"Ёжик")
          .append(i)
          .append(" 🦔 \\ud800 Net: a paper\",\"issued\":{\"date-parts\":[[2024]]}}");
    }
    Path library = Files.writeString(dir.resolve("library.json"), items.append("]").toString());
    Result r = run("papers", "--sources", library.toString(), "--format", "jsonl");
    assertEquals(0, r.code, r.err);
    String[] lines = r.out.split(System.lineSeparator());
    assertEquals(5000, lines.length);
    for (String line : lines) {
      String title = new ObjectMapper().readTree(line).get("title").asText();
      assertTrue(title.matches("Ёжик\\d+ 🦔 \\? Net: a paper"), title);
    }
  }

  @Test
  void textIsTheDefault() throws Exception {
    Path page = Files.writeString(dir.resolve("page.txt"), PAGE);
    Result r = run("papers", "--sources", page.toString());
    assertEquals(0, r.code);
    assertTrue(r.out.startsWith("atlas  ATLAS: Learning"), r.out);
    assertTrue(
        r.out.contains("mentions: ATLAS (атласа); DeepTransformer (DeepTransformer)"), r.out);
  }

  @Test
  void unknownFlagsPrintUsageAndExitTwo() throws Exception {
    Result r = run("papers", "--sources", "x", "--colour");
    assertEquals(2, r.code);
    assertTrue(r.err.contains("paperlens papers: Unknown option: '--colour'"), r.err);
    assertTrue(r.err.contains("Try 'paperlens-server.jar papers --help'"), r.err);
    assertEquals("", r.out);
    assertEquals(2, run("papers").code);
    assertEquals(2, run("papers", "--sources", "x", "--format", "xml").code);
  }
}
