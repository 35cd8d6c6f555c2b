package dev.paperlens.bench;

import dev.paperlens.corpus.FileTree;
import dev.paperlens.corpus.Paper;
import dev.paperlens.corpus.SyntheticCorpus;
import dev.paperlens.index.CompletionContext;
import dev.paperlens.index.IndexChanges;
import dev.paperlens.index.IndexFields;
import dev.paperlens.index.LuceneIndex;
import dev.paperlens.index.NameForms;
import dev.paperlens.text.CrossScript;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Builds, reopens and queries the index over generated corpora and prints one Markdown table per
 * size, each figure beside a bare TermQuery on the same index as the baseline:
 *
 * <pre>java -cp bench/target/paperlens-bench.jar dev.paperlens.bench.IndexBenchmark 10000 100000
 * </pre>
 *
 * <p>Arguments are review counts. The papers are read by the corpus loader from review sources
 * written by {@code corpus.SyntheticCorpus}. The index goes to a temporary directory removed
 * afterwards.
 */
public final class IndexBenchmark {
  private IndexBenchmark() {}

  private static final int WARMUP = 2_000;
  private static final int MEASURED = 10_000;

  public static void main(String[] args) throws IOException {
    List<String> rest = new ArrayList<>(Arrays.asList(args));
    List<Integer> sizes =
        rest.isEmpty()
            ? List.of(10_000, 100_000)
            : rest.stream().map(a -> Integer.parseInt(a.replace("_", ""))).toList();
    System.out.printf(
        Locale.ROOT,
        "cores=%d maxHeap=%dMB java=%s load average=%.2f%n",
        Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() >> 20,
        System.getProperty("java.version"),
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    for (int reviews : sizes) {
      run(reviews);
    }
  }

  private static void run(int reviews) throws IOException {
    Path dir = Files.createTempDirectory("paperlens-bench");
    try {
      measure(reviews, dir);
    } finally {
      FileTree.delete(dir);
    }
  }

  private static void measure(int reviews, Path dir) throws IOException {
    List<Paper> papers = SyntheticCorpus.papers(reviews, 42);
    Queries queries = Queries.from(papers, new Random(7));

    Build build = build(papers, dir);
    double buildSeconds = build.seconds();
    double buildCpuSeconds = build.cpuSeconds();

    long start = System.nanoTime();
    IndexChanges noop;
    try (LuceneIndex index = LuceneIndex.open(dir)) {
      noop = index.update(papers);
    }
    double noopSeconds = seconds(start);
    int paperCount = papers.size();
    papers = null;

    gc();
    long heapBefore = usedHeap();
    start = System.nanoTime();
    try (LuceneIndex index = LuceneIndex.open(dir)) {
      index.complete("hyen", CompletionContext.ANY, 10);
      double reopenMillis = seconds(start) * 1000;
      gc();
      long heapAfter = usedHeap();

      System.out.printf(
          Locale.ROOT,
          "%n### %,d reviews (%,d papers, %,d entries)%n%n",
          reviews,
          paperCount,
          noop.unchanged());
      System.out.println("| figure | paperlens | baseline (bare TermQuery) |");
      System.out.println("|---|---|---|");
      row(
          "build, wall clock",
          String.format(
              Locale.ROOT, "%.1f s (%,.0f reviews/s)", buildSeconds, reviews / buildSeconds),
          "");
      int cores = Runtime.getRuntime().availableProcessors();
      row(
          "build, CPU time of all threads",
          String.format(
              Locale.ROOT,
              "%.1f s (%,.0f reviews/s on %d otherwise idle cores)",
              buildCpuSeconds,
              reviews / (buildCpuSeconds / cores),
              cores),
          "");
      row(
          "no-op update (hash every paper, write nothing)",
          String.format(Locale.ROOT, "%.2f s", noopSeconds),
          "");
      row("reopen + first query", String.format(Locale.ROOT, "%.0f ms", reopenMillis), "");
      row("on-disk size", String.format(Locale.ROOT, "%.1f MB", directorySize(dir) / 1e6), "");
      row(
          "heap used after reopen and GC (index open, corpus not held)",
          String.format(
              Locale.ROOT,
              "%.1f MB (%.1f MB more than before opening)",
              heapAfter / 1e6,
              Math.max(0, heapAfter - heapBefore) / 1e6),
          "");

      Latency baseline;
      try (BareTermQueries bare = new BareTermQueries(dir)) {
        baseline =
            latency(
                queries.resolve, s -> bare.search(IndexFields.NAME_EXACT, NameForms.normalize(s)));
      }
      Latency resolve = latency(queries.resolve, index::resolve);
      Latency complete =
          latency(queries.complete, s -> index.complete(s, CompletionContext.ANY, 10));
      Latency search = latency(queries.search, s -> index.search(s, 10));
      // In a citation the typed words are also looked up among authors, year, venue, ids and
      // review words, each word narrowing: one word, then two title words.
      Latency cite =
          latency(queries.complete, s -> index.complete(s, CompletionContext.CITATION, 30));
      Latency citeTwo =
          latency(queries.search, s -> index.complete(s, CompletionContext.CITATION, 30));
      row("resolve p50 / p99, wall", resolve.wall(), baseline.wall());
      row("resolve p50 / p99, thread CPU", resolve.cpu(), baseline.cpu());
      row("complete p50 / p99, wall", complete.wall(), baseline.wall());
      row("complete p50 / p99, thread CPU", complete.cpu(), baseline.cpu());
      row("search p50 / p99, wall", search.wall(), baseline.wall());
      row("search p50 / p99, thread CPU", search.cpu(), baseline.cpu());
      row("citation complete, one word, p50 / p99, wall", cite.wall(), baseline.wall());
      row("citation complete, two words, p50 / p99, wall", citeTwo.wall(), baseline.wall());
      row("citation complete, two words, p50 / p99, thread CPU", citeTwo.cpu(), baseline.cpu());
    }
  }

  /** Wall-clock and CPU seconds (all threads of this process) of one build. */
  record Build(double seconds, double cpuSeconds) {}

  /** Builds the index of {@code papers} into the empty folder {@code dir}. */
  static Build build(List<Paper> papers, Path dir) throws IOException {
    long start = System.nanoTime();
    long cpuStart = processCpu();
    try (LuceneIndex index = LuceneIndex.open(dir)) {
      index.update(papers);
    }
    return new Build(seconds(start), (processCpu() - cpuStart) / 1e9);
  }

  /** The same, for {@link BareLuceneBuild}: Lucene alone indexing the same reviews. */
  static Build bareBuild(List<Paper> papers, Path dir) throws IOException {
    long start = System.nanoTime();
    long cpuStart = processCpu();
    BareLuceneBuild.build(papers, dir);
    return new Build(seconds(start), (processCpu() - cpuStart) / 1e9);
  }

  private static void row(String figure, String value, String baseline) {
    System.out.println("| " + figure + " | " + value + " | " + baseline + " |");
  }

  /** p50 / p99 of wall-clock and of the querying thread's CPU time, as printed. */
  public record Latency(String wall, String cpu) {}

  /**
   * Latency over the measured rounds, after warming up. Thread CPU time is reported beside wall
   * time because on a shared machine the wall clock also counts time spent waiting for a core.
   */
  public static Latency latency(List<String> inputs, Consumer<String> query) {
    for (int i = 0; i < WARMUP; i++) {
      query.accept(inputs.get(i % inputs.size()));
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long[] wall = new long[MEASURED];
    long[] cpu = new long[MEASURED];
    for (int i = 0; i < MEASURED; i++) {
      String input = inputs.get((i * 7919) % inputs.size());
      long c = threads.getCurrentThreadCpuTime();
      long t = System.nanoTime();
      query.accept(input);
      wall[i] = System.nanoTime() - t;
      cpu[i] = threads.getCurrentThreadCpuTime() - c;
    }
    return new Latency(percentiles(wall), percentiles(cpu));
  }

  private static String percentiles(long[] nanos) {
    Arrays.sort(nanos);
    return millis(nanos[nanos.length / 2]) + " / " + millis(nanos[nanos.length * 99 / 100]);
  }

  private static long processCpu() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  private static String millis(long nanos) {
    return String.format(Locale.ROOT, "%.3f ms", nanos / 1e6);
  }

  private static double seconds(long start) {
    return (System.nanoTime() - start) / 1e9;
  }

  private static void gc() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
  }

  private static long usedHeap() {
    Runtime rt = Runtime.getRuntime();
    return rt.totalMemory() - rt.freeMemory();
  }

  private static long directorySize(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
    }
  }

  /** What users type: names and their prefixes, in both scripts, mistyped, and topic words. */
  public record Queries(List<String> resolve, List<String> complete, List<String> search) {
    public static Queries from(List<Paper> papers, Random random) {
      List<String> resolve = new ArrayList<>();
      List<String> complete = new ArrayList<>();
      List<String> search = new ArrayList<>();
      for (int i = 0; i < 5_000; i++) {
        Paper paper = papers.get(random.nextInt(papers.size()));
        String title = paper.title() == null ? paper.key() : paper.title();
        String name = paper.methods().isEmpty() ? title : paper.methods().get(0);
        String mention = paper.mentions().isEmpty() ? name : paper.mentions().get(0).name();
        switch (i % 4) {
          case 0 -> resolve.add(name);
          case 1 -> resolve.add(CrossScript.toCyrillic(mention));
          case 2 -> resolve.add(CrossScript.toCyrillic(mention) + "ы");
          default -> resolve.add("nothing" + i);
        }
        String typed = i % 3 == 0 ? CrossScript.toCyrillic(mention) : name;
        int length = Math.min(typed.length(), 2 + random.nextInt(5));
        String prefix = typed.substring(0, length);
        complete.add(i % 10 == 9 ? CrossScript.swapKeyboardLayout(prefix) : prefix);
        String[] words = title.split(" ");
        search.add(words[random.nextInt(words.length)] + " " + words[random.nextInt(words.length)]);
      }
      return new Queries(resolve, complete, search);
    }
  }
}
