package dev.paperlens.bench;

import dev.paperlens.bench.CompletionBenchmark.Query;
import dev.paperlens.corpus.FileTree;
import dev.paperlens.corpus.Paper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A cold start to the first citation completion, several jars alternating: a generated BibTeX
 * library ({@link BibLibrary}, the seed {@link CompletionBenchmark} uses), no index on disk, the
 * server spawned from each jar in turn (the order reversed every other round), a note opened and
 * {@code \cite{<five letters of a co-author>}} asked until the answer is not empty. For each run it
 * prints the wall clock from the spawn to that answer, the server's CPU seconds at that moment (all
 * its threads, from {@code /proc}) and the steps the server traced on standard error with their
 * milliseconds since its start; then each jar's medians.
 *
 * <pre>
 * java -cp bench/target/paperlens-bench.jar dev.paperlens.bench.ColdStartBenchmark ENTRIES ROUNDS FLAGS JAR [JAR...]
 * </pre>
 *
 * FLAGS is one argument, the server JVM's flags separated by spaces (empty for the JVM's defaults);
 * each JAR a benchmark or server jar of some build (both hold the server's main class).
 */
public final class ColdStartBenchmark {
  private static final Pattern TRACE = Pattern.compile("trace\\] \\+(\\d+) ms (.*)");

  private ColdStartBenchmark() {}

  public static void main(String[] args) throws Exception {
    BenchArgs a = BenchArgs.of(args, "ColdStartBenchmark", "ENTRIES ROUNDS FLAGS JAR [JAR...]");
    if (args.length < 4) {
      BenchArgs.stdout()
          .println(
              "usage: java -cp bench/target/paperlens-bench.jar"
                  + " dev.paperlens.bench.ColdStartBenchmark ENTRIES ROUNDS FLAGS JAR [JAR...]");
      System.exit(2);
    }
    PrintStream out = BenchArgs.stdout();
    int entries = a.count(0, 20_000);
    int rounds = a.count(1, 3);
    List<String> flags = ServerChild.jvmFlags(args[2]);
    List<Path> jars = new ArrayList<>();
    for (int i = 3; i < args.length; i++) {
      jars.add(Path.of(args[i]));
    }
    Path work = Files.createTempDirectory("paperlens-cold-start");
    try {
      Path library = work.resolve("library.bib");
      BibLibrary.Stats stats = BibLibrary.write(library, entries, CompletionBenchmark.SEED);
      Path notes = Files.createDirectories(work.resolve("notes"));
      Map<String, Paper> byKey = new HashMap<>();
      List<Query> queries = CompletionBenchmark.queries(library, notes, byKey);
      out.printf(
          Locale.ROOT,
          "library: %,d entries, %.1f MB; server JVM flags: %s%n",
          stats.entries(),
          stats.bytes() / 1e6,
          flags.isEmpty() ? "defaults" : args[2]);
      Map<Path, List<double[]>> byJar = new LinkedHashMap<>();
      jars.forEach(jar -> byJar.put(jar, new ArrayList<>()));
      for (int round = 0; round < rounds; round++) {
        List<Path> order = new ArrayList<>(jars);
        if (round % 2 == 1) {
          Collections.reverse(order);
        }
        for (Path jar : order) {
          double[] run = run(jar, flags, library, notes, queries, work, round, out);
          byJar.get(jar).add(run);
        }
      }
      out.println();
      for (Map.Entry<Path, List<double[]>> e : byJar.entrySet()) {
        List<double[]> runs = e.getValue();
        out.printf(
            Locale.ROOT,
            "%s: first completion median %.0f ms (%s), server CPU to it median %.2f s (%s)%n",
            e.getKey().getFileName(),
            median(runs, 0),
            spread(runs, 0, "%.0f"),
            median(runs, 1),
            spread(runs, 1, "%.2f"));
      }
    } finally {
      FileTree.delete(work);
    }
    System.exit(0);
  }

  private static double[] run(
      Path jar,
      List<String> flags,
      Path library,
      Path notes,
      List<Query> queries,
      Path work,
      int round,
      PrintStream out)
      throws Exception {
    Path index = work.resolve("index-" + round + "-" + jar.getFileName());
    String log = "server-" + round + "-" + jar.getFileName() + ".log";
    long start = System.nanoTime();
    double ms;
    double cpu;
    Map<String, Double> threads;
    try (ServerChild child =
        ServerChild.startJar(jar, flags, List.of(library.toString()), index, work, log)) {
      Query probe = CompletionBenchmark.openNotes(child, queries, notes);
      ms = CompletionBenchmark.firstAnswer(child, probe, start);
      cpu = child.cpuSeconds();
      threads = child.cpuSecondsByThread();
      child.shutdown();
    }
    FileTree.delete(index);
    StringBuilder steps = new StringBuilder();
    for (String line : Files.readAllLines(work.resolve(log), StandardCharsets.UTF_8)) {
      Matcher m = TRACE.matcher(line);
      if (m.find()) {
        steps.append(String.format(Locale.ROOT, "  +%s %s%n", m.group(1), m.group(2)));
      }
    }
    StringBuilder byThread = new StringBuilder();
    threads.entrySet().stream()
        .filter(e -> e.getValue() >= 0.05)
        .forEach(
            e ->
                byThread.append(String.format(Locale.ROOT, "%s %.2f; ", e.getKey(), e.getValue())));
    out.printf(
        Locale.ROOT,
        "round %d, %s: first completion %.0f ms, server CPU %.2f s; load %s%n  CPU by thread: %s%n%s",
        round + 1,
        jar.getFileName(),
        ms,
        cpu,
        load(),
        byThread,
        steps);
    return new double[] {ms, cpu};
  }

  private static String load() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
    } catch (IOException e) {
      return "?";
    }
  }

  private static double median(List<double[]> runs, int field) {
    List<Double> values = runs.stream().map(r -> r[field]).sorted().toList();
    int n = values.size();
    return n % 2 == 1 ? values.get(n / 2) : (values.get(n / 2 - 1) + values.get(n / 2)) / 2;
  }

  private static String spread(List<double[]> runs, int field, String format) {
    List<Double> values = runs.stream().map(r -> r[field]).sorted().toList();
    return String.format(Locale.ROOT, format, values.get(0))
        + "–"
        + String.format(Locale.ROOT, format, values.get(values.size() - 1));
  }
}
