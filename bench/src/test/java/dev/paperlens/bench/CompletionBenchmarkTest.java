package dev.paperlens.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Runs the citation completion benchmark on a small library so the harness keeps working. Its
 * timings mean nothing here, but what the queries find does: a surname with the year, or with a
 * title word and the year, finds the paper it was made from.
 */
class CompletionBenchmarkTest {

  @Test
  void aSmallRunFindsThePaperEveryTwoAndThreeWordQueryWasMadeFrom() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    CompletionBenchmark.Result result =
        CompletionBenchmark.run(
            300, 40, 1, false, false, "-XX:+UseSerialGC -XX:NativeMemoryTracking=summary", out);
    CompletionBenchmark.print(List.of(result), out);

    for (CompletionBenchmark.KindResult kind : result.kinds()) {
      assertEquals(
          kind.latency().requests(),
          kind.latency().answered(),
          kind.kind() + ": every query offers something");
      assertTrue(kind.asked() > 0, kind.kind() + ": queries were asked");
      if (kind.kind() != CompletionBenchmark.Kind.ONE_WORD) {
        assertEquals(kind.asked(), kind.found(), kind.kind() + ": the wanted paper is listed");
      }
      assertTrue(kind.precision() > 0.8, kind.kind() + ": items match the surname typed");
    }
    assertEquals(1, result.warmFirstMs().size());
    ServerChild.Memory memory = result.afterRequests();
    assertTrue(memory.anonKb() > 0 && memory.anonKb() <= memory.rssKb(), memory.toString());
    assertTrue(memory.fileKb() > 0, "the jar and the index files are mapped: " + memory);
    assertTrue(memory.nativeKb("Java Heap") > 0, "the JVM tracks its memory: " + memory);
    assertTrue(result.requestsSent() > 4 * 40, "warm-up and timed requests were counted");
    String table = bytes.toString(StandardCharsets.UTF_8);
    assertTrue(table.contains("| start to first completion, index on disk"), table);
    assertTrue(table.contains("| server RSS after its requests"), table);
    assertTrue(table.contains("committed by the JVM (NMT): all / heap / GC"), table);
  }
}
