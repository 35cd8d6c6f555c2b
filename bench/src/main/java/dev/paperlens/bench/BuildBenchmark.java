package dev.paperlens.bench;

import dev.paperlens.corpus.FileTree;
import dev.paperlens.corpus.Paper;
import dev.paperlens.corpus.SyntheticCorpus;
import dev.paperlens.index.LuceneIndex;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

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
 * second of wall clock and per CPU-second of all threads times the cores, the peak heap and RSS
 * during each build and the index it left on disk, and the real build's median over the baseline's.
 */
public final class BuildBenchmark {
  private BuildBenchmark() {}

  /**
   * Wall-clock and CPU seconds (all threads of this process) of one build, the most heap its pools
   * held and the process's peak RSS during it (both in MB), and the index it left on disk (MB).
   */
  private record Timing(
      double seconds, double cpuSeconds, double peakHeapMb, double peakRssMb, double diskMb) {}

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
          "round %d: Lucene alone %.1f s (CPU %.1f s), Paperlens %.1f s (CPU %.1f s, peak heap"
              + " %.0f MB, peak RSS %.0f MB, on disk %.1f MB); load average %.2f%n",
          round + 1,
          bare.get(round).seconds(),
          bare.get(round).cpuSeconds(),
          ours.get(round).seconds(),
          ours.get(round).cpuSeconds(),
          ours.get(round).peakHeapMb(),
          ours.get(round).peakRssMb(),
          ours.get(round).diskMb(),
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
        "| peak heap / peak RSS during the build, median | %.0f / %.0f MB | %.0f / %.0f MB |%n",
        median(ours, Timing::peakHeapMb),
        median(ours, Timing::peakRssMb),
        median(bare, Timing::peakHeapMb),
        median(bare, Timing::peakRssMb));
    System.out.printf(
        Locale.ROOT,
        "| on disk, median | %.1f MB | %.1f MB |%n",
        median(ours, Timing::diskMb),
        median(bare, Timing::diskMb));
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
      resetPeaks();
      long start = System.nanoTime();
      long cpuStart = processCpu();
      if (bare) {
        BareLuceneBuild.build(papers, dir);
      } else {
        try (LuceneIndex index = LuceneIndex.open(dir)) {
          index.update(papers);
        }
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      double cpuSeconds = (processCpu() - cpuStart) / 1e9;
      return new Timing(seconds, cpuSeconds, peakHeapMb(), peakRssMb(), diskMb(dir));
    } finally {
      FileTree.delete(dir);
    }
  }

  /**
   * Starts the heap pools' and the kernel's peak records afresh, so they tell this build's peaks
   * (the kernel's through {@code /proc/self/clear_refs}; where that cannot be written, the peak RSS
   * printed is the process's since it started).
   */
  private static void resetPeaks() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
      }
    }
    try {
      Files.writeString(Path.of("/proc/self/clear_refs"), "5");
    } catch (IOException | UnsupportedOperationException e) {
      // not Linux, or not allowed: the peak printed is the process's
    }
  }

  /**
   * The sum of the heap pools' peaks since {@link #resetPeaks}: an upper bound of the heap in use
   * at once, as each pool peaks at its own moment.
   */
  private static double peakHeapMb() {
    long bytes = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        bytes += pool.getPeakUsage().getUsed();
      }
    }
    return bytes / 1048576.0;
  }

  /** The kernel's peak RSS of this process ({@code VmHWM}), 0 where it does not say. */
  private static double peakRssMb() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
        }
      }
    } catch (IOException | NumberFormatException e) {
      // not Linux
    }
    return 0;
  }

  /** Bytes of the files a build left in its folder, in MB. */
  private static double diskMb(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).mapToLong(BuildBenchmark::size).sum() / 1048576.0;
    }
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      return 0;
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
