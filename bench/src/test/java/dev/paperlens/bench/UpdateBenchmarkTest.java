package dev.paperlens.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The harness runs: both modes update a small index in their own JVMs and find it up to date. */
class UpdateBenchmarkTest {

  @Test
  void bothModesFindTheIndexUpToDate() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    UpdateBenchmark.run(300, "256m", new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);
    for (String mode : new String[] {"whole", "streamed"}) {
      assertTrue(
          out.contains(mode + ": updated in ")
              && out.lines()
                  .anyMatch(l -> l.startsWith(mode + ":") && l.contains("papers +0 ~0 -0")),
          out);
    }
    assertTrue(out.contains("streamed / whole: wall clock "), out);
  }
}
