package dev.paperlens.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A benchmark's positional arguments, read as given or falling back to the defaults. */
class BenchArgsTest {
  private static BenchArgs args(String... given) {
    return BenchArgs.of(given, "SomeBenchmark", "[A [B [C]]]");
  }

  @Test
  void givenArgumentsAreReadAndMissingOnesFallBack() {
    BenchArgs a = args("100_000", " 2.5 ", "-Xmx512m -XX:+UseSerialGC");
    assertEquals(100_000, a.count(0, 7));
    assertEquals(2.5, a.number(1, 30), 0);
    assertEquals("-Xmx512m -XX:+UseSerialGC", a.text(2, "none"));
    assertEquals(9, a.count(3, 9));
    assertEquals("none", a.text(4, "none"));
  }

  @Test
  void aCommaListIsReadAsCountsOrFromItsDefault() {
    assertEquals(List.of(20_000, 70_000), args().counts(0, "20000,70000"));
    assertEquals(List.of(5_000, 10_000), args("5_000, 10000").counts(0, "1"));
  }
}
