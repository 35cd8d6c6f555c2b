package dev.paperlens.bench;

import dev.paperlens.corpus.Corpus;
import dev.paperlens.corpus.CorpusLoader;
import dev.paperlens.corpus.FileTree;
import dev.paperlens.corpus.Paper;
import dev.paperlens.corpus.Review;
import dev.paperlens.corpus.SyntheticCorpus;
import dev.paperlens.index.LuceneIndex;
import dev.paperlens.notes.NoteLanguage;
import dev.paperlens.notes.NoteScan;
import dev.paperlens.notes.NoteScanners;
import dev.paperlens.text.NameMatcher;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.Position;

/**
 * Measures the language server end to end: generates a synthetic corpus (100,000 reviews unless an
 * argument says otherwise), indexes it once, starts the server jar as a child process and talks
 * JSON-RPC to it over its stdio, as an editor would. Every latency is given next to a baseline from
 * the same run: the round trip of {@code textDocument/documentLink} on an empty document, which
 * crosses the same pipes, JSON (de)serialization and request pool but does no feature work.
 *
 * <pre>
 * java -cp bench/target/paperlens-bench.jar dev.paperlens.bench.ServerBenchmark [REVIEWS [REQUESTS [LIBRARY [FLAGS]]]]
 * </pre>
 *
 * LIBRARY is the size of a generated BibTeX library ({@link BibLibrary}) indexed beside the reviews
 * (0 for none); FLAGS the server's JVM flags in one argument (the clients' flags unless given; an
 * empty argument means the JVM's defaults). Warm-up lasts a fixed time, not a count of requests,
 * and its stretches are printed so the slow first seconds show; after the timed runs the session
 * goes on to {@link Options#sessionRequests} requests before the server's memory is read.
 */
public final class ServerBenchmark {
  private static final long SEED = 42L;
  private static final int SAMPLE_PAPERS = 200;
  private static final int PREFIX = 4;
  private static final int RESTARTS = 3;
  private static final int RESOLVED_ITEMS = 50;
  private static final int SCAN_BYTES = 1 << 20;
  private static final long LIBRARY_SEED = 13L;
  private static final Duration WARM_UP = Duration.ofSeconds(30);
  private static final Duration WARM_UP_STRETCH = Duration.ofSeconds(5);
  private static final int SESSION_REQUESTS = 10_000;

  /**
   * A folder kept between runs ({@code -Dpaperlens.bench.work=DIR}): the first run writes the
   * corpus and builds its index there, later runs of the same size start the server on them, so a
   * series of server flags at 100,000 reviews pays for the build once. Without it, a temporary
   * folder deleted at the end.
   */
  static final String WORK_PROPERTY = "paperlens.bench.work";

  /** The reviews folder of a kept folder whose index a run of this size finished building. */
  static Path keptReviews(Path kept, int reviews) throws IOException {
    Path built = kept.resolve("index.built");
    String madeAs = reviews + " reviews, seed " + SEED + "\n";
    if (!Files.isRegularFile(built)
        || !Files.readString(built, StandardCharsets.UTF_8).equals(madeAs)) {
      throw new IllegalArgumentException(
          "no finished index of " + madeAs.strip() + " in " + kept + ": run ServerBenchmark first");
    }
    return kept.resolve("reviews");
  }

  /** Median, 99th percentile and maximum of one series, in milliseconds. */
  public record Latency(double p50, double p99, double max, int answered, int requests) {}

  /**
   * The other server's figures, when there is one: hover and completion on the same targets in the
   * same rounds, spawn to its first answer, its RSS after the same requests.
   */
  public record Other(Latency hover, Latency completion, double startMs, long rssKb) {}

  /**
   * Every figure of one run.
   *
   * @param buildSeconds the index build's time, or with a kept index the time to open it
   */
  public record Result(
      int reviews,
      int papers,
      double buildSeconds,
      Latency baseline,
      Latency hover,
      Latency completion,
      Latency citeCompletion,
      Latency proseCompletion,
      Latency resolve,
      double scanMedianMs,
      double scanBaselineMs,
      double matcherCompileMs,
      int vocabulary,
      List<Double> firstAnswerMs,
      long rssKb,
      long heapUsedKb,
      long ownRssKb,
      int requestsSent,
      Other other,
      List<Stretch> warmUp,
      ServerChild.Memory memory) {

    public double firstAnswerMedianMs() {
      List<Double> sorted = firstAnswerMs.stream().sorted().toList();
      return sorted.isEmpty() ? Double.NaN : sorted.get(sorted.size() / 2);
    }
  }

  private ServerBenchmark() {}

  public static void main(String[] args) throws Exception {
    BenchArgs a = BenchArgs.of(args, "ServerBenchmark", "[REVIEWS [REQUESTS [ENTRIES [FLAGS]]]]");
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    int reviews = a.count(0, 100_000);
    int requests = a.count(1, 2_000);
    int entries = a.count(2, 0);
    String flags = a.text(3, SoakBenchmark.CLIENT_FLAGS);
    Path dir = Files.createTempDirectory("paperlens-server-bench-library");
    try {
      List<Path> libraries = new ArrayList<>();
      if (entries > 0) {
        Path bib = dir.resolve("library.bib");
        BibLibrary.Stats library = BibLibrary.write(bib, entries, LIBRARY_SEED);
        out.printf(
            Locale.ROOT,
            "library: %,d BibTeX entries, %.1f MB%n",
            library.entries(),
            library.bytes() / 1e6);
        libraries.add(bib);
      }
      List<String> jvm = ServerChild.jvmFlags(flags);
      out.printf(
          Locale.ROOT,
          "server JVM flags: %s%n",
          jvm.isEmpty() ? "defaults" : String.join(" ", jvm));
      Result result =
          run(
              new Options(
                  reviews,
                  requests,
                  RESTARTS,
                  SCAN_BYTES,
                  true,
                  libraries,
                  jvm,
                  List.of(),
                  WARM_UP,
                  SESSION_REQUESTS),
              out);
      print(result, out);
    } finally {
      FileTree.delete(dir);
    }
    System.exit(0);
  }

  /**
   * What to run.
   *
   * @param reviews size of the generated corpus
   * @param requests timed requests per kind
   * @param restarts timed server starts on the existing index
   * @param scanBytes size of the LaTeX document of the mention scan
   * @param heap whether to ask {@code jcmd} for the server's live heap (two more JVM starts)
   * @param libraries more sources beside the corpus (BibTeX libraries), given to the server too
   * @param jvmFlags the server's JVM flags; none for the JVM's defaults
   * @param otherServer the command of another language server over stdio, driven by the same client
   *     with the same hovers and completions in the same rounds; empty for none
   * @param warmUp how long hover, completion and the baseline are asked in turn before timing
   * @param sessionRequests requests the server has been sent, all kinds counted, when its memory is
   *     read: the session goes on with hovers and completions after the timed runs until then
   */
  public record Options(
      int reviews,
      int requests,
      int restarts,
      int scanBytes,
      boolean heap,
      List<Path> libraries,
      List<String> jvmFlags,
      List<String> otherServer,
      Duration warmUp,
      int sessionRequests) {
    public Options(int reviews, int requests, int restarts, int scanBytes, boolean heap) {
      this(reviews, requests, restarts, scanBytes, heap, List.of(), List.of(), List.of());
    }

    public Options(
        int reviews,
        int requests,
        int restarts,
        int scanBytes,
        boolean heap,
        List<Path> libraries,
        List<String> jvmFlags,
        List<String> otherServer) {
      this(
          reviews,
          requests,
          restarts,
          scanBytes,
          heap,
          libraries,
          jvmFlags,
          otherServer,
          WARM_UP,
          0);
    }

    public static Options of(int reviews, int requests) {
      return new Options(reviews, requests, RESTARTS, SCAN_BYTES, true);
    }
  }

  /**
   * Latencies of one stretch of the warm-up.
   *
   * @param fromSeconds seconds since warm-up started
   */
  public record Stretch(double fromSeconds, Latency hover, Latency completion) {}

  /** Runs the whole benchmark; progress goes to {@code out}. */
  public static Result run(Options options, PrintStream out) throws Exception {
    int reviews = options.reviews();
    int requests = options.requests();
    String kept = System.getProperty(WORK_PROPERTY, "");
    Path work =
        kept.isBlank()
            ? Files.createTempDirectory("paperlens-server-bench")
            : Files.createDirectories(Path.of(kept));
    try {
      Path sources = work.resolve("reviews");
      Path indexDir = work.resolve("index");
      Path notes = Files.createDirectories(work.resolve("notes"));
      Path made = work.resolve("corpus.txt");
      String madeAs = reviews + " reviews, seed " + SEED + "\n";
      if (!kept.isBlank() && Files.isDirectory(sources)) {
        if (!Files.isRegularFile(made)
            || !Files.readString(made, StandardCharsets.UTF_8).equals(madeAs)) {
          throw new IllegalArgumentException(
              "the kept folder " + work + " holds another corpus than " + madeAs.strip());
        }
        out.printf(Locale.ROOT, "corpus: %d reviews, kept in %s%n", reviews, work);
      } else {
        Files.createDirectories(sources);
        SyntheticCorpus.Stats stats = SyntheticCorpus.write(sources, reviews, SEED);
        Files.writeString(made, madeAs, StandardCharsets.UTF_8);
        out.printf(
            Locale.ROOT, "corpus: %d reviews, %.1f MB%n", stats.reviews(), stats.bytes() / 1e6);
      }

      List<Path> allSources = new ArrayList<>(List.of(sources));
      allSources.addAll(options.libraries());
      List<String> sourceNames = allSources.stream().map(Path::toString).toList();
      Corpus corpus = CorpusLoader.load(allSources);
      long t0 = System.nanoTime();
      Path built = work.resolve("index.built");
      boolean build = kept.isBlank() || !Files.isRegularFile(built);
      if (build) {
        FileTree.delete(indexDir);
      }
      try (LuceneIndex index = LuceneIndex.open(indexDir)) {
        if (build) {
          index.update(corpus.papers());
        }
      }
      if (build) {
        Files.writeString(built, madeAs, StandardCharsets.UTF_8);
      }
      double buildSeconds = (System.nanoTime() - t0) / 1e9;
      out.printf(
          Locale.ROOT,
          "index: %d papers, %s in %.1f s (not part of the figures below)%n",
          corpus.papers().size(),
          build ? "built" : "opened the kept index",
          buildSeconds);

      List<Paper> sample = sample(corpus.papers());
      Note markdown = Note.markdown(notes.resolve("note.md"), sample);
      Note latex = Note.latex(notes.resolve("note.tex"), sample);
      String empty = notes.resolve("empty.md").toUri().toString();

      double[] scan = mentionScan(corpus, options.scanBytes(), out);
      int vocabulary = (int) scan[3];

      Latency baseline;
      Latency hover;
      Latency completion;
      Latency citeCompletion;
      Latency proseCompletion;
      Latency resolve;
      long rss;
      long heap;
      long ownRss;
      ServerChild.Memory memory;
      int sent;
      List<Stretch> stretches;
      Other other = null;
      ServerChild otherChild = null;
      try (ServerChild child = ServerChild.start(sourceNames, indexDir, work, options.jvmFlags())) {
        child.awaitReady();
        child.open(markdown.uri, "markdown", markdown.text);
        child.open(latex.uri, "latex", latex.text);
        child.open(empty, "markdown", "");
        List<Target> hovers = new ArrayList<>(markdown.hovers);
        hovers.addAll(latex.hovers);
        List<Target> cites = new ArrayList<>(markdown.citeCompletions);
        cites.addAll(latex.citeCompletions);
        List<Target> prose = new ArrayList<>(markdown.proseCompletions);
        prose.addAll(latex.proseCompletions);
        Collections.shuffle(hovers, new Random(SEED));
        Collections.shuffle(cites, new Random(SEED + 1));
        Collections.shuffle(prose, new Random(SEED + 2));
        // Alternating the two kinds: the completion series is half citation keys, half prose names.
        List<Target> completions = new ArrayList<>();
        for (int i = 0; i < cites.size(); i++) {
          completions.add(cites.get(i));
          completions.add(prose.get(i));
        }
        Target emptyTarget = new Target(empty, new Position(0, 0));
        int warm = Math.max(requests / 2, 10);
        // Warm all three paths for a fixed time (the JIT compiles what ran long enough, however
        // many requests that took), then time them interleaved in rounds so load spikes on this
        // shared machine hit every series alike.
        stretches =
            warmUp(
                options.warmUp(),
                i -> child.documentLinks(emptyTarget),
                i -> child.hover(hovers.get(i % hovers.size())),
                i -> child.complete(completions.get(i % completions.size())));
        stretches.forEach(s -> printStretch(s, out));
        double otherStartMs = Double.NaN;
        if (!options.otherServer().isEmpty()) {
          long t = System.nanoTime();
          otherChild = ServerChild.startOther(options.otherServer(), work);
          otherChild.open(markdown.uri, "markdown", markdown.text);
          otherChild.open(latex.uri, "latex", latex.text);
          otherChild.open(empty, "markdown", "");
          otherChild.documentLinks(emptyTarget);
          otherStartMs = (System.nanoTime() - t) / 1e6;
          ServerChild o = otherChild;
          measure(warm, i -> o.hover(hovers.get(i % hovers.size())));
          measure(warm, i -> o.complete(completions.get(i % completions.size())));
        }
        int rounds = 4;
        List<Series> b = new ArrayList<>();
        List<Series> h = new ArrayList<>();
        List<Series> c = new ArrayList<>();
        List<Series> oh = new ArrayList<>();
        List<Series> oc = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
          int per =
              (requests / rounds) & ~1; // even, so a request's parity tells its completion kind
          int offset = r * per;
          b.add(measure(per, i -> child.documentLinks(emptyTarget)));
          h.add(measure(per, i -> child.hover(hovers.get((offset + i) % hovers.size()))));
          c.add(
              measure(
                  per, i -> child.complete(completions.get((offset + i) % completions.size()))));
          if (otherChild != null) {
            ServerChild o = otherChild;
            oh.add(measure(per, i -> o.hover(hovers.get((offset + i) % hovers.size()))));
            oc.add(
                measure(per, i -> o.complete(completions.get((offset + i) % completions.size()))));
          }
        }
        // What an editor asks next for the item it shows: the paper's card.
        List<CompletionItem> firstItems = new ArrayList<>();
        for (Target t : cites.subList(0, Math.min(cites.size(), RESOLVED_ITEMS))) {
          child.firstItem(t).ifPresent(firstItems::add);
        }
        if (!firstItems.isEmpty()) {
          measure(warm, i -> child.resolve(firstItems.get(i % firstItems.size())));
          resolve =
              latency(
                  List.of(
                      measure(
                          requests, i -> child.resolve(firstItems.get(i % firstItems.size())))));
        } else {
          resolve = new Latency(Double.NaN, Double.NaN, Double.NaN, 0, 0);
        }
        baseline = latency(b);
        hover = latency(h);
        completion = latency(c);
        citeCompletion = latency(c, 0);
        proseCompletion = latency(c, 1);
        // An editor session: hovers and completions until the server has been sent as many
        // requests as asked, then its memory as the system sees it.
        int more = Math.max(0, options.sessionRequests() - child.requestsSent());
        measure(
            more,
            i ->
                i % 2 == 0
                    ? child.hover(hovers.get(i / 2 % hovers.size()))
                    : child.complete(completions.get(i / 2 % completions.size())));
        memory = child.memory();
        rss = memory.rssKb();
        ownRss = memory.anonKb();
        sent = child.requestsSent();
        heap = options.heap() ? child.heapUsedKb() : -1;
        child.shutdown();
        if (otherChild != null) {
          other = new Other(latency(oh), latency(oc), otherStartMs, otherChild.rssKb());
          otherChild.shutdown();
        }
      } finally {
        if (otherChild != null) {
          otherChild.close();
        }
      }

      List<Double> firstAnswers = new ArrayList<>();
      Target first = markdown.hovers.get(0);
      for (int i = 0; i < options.restarts(); i++) {
        firstAnswers.add(
            firstAnswer(sourceNames, options.jvmFlags(), indexDir, work, markdown, first, out));
        out.printf(Locale.ROOT, "start to first hover #%d: %.0f ms%n", i + 1, firstAnswers.get(i));
      }
      return new Result(
          reviews,
          corpus.papers().size(),
          buildSeconds,
          baseline,
          hover,
          completion,
          citeCompletion,
          proseCompletion,
          resolve,
          scan[0],
          scan[1],
          scan[2],
          vocabulary,
          firstAnswers,
          rss,
          heap,
          ownRss,
          sent,
          other,
          stretches,
          memory);
    } finally {
      if (kept.isBlank()) {
        FileTree.delete(work);
      }
    }
  }

  static void print(Result r, PrintStream out) {
    double base = r.baseline().p50();
    double base99 = r.baseline().p99();
    out.println();
    out.printf(
        Locale.ROOT,
        "| figure | %,d reviews (%,d papers) | target | ratio to baseline |%n",
        r.reviews(),
        r.papers());
    out.println("|---|---|---|---|");
    out.printf(
        Locale.ROOT,
        "| baseline: documentLink on an empty document, p50 / p99 | %.3f / %.3f ms | | 1 |%n",
        base,
        base99);
    out.printf(
        Locale.ROOT,
        "| hover p50 / p99 (%d/%d answered) | %.3f / %.3f ms | p99 ≤ 5 ms | %.1fx / %.1fx |%n",
        r.hover().answered(),
        r.hover().requests(),
        r.hover().p50(),
        r.hover().p99(),
        r.hover().p50() / base,
        r.hover().p99() / base99);
    out.printf(
        Locale.ROOT,
        "| completion p50 / p99 (%d/%d non-empty) | %.3f / %.3f ms | p99 ≤ 10 ms | %.1fx / %.1fx |%n",
        r.completion().answered(),
        r.completion().requests(),
        r.completion().p50(),
        r.completion().p99(),
        r.completion().p50() / base,
        r.completion().p99() / base99);
    out.printf(
        Locale.ROOT,
        "|   of which citation keys (\\cite{abcd, [@abcd) p50 / p99 | %.3f / %.3f ms | | %.1fx / %.1fx |%n",
        r.citeCompletion().p50(),
        r.citeCompletion().p99(),
        r.citeCompletion().p50() / base,
        r.citeCompletion().p99() / base99);
    out.printf(
        Locale.ROOT,
        "|   of which prose names (4 letters typed) p50 / p99 | %.3f / %.3f ms | | %.1fx / %.1fx |%n",
        r.proseCompletion().p50(),
        r.proseCompletion().p99(),
        r.proseCompletion().p50() / base,
        r.proseCompletion().p99() / base99);
    out.printf(
        Locale.ROOT,
        "| completionItem/resolve of the first citation item (its card) p50 / p99 | %.3f / %.3f ms | | %.1fx / %.1fx |%n",
        r.resolve().p50(),
        r.resolve().p99(),
        r.resolve().p50() / base,
        r.resolve().p99() / base99);
    out.printf(
        Locale.ROOT,
        "| mention scan of 1 MB LaTeX (scanner + NameMatcher, %,d names), median | %.1f ms | ≤ 50 ms | %.1fx |%n",
        r.vocabulary(),
        r.scanMedianMs(),
        r.scanMedianMs() / r.scanBaselineMs());
    out.printf(
        Locale.ROOT,
        "| baseline: regex word split of the same text, median | %.1f ms | | 1 |%n",
        r.scanBaselineMs());
    out.printf(
        Locale.ROOT,
        "| NameMatcher compile (once per vocabulary) | %.0f ms | | |%n",
        r.matcherCompileMs());
    out.printf(
        Locale.ROOT,
        "| start to first hover, existing index, median of %d %s | %.0f ms | ≤ 1,500 ms | |%n",
        r.firstAnswerMs().size(),
        r.firstAnswerMs().stream().map(d -> String.format(Locale.ROOT, "%.0f", d)).toList(),
        r.firstAnswerMedianMs());
    out.printf(
        Locale.ROOT,
        "| server RSS after %,d requests: all / own (RssAnon) / mapped files (RssFile) | %.0f /"
            + " %.0f / %.0f MB | own ≤ 300 MB | |%n",
        r.requestsSent(),
        r.rssKb() / 1024.0,
        r.ownRssKb() / 1024.0,
        r.memory().fileKb() / 1024.0);
    if (!r.memory().nativeKb().isEmpty()) {
      out.printf(
          Locale.ROOT,
          "| committed by the JVM (NMT): %s | %s MB | | |%n",
          CompletionBenchmark.NATIVE_PARTS,
          CompletionBenchmark.nativeParts(r.memory()));
    }
    out.printf(
        Locale.ROOT,
        "| server heap used after a full GC (jcmd GC.run, GC.heap_info) | %s | | |%n",
        r.heapUsedKb() < 0
            ? "n/a"
            : String.format(Locale.ROOT, "%.0f MB", r.heapUsedKb() / 1024.0));
    out.printf(Locale.ROOT, "load average now: %s%n", loadAverage());
  }

  // ---- the notes under test ----

  /**
   * A generated note and the positions to ask at: hovers on names and keys, completions after
   * prefixes.
   */
  record Note(
      String uri,
      String text,
      List<Target> hovers,
      List<Target> citeCompletions,
      List<Target> proseCompletions) {

    static Note markdown(Path file, List<Paper> papers) {
      return build(file, papers, false);
    }

    static Note latex(Path file, List<Paper> papers) {
      return build(file, papers, true);
    }

    private static Note build(Path file, List<Paper> papers, boolean latex) {
      String uri = file.toUri().toString();
      StringBuilder text = new StringBuilder();
      List<Target> hovers = new ArrayList<>();
      List<Target> cites = new ArrayList<>();
      List<Target> prose = new ArrayList<>();
      int line = 0;
      if (latex) {
        text.append("\\section{Заметки}\n");
        line++;
      }
      for (Paper paper : papers) {
        String name = paper.methods().get(0);
        String key = paper.key();
        String lead = "Метод ";
        String mid = latex ? " из \\cite{" : " из [@";
        text.append(lead).append(name).append(mid).append(key).append(latex ? "}.\n" : "].\n");
        hovers.add(new Target(uri, new Position(line, lead.length() + name.length() / 2)));
        hovers.add(
            new Target(
                uri,
                new Position(
                    line, lead.length() + name.length() + mid.length() + key.length() / 2)));
        line++;
        String cite = latex ? "См. \\cite{" : "См. [@";
        String keyPrefix = key.substring(0, Math.min(PREFIX, key.length()));
        text.append(cite).append(keyPrefix).append(latex ? "}\n" : "]\n");
        cites.add(new Target(uri, new Position(line, cite.length() + keyPrefix.length())));
        line++;
        String compare = "Сравним с ";
        String namePrefix = name.substring(0, Math.min(PREFIX, name.length()));
        text.append(compare).append(namePrefix).append('\n');
        prose.add(new Target(uri, new Position(line, compare.length() + namePrefix.length())));
        line++;
      }
      return new Note(uri, text.toString(), hovers, cites, prose);
    }
  }

  /** Papers that introduce a method, spread over the corpus. */
  private static List<Paper> sample(List<Paper> papers) {
    List<Paper> named =
        papers.stream()
            .filter(
                p ->
                    !p.reviews().isEmpty()
                        && !p.methods().isEmpty()
                        && p.methods().get(0).length() >= PREFIX
                        && p.key().length() >= PREFIX)
            .toList();
    if (named.isEmpty()) {
      throw new IllegalStateException("the generated corpus has no paper that introduces a method");
    }
    List<Paper> out = new ArrayList<>();
    int step = Math.max(1, named.size() / SAMPLE_PAPERS);
    for (int i = 0; i < named.size() && out.size() < SAMPLE_PAPERS; i += step) {
      out.add(named.get(i));
    }
    return out;
  }

  // ---- mention scan, in process ----

  /** Median ms of scanner + matcher, median ms of the baseline, compile ms, vocabulary size. */
  private static double[] mentionScan(Corpus corpus, int scanBytes, PrintStream out) {
    Set<String> names = new LinkedHashSet<>();
    for (Paper p : corpus.papers()) {
      names.addAll(p.methods());
    }
    StringBuilder text = new StringBuilder("\\documentclass{article}\n\\begin{document}\n");
    long bytes = 0;
    outer:
    while (bytes < scanBytes && corpus.reviewCount() > 0) {
      for (Paper p : corpus.papers()) {
        for (Review review : p.reviews()) {
          String section =
              "\\section{" + p.title() + "}\n" + review.text() + " \\cite{" + p.key() + "}\n\n";
          text.append(section);
          bytes += section.getBytes(StandardCharsets.UTF_8).length;
          if (bytes >= scanBytes) {
            break outer;
          }
        }
      }
    }
    text.append("\\end{document}\n");
    String tex = text.toString();
    long c0 = System.nanoTime();
    NameMatcher matcher = NameMatcher.of(names);
    double compileMs = (System.nanoTime() - c0) / 1e6;
    Pattern word = Pattern.compile("\\p{L}+");
    int matches = 0;
    for (int i = 0; i < 5; i++) {
      matches = scanOnce(matcher, tex);
      splitWords(word, tex);
    }
    double[] scanMs = new double[11];
    double[] baseMs = new double[11];
    double[] scannerMs = new double[11];
    for (int i = 0; i < scanMs.length; i++) {
      long t = System.nanoTime();
      scanOnce(matcher, tex);
      scanMs[i] = (System.nanoTime() - t) / 1e6;
      t = System.nanoTime();
      splitWords(word, tex);
      baseMs[i] = (System.nanoTime() - t) / 1e6;
      t = System.nanoTime();
      NoteScanners.scan(NoteLanguage.LATEX, tex);
      scannerMs[i] = (System.nanoTime() - t) / 1e6;
    }
    Arrays.sort(scanMs);
    Arrays.sort(baseMs);
    Arrays.sort(scannerMs);
    out.printf(
        Locale.ROOT,
        "mention scan: %.2f MB of LaTeX, %d names and citations found, %d names in the vocabulary;"
            + " the LaTeX scanner alone %.1f ms (median)%n",
        tex.getBytes(StandardCharsets.UTF_8).length / 1e6,
        matches,
        names.size(),
        scannerMs[scannerMs.length / 2]);
    return new double[] {
      scanMs[scanMs.length / 2], baseMs[baseMs.length / 2], compileMs, names.size()
    };
  }

  private static int scanOnce(NameMatcher matcher, String tex) {
    NoteScan scan = NoteScanners.scan(NoteLanguage.LATEX, tex);
    // Both results are used so the JIT cannot drop either half of the work.
    return matcher.find(tex).size() + scan.citations().size();
  }

  private static int splitWords(Pattern word, String text) {
    int n = 0;
    Matcher m = word.matcher(text);
    while (m.find()) {
      n++;
    }
    return n;
  }

  // ---- timing ----

  @FunctionalInterface
  interface Call {
    boolean run(int i) throws Exception;
  }

  /** One request: its wall time and whether it got a non-empty answer. */
  record Sample(double ms, boolean answered) {}

  /** The requests of one round, in order. */
  record Series(List<Sample> samples) {}

  static Series measure(int n, Call call) throws Exception {
    List<Sample> samples = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      long t = System.nanoTime();
      boolean answered = call.run(i);
      samples.add(new Sample((System.nanoTime() - t) / 1e6, answered));
    }
    return new Series(samples);
  }

  static Latency latency(List<Series> rounds) {
    return latency(rounds, -1);
  }

  /** Over every request, or with {@code parity} 0 or 1 over the even or odd ones of each round. */
  static Latency latency(List<Series> rounds, int parity) {
    List<Double> all = new ArrayList<>();
    int answered = 0;
    for (Series r : rounds) {
      for (int i = 0; i < r.samples().size(); i++) {
        if (parity < 0 || i % 2 == parity) {
          Sample sample = r.samples().get(i);
          all.add(sample.ms());
          answered += sample.answered() ? 1 : 0;
        }
      }
    }
    if (all.isEmpty()) {
      return new Latency(Double.NaN, Double.NaN, Double.NaN, 0, 0);
    }
    Collections.sort(all);
    int n = all.size();
    return new Latency(
        all.get(n / 2),
        all.get(Math.min(n - 1, (int) Math.ceil(n * 0.99) - 1)),
        all.get(n - 1),
        answered,
        n);
  }

  /**
   * Sends baseline, hover and completion requests in turn for {@code length}, timing the last two;
   * gives their latencies in every {@link #WARM_UP_STRETCH} of it.
   */
  static List<Stretch> warmUp(Duration length, Call baseline, Call hover, Call completion)
      throws Exception {
    List<Stretch> stretches = new ArrayList<>();
    long start = System.nanoTime();
    long end = start + length.toNanos();
    int i = 0;
    while (System.nanoTime() < end) {
      long from = System.nanoTime();
      long until = Math.min(end, from + WARM_UP_STRETCH.toNanos());
      List<Sample> hovers = new ArrayList<>();
      List<Sample> completions = new ArrayList<>();
      while (System.nanoTime() < until) {
        baseline.run(i);
        hovers.add(once(hover, i));
        completions.add(once(completion, i));
        i++;
      }
      stretches.add(
          new Stretch(
              (from - start) / 1e9,
              latency(List.of(new Series(hovers))),
              latency(List.of(new Series(completions)))));
    }
    return stretches;
  }

  private static Sample once(Call call, int i) throws Exception {
    long t = System.nanoTime();
    boolean answered = call.run(i);
    return new Sample((System.nanoTime() - t) / 1e6, answered);
  }

  private static void printStretch(Stretch s, PrintStream out) {
    out.printf(
        Locale.ROOT,
        "warm-up from %3.0f s: hover p50 / p99 %.3f / %.3f ms (%d), completion %.3f / %.3f ms"
            + " (%d)%n",
        s.fromSeconds(),
        s.hover().p50(),
        s.hover().p99(),
        s.hover().requests(),
        s.completion().p50(),
        s.completion().p99(),
        s.completion().requests());
  }

  private static double firstAnswer(
      List<String> sources,
      List<String> jvmFlags,
      Path indexDir,
      Path work,
      Note note,
      Target target,
      PrintStream out)
      throws Exception {
    long start = System.nanoTime();
    try (ServerChild child = ServerChild.start(sources, indexDir, work, jvmFlags)) {
      child.open(note.uri, "markdown", note.text);
      long deadline = start + ServerChild.FIRST_ANSWER_TIMEOUT.toNanos();
      while (!child.hover(target)) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException(
              "no hover answer within " + ServerChild.FIRST_ANSWER_TIMEOUT);
        }
        Thread.sleep(5);
      }
      double ms = (System.nanoTime() - start) / 1e6;
      long stop = System.nanoTime();
      child.shutdown();
      child.awaitExit();
      out.printf(
          Locale.ROOT, "  (shutdown and exit took %.0f ms)%n", (System.nanoTime() - stop) / 1e6);
      return ms;
    }
  }

  private static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).trim();
    } catch (IOException e) {
      return "n/a";
    }
  }
}
