package dev.paperlens.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reading the JVM's native memory summary: one row per area the benchmarks sum. */
class ServerChildTest {

  /** An excerpt of {@code jcmd PID VM.native_memory summary} from a JDK 17 server. */
  private static final String SUMMARY =
      """
      17402:

      Native Memory Tracking:

      (Omitting categories weighting less than 1KB)

      Total: reserved=2017062KB, committed=601198KB
      -                 Java Heap (reserved=524288KB, committed=467968KB)
                                  (mmap: reserved=524288KB, committed=467968KB)

      -                     Class (reserved=1049054KB, committed=2846KB)
                                  (classes #4182)
                                  (  instance classes #3891, array classes #291)
                                  (malloc=1502KB #11370)
                                  (mmap: reserved=1048576KB, committed=1344KB)
                                  (  Metadata:   )
                                  (    reserved=16384KB, committed=13760KB)

      -                    Thread (reserved=27721KB, committed=1773KB)
                                  (thread #27)
                                  (stack: reserved=27648KB, committed=1700KB)

      -                        GC (reserved=61687KB, committed=59603KB)
                                  (malloc=20475KB #9816)
      -        Shared class space (reserved=16384KB, committed=12060KB)
      -               Arena Chunk (reserved=14980KB, committed=14980KB)
      """;

  @ParameterizedTest
  @CsvSource({
    "Total, 601198",
    "Java Heap, 467968",
    "Class, 2846",
    "Thread, 1773",
    "GC, 59603",
    "Shared class space, 12060",
    "Arena Chunk, 14980",
  })
  void readsTheCommittedMemoryOfEachArea(String area, long committedKb) {
    assertEquals(committedKb, ServerChild.nativeAreas(SUMMARY).get(area));
  }

  @ParameterizedTest
  @CsvSource({
    "'', -1", // nothing tracked
    "'Java Heap', 467968",
    "'Java Heap,GC', 527571",
    "'Java Heap,Metaspace', 467968", // an area the summary leaves out adds nothing
  })
  void sumsAreas(String areas, long kb) {
    ServerChild.Memory memory =
        new ServerChild.Memory(1, 1, 0, 0, ServerChild.nativeAreas(SUMMARY));
    String[] names = areas.isEmpty() ? new String[0] : areas.split(",");
    assertEquals(kb, memory.nativeKb(names));
  }

  @ParameterizedTest
  @CsvSource({"''", "'Native Memory Tracking is not enabled'"})
  void aJvmThatDoesNotTrackGivesNoAreas(String text) {
    assertEquals(Map.of(), ServerChild.nativeAreas(text));
  }
}
