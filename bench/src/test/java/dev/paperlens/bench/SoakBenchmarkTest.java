package dev.paperlens.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Runs the soak for a few seconds on a small library so the harness keeps working. */
class SoakBenchmarkTest {

  @Test
  void aShortSoakSamplesMemoryWhileRequestsRun() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    List<SoakBenchmark.Sample> samples =
        SoakBenchmark.run(
            200,
            300,
            Duration.ofSeconds(5),
            Duration.ofSeconds(1),
            SoakBenchmark.CLIENT_FLAGS,
            out);
    SoakBenchmark.print(samples, out);

    assertTrue(samples.size() >= 3, "a sample at the start, one at the end, one after quiet");
    assertTrue(samples.get(0).building(), "the first sample is taken during the first build");
    assertTrue(samples.get(samples.size() - 1).idle(), "the last sample is the quiet one");
    SoakBenchmark.Sample last = samples.get(samples.size() - 1);
    assertTrue(last.requests() > 0, "requests were sent");
    assertTrue(last.answered() > last.requests() / 2, "hovers and completions answer: " + last);
    assertTrue(samples.stream().allMatch(s -> s.anonKb() > 0), "memory was read");
    assertTrue(samples.stream().allMatch(s -> s.fileKb() > 0), "mapped files were read");
    String table = bytes.toString(StandardCharsets.UTF_8);
    assertTrue(table.contains("reviews: 300;"), table);
    assertTrue(table.contains("| growth after warm-up"), table);
    assertTrue(table.contains("| first build: minutes, own RSS at its highest"), table);
    assertTrue(table.contains("s quiet |"), table);
  }
}
