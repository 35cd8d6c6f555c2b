package dev.paperlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The command line as a user guesses it: one table row per way of calling it. */
class CommandLineTest {
  @TempDir Path dir;

  private record Result(int code, String out, String err) {}

  private Result run(String line) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    String[] args =
        line.isBlank() ? new String[0] : line.replace("$DIR", dir.toString()).split(" ");
    int code =
        Main.run(
            args,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Result(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /** The bundled examples' review sources, copied to {@code $DIR/reviews}. */
  private void writeSources() throws Exception {
    Files.createDirectories(dir.resolve("reviews"));
    try (var files = Files.list(Path.of("..", "examples", "reviews"))) {
      for (Path file : files.toList()) {
        Files.copy(file, dir.resolve("reviews").resolve(file.getFileName()));
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"serve", "demo", "papers", "index", "sync", "search", "complete"})
  void everyCommandHasHelpWithAnExample(String command) throws Exception {
    for (String line : new String[] {command + " --help", "help " + command, command + " -h"}) {
      Result r = run(line);
      assertEquals(0, r.code, line);
      assertTrue(r.out.contains("Usage: " + command), r.out);
      assertTrue(r.out.contains("java -jar paperlens-server.jar " + command), r.out);
      assertEquals("", r.err, line);
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"--version", "-V", "version", "search --version"})
  void theVersionIsPrinted(String line) throws Exception {
    Result r = run(line);
    assertEquals(0, r.code);
    assertTrue(r.out.startsWith("paperlens "), r.out);
  }

  @Test
  void theOverviewListsTheCommands() throws Exception {
    Result r = run("--help");
    assertEquals(0, r.code);
    for (String command : Main.commands().keySet()) {
      assertTrue(r.out.contains("  " + command), r.out);
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "frobnicate | unknown command 'frobnicate'",
        "search --sources $DIR/reviews | Missing required parameter: 'QUERY'",
        "search --sources $DIR/reviews --limit -3 q | --limit is a number from 1 to 10000, not -3",
        "complete --sources $DIR/reviews --context foo hy | Invalid value for option '--context'",
        "complete hy | give the review sources: --sources PATH",
        "index --sources $DIR/reviews --shards 0 | --shards is a number from 1 to 1000, not 0",
        "search --sources $DIR/reviews --index $DIR/i --backend solr --solr-url http://s:8983/solr q"
            + " | --index is the embedded index's folder",
        "papers --sources | Missing required parameter for option '--sources'",
        "serve --socket x | Invalid value for option '--socket'",
        "sync | name a channel: sync t.me/NAME",
        "sync t.me/c/12345 | 't.me/c/12345' names no public channel",
        "sync --sources $DIR/reviews | the sources name no channel",
        "sync @rizzearch --max-pages 0 | --max-pages is a number from 1 to 10000, not 0",
      })
  void usageErrorsAreWordedOneWayAndExitTwo(String line, String message) throws Exception {
    writeSources();
    Result r = run(line);
    assertEquals(2, r.code, r.err);
    assertTrue(r.err.contains(message), r.err);
    assertTrue(r.err.contains("Try 'paperlens-server.jar"), r.err);
    assertEquals("", r.out);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "complete --sources $DIR/reviews --index $DIR/i --context prose hyena",
        "complete hyena --context prose --index $DIR/i --sources $DIR/reviews",
        "complete --context=prose --sources=$DIR/reviews --index=$DIR/i -- hyena",
      })
  void optionsAndOperandsGoInAnyOrder(String line) throws Exception {
    writeSources();
    Result r = run(line);
    assertEquals(0, r.code, r.err);
    assertTrue(r.out.contains("HyenaDNA"), r.out);
  }

  @Test
  void aQueryOfSeveralWordsFollowsOneSourcesValue() throws Exception {
    writeSources();
    Result r = run("search --sources $DIR/reviews --index $DIR/i низкоранговые матрицы");
    assertEquals(0, r.code, r.err);
    assertTrue(r.out.contains("LoRA: Low-Rank Adaptation"), r.out);
  }

  @Test
  void aMissingSourceIsAnErrorUnlessAnotherWasRead() throws Exception {
    writeSources();
    Result none = run("search --sources $DIR/nowhere --index $DIR/i q");
    assertEquals(1, none.code);
    assertTrue(none.err.contains("no such file or folder: " + dir.resolve("nowhere")), none.err);
    Result one = run("search --sources $DIR/nowhere --sources $DIR/reviews --index $DIR/i hyena");
    assertEquals(0, one.code, one.err);
    assertTrue(one.err.contains("nowhere: no such file or folder; skipped"), one.err);
    assertTrue(one.out.contains("HyenaDNA"), one.out);
  }

  @Test
  void emptinessIsSaidNotSilent() throws Exception {
    Files.createDirectories(dir.resolve("empty"));
    Result empty = run("search --sources $DIR/empty --index $DIR/i anything");
    assertEquals(0, empty.code);
    assertTrue(empty.err.contains("no review or BibTeX entry found in"), empty.err);
    assertTrue(empty.err.contains("no results for \"anything\""), empty.err);
    writeSources();
    Result nothing = run("complete --sources $DIR/reviews --index $DIR/j zzzzzz");
    assertEquals(0, nothing.code);
    assertTrue(nothing.err.contains("nothing completes \"zzzzzz\""), nothing.err);
  }
}
