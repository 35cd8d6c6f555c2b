package dev.paperlens.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the server benchmark at a tiny size so the harness keeps working; the figures mean nothing
 * here.
 */
class ServerBenchmarkTest {

  @Test
  void aTinyRunAnswersEveryRequestAndPrintsTheTable() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    ServerBenchmark.Result result =
        ServerBenchmark.run(
            new ServerBenchmark.Options(
                200,
                8,
                1,
                32 * 1024,
                false,
                List.of(),
                ServerChild.jvmFlags(SoakBenchmark.CLIENT_FLAGS),
                List.of(),
                Duration.ofSeconds(2),
                150),
            out);
    ServerBenchmark.print(result, out);

    assertEquals(
        result.hover().requests(),
        result.hover().answered(),
        "every hover on a real name or key answers");
    assertEquals(
        result.completion().requests(),
        result.completion().answered(),
        "every completion offers something");
    assertEquals(
        result.resolve().requests(),
        result.resolve().answered(),
        "every resolved item gets its card");
    assertEquals(1, result.firstAnswerMs().size());
    assertTrue(result.rssKb() > 0);
    assertTrue(result.scanMedianMs() > 0);
    assertTrue(result.requestsSent() >= 150, "the session goes on to the requests asked for");
    assertTrue(result.ownRssKb() > 0);
    assertTrue(!result.warmUp().isEmpty() && result.warmUp().get(0).hover().requests() > 0);
    String table = bytes.toString(StandardCharsets.UTF_8);
    assertTrue(table.contains("| hover p50 / p99"), table);
    assertTrue(
        table.contains(
            String.format(
                java.util.Locale.ROOT, "| server RSS after %,d requests", result.requestsSent())),
        table);
  }

  @Test
  void aKeptFolderIsBuiltOnceAndThenReused(@TempDir Path kept) throws Exception {
    assertThrows(IllegalArgumentException.class, () -> ServerBenchmark.keptReviews(kept, 120));
    String before = System.getProperty(ServerBenchmark.WORK_PROPERTY);
    System.setProperty(ServerBenchmark.WORK_PROPERTY, kept.toString());
    try {
      String first = tinyRun(120);
      assertFalse(first.contains("kept in"), first);
      assertTrue(Files.isDirectory(ServerBenchmark.keptReviews(kept, 120)));
      String second = tinyRun(120);
      assertTrue(second.contains("corpus: 120 reviews, kept in"), second);
      assertThrows(IllegalArgumentException.class, () -> tinyRun(140), "another size is refused");
      assertThrows(IllegalArgumentException.class, () -> ServerBenchmark.keptReviews(kept, 140));
    } finally {
      if (before == null) {
        System.clearProperty(ServerBenchmark.WORK_PROPERTY);
      } else {
        System.setProperty(ServerBenchmark.WORK_PROPERTY, before);
      }
    }
  }

  private static String tinyRun(int reviews) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    ServerBenchmark.run(
        new ServerBenchmark.Options(
            reviews,
            4,
            0,
            16 * 1024,
            false,
            List.of(),
            ServerChild.jvmFlags(SoakBenchmark.CLIENT_FLAGS),
            List.of(),
            Duration.ofSeconds(1),
            0),
        out);
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
