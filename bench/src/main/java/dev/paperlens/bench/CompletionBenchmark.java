package dev.paperlens.bench;

import dev.paperlens.bench.ServerBenchmark.Latency;
import dev.paperlens.bench.ServerBenchmark.Series;
import dev.paperlens.corpus.Corpus;
import dev.paperlens.corpus.CorpusLoader;
import dev.paperlens.corpus.FileTree;
import dev.paperlens.corpus.Paper;
import dev.paperlens.index.IndexEntries;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.Position;

/**
 * Citation completion on a large BibTeX library, as an editor meets it: writes a library with
 * {@link BibLibrary} (20,000 and 70,000 entries unless the arguments say otherwise), starts the
 * server jar on it and talks LSP over the child's stdio. For each size it prints:
 *
 * <ul>
 *   <li>start to the first non-empty citation completion, with no index (the server builds it from
 *       the library) and with the index already on disk (median of three restarts);
 *   <li>completion p50/p99 for what people remember: one word (a co-author's surname, five letters
 *       typed without accents), two words (a surname and the year), three words (a surname, a title
 *       word and the year), each against a bare round trip ({@code documentLink} on an empty
 *       document) timed in the same rounds;
 *   <li>how often the wanted paper is in the list and its median rank there;
 *   <li>the server's RSS and its live heap after a full collection.
 * </ul>
 *
 * <pre>
 * java -cp bench/target/paperlens-bench.jar dev.paperlens.bench.CompletionBenchmark [SIZES [REQUESTS [FLAGS...]]]
 * </pre>
 *
 * SIZES is a comma-separated list of library sizes; REQUESTS the timed requests per query kind;
 * each FLAGS argument (one argument, flags separated by spaces) is a set of server JVM flags run as
 * its own column, an empty argument meaning the JVM defaults.
 */
public final class CompletionBenchmark {
  static final long SEED = 13L;
  private static final int SAMPLE_PAPERS = 300;
  private static final int SURNAME_LETTERS = 5;
  private static final int RESTARTS = 3;
  private static final int ROUNDS = 4;
  private static final Duration IDLE_WAIT = Duration.ofSeconds(45);
  private static final Pattern NOT_NAME = Pattern.compile("[^\\p{L}\\-]");
  private static final Pattern WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  private CompletionBenchmark() {}

  /** The three kinds of query, by how many words a person types. */
  enum Kind {
    ONE_WORD("one word: a co-author's surname, 5 letters, no accents", "\\cite{"),
    TWO_WORDS("two words: a surname and the year", "\\cite{"),
    THREE_WORDS("three words: a surname, a title word and the year", "[@");

    final String label;
    final String opener;

    Kind(String label, String opener) {
      this.label = label;
      this.opener = opener;
    }
  }

  /**
   * One query: where it is typed, the key a person looking for it wants, and the surname typed (for
   * the one-word kind, which many papers match).
   */
  record Query(Kind kind, Target target, String key, String surname) {}

  /** Completion figures of one query kind. */
  record KindResult(
      Kind kind, Latency latency, int found, int asked, double medianRank, double precision) {}

  /** Every figure of one library size under one set of JVM flags. */
  record Result(
      int entries,
      String flags,
      double megabytes,
      double coldFirstMs,
      List<Double> warmFirstMs,
      Latency baseline,
      List<KindResult> kinds,
      int requestsSent,
      ServerChild.Memory afterRequests,
      long heapKb,
      ServerChild.Memory idle) {}

  public static void main(String[] args) throws Exception {
    BenchArgs a = BenchArgs.of(args, "CompletionBenchmark", "[ENTRIES,... [REQUESTS [FLAGS...]]]");
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    int[] sizes = a.counts(0, "20000,70000").stream().mapToInt(Integer::intValue).toArray();
    int requests = a.count(1, 1_000);
    List<String> flagSets =
        args.length > 2 ? Arrays.asList(args).subList(2, args.length) : List.of("");
    List<Result> results = new ArrayList<>();
    for (int size : sizes) {
      for (String flags : flagSets) {
        results.add(run(size, requests, RESTARTS, true, true, flags, out));
      }
    }
    print(results, out);
    System.exit(0);
  }

  /**
   * Runs one library size.
   *
   * @param restarts timed starts on the index already on disk
   * @param heap whether to ask {@code jcmd} for the live heap (two more JVM starts)
   * @param idle whether to wait for the server to be idle and measure its memory again
   * @param flags the server's JVM flags, separated by spaces; empty for the JVM's defaults
   */
  static Result run(
      int entries,
      int requests,
      int restarts,
      boolean heap,
      boolean idle,
      String flags,
      PrintStream out)
      throws Exception {
    List<String> jvm = ServerChild.jvmFlags(flags);
    Path work = Files.createTempDirectory("paperlens-completion-bench");
    try {
      Path library = work.resolve("library.bib");
      BibLibrary.Stats stats = BibLibrary.write(library, entries, SEED);
      out.printf(
          Locale.ROOT,
          "library: %,d entries, %.1f MB; server JVM flags: %s%n",
          stats.entries(),
          stats.bytes() / 1e6,
          jvm.isEmpty() ? "defaults" : flags);
      Path notes = Files.createDirectories(work.resolve("notes"));
      Map<String, Paper> byKey = new HashMap<>();
      List<Query> queries = queries(library, notes, byKey);
      Path indexDir = work.resolve("index");
      List<String> sources = List.of(library.toString());

      Latency baseline;
      List<KindResult> kinds = new ArrayList<>();
      double coldFirst;
      int sent;
      ServerChild.Memory afterRequests;
      long heapKb;
      ServerChild.Memory idleMemory;
      long start = System.nanoTime();
      try (ServerChild child = ServerChild.start(sources, indexDir, work, jvm)) {
        Query probe = openNotes(child, queries, notes);
        coldFirst = firstAnswer(child, probe, start);
        out.printf(Locale.ROOT, "start to first completion, no index: %.0f ms%n", coldFirst);
        child.awaitReady();
        Target empty = new Target(notes.resolve("empty.md").toUri().toString(), new Position(0, 0));
        child.open(empty.uri(), "markdown", "");
        List<List<Query>> byKind = new ArrayList<>();
        for (Kind kind : Kind.values()) {
          List<Query> of = new ArrayList<>(queries.stream().filter(q -> q.kind() == kind).toList());
          Collections.shuffle(of, new Random(SEED + byKind.size()));
          byKind.add(of);
        }
        int warm = Math.max(requests / 4, 10);
        ServerBenchmark.measure(warm, i -> child.documentLinks(empty));
        for (List<Query> of : byKind) {
          ServerBenchmark.measure(warm, i -> child.complete(of.get(i % of.size()).target()));
        }
        // Rounds interleave the series so load spikes on a shared machine hit all of them alike.
        List<Series> base = new ArrayList<>();
        List<List<Series>> series = new ArrayList<>();
        List<List<Integer>> ranks = new ArrayList<>();
        List<int[]> matching = new ArrayList<>();
        for (int k = 0; k < byKind.size(); k++) {
          series.add(new ArrayList<>());
          ranks.add(new ArrayList<>());
          matching.add(new int[2]);
        }
        int per = Math.max(requests / ROUNDS, 1);
        for (int r = 0; r < ROUNDS; r++) {
          int offset = r * per;
          base.add(ServerBenchmark.measure(per, i -> child.documentLinks(empty)));
          for (int k = 0; k < byKind.size(); k++) {
            List<Query> of = byKind.get(k);
            List<Integer> rankOf = ranks.get(k);
            int[] match = matching.get(k);
            series
                .get(k)
                .add(
                    ServerBenchmark.measure(
                        per,
                        i -> {
                          Query q = of.get((offset + i) % of.size());
                          List<CompletionItem> items = child.items(q.target());
                          if (offset + i < of.size()) {
                            rankOf.add(rank(items, q.key()));
                            for (CompletionItem item : items) {
                              Paper paper = byKey.get(item.getLabel());
                              match[0] += paper != null && bySurname(paper, q.surname()) ? 1 : 0;
                              match[1]++;
                            }
                          }
                          return !items.isEmpty();
                        }));
          }
        }
        baseline = ServerBenchmark.latency(base);
        for (int k = 0; k < byKind.size(); k++) {
          List<Integer> rankOf = ranks.get(k);
          List<Integer> found = rankOf.stream().filter(x -> x > 0).sorted().toList();
          kinds.add(
              new KindResult(
                  Kind.values()[k],
                  ServerBenchmark.latency(series.get(k)),
                  found.size(),
                  rankOf.size(),
                  found.isEmpty() ? Double.NaN : found.get(found.size() / 2),
                  matching.get(k)[1] == 0
                      ? Double.NaN
                      : matching.get(k)[0] / (double) matching.get(k)[1]));
        }
        sent = child.requestsSent();
        afterRequests = child.memory();
        if (idle) {
          // The server gives memory back after a quiet period; wait it out and look again.
          Thread.sleep(IDLE_WAIT.toMillis());
        }
        idleMemory = idle ? child.memory() : ServerChild.Memory.NONE;
        heapKb = heap ? child.heapUsedKb() : -1;
        child.shutdown();
      }
      List<Double> warmFirst = new ArrayList<>();
      for (int i = 0; i < restarts; i++) {
        long t = System.nanoTime();
        try (ServerChild child = ServerChild.start(sources, indexDir, work, jvm)) {
          Query probe = openNotes(child, queries, notes);
          warmFirst.add(firstAnswer(child, probe, t));
          child.shutdown();
        }
        out.printf(
            Locale.ROOT,
            "start to first completion, index on disk #%d: %.0f ms%n",
            i + 1,
            warmFirst.get(i));
      }
      return new Result(
          entries,
          jvm.isEmpty() ? "defaults" : flags,
          stats.bytes() / 1e6,
          coldFirst,
          warmFirst,
          baseline,
          kinds,
          sent,
          afterRequests,
          heapKb,
          idleMemory);
    } finally {
      FileTree.delete(work);
    }
  }

  /**
   * Queries made from papers spread over the library, written into one LaTeX and one Markdown note,
   * each query on its own line with the cursor before the closing bracket an editor adds.
   */
  static List<Query> queries(Path library, Path notes, Map<String, Paper> byKey)
      throws IOException {
    Corpus corpus = CorpusLoader.load(List.of(library));
    corpus.papers().forEach(p -> byKey.put(p.key(), p));
    List<Paper> usable =
        corpus.papers().stream()
            .filter(p -> p.year() != null && p.authors().size() >= 2 && titleWord(p) != null)
            .filter(p -> !surnames(p).isEmpty())
            .toList();
    if (usable.isEmpty()) {
      throw new IllegalStateException("the generated library has no entry with two authors");
    }
    Random random = new Random(SEED);
    Path tex = notes.resolve("note.tex");
    Path md = notes.resolve("note.md");
    StringBuilder texText = new StringBuilder();
    StringBuilder mdText = new StringBuilder();
    int texLines = 0;
    int mdLines = 0;
    List<Query> queries = new ArrayList<>();
    int step = Math.max(1, usable.size() / SAMPLE_PAPERS);
    for (int i = 0; i < usable.size() && queries.size() < 3 * SAMPLE_PAPERS; i += step) {
      Paper p = usable.get(i);
      List<String> surnames = surnames(p);
      String coauthor = surnames.get(surnames.size() > 1 ? 1 : 0);
      String any = surnames.get(random.nextInt(surnames.size()));
      String one = coauthor.substring(0, Math.min(SURNAME_LETTERS, coauthor.length()));
      String two = any + " " + p.year();
      String three = any + " " + titleWord(p) + " " + p.year();
      for (Kind kind : Kind.values()) {
        String typed = kind == Kind.ONE_WORD ? one : kind == Kind.TWO_WORDS ? two : three;
        String prefix = "См. " + kind.opener + typed;
        boolean latex = kind.opener.startsWith("\\");
        StringBuilder text = latex ? texText : mdText;
        int line = latex ? texLines++ : mdLines++;
        text.append(prefix).append(latex ? "}" : "]").append(" и дальше.\n");
        String uri = (latex ? tex : md).toUri().toString();
        queries.add(
            new Query(
                kind,
                new Target(uri, new Position(line, prefix.length())),
                p.key(),
                kind == Kind.ONE_WORD ? one : any));
      }
    }
    Files.writeString(tex, texText.toString(), StandardCharsets.UTF_8);
    Files.writeString(md, mdText.toString(), StandardCharsets.UTF_8);
    return queries;
  }

  static Query openNotes(ServerChild child, List<Query> queries, Path notes) throws IOException {
    for (String name : List.of("note.tex", "note.md")) {
      Path file = notes.resolve(name);
      child.open(
          file.toUri().toString(),
          name.endsWith(".tex") ? "latex" : "markdown",
          Files.readString(file, StandardCharsets.UTF_8));
    }
    return queries.get(0);
  }

  /** Milliseconds from {@code startNanos} until the probe's completion is not empty. */
  static double firstAnswer(ServerChild child, Query probe, long startNanos) throws Exception {
    long deadline = startNanos + ServerChild.FIRST_ANSWER_TIMEOUT.toNanos();
    while (!child.complete(probe.target())) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("no completion within " + ServerChild.FIRST_ANSWER_TIMEOUT);
      }
      Thread.sleep(5);
    }
    return (System.nanoTime() - startNanos) / 1e6;
  }

  /** 1-based position of the item that inserts {@code key}, or 0 when none does. */
  private static int rank(List<CompletionItem> items, String key) {
    for (int i = 0; i < items.size(); i++) {
      CompletionItem item = items.get(i);
      String inserted =
          item.getTextEdit() != null
              ? item.getTextEdit().isLeft()
                  ? item.getTextEdit().getLeft().getNewText()
                  : item.getTextEdit().getRight().getNewText()
              : item.getInsertText();
      if (key.equals(item.getLabel()) || key.equals(inserted)) {
        return i + 1;
      }
    }
    return 0;
  }

  /**
   * Family names as a person types them: lower case, accents dropped, the last word of a multi-word
   * family name ("van der Maaten" is typed "maaten"); corporate authors left out.
   */
  private static List<String> surnames(Paper p) {
    List<String> out = new ArrayList<>();
    for (String author : p.authors()) {
      if (author.equalsIgnoreCase("others") || author.contains("{")) {
        continue;
      }
      int comma = author.indexOf(',');
      String family = comma >= 0 ? author.substring(0, comma) : author;
      String[] words = family.trim().split("\\s+");
      String last = words[words.length - 1];
      String folded =
          NOT_NAME
              .matcher(IndexEntries.withoutAccents(last))
              .replaceAll("")
              .toLowerCase(Locale.ROOT);
      if (folded.length() >= 2) {
        out.add(folded);
      }
    }
    return out;
  }

  /** Whether one of the paper's authors has a surname starting with {@code typed}. */
  private static boolean bySurname(Paper paper, String typed) {
    return surnames(paper).stream().anyMatch(s -> s.startsWith(typed));
  }

  /** The title's first word of five letters or more, lower case, or null. */
  private static String titleWord(Paper p) {
    if (p.title() == null) {
      return null;
    }
    for (String w : WORD.split(p.title())) {
      if (w.length() >= 5) {
        return w.toLowerCase(Locale.ROOT);
      }
    }
    return null;
  }

  static void print(List<Result> results, PrintStream out) {
    out.println();
    StringBuilder head = new StringBuilder("| figure |");
    StringBuilder rule = new StringBuilder("|---|");
    for (Result r : results) {
      head.append(
          String.format(Locale.ROOT, " %,d entries (%.0f MB) |", r.entries(), r.megabytes()));
      rule.append("---|");
    }
    out.println(head.append(" target |"));
    out.println(rule.append("---|"));
    row(
        out,
        "start to first completion, no index (built from the library)",
        results,
        r -> String.format(Locale.ROOT, "%.1f s", r.coldFirstMs() / 1000),
        "");
    row(
        out,
        "start to first completion, index on disk (median of restarts)",
        results,
        r -> String.format(Locale.ROOT, "%.2f s", median(r.warmFirstMs()) / 1000),
        "≤ 2 s at 20k");
    row(
        out,
        "baseline: documentLink on an empty document, p50 / p99",
        results,
        r -> String.format(Locale.ROOT, "%.2f / %.2f ms", r.baseline().p50(), r.baseline().p99()),
        "");
    for (int k = 0; k < Kind.values().length; k++) {
      int kind = k;
      row(
          out,
          "completion, " + Kind.values()[k].label + ": p50 / p99 (× baseline)",
          results,
          r -> {
            Latency l = r.kinds().get(kind).latency();
            return String.format(
                Locale.ROOT,
                "%.2f / %.2f ms (%.1f× / %.1f×)",
                l.p50(),
                l.p99(),
                l.p50() / r.baseline().p50(),
                l.p99() / r.baseline().p99());
          },
          "p99 ≤ 10 ms at 70k");
      row(
          out,
          "  the wanted paper in the list, its median rank; items by an author so named",
          results,
          r -> {
            KindResult kr = r.kinds().get(kind);
            return String.format(
                Locale.ROOT,
                "%d/%d, rank %.0f; %.0f%%",
                kr.found(),
                kr.asked(),
                kr.medianRank(),
                100 * kr.precision());
          },
          "");
    }
    row(
        out,
        "server RSS after its requests: all / its own (RssAnon) / mapped files (RssFile)",
        results,
        r ->
            String.format(
                Locale.ROOT,
                "%s / %s / %s MB after %,d",
                mb(r.afterRequests().rssKb()),
                mb(r.afterRequests().anonKb()),
                mb(r.afterRequests().fileKb()),
                r.requestsSent()),
        "own ≤ 300 MB");
    if (results.stream().anyMatch(r -> !r.afterRequests().nativeKb().isEmpty())) {
      row(
          out,
          "  committed by the JVM (NMT): " + NATIVE_PARTS,
          results,
          r -> nativeParts(r.afterRequests()),
          "");
    }
    row(
        out,
        "after "
            + IDLE_WAIT.toSeconds()
            + " s idle: its own RSS / mapped files; live heap after a full GC",
        results,
        r ->
            String.format(
                Locale.ROOT,
                "%s / %s MB; %s MB",
                mb(r.idle().anonKb()),
                mb(r.idle().fileKb()),
                mb(r.heapKb())),
        "");
    if (results.stream().anyMatch(r -> !r.idle().nativeKb().isEmpty())) {
      row(
          out,
          "  committed by the JVM when idle (NMT): " + NATIVE_PARTS,
          results,
          r -> nativeParts(r.idle()),
          "");
    }
    try {
      out.println("load average now: " + Files.readString(Path.of("/proc/loadavg")).trim());
    } catch (IOException e) {
      out.println("load average now: n/a");
    }
  }

  private static void row(
      PrintStream out,
      String figure,
      List<Result> results,
      Function<Result, String> cell,
      String target) {
    StringBuilder b = new StringBuilder("| ").append(figure).append(" |");
    for (Result r : results) {
      b.append(' ').append(cell.apply(r)).append(" |");
    }
    out.println(b.append(' ').append(target).append(" |"));
  }

  /** What {@link #nativeParts} lists, in its order. */
  static final String NATIVE_PARTS =
      "all / heap / GC / code and compilers / classes / threads / the rest";

  /**
   * The JVM's committed memory by area as {@code -XX:NativeMemoryTracking=summary} reports it, in
   * MB: "GC" is the collector's own structures (G1's remembered sets and card table), "code and
   * compilers" the code cache and the JIT's arenas, "classes" metaspace and the class-data archive.
   */
  static String nativeParts(ServerChild.Memory m) {
    if (m.nativeKb().isEmpty()) {
      return "n/a";
    }
    long total = m.nativeKb("Total");
    long heap = m.nativeKb("Java Heap");
    long gc = m.nativeKb("GC");
    long code = m.nativeKb("Code", "Compiler", "Arena Chunk");
    long classes = m.nativeKb("Class", "Metaspace", "Shared class space", "Symbol");
    long threads = m.nativeKb("Thread");
    long rest = total - Math.max(heap, 0) - Math.max(gc, 0) - Math.max(code, 0);
    rest -= Math.max(classes, 0) + Math.max(threads, 0);
    return String.join(
        " / ", mb(total), mb(heap), mb(gc), mb(code), mb(classes), mb(threads), mb(rest));
  }

  private static String mb(long kb) {
    return kb < 0 ? "n/a" : String.format(Locale.ROOT, "%.0f", kb / 1024.0);
  }

  private static double median(List<Double> values) {
    List<Double> sorted = values.stream().sorted().toList();
    return sorted.isEmpty() ? Double.NaN : sorted.get(sorted.size() / 2);
  }
}
