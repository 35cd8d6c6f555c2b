package dev.paperlens.bench;

import dev.paperlens.bench.BibTexBenchmark.ProcessRun;
import dev.paperlens.bench.BibTexBenchmark.Series;
import dev.paperlens.bench.NodeAnchors.Anchor;
import dev.paperlens.corpus.FileTree;
import dev.paperlens.corpus.Paper;
import dev.paperlens.corpus.SyntheticCorpus;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Issue 18's figures side by side in one table, each beside a baseline measured in the same run:
 *
 * <ul>
 *   <li>reading a generated BibTeX library ({@link BibLibrary}) as a whole process, median of RUNS,
 *       min–max and peak RSS: the parsers of citation-js, LaTeX Workshop and Better BibTeX
 *       (installed from npm into a temporary folder, {@link NodeAnchors}), Paperlens's {@code
 *       papers}, and bare Node and JVM starts; baseline citation-js, or the bare JVM start without
 *       npm;
 *   <li>the index build of REVIEWS generated reviews, beside Lucene alone indexing the same reviews
 *       ({@link IndexBenchmark#build}, {@link BareLuceneBuild});
 *   <li>the server jar over stdio on those reviews plus the largest library, with the clients' JVM
 *       flags ({@link ServerBenchmark}): hover and completion p50/p99 against an empty {@code
 *       documentLink} in the same rounds, a bare Node language server driven by the same client
 *       with the same requests, and the server's RSS after them;
 *   <li>spawn to the first citation completion with the smallest library alone, with no index and
 *       with one on disk ({@link CompletionBenchmark}), against the bare JVM start.
 * </ul>
 *
 * <pre>
 * java -Xmx2g -cp bench/target/paperlens-bench.jar dev.paperlens.bench.SideBySide \
 *     [ENTRIES,... [REVIEWS [RUNS [REQUESTS [FLAGS]]]]]
 * </pre>
 *
 * Defaults: 20000,70000 entries, 100,000 reviews, 3 runs, 2,000 requests, the clients' flags.
 * Without npm each anchor is skipped with one line.
 */
public final class SideBySide {
  private static final long SEED = 18L;
  private static final long CORPUS_SEED = 42L;
  private static final int SCAN_BYTES = 32 * 1024;
  private static final String NO_SOURCES = "the same notes, no sources";

  /** An anchor's run past this is stopped, and the anchor is not run again on a larger library. */
  static final Duration ANCHOR_LIMIT = Duration.ofMinutes(10);

  private static final List<Anchor> PARSERS =
      List.of(Anchor.CITATION_JS, Anchor.LATEX_UTENSILS, Anchor.BETTER_BIBTEX);

  private SideBySide() {}

  /** One row of the table. */
  record Row(
      String figure,
      String input,
      String value,
      String rss,
      String baseline,
      String ratio,
      String target) {}

  /**
   * What to run.
   *
   * @param entries library sizes, smallest first: each is read by every parser; the smallest is the
   *     library of the cold start, the largest the one the server gets beside the reviews
   * @param reviews generated reviews of the index build and of the server
   * @param runs runs of each whole process and restarts of the server on an index on disk
   * @param requests timed hovers and completions each (as many again to warm up)
   * @param serverFlags the server's JVM flags (the clients' by default)
   * @param anchorLimit longest run of an anchor parser
   */
  record Options(
      List<Integer> entries,
      int reviews,
      int runs,
      int requests,
      String serverFlags,
      Duration anchorLimit) {
    static Options parse(String[] args) {
      List<Integer> entries =
          Arrays.stream((args.length > 0 ? args[0] : "20000,70000").split(","))
              .map(s -> Integer.parseInt(s.strip().replace("_", "")))
              .sorted()
              .toList();
      int reviews = args.length > 1 ? Integer.parseInt(args[1].replace("_", "")) : 100_000;
      int runs = args.length > 2 ? Integer.parseInt(args[2]) : 3;
      int requests = args.length > 3 ? Integer.parseInt(args[3]) : 2_000;
      String flags = args.length > 4 ? args[4] : SoakBenchmark.CLIENT_FLAGS;
      if (entries.isEmpty() || entries.get(0) <= 0 || reviews <= 0 || runs <= 0 || requests < 8) {
        throw new IllegalArgumentException(
            "sizes, reviews and runs must be positive, requests at least 8");
      }
      return new Options(entries, reviews, runs, requests, flags, ANCHOR_LIMIT);
    }
  }

  public static void main(String[] args) throws Exception {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    Options options;
    try {
      options = Options.parse(args);
    } catch (IllegalArgumentException e) {
      out.println(
          "usage: SideBySide [ENTRIES,... [REVIEWS [RUNS [REQUESTS [FLAGS]]]]]: " + e.getMessage());
      System.exit(2);
      return;
    }
    try {
      print(run(options, EnumSet.allOf(Anchor.class), out), out);
    } catch (Exception e) {
      // The LSP client's threads would keep this process alive after a failed run.
      e.printStackTrace();
      System.exit(1);
    }
    System.exit(0);
  }

  /** Runs every section; progress goes to {@code out}, the rows are returned. */
  static List<Row> run(Options options, EnumSet<Anchor> wanted, PrintStream out) throws Exception {
    out.printf(
        Locale.ROOT,
        "cores: %d, load average at the start: %s; %d runs of each whole process%n",
        Runtime.getRuntime().availableProcessors(),
        loadAverage(),
        options.runs());
    Path work = Files.createTempDirectory("paperlens-side-by-side");
    try {
      NodeAnchors anchors = NodeAnchors.install(work, wanted, out);
      List<Row> rows = new ArrayList<>();
      List<Anchor> stopped = new ArrayList<>();
      Floors floors = new Floors();
      Path library = null;
      long libraryBytes = 0;
      for (int size : options.entries()) {
        library = work.resolve("library-" + size + ".bib");
        BibLibrary.Stats stats = BibLibrary.write(library, size, SEED);
        libraryBytes = stats.bytes();
        out.printf(
            Locale.ROOT, "library: %,d entries, %.1f MB%n", stats.entries(), stats.bytes() / 1e6);
        rows.addAll(
            reading(library, size, stats.bytes(), options, anchors, stopped, floors, work, out));
      }
      rows.addAll(build(options.reviews(), work, out));
      int largest = options.entries().get(options.entries().size() - 1);
      String input =
          String.format(
              Locale.ROOT,
              "%,d reviews + %,d entries (%.1f MB)",
              options.reviews(),
              largest,
              libraryBytes / 1e6);
      rows.addAll(server(library, input, options, anchors, floors, out));
      rows.addAll(coldStart(options, floors, out));
      return rows;
    } finally {
      FileTree.delete(work);
    }
  }

  /**
   * Whole processes reading one library, interleaved run by run so the machine's load hits them
   * alike: each anchor parser, {@code papers} of the server jar, and the bare starts of Node and of
   * the JVM. The baseline is citation-js, the fastest anchor, or the bare JVM start without npm.
   */
  static List<Row> reading(
      Path library,
      int size,
      long bytes,
      Options options,
      NodeAnchors anchors,
      List<Anchor> stopped,
      Floors floors,
      Path work,
      PrintStream out)
      throws Exception {
    Map<String, List<String>> commands = new LinkedHashMap<>();
    Map<String, Anchor> anchorOf = new LinkedHashMap<>();
    for (Anchor anchor : PARSERS) {
      if (anchors.has(anchor) && !stopped.contains(anchor)) {
        commands.put(anchor.label, anchors.command(anchor, library.toString()));
        anchorOf.put(anchor.label, anchor);
      }
    }
    String papers = "Paperlens `papers` (JVM defaults)";
    List<String> papersArgs =
        List.of("papers", "--sources", library.toString(), "--format", "jsonl");
    List<String> papersCommand = new ArrayList<>(BibTexBenchmark.javaCommand(List.of()));
    papersCommand.addAll(papersArgs);
    commands.put(papers, papersCommand);
    String batch =
        "Paperlens `papers` (the README's batch flags `"
            + String.join(" ", BibTexBenchmark.CLI_FLAGS)
            + "`)";
    List<String> batchCommand =
        new ArrayList<>(BibTexBenchmark.javaCommand(BibTexBenchmark.CLI_FLAGS));
    batchCommand.addAll(papersArgs);
    commands.put(batch, batchCommand);
    String jvm = "bare JVM start (`--version` of the same jar)";
    List<String> jvmCommand = new ArrayList<>(BibTexBenchmark.javaCommand(List.of()));
    jvmCommand.add("--version");
    commands.put(jvm, jvmCommand);
    String node = "bare Node start (`node -e 0`)";
    if (anchors.bareNode() != null) {
      commands.put(node, anchors.bareNode());
    }
    Map<String, Series> times = new LinkedHashMap<>();
    Map<String, Long> peaks = new LinkedHashMap<>();
    Map<String, Boolean> failed = new LinkedHashMap<>();
    Map<String, String> read = new LinkedHashMap<>();
    commands.keySet().forEach(k -> times.put(k, new Series()));
    for (int r = 0; r < options.runs(); r++) {
      StringBuilder line = new StringBuilder("  run " + (r + 1) + ":");
      for (Map.Entry<String, List<String>> c : commands.entrySet()) {
        String what = c.getKey();
        if (failed.containsKey(what)) {
          continue;
        }
        Anchor anchor = anchorOf.get(what);
        Path output = work.resolve("output.txt");
        ProcessRun run =
            BibTexBenchmark.run(
                c.getValue(),
                work,
                anchor != null ? options.anchorLimit() : Duration.ofHours(1),
                output);
        peaks.merge(what, run.peakRssKb(), Math::max);
        if (run.stopped() || run.exitCode() != 0) {
          failed.put(what, run.stopped());
          if (anchor != null && run.stopped()) {
            stopped.add(anchor);
          }
          line.append(
              String.format(Locale.ROOT, " %s %s;", what, run.stopped() ? "stopped" : "failed"));
          continue;
        }
        times.get(what).add(run.seconds());
        line.append(String.format(Locale.ROOT, " %s %.2f s;", what, run.seconds()));
        if (anchor != null || what.equals(papers) || what.equals(batch)) {
          read.put(what, readCount(output, anchor != null));
        }
        Files.deleteIfExists(output);
      }
      out.println(line);
    }
    boolean citationJs =
        anchorOf.containsValue(Anchor.CITATION_JS) && !failed.containsKey(Anchor.CITATION_JS.label);
    String baseName = citationJs ? Anchor.CITATION_JS.label : jvm;
    Series baseSeries = times.get(baseName);
    double base = failed.containsKey(baseName) ? Double.NaN : baseSeries.median();
    if (!failed.containsKey(jvm)) {
      floors.jvmStart.addAll(times.get(jvm));
      floors.jvmPeakKb = Math.max(floors.jvmPeakKb, peaks.getOrDefault(jvm, 0L));
    }
    String input = String.format(Locale.ROOT, "%,d entries (%.1f MB)", size, bytes / 1e6);
    List<Row> rows = new ArrayList<>();
    for (String what : commands.keySet()) {
      Series s = times.get(what);
      String rss = peaks.getOrDefault(what, 0L) > 0 ? mb(peaks.get(what)) : "";
      String figure =
          (what.equals(baseName) ? "reading: " + what + " (baseline)" : "reading: " + what);
      if (failed.containsKey(what)) {
        String value =
            failed.get(what)
                ? "stopped after " + options.anchorLimit().toSeconds() + " s"
                : "failed (exit code not 0)";
        rows.add(new Row(figure, input, value, rss, baseName, "", ""));
        continue;
      }
      rows.add(
          new Row(
              figure,
              input,
              String.format(Locale.ROOT, "%.2f s (%.2f–%.2f)", s.median(), s.min(), s.max())
                  + (read.containsKey(what) ? ", read " + read.get(what) : ""),
              rss,
              baseName,
              ratio(s.median(), base),
              what.equals(papers) || what.equals(batch) ? readingTarget(size, citationJs) : ""));
    }
    for (Anchor anchor : PARSERS) {
      if (stopped.contains(anchor) && !anchorOf.containsKey(anchor.label)) {
        rows.add(
            new Row(
                "reading: " + anchor.label,
                input,
                "not run (stopped on a smaller library)",
                "",
                baseName,
                "",
                ""));
      }
    }
    return rows;
  }

  /**
   * The index build at {@code reviews} generated reviews, beside Lucene alone indexing the same
   * reviews ({@link BareLuceneBuild}) in the same run.
   */
  private static List<Row> build(int reviews, Path work, PrintStream out) throws IOException {
    List<Paper> papers = SyntheticCorpus.papers(reviews, CORPUS_SEED);
    int reviewCount = papers.stream().mapToInt(p -> p.reviews().size()).sum();
    Path bareDir = work.resolve("bare-index");
    Path dir = work.resolve("build-index");
    IndexBenchmark.Build bare = IndexBenchmark.bareBuild(papers, bareDir);
    FileTree.delete(bareDir);
    IndexBenchmark.Build ours = IndexBenchmark.build(papers, dir);
    FileTree.delete(dir);
    out.printf(
        Locale.ROOT,
        "index build: %,d reviews (%,d papers): Lucene alone %.1f s, Paperlens %.1f s%n",
        reviewCount,
        papers.size(),
        bare.seconds(),
        ours.seconds());
    String input =
        String.format(Locale.ROOT, "%,d reviews (%,d papers)", reviewCount, papers.size());
    String baseline = "Lucene alone, same reviews";
    return List.of(
        new Row(
            "index build: Lucene alone (one document per review, standard analyzer) (baseline)",
            input,
            buildValue(reviewCount, bare),
            "",
            baseline,
            "1.00×",
            ""),
        new Row(
            "index build: Paperlens (`LuceneIndex.update`)",
            input,
            buildValue(reviewCount, ours),
            "",
            baseline,
            ratio(ours.seconds(), bare.seconds()),
            "≥ 5,000 reviews/s at 100k"));
  }

  private static String buildValue(int reviews, IndexBenchmark.Build b) {
    return String.format(
        Locale.ROOT,
        "%.1f s, %,.0f reviews/s (CPU %.1f s)",
        b.seconds(),
        reviews / b.seconds(),
        b.cpuSeconds());
  }

  /**
   * The server jar over stdio on the reviews and the largest library, with the clients' flags
   * ({@link ServerBenchmark}): hover and completion against the empty round trip of the same
   * rounds, the bare Node server driven alike, and memory after every request.
   */
  private static List<Row> server(
      Path library,
      String input,
      Options options,
      NodeAnchors anchors,
      Floors floors,
      PrintStream out)
      throws Exception {
    List<String> other =
        anchors.has(Anchor.BARE_LSP) ? anchors.command(Anchor.BARE_LSP) : List.of();
    ServerBenchmark.Result r =
        ServerBenchmark.run(
            new ServerBenchmark.Options(
                options.reviews(),
                options.requests(),
                0,
                SCAN_BYTES,
                false,
                List.of(library),
                ServerChild.jvmFlags(options.serverFlags()),
                other),
            out);
    String floor = "documentLink on an empty document, same rounds";
    ServerBenchmark.Latency base = r.baseline();
    List<Row> rows = new ArrayList<>();
    rows.add(
        new Row(
            "LSP floor: Paperlens `documentLink` on an empty document (baseline)",
            input,
            latency(base),
            "",
            floor,
            "1.00× / 1.00×",
            ""));
    rows.add(
        new Row(
            "hover over stdio (" + answered(r.hover()) + ")",
            input,
            latency(r.hover()),
            "",
            floor,
            ratios(r.hover(), base),
            "p99 ≤ 5 ms"));
    rows.add(
        new Row(
            "completion over stdio (" + answered(r.completion()) + ")",
            input,
            latency(r.completion()),
            "",
            floor,
            ratios(r.completion(), base),
            "p99 ≤ 10 ms"));
    ServerBenchmark.Other o = r.other();
    if (o != null) {
      rows.add(
          new Row(
              "hover, " + Anchor.BARE_LSP.label + ", same targets",
              NO_SOURCES,
              latency(o.hover()),
              "",
              floor,
              ratios(o.hover(), base),
              ""));
      rows.add(
          new Row(
              "completion, " + Anchor.BARE_LSP.label + ", same targets",
              NO_SOURCES,
              latency(o.completion()),
              "",
              floor,
              ratios(o.completion(), base),
              ""));
    } else {
      out.println(Anchor.BARE_LSP.label + ": not run (not installed)");
    }
    double jvmPeak = floors.jvmPeakKb;
    String jvm = "bare JVM start, peak RSS";
    rows.add(
        new Row(
            "server RSS after "
                + String.format(Locale.ROOT, "%,d", r.requestsSent())
                + " requests: all / own (no mapped index files)",
            input,
            mb(r.rssKb()) + " / " + mb(r.ownRssKb()),
            "",
            jvm,
            ratio((double) r.rssKb(), jvmPeak) + " / " + ratio((double) r.ownRssKb(), jvmPeak),
            "≤ 300 MB"));
    if (o != null) {
      rows.add(
          new Row(
              Anchor.BARE_LSP.label + ": RSS after the same requests",
              NO_SOURCES,
              mb(o.rssKb()),
              "",
              jvm,
              ratio((double) o.rssKb(), jvmPeak),
              ""));
      rows.add(
          new Row(
              Anchor.BARE_LSP.label + ": spawn to its first answer",
              NO_SOURCES,
              String.format(Locale.ROOT, "%.2f s", o.startMs() / 1000),
              "",
              "bare JVM start",
              ratio(o.startMs() / 1000, floors.jvmStart.median()),
              ""));
    }
    return rows;
  }

  /**
   * Spawn to the first non-empty citation completion with the smallest library alone, the clients'
   * flags ({@link CompletionBenchmark}): with no index, and on the index left on disk.
   */
  private static List<Row> coldStart(Options options, Floors floors, PrintStream out)
      throws Exception {
    int entries = options.entries().get(0);
    CompletionBenchmark.Result r =
        CompletionBenchmark.run(
            entries,
            Math.max(options.requests() / 10, 8),
            options.runs(),
            false,
            false,
            options.serverFlags(),
            out);
    Series warm = new Series();
    r.warmFirstMs().forEach(ms -> warm.add(ms / 1000));
    String input = String.format(Locale.ROOT, "%,d entries (%.1f MB)", entries, r.megabytes());
    String jvm = "bare JVM start";
    double base = floors.jvmStart.median();
    return List.of(
        new Row(
            "start to first completion, no index (cold start, one run)",
            input,
            String.format(Locale.ROOT, "%.2f s", r.coldFirstMs() / 1000),
            "",
            jvm,
            ratio(r.coldFirstMs() / 1000, base),
            "≤ 3 s at 20k"),
        new Row(
            "start to first completion, index on disk",
            input,
            String.format(Locale.ROOT, "%.2f s (%.2f–%.2f)", warm.median(), warm.min(), warm.max()),
            "",
            jvm,
            ratio(warm.median(), base),
            ""));
  }

  private static String latency(ServerBenchmark.Latency l) {
    return String.format(Locale.ROOT, "%.2f / %.2f ms", l.p50(), l.p99());
  }

  private static String ratios(ServerBenchmark.Latency l, ServerBenchmark.Latency base) {
    return ratio(l.p50(), base.p50()) + " / " + ratio(l.p99(), base.p99());
  }

  private static String answered(ServerBenchmark.Latency l) {
    return String.format(Locale.ROOT, "%,d of %,d answered", l.answered(), l.requests());
  }

  /** Floors of the run that later rows are set against: the bare JVM's start and its peak RSS. */
  static final class Floors {
    final Series jvmStart = new Series();
    long jvmPeakKb;
  }

  /**
   * What one run read, from its output: the number of entries an anchor's script prints, or the
   * papers {@code papers} lists, one a line.
   */
  private static String readCount(Path output, boolean anchor) throws IOException {
    List<String> lines = Files.readAllLines(output, StandardCharsets.UTF_8);
    if (anchor) {
      String first = lines.isEmpty() ? "" : lines.get(0).strip();
      return first.matches("\\d+")
          ? String.format(Locale.ROOT, "%,d entries", Long.parseLong(first))
          : "an unknown number of entries";
    }
    return String.format(
        Locale.ROOT, "%,d papers", lines.stream().filter(l -> !l.isBlank()).count());
  }

  private static String readingTarget(int size, boolean citationJs) {
    String memory = "peak < 400 MB";
    if (size >= 70_000) {
      return "≤ 3 s at 70k, " + memory;
    }
    return citationJs ? "≤ 1.0× citation-js, " + memory : memory;
  }

  static void print(List<Row> rows, PrintStream out) {
    out.println();
    out.println(
        "| figure | input | median (min–max) or p50 / p99 | peak RSS | baseline (same run) | ratio | target |");
    out.println("|---|---|---|---|---|---|---|");
    for (Row r : rows) {
      out.println(
          "| "
              + String.join(
                  " | ",
                  r.figure(),
                  r.input(),
                  r.value(),
                  r.rss(),
                  r.baseline(),
                  r.ratio(),
                  r.target())
              + " |");
    }
    out.println("load average at the end: " + loadAverage());
  }

  private static String ratio(double value, double base) {
    return Double.isFinite(value) && Double.isFinite(base) && base > 0
        ? String.format(Locale.ROOT, "%.2f×", value / base)
        : "";
  }

  private static String mb(long kb) {
    return String.format(Locale.ROOT, "%,d MB", kb / 1024);
  }

  private static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).trim();
    } catch (IOException e) {
      return "n/a";
    }
  }
}
