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
 * <p>After one warm-up of both paths it times ROUNDS rounds of each (3 by default) and prints the
 * median and the range: in-process timings keep falling for several rounds while the JIT compiles,
 * so one timed round can hide or invent a change.
 *
 * <p>Every load's result is digested ({@link ParsedDigest}, the folder's path left out) and the
 * digest printed; a round whose digest differs from the warm-up's fails the run, and two builds
 * that print the same digest parsed the same corpus alike.
 *
 * <pre>
 * java -cp bench/target/paperlens-bench.jar dev.paperlens.bench.ParseBenchmark [REVIEWS [ROUNDS]]
 * </pre>
 */
public final class ParseBenchmark {
  private ParseBenchmark() {}

  public static void main(String[] args) throws IOException {
    BenchArgs a = BenchArgs.of(args, "ParseBenchmark", "[REVIEWS [ROUNDS]]");
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    int reviews = a.count(0, 100_000);
    int rounds = Math.max(1, a.count(1, 3));
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
      String parsed = ParsedDigest.of(CorpusLoader.load(List.of(dir)), dir);

      double[] baselineRounds = new double[rounds];
      double[] parseRounds = new double[rounds];
      double[] cpuRounds = new double[rounds];
      long lines = 0;
      Corpus corpus = null;
      for (int round = 0; round < rounds; round++) {
        long t0 = System.nanoTime();
        lines = baseline(dir);
        baselineRounds[round] = (System.nanoTime() - t0) / 1e9;

        corpus = null; // the previous round's corpus is garbage before this one is read
        long cpu0 = processCpuNanos();
        long t1 = System.nanoTime();
        corpus = CorpusLoader.load(List.of(dir));
        parseRounds[round] = (System.nanoTime() - t1) / 1e9;
        cpuRounds[round] = (processCpuNanos() - cpu0) / 1e9;
        out.printf(
            Locale.ROOT,
            "round %d: baseline %.2f s, CorpusLoader.load %.2f s (%.1f MB/s), cpu %.2f s%n",
            round + 1,
            baselineRounds[round],
            parseRounds[round],
            mb / parseRounds[round],
            cpuRounds[round]);
        String again = ParsedDigest.of(corpus, dir);
        if (!again.equals(parsed)) {
          throw new IllegalStateException(
              "round " + (round + 1) + " parsed differently: " + again + " after " + parsed);
        }
      }
      double baselineSeconds = median(baselineRounds);
      double parseSeconds = median(parseRounds);
      double cpuSeconds = median(cpuRounds);

      int read = corpus.reviewCount();
      out.printf(
          Locale.ROOT,
          "baseline (read + split lines), median of %d: %.2f s, %.0f MB/s, %d lines%n",
          rounds,
          baselineSeconds,
          mb / baselineSeconds,
          lines);
      out.printf(
          Locale.ROOT,
          "CorpusLoader.load, median of %d: %.2f s (%.2f–%.2f), %.1f MB/s (%.1f–%.1f), %.0f reviews/s,"
              + " %d papers, %d problems%n",
          rounds,
          parseSeconds,
          min(parseRounds),
          max(parseRounds),
          mb / parseSeconds,
          mb / max(parseRounds),
          mb / min(parseRounds),
          read / parseSeconds,
          corpus.papers().size(),
          corpus.problems().size());
      out.printf(
          Locale.ROOT,
          "  cpu time, median %.2f s (%.1f MB per cpu-second; on a busy machine wall time overstates"
              + " cost)%n",
          cpuSeconds,
          mb / cpuSeconds);
      out.printf(
          Locale.ROOT, "ratio (load / baseline time): %.1fx%n", parseSeconds / baselineSeconds);
      out.printf(Locale.ROOT, "parsed (every round alike): sha-256 %s%n", parsed);
    } finally {
      FileTree.delete(dir);
    }
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    java.util.Arrays.sort(sorted);
    int mid = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  }

  private static double min(double[] values) {
    return java.util.Arrays.stream(values).min().orElse(Double.NaN);
  }

  private static double max(double[] values) {
    return java.util.Arrays.stream(values).max().orElse(Double.NaN);
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
