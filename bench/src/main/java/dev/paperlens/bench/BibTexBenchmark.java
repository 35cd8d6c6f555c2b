package dev.paperlens.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.paperlens.corpus.BibEntry;
import dev.paperlens.corpus.BibTexParser;
import dev.paperlens.corpus.Corpus;
import dev.paperlens.corpus.CorpusLoader;
import dev.paperlens.corpus.CslJsonParser;
import dev.paperlens.corpus.FileTree;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Measures reading a BibTeX library: generates one ({@link BibLibrary}, 20,000 and 70,000 entries
 * unless arguments say otherwise) and times, several runs each,
 *
 * <ul>
 *   <li>in this process, after a warm-up: reading the bytes and counting lines (the baseline), the
 *       BibTeX parser alone, and the whole corpus load (parse, keys, merge into papers); then the
 *       same library written as CSL-JSON, read the same three ways (its parse also as a ratio to
 *       the BibTeX parse);
 *   <li>as a whole process, as a user runs it: {@code papers --sources LIBRARY --format jsonl} of
 *       the server jar, wall clock and peak resident memory, once with the JVM's default flags and
 *       once with the flags the README gives batch commands ({@link #CLI_FLAGS}), next to a bare
 *       JVM start of the same jar and, when {@code npm} is on the path, citation-js parsing the
 *       same file under Node (installed from npm into a temporary folder, deleted afterwards).
 * </ul>
 *
 * <p>The processes do different amounts of work, and the table says so: citation-js parses the file
 * to its entries (fields with LaTeX decoded) and exits; {@code papers} parses the file to entries
 * with decoded fields, merges them into papers, gives each its citation key and the names its title
 * and abstract introduce (name analysis), and prints one JSON line per paper.
 *
 * <pre>
 * java -cp bench/target/paperlens-bench.jar dev.paperlens.bench.BibTexBenchmark [ENTRIES,...] [RUNS] [JVM-FLAGS]
 * </pre>
 *
 * JVM-FLAGS (one argument, space-separated, e.g. "-Xmx256m -XX:+UseSerialGC") replace {@link
 * #CLI_FLAGS} for the second {@code papers} process. With {@code
 * -Dpaperlens.bench.baselineJar=OLD.jar} the {@code papers} of another build of the server jar (an
 * earlier commit) is timed in the same run with the same flags, for a before-and-after on one
 * machine.
 */
public final class BibTexBenchmark {
  private static final long SEED = 18L;

  /**
   * The JVM flags the README gives the batch commands: a run of seconds is over before the
   * optimizing compiler pays for itself (it cost as much CPU as the reading, measured with JFR and
   * -XX:+CITime), and the serial collector keeps the heap near what is live. The JVM's warnings go
   * to standard error, as the CLI's second JVM sends them: on standard output, where the JSON lines
   * go, a flag pair it warns about would put a line that is not JSON first.
   */
  static final List<String> CLI_FLAGS =
      List.of(
          "-XX:TieredStopAtLevel=1",
          "-XX:+UseSerialGC",
          "-Xmn32m",
          "-Xlog:disable",
          "-Xlog:all=warning:stderr");

  private BibTexBenchmark() {}

  /**
   * Wall-clock seconds and peak RSS of one whole-process run; {@code stopped} when it ran past its
   * time limit and was killed.
   */
  record ProcessRun(
      double seconds, long peakRssKb, int exitCode, boolean stopped, double cpuSeconds) {}

  public static void main(String[] args) throws Exception {
    BenchArgs a = BenchArgs.of(args, "BibTexBenchmark", "[ENTRIES,... [RUNS [FLAGS]]]");
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    List<Integer> sizes = new ArrayList<>();
    sizes.addAll(a.counts(0, "20000,70000"));
    int runs = a.count(1, 3);
    List<String> jvmFlags =
        args.length > 2 && !args[2].isBlank() ? ServerChild.jvmFlags(args[2]) : CLI_FLAGS;
    String baselineProperty = System.getProperty("paperlens.bench.baselineJar");
    Path baselineJar = baselineProperty == null ? null : Path.of(baselineProperty).toAbsolutePath();
    if (baselineJar != null && !Files.isRegularFile(baselineJar)) {
      throw new IllegalArgumentException("no baseline jar at " + baselineJar);
    }
    Path work = Files.createTempDirectory("paperlens-bib-bench");
    try {
      NodeAnchors anchors =
          NodeAnchors.install(work, EnumSet.of(NodeAnchors.Anchor.CITATION_JS), out);
      out.printf(Locale.ROOT, "load average: %s; %d runs each%n", loadAverage(), runs);
      List<String> table = new ArrayList<>();
      table.add("| figure | entries | median (min–max) | peak RSS | ratio to baseline |");
      table.add("|---|---|---|---|---|");
      for (int size : sizes) {
        Path library = work.resolve("library-" + size + ".bib");
        BibLibrary.Stats stats = BibLibrary.write(library, size, SEED);
        out.printf(
            Locale.ROOT, "library: %,d entries, %.1f MB%n", stats.entries(), stats.bytes() / 1e6);
        inProcess(library, size, runs, table);
        wholeProcess(library, size, runs, jvmFlags, baselineJar, anchors, work, table, out);
      }
      out.println();
      table.forEach(out::println);
    } finally {
      FileTree.delete(work);
    }
    System.exit(0);
  }

  private static void inProcess(Path library, int size, int runs, List<String> table)
      throws IOException {
    String path = library.toString();
    // warm-up: the JIT compiles the parser before anything is timed
    BibTexParser.parse(path, Files.readString(library), p -> {});
    CorpusLoader.load(List.of(library));
    Series baseline = new Series();
    Series parse = new Series();
    Series load = new Series();
    int entries = 0;
    int papers = 0;
    for (int r = 0; r < runs; r++) {
      long t0 = System.nanoTime();
      String content = Files.readString(library, StandardCharsets.UTF_8);
      long lines = content.lines().count();
      baseline.add((System.nanoTime() - t0) / 1e9);
      if (lines == 0) {
        throw new IllegalStateException("empty library");
      }
      long t1 = System.nanoTime();
      entries = BibTexParser.parse(path, Files.readString(library), p -> {}).size();
      parse.add((System.nanoTime() - t1) / 1e9);
      long t2 = System.nanoTime();
      Corpus corpus = CorpusLoader.load(List.of(library));
      load.add((System.nanoTime() - t2) / 1e9);
      papers = corpus.papers().size();
    }
    if (entries != size) {
      throw new IllegalStateException("read " + entries + " of " + size + " entries");
    }
    double base = baseline.median();
    table.add(row("in process: read + count lines (baseline)", size, baseline, -1, base));
    table.add(row("in process: BibTexParser.parse", size, parse, -1, base));
    table.add(row("in process: CorpusLoader.load (" + papers + " papers)", size, load, -1, base));
    cslJson(library, size, runs, parse.median(), table);
  }

  /**
   * The same library as CSL-JSON (each entry as the CSL item Zotero would write for it), read by
   * {@link CslJsonParser}; its own read-and-count baseline, and the ratio to the BibTeX parse.
   */
  private static void cslJson(Path library, int size, int runs, double bibParse, List<String> table)
      throws IOException {
    Path json = library.resolveSibling(library.getFileName() + ".json");
    long bytes =
        writeCsl(BibTexParser.parse(library.toString(), Files.readString(library), p -> {}), json);
    String path = json.toString();
    CslJsonParser.parse(path, Files.readString(json), p -> {});
    CorpusLoader.load(List.of(json));
    Series baseline = new Series();
    Series parse = new Series();
    Series load = new Series();
    int entries = 0;
    for (int r = 0; r < runs; r++) {
      long t0 = System.nanoTime();
      long lines = Files.readString(json, StandardCharsets.UTF_8).lines().count();
      baseline.add((System.nanoTime() - t0) / 1e9);
      if (lines == 0) {
        throw new IllegalStateException("empty library");
      }
      long t1 = System.nanoTime();
      entries = CslJsonParser.parse(path, Files.readString(json), p -> {}).size();
      parse.add((System.nanoTime() - t1) / 1e9);
      long t2 = System.nanoTime();
      CorpusLoader.load(List.of(json));
      load.add((System.nanoTime() - t2) / 1e9);
    }
    if (entries != size) {
      throw new IllegalStateException("read " + entries + " of " + size + " CSL items");
    }
    double base = baseline.median();
    String mb = String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
    table.add(
        row(
            "in process: CSL-JSON (" + mb + ") read + count lines (baseline)",
            size,
            baseline,
            -1,
            base));
    table.add(
        row(
            String.format(
                Locale.ROOT,
                "in process: CslJsonParser.parse, same library (%.2fx the BibTeX parse)",
                parse.median() / bibParse),
            size,
            parse,
            -1,
            base));
    table.add(row("in process: CorpusLoader.load of the CSL-JSON", size, load, -1, base));
  }

  /** Writes entries as a CSL-JSON array with Zotero's keys; returns the file's size. */
  static long writeCsl(List<BibEntry> entries, Path json) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    ArrayNode items = mapper.createArrayNode();
    for (BibEntry entry : entries) {
      ObjectNode item = items.addObject();
      item.put("id", entry.key());
      item.put(
          "type",
          switch (entry.type()) {
            case "article" -> "article-journal";
            case "inproceedings" -> "paper-conference";
            case "book" -> "book";
            default -> "article";
          });
      putIfPresent(item, "title", BibTexParser.title(entry));
      ArrayNode authors = item.putArray("author");
      for (String name : BibTexParser.authors(entry)) {
        int space = name.lastIndexOf(' ');
        ObjectNode author = authors.addObject();
        author.put("family", space < 0 ? name : name.substring(space + 1));
        if (space > 0) {
          author.put("given", name.substring(0, space));
        }
      }
      Integer year = BibTexParser.year(entry);
      if (year != null) {
        item.putObject("issued").putArray("date-parts").addArray().add(year);
      }
      putIfPresent(item, "container-title", BibTexParser.venue(entry));
      putIfPresent(item, "publisher", entry.field("publisher"));
      putIfPresent(item, "DOI", BibTexParser.doi(entry));
      putIfPresent(item, "URL", entry.field("url"));
      String arxiv = BibTexParser.arxivId(entry);
      if (arxiv != null) {
        item.put("number", "arXiv:" + arxiv);
        if (!item.has("publisher")) {
          item.put("publisher", "arXiv");
        }
      }
      putIfPresent(item, "abstract", entry.field("abstract"));
      putIfPresent(item, "language", BibTexParser.language(entry));
    }
    mapper.writerWithDefaultPrettyPrinter().writeValue(json.toFile(), items);
    return Files.size(json);
  }

  private static void putIfPresent(ObjectNode item, String key, String value) {
    if (value != null) {
      item.put(key, value);
    }
  }

  private static void wholeProcess(
      Path library,
      int size,
      int runs,
      List<String> jvmFlags,
      Path baselineJar,
      NodeAnchors anchors,
      Path work,
      List<String> table,
      PrintStream out)
      throws Exception {
    List<String> papersArgs =
        List.of("papers", "--sources", library.toString(), "--format", "jsonl");
    List<String> papersDefault = new ArrayList<>(javaCommand(List.of(), null));
    papersDefault.addAll(papersArgs);
    List<String> papersFlags = new ArrayList<>(javaCommand(jvmFlags, null));
    papersFlags.addAll(papersArgs);
    List<String> papersBaseline = null;
    if (baselineJar != null) {
      papersBaseline = new ArrayList<>(javaCommand(jvmFlags, baselineJar));
      papersBaseline.addAll(papersArgs);
    }
    List<String> bare = new ArrayList<>(javaCommand(List.of(), null));
    bare.add("--version");
    boolean node = anchors.has(NodeAnchors.Anchor.CITATION_JS);
    Measured jvm = new Measured();
    Measured ours = new Measured();
    Measured oursFlags = new Measured();
    Measured before = new Measured();
    Measured cite = new Measured();
    for (int r = 0; r < runs; r++) {
      jvm.add(run(bare, work), "bare JVM");
      ours.add(run(papersDefault, work), "papers");
      oursFlags.add(run(papersFlags, work), "papers with flags");
      if (papersBaseline != null) {
        before.add(run(papersBaseline, work), "papers of the baseline jar");
      }
      if (node) {
        cite.add(
            run(anchors.command(NodeAnchors.Anchor.CITATION_JS, library.toString()), work),
            "citation-js");
      }
      out.printf(
          Locale.ROOT,
          "  run %d: papers %.2f s, %d MB; with flags %.2f s, %d MB; baseline jar %s; jvm start"
              + " %.2f s; citation-js %s%n",
          r + 1,
          ours.times.last(),
          ours.lastRssKb / 1024,
          oursFlags.times.last(),
          oursFlags.lastRssKb / 1024,
          papersBaseline == null
              ? "skipped"
              : String.format(Locale.ROOT, "%.2f s", before.times.last()),
          jvm.times.last(),
          !node ? "skipped" : String.format(Locale.ROOT, "%.2f s", cite.times.last()));
    }
    String flags = String.join(" ", jvmFlags);
    Measured base = node ? cite : jvm;
    if (node) {
      table.add(row("whole process: citation-js parse to entries (baseline)", size, cite, base));
    }
    table.add(
        row(
            "whole process: bare JVM start (--version" + (node ? ")" : ", baseline)"),
            size,
            jvm,
            base));
    table.add(
        row(
            "whole process: papers (read, merge, keys, names, print), default flags",
            size,
            ours,
            base));
    table.add(row("whole process: papers, " + flags, size, oursFlags, base));
    if (papersBaseline != null) {
      table.add(
          row(
              "whole process: papers of " + baselineJar.getFileName() + ", " + flags,
              size,
              before,
              base));
    }
  }

  /** The runs of one process: wall-clock seconds and the highest peak RSS. */
  private static final class Measured {
    final Series times = new Series();
    final Series cpu = new Series();
    long rssKb;
    long lastRssKb;

    void add(ProcessRun run, String what) {
      if (run.exitCode() != 0) {
        throw new IllegalStateException(what + " exited with " + run.exitCode());
      }
      times.add(run.seconds());
      cpu.add(run.cpuSeconds());
      lastRssKb = run.peakRssKb();
      rssKb = Math.max(rssKb, run.peakRssKb());
    }
  }

  /** Runs a command to its end, output discarded, sampling its peak RSS from /proc. */
  static ProcessRun run(List<String> command, Path work) throws Exception {
    return run(command, work, Duration.ofDays(1), null);
  }

  /**
   * Runs a command, its output written to {@code output} (discarded when null), sampling its peak
   * RSS from /proc; kills it once it has run for {@code limit}.
   */
  static ProcessRun run(List<String> command, Path work, Duration limit, Path output)
      throws Exception {
    long start = System.nanoTime();
    long deadline = start + limit.toNanos();
    Process process =
        new ProcessBuilder(command)
            .directory(work.toFile())
            .redirectOutput(
                output == null
                    ? ProcessBuilder.Redirect.DISCARD
                    : ProcessBuilder.Redirect.to(output.toFile()))
            .redirectError(ProcessBuilder.Redirect.appendTo(work.resolve("stderr.log").toFile()))
            .start();
    // Peak RSS and CPU time of the process and the processes it starts (`papers` runs in a second
    // JVM of its own): each one's highest figure, summed. The CPU time of all their threads,
    // sampled as peak RSS is: on a shared machine it varies less than the wall clock (the last
    // 10 ms are not seen).
    Map<Long, Long> peaks = new HashMap<>();
    Map<Long, Double> cpus = new HashMap<>();
    boolean stopped = false;
    while (!process.waitFor(10, TimeUnit.MILLISECONDS)) {
      List<ProcessHandle> tree = new ArrayList<>();
      tree.add(process.toHandle());
      process.descendants().forEach(tree::add);
      for (ProcessHandle each : tree) {
        long kb = highWaterKb(Path.of("/proc/" + each.pid() + "/status"));
        peaks.merge(each.pid(), kb, Math::max);
        double cpu = each.info().totalCpuDuration().map(d -> d.toNanos() / 1e9).orElse(0.0);
        cpus.merge(each.pid(), cpu, Math::max);
      }
      if (System.nanoTime() > deadline) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        process.waitFor();
        stopped = true;
      }
    }
    long peak = peaks.values().stream().mapToLong(Long::longValue).sum();
    double cpu = cpus.values().stream().mapToDouble(Double::doubleValue).sum();
    double seconds = (System.nanoTime() - start) / 1e9;
    return new ProcessRun(seconds, peak, process.exitValue(), stopped, cpu);
  }

  /** VmHWM, the kernel's own peak-RSS record of a live process; 0 once it has gone. */
  private static long highWaterKb(Path status) {
    try {
      for (String line : Files.readAllLines(status)) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("\\D", ""));
        }
      }
    } catch (IOException | RuntimeException e) {
      // the process ended between the check and the read
    }
    return 0;
  }

  /** This jar's java command for the CLI's main class, with the given JVM flags. */
  static List<String> javaCommand(List<String> jvmFlags) throws URISyntaxException {
    return javaCommand(jvmFlags, null);
  }

  /**
   * The java command for the CLI's main class, with the given JVM flags: of this jar, or of {@code
   * jar} when it is not null.
   */
  static List<String> javaCommand(List<String> jvmFlags, Path jar) throws URISyntaxException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmFlags);
    Path self =
        Path.of(BibTexBenchmark.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    String classPath =
        jar != null
            ? jar.toString()
            : Files.isRegularFile(self)
                ? self.toString()
                : System.getProperty("java.class.path") + File.pathSeparator + self;
    command.addAll(List.of("-cp", classPath, "dev.paperlens.cli.Main"));
    return command;
  }

  /** A whole process's row: wall clock, and CPU seconds with their ratio to the baseline's. */
  private static String row(String figure, int entries, Measured m, Measured base) {
    double cpuBase = base.cpu.median();
    return String.format(
        Locale.ROOT,
        "| %s | %,d | %.2f s (%.2f–%.2f); CPU %.2f s | %s | %.2fx; CPU %.2fx |",
        figure,
        entries,
        m.times.median(),
        m.times.min(),
        m.times.max(),
        m.cpu.median(),
        m.rssKb > 0 ? (m.rssKb / 1024) + " MB" : "",
        m.times.median() / base.times.median(),
        m.cpu.median() / cpuBase);
  }

  private static String row(String figure, int entries, Series s, long rssKb, double base) {
    return String.format(
        Locale.ROOT,
        "| %s | %,d | %.2f s (%.2f–%.2f) | %s | %.2fx |",
        figure,
        entries,
        s.median(),
        s.min(),
        s.max(),
        rssKb > 0 ? (rssKb / 1024) + " MB" : "",
        s.median() / base);
  }

  private static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).trim();
    } catch (IOException e) {
      return "n/a";
    }
  }

  /** Seconds of several runs. */
  static final class Series {
    private final List<Double> values = new ArrayList<>();

    void add(double seconds) {
      values.add(seconds);
    }

    double last() {
      return values.get(values.size() - 1);
    }

    /** The middle value (the upper one of an even count); NaN when there is none. */
    double median() {
      List<Double> sorted = values.stream().sorted().toList();
      return sorted.isEmpty() ? Double.NaN : sorted.get(sorted.size() / 2);
    }

    double min() {
      return values.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
    }

    int count() {
      return values.size();
    }

    void addAll(Series other) {
      values.addAll(other.values);
    }

    double max() {
      return values.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
    }
  }
}
