package dev.paperlens.bench;

import dev.paperlens.corpus.Corpus;
import dev.paperlens.corpus.CorpusLoader;
import dev.paperlens.corpus.FileTree;
import dev.paperlens.corpus.Paper;
import dev.paperlens.corpus.StreamedCorpus;
import dev.paperlens.corpus.SyntheticCorpus;
import dev.paperlens.index.IndexChanges;
import dev.paperlens.index.LuceneIndex;
import java.io.File;
import java.io.PrintStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The server's update of an index its sources already fill (what a restart does), in a JVM of the
 * clients' heap: the corpus read whole and indexed ({@code whole}, the baseline) against the corpus
 * read in passes and indexed batch by batch ({@code streamed}, what the server does). Each runs in
 * its own JVM, one after the other, on the same sources and a copy of the same index.
 *
 * <pre>
 * java -cp bench/target/paperlens-bench.jar dev.paperlens.bench.UpdateBenchmark [REVIEWS [HEAP]]
 * </pre>
 *
 * REVIEWS defaults to 100,000, HEAP to 512m.
 *
 * <pre>
 * java -Xmx2g -cp bench/target/paperlens-bench.jar dev.paperlens.bench.UpdateBenchmark small [REVIEWS [UPDATES [PAPERS]]]
 * </pre>
 *
 * {@code small} measures the small updates that follow a build instead (a saved review source, a
 * channel sync): the generated corpus but its last UPDATES × PAPERS papers is indexed from scratch
 * in this process, then each update adds PAPERS more (12 of 3 by default). Prints each update's
 * wall clock and the segments its commit left, the median and the worst.
 *
 * <p>Prints each mode's wall clock to the updated index, its collections and their time, and
 * whether it finished; a mode that runs out of memory or passes 30 minutes is reported as such.
 */
public final class UpdateBenchmark {
  private static final long SEED = 42L;
  private static final long LIMIT_MINUTES = 30;

  private UpdateBenchmark() {}

  public static void main(String[] args) throws Exception {
    if (args.length > 0 && args[0].equals("--mode")) {
      update(args[1], Path.of(args[2]), Path.of(args[3]));
      return;
    }
    BenchArgs a =
        BenchArgs.of(
            args, "UpdateBenchmark", "[REVIEWS [HEAP]] | small [REVIEWS [UPDATES [PER_UPDATE]]]");
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    if (a.text(0, "").equals("small")) {
      small(a.count(1, 100_000), a.count(2, 12), a.count(3, 3), out);
      return;
    }
    int reviews = a.count(0, 100_000);
    String heap = a.text(1, "512m");
    run(reviews, heap, out);
  }

  /** Runs both modes on a generated corpus; progress and figures go to {@code out}. */
  static void run(int reviews, String heap, PrintStream out) throws Exception {
    Path work = Files.createTempDirectory("paperlens-update-bench");
    try {
      Path sources = work.resolve("reviews");
      SyntheticCorpus.Stats stats = SyntheticCorpus.write(sources, reviews, SEED);
      out.printf(
          Locale.ROOT, "corpus: %d reviews, %.1f MB%n", stats.reviews(), stats.bytes() / 1e6);
      Path built = work.resolve("index");
      long t0 = System.nanoTime();
      try (LuceneIndex index = LuceneIndex.open(built)) {
        index.update(new CorpusLoader().stream(List.of(sources), entries -> {}));
      }
      out.printf(
          Locale.ROOT,
          "index built in this process in %.1f s (not a figure)%n",
          (System.nanoTime() - t0) / 1e9);
      double[] whole = child("whole", heap, sources, copy(built, work.resolve("whole")), out);
      double[] streamed =
          child("streamed", heap, sources, copy(built, work.resolve("streamed")), out);
      if (!Double.isNaN(whole[0]) && !Double.isNaN(streamed[0])) {
        out.printf(
            Locale.ROOT,
            "streamed / whole: wall clock %.2fx, collection time %.2fx%n",
            streamed[0] / whole[0],
            whole[1] == 0 ? Double.NaN : streamed[1] / whole[1]);
      }
    } finally {
      FileTree.delete(work);
    }
  }

  private static Path copy(Path from, Path to) throws Exception {
    Files.createDirectories(to);
    try (var files = Files.list(from)) {
      for (Path file : files.toList()) {
        if (!file.getFileName().toString().equals("write.lock")) {
          Files.copy(file, to.resolve(file.getFileName()));
        }
      }
    }
    return to;
  }

  /** Runs one mode in a JVM of the given heap; its wall clock and collection time in seconds. */
  private static double[] child(String mode, String heap, Path sources, Path index, PrintStream out)
      throws Exception {
    Path self =
        Path.of(UpdateBenchmark.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<String> command =
        List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xmx" + heap,
            "-XX:+UseG1GC",
            "-XX:MinHeapFreeRatio=10",
            "-XX:MaxHeapFreeRatio=30",
            "-cp",
            Files.isRegularFile(self)
                ? self.toString()
                : System.getProperty("java.class.path") + File.pathSeparator + self,
            UpdateBenchmark.class.getName(),
            "--mode",
            mode,
            sources.toString(),
            index.toString());
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    List<String> lines = new ArrayList<>();
    Thread reader =
        new Thread(
            () -> process.inputReader(StandardCharsets.UTF_8).lines().forEach(lines::add),
            "update-bench-" + mode);
    reader.start();
    boolean ended = process.waitFor(LIMIT_MINUTES, java.util.concurrent.TimeUnit.MINUTES);
    if (!ended) {
      process.destroyForcibly().waitFor();
    }
    reader.join();
    double[] figures = {Double.NaN, Double.NaN};
    for (String line : lines) {
      if (line.startsWith("figures ")) {
        String[] parts = line.split(" ");
        figures = new double[] {Double.parseDouble(parts[1]), Double.parseDouble(parts[3])};
      }
    }
    String last = lines.isEmpty() ? "" : lines.get(lines.size() - 1);
    if (!ended) {
      out.printf(
          Locale.ROOT, "%s at -Xmx%s: not done after %d minutes%n", mode, heap, LIMIT_MINUTES);
    } else if (Double.isNaN(figures[0])) {
      out.printf(Locale.ROOT, "%s at -Xmx%s: failed (%s)%n", mode, heap, last);
    } else {
      lines.stream().filter(l -> l.startsWith(mode)).forEach(out::println);
    }
    return figures;
  }

  /** Small updates after a build, in this process; see the class comment. */
  static void small(int reviews, int updates, int perUpdate, PrintStream out) throws Exception {
    List<Paper> papers = SyntheticCorpus.papers(reviews, SEED);
    int held = Math.min(papers.size() - 1, updates * perUpdate);
    List<Paper> indexed = new ArrayList<>(papers.subList(0, papers.size() - held));
    Path work = Files.createTempDirectory("paperlens-update-bench");
    try (LuceneIndex index = LuceneIndex.open(work)) {
      long t0 = System.nanoTime();
      index.update(indexed);
      out.printf(
          Locale.ROOT,
          "build: %,d papers in %.1f s, %d segments%n",
          indexed.size(),
          (System.nanoTime() - t0) / 1e9,
          segments(work));
      double[] ms = new double[updates];
      for (int i = 0; i < updates; i++) {
        int from = indexed.size();
        indexed.addAll(papers.subList(from, Math.min(papers.size(), from + perUpdate)));
        long t = System.nanoTime();
        IndexChanges changes = index.update(indexed);
        ms[i] = (System.nanoTime() - t) / 1e6;
        out.printf(
            Locale.ROOT,
            "update %d: %.0f ms, %d segments (%s)%n",
            i + 1,
            ms[i],
            segments(work),
            changes.summary().lines().findFirst().orElse(""));
      }
      double[] sorted = ms.clone();
      java.util.Arrays.sort(sorted);
      out.printf(
          Locale.ROOT,
          "small updates: median %.0f ms, worst %.0f ms, best %.0f ms%n",
          sorted[sorted.length / 2],
          sorted[sorted.length - 1],
          sorted[0]);
    } finally {
      FileTree.delete(work);
    }
  }

  /** Segments of the index's last commit. */
  private static int segments(Path dir) throws Exception {
    try (Directory directory = FSDirectory.open(dir)) {
      return SegmentInfos.readLatestCommit(directory).size();
    }
  }

  /** One mode, in the child JVM. */
  private static void update(String mode, Path sources, Path indexDir) throws Exception {
    long t0 = System.nanoTime();
    IndexChanges changes;
    try (LuceneIndex index = LuceneIndex.open(indexDir)) {
      if (mode.equals("whole")) {
        Corpus corpus = new CorpusLoader().read(List.of(sources));
        changes = index.update(corpus.papers());
      } else {
        StreamedCorpus corpus = new CorpusLoader().stream(List.of(sources), entries -> {});
        changes = index.update(corpus);
      }
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    long collections = 0;
    long collectionMs = 0;
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      collections += Math.max(0, gc.getCollectionCount());
      collectionMs += Math.max(0, gc.getCollectionTime());
    }
    System.out.printf(
        Locale.ROOT,
        "%s: updated in %.1f s, %d collections taking %.1f s (%s)%n",
        mode,
        seconds,
        collections,
        collectionMs / 1e3,
        changes.summary().lines().findFirst().orElse(""));
    System.out.printf(Locale.ROOT, "figures %.3f gc %.3f%n", seconds, collectionMs / 1e3);
  }
}
