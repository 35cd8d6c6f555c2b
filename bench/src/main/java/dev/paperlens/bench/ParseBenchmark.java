package dev.paperlens.bench;

import dev.paperlens.corpus.Corpus;
import dev.paperlens.corpus.CorpusLoader;
import dev.paperlens.corpus.FileTree;
import dev.paperlens.corpus.SyntheticCorpus;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Measures corpus parsing: generates a synthetic corpus (100,000 reviews unless an argument says
 * otherwise) in a temporary folder, reads it with {@link CorpusLoader}, and prints throughput next
 * to a baseline measured in the same run (reading the same bytes and splitting them into lines), so
 * the ratio means something on any machine.
 *
 * <pre>java -cp server/target/paperlens-server.jar dev.paperlens.cli.ParseBenchmark [REVIEWS]</pre>
 */
public final class ParseBenchmark {
  private ParseBenchmark() {}

  public static void main(String[] args) throws IOException {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    int reviews = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    Path dir = Files.createTempDirectory("paperlens-bench");
    try {
      SyntheticCorpus.Stats stats = SyntheticCorpus.write(dir, reviews, 42L);
      double mb = stats.bytes() / 1e6;
      out.printf(
          Locale.ROOT,
          "corpus: %d files, %d reviews + %d digest abstracts, %.1f MB%n",
          stats.files(),
          stats.reviews(),
          stats.digestLines(),
          mb);

      // Warm up both paths on the same data so neither is timed while the JIT compiles.
      baseline(dir);
      CorpusLoader.load(List.of(dir));

      long t0 = System.nanoTime();
      long lines = baseline(dir);
      double baselineSeconds = (System.nanoTime() - t0) / 1e9;

      long cpu0 = processCpuNanos();
      long t1 = System.nanoTime();
      Corpus corpus = CorpusLoader.load(List.of(dir));
      double parseSeconds = (System.nanoTime() - t1) / 1e9;
      double cpuSeconds = (processCpuNanos() - cpu0) / 1e9;

      int read = corpus.reviewCount();
      out.printf(
          Locale.ROOT,
          "baseline (read + split lines): %.2f s, %.0f MB/s, %d lines%n",
          baselineSeconds,
          mb / baselineSeconds,
          lines);
      out.printf(
          Locale.ROOT,
          "CorpusLoader.load: %.2f s, %.1f MB/s, %.0f reviews/s, %d papers, %d problems%n",
          parseSeconds,
          mb / parseSeconds,
          read / parseSeconds,
          corpus.papers().size(),
          corpus.problems().size());
      out.printf(
          Locale.ROOT,
          "  cpu time %.2f s (%.1f MB per cpu-second; on a busy machine wall time overstates cost)%n",
          cpuSeconds,
          mb / cpuSeconds);
      out.printf(
          Locale.ROOT, "ratio (load / baseline time): %.1fx%n", parseSeconds / baselineSeconds);
    } finally {
      FileTree.delete(dir);
    }
  }

  /** CPU time of the whole process, all threads; -1 where the platform does not say. */
  private static long processCpuNanos() {
    java.lang.management.OperatingSystemMXBean os =
        java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
      return sun.getProcessCpuTime();
    }
    return -1;
  }

  /** Reads every file as UTF-8 and counts its lines: the least any parser must do. */
  private static long baseline(Path dir) throws IOException {
    long lines = 0;
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.sorted().toList()) {
        String content = Files.readString(file, StandardCharsets.UTF_8);
        lines += content.split("\n", -1).length;
      }
    }
    return lines;
  }
}
