package dev.paperlens.bench;

import dev.paperlens.corpus.FileTree;
import dev.paperlens.corpus.Paper;
import dev.paperlens.corpus.SyntheticCorpus;
import dev.paperlens.index.LuceneIndex;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The index build alone, several times, each time beside Lucene alone indexing the same reviews
 * ({@link BareLuceneBuild}) in the same round, so that a loaded machine slows both alike:
 *
 * <pre>
 * java -Xmx2g -cp bench/target/paperlens-bench.jar dev.paperlens.bench.BuildBenchmark [REVIEWS [ROUNDS]]
 * </pre>
 *
 * <p>Defaults: 100,000 reviews, 3 rounds. The reviews are written by {@code corpus.SyntheticCorpus}
 * (seed 42) and read by the corpus loader, as {@link IndexBenchmark} reads them; reading them is
 * not timed. One unmeasured round on a tenth of the papers warms the JVM first. Each round builds
 * both indexes into fresh temporary folders (removed afterwards), the baseline and the real build
 * taking turns to go first. Printed: every round, then the median and range of each, as reviews per
 * second of wall clock and per CPU-second of all threads times the cores, and the real build's
 * median over the baseline's.
 */
public final class BuildBenchmark {
  private BuildBenchmark() {}

  /** Wall-clock and CPU seconds (all threads of this process) of one build. */
  private record Timing(double seconds, double cpuSeconds) {}

  public static void main(String[] args) throws IOException {
    BenchArgs a = BenchArgs.of(args, "BuildBenchmark", "[REVIEWS [ROUNDS]]");
    int reviews = a.count(0, 100_000);
    int rounds = a.count(1, 3);
    int cores = Runtime.getRuntime().availableProcessors();
    System.out.printf(
        Locale.ROOT,
        "cores=%d maxHeap=%dMB java=%s load average=%.2f%n",
        cores,
        Runtime.getRuntime().maxMemory() >> 20,
        System.getProperty("java.version"),
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    List<Paper> papers = SyntheticCorpus.papers(reviews, 42);
    int reviewCount = papers.stream().mapToInt(p -> p.reviews().size()).sum();
    System.out.printf(
        Locale.ROOT,
        "%,d reviews asked, %,d read, %,d papers%n",
        reviews,
        reviewCount,
        papers.size());

    List<Paper> warmUp = papers.subList(0, Math.max(1, papers.size() / 10));
    time(warmUp, true);
    time(warmUp, false);

    List<Timing> bare = new ArrayList<>();
    List<Timing> ours = new ArrayList<>();
    for (int round = 0; round < rounds; round++) {
      boolean bareFirst = round % 2 == 0;
      if (bareFirst) {
        bare.add(time(papers, true));
      }
      ours.add(time(papers, false));
      if (!bareFirst) {
        bare.add(time(papers, true));
      }
      System.out.printf(
          Locale.ROOT,
          "round %d: Lucene alone %.1f s (CPU %.1f s), Paperlens %.1f s (CPU %.1f s); load"
              + " average %.2f%n",
          round + 1,
          bare.get(round).seconds(),
          bare.get(round).cpuSeconds(),
          ours.get(round).seconds(),
          ours.get(round).cpuSeconds(),
          ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    System.out.println();
    System.out.println("| figure | Paperlens (`LuceneIndex.update`) | baseline: Lucene alone |");
    System.out.println("|---|---|---|");
    System.out.println(
        "| build, wall clock, median (range) | "
            + wall(ours, reviews)
            + " | "
            + wall(bare, reviews)
            + " |");
    System.out.println(
        "| build, CPU of all threads, median | "
            + cpu(ours, reviews, cores)
            + " | "
            + cpu(bare, reviews, cores)
            + " |");
    System.out.printf(
        Locale.ROOT,
        "| ratio to the baseline, wall / CPU | %.2fx / %.2fx | 1.00x |%n",
        median(ours, Timing::seconds) / median(bare, Timing::seconds),
        median(ours, Timing::cpuSeconds) / median(bare, Timing::cpuSeconds));
  }

  /** One build into a fresh folder: the baseline's or the real one. */
  private static Timing time(List<Paper> papers, boolean bare) throws IOException {
    Path dir = Files.createTempDirectory("paperlens-build-bench");
    try {
      System.gc();
      long start = System.nanoTime();
      long cpuStart = processCpu();
      if (bare) {
        BareLuceneBuild.build(papers, dir);
      } else {
        try (LuceneIndex index = LuceneIndex.open(dir)) {
          index.update(papers);
        }
      }
      return new Timing((System.nanoTime() - start) / 1e9, (processCpu() - cpuStart) / 1e9);
    } finally {
      FileTree.delete(dir);
    }
  }

  private static String wall(List<Timing> timings, int reviews) {
    double median = median(timings, Timing::seconds);
    double min = timings.stream().mapToDouble(Timing::seconds).min().orElse(0);
    double max = timings.stream().mapToDouble(Timing::seconds).max().orElse(0);
    return String.format(
        Locale.ROOT, "%.1f s, %,.0f reviews/s (%.1f–%.1f s)", median, reviews / median, min, max);
  }

  private static String cpu(List<Timing> timings, int reviews, int cores) {
    double median = median(timings, Timing::cpuSeconds);
    return String.format(
        Locale.ROOT,
        "%.1f s, %,.0f reviews/s on %d otherwise idle cores",
        median,
        reviews / (median / cores),
        cores);
  }

  private static double median(
      List<Timing> timings, java.util.function.ToDoubleFunction<Timing> value) {
    double[] values = timings.stream().mapToDouble(value).sorted().toArray();
    int middle = values.length / 2;
    return values.length % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
  }

  private static long processCpu() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }
}
