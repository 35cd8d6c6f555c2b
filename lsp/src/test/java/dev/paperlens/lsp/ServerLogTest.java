package dev.paperlens.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ServerLogTest {
  /** Prints the trace's milliseconds as soon as it runs, for a parent that timed its spawn. */
  public static final class Probe {
    private Probe() {}

    public static void main(String[] args) {
      System.out.println(ServerLog.sinceStart());
    }
  }

  @Test
  void theTracesMillisecondsCountFromTheSpawnNotFromARoundedBootTime() throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    long spawned = System.nanoTime();
    Process child =
        new ProcessBuilder(
                List.of(
                    java,
                    "-Xshare:auto",
                    "-cp",
                    System.getProperty("java.class.path"),
                    Probe.class.getName()))
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    String line;
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      line = out.readLine();
    }
    long elapsedMillis = (System.nanoTime() - spawned) / 1_000_000;
    assertTrue(child.waitFor(30, TimeUnit.SECONDS));
    assertEquals(0, child.exitValue());
    long traced = Long.parseLong(line.strip());
    assertTrue(traced >= 0, "traced " + traced);
    // The child cannot have run longer than the parent waited for its line; Linux's process start
    // time, taken from a boot time rounded to the second, made it up to a second longer.
    assertTrue(
        traced <= elapsedMillis + 20,
        "traced +" + traced + " ms, but the line came " + elapsedMillis + " ms after the spawn");
  }
}
