package dev.paperlens.bench;

import dev.paperlens.corpus.CorpusLoader;
import dev.paperlens.corpus.FileTree;
import dev.paperlens.corpus.Paper;
import dev.paperlens.corpus.SyntheticCorpus;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.eclipse.lsp4j.Position;

/**
 * Whether the server's memory grows over a long session: starts the server jar on a generated
 * BibTeX library (as {@link CompletionBenchmark} does) and, when asked, a generated corpus of
 * reviews beside it (as {@link ServerBenchmark} does), then for the given minutes types like a
 * person, a citation completion or a hover every {@code PAUSE} (in a LaTeX note citing the library
 * and, with reviews, a Markdown note naming reviewed methods) with a pause of a few seconds every
 * minute, and samples the server's own RSS (without mapped index files) and that of its mapped
 * files every 30 s. The minutes count from the end of the server's first build (sampled as it runs,
 * without requests), so a build slowed by a loaded machine does not eat the session. Then it sends
 * nothing for {@code IDLE} and samples again: what the server gives back once the editor is quiet.
 * Prints the samples, the highest during the build, the growth from five minutes into the session
 * (warm-up) to its end, and the idle figure.
 *
 * <pre>
 * java -cp bench/target/paperlens-bench.jar dev.paperlens.bench.SoakBenchmark [ENTRIES [MINUTES [FLAGS [REVIEWS]]]]
 * </pre>
 *
 * Defaults: 20,000 entries, 30 minutes, the flags the clients start the server with (an empty FLAGS
 * argument too), no reviews. With {@code -Dpaperlens.bench.work=DIR} naming a folder where {@link
 * ServerBenchmark} built REVIEWS reviews and their index, the session runs on those, without the
 * library (its server opens the index instead of building it).
 */
public final class SoakBenchmark {
  static final String CLIENT_FLAGS =
      "-Xmx512m -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30"
          + " -Xlog:disable -Xlog:all=warning:stderr";
  private static final Duration PAUSE = Duration.ofMillis(50);
  private static final Duration SAMPLE = Duration.ofSeconds(30);
  private static final Duration WARM_UP = Duration.ofMinutes(5);

  /** How long the session ends quiet before the last sample: past the server's 30 s. */
  static final Duration IDLE = Duration.ofSeconds(45);

  private SoakBenchmark() {}

  /**
   * One RSS sample: minutes since the server started, own RSS and mapped files' in KB, requests
   * sent and answered so far, whether it was taken during the first build, and whether after the
   * quiet end.
   */
  record Sample(
      double minutes,
      long anonKb,
      long fileKb,
      long requests,
      long answered,
      boolean building,
      boolean idle) {}

  public static void main(String[] args) throws Exception {
    BenchArgs a = BenchArgs.of(args, "SoakBenchmark", "[ENTRIES [MINUTES [FLAGS [REVIEWS]]]]");
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    int entries = a.count(0, 20_000);
    double minutes = a.number(1, 30);
    String flags = args.length > 2 && !args[2].isBlank() ? args[2] : CLIENT_FLAGS;
    int reviews = a.count(3, 0);
    List<Sample> samples =
        run(entries, reviews, Duration.ofSeconds((long) (minutes * 60)), IDLE, flags, out);
    print(samples, out);
    System.exit(0);
  }

  /**
   * @param entries the generated library's entries
   * @param reviews the generated reviews indexed beside it; 0 for none
   */
  static List<Sample> run(
      int entries, int reviews, Duration length, Duration idle, String flags, PrintStream out)
      throws Exception {
    Path work = Files.createTempDirectory("paperlens-soak");
    try {
      Path library = work.resolve("library.bib");
      BibLibrary.Stats stats = BibLibrary.write(library, entries, 7L);
      List<String> sources = new ArrayList<>(List.of(library.toString()));
      Path note = Files.createDirectories(work.resolve("notes")).resolve("note.tex");
      StringBuilder text = new StringBuilder();
      List<Target> completions = new ArrayList<>();
      List<Target> hovers = new ArrayList<>();
      String uri = note.toUri().toString();
      int line = 0;
      for (int i = 0; i < stats.keys().size(); i += Math.max(1, stats.keys().size() / 200)) {
        String key = stats.keys().get(i);
        String family =
            stats.familyNames().get(i % stats.familyNames().size()).toLowerCase(Locale.ROOT);
        String prefix = "См. \\cite{" + family.substring(0, Math.min(4, family.length()));
        text.append(prefix).append("} и \\cite{").append(key).append("}.\n");
        completions.add(new Target(uri, new Position(line, prefix.length())));
        hovers.add(new Target(uri, new Position(line, prefix.length() + 10 + key.length() / 2)));
        line++;
      }
      Files.writeString(note, text.toString(), StandardCharsets.UTF_8);
      ServerBenchmark.Note reviewed = null;
      Path indexDir = work.resolve("index");
      String kept = System.getProperty(ServerBenchmark.WORK_PROPERTY, "");
      boolean withLibrary = true;
      if (reviews > 0) {
        Path folder = Files.createDirectories(work.resolve("reviews"));
        if (kept.isBlank()) {
          SyntheticCorpus.write(folder, reviews, 7L);
        } else {
          // ServerBenchmark's reviews and index, built once: the session starts on them, so a
          // loaded machine's start-up build of 100,000 reviews does not decide whether it runs.
          folder = ServerBenchmark.keptReviews(Path.of(kept), reviews);
          indexDir = Path.of(kept).resolve("index");
          withLibrary = false;
          sources.clear();
          completions.clear();
          hovers.clear();
        }
        sources.add(folder.toString());
        reviewed =
            ServerBenchmark.Note.markdown(
                work.resolve("notes").resolve("note.md"),
                reviewedMethods(CorpusLoader.load(List.of(folder)).papers()));
        hovers.addAll(reviewed.hovers());
        completions.addAll(reviewed.citeCompletions());
        completions.addAll(reviewed.proseCompletions());
      }
      out.printf(
          Locale.ROOT,
          "library: %,d entries; reviews: %,d; server flags: %s; %d minutes%n",
          entries,
          reviews,
          flags,
          length.toMinutes());
      List<String> jvm = ServerChild.jvmFlags(flags);
      List<Sample> samples = new ArrayList<>();
      try (ServerChild child = ServerChild.start(sources, indexDir, work, jvm)) {
        if (withLibrary) {
          child.open(uri, "latex", text.toString());
        }
        if (reviewed != null) {
          child.open(reviewed.uri(), "markdown", reviewed.text());
        }
        long start = System.nanoTime();
        long requests = 0;
        long answered = 0;
        do {
          samples.add(sample(child, start, requests, answered, true, false, out));
        } while (!child.readyWithin(SAMPLE)
            && System.nanoTime() - start < ServerChild.READY_TIMEOUT.toNanos());
        long session = System.nanoTime();
        long nextSample = session;
        Random random = new Random(7L);
        while (System.nanoTime() - session < length.toNanos()) {
          long now = System.nanoTime();
          if (now >= nextSample) {
            samples.add(sample(child, start, requests, answered, false, false, out));
            nextSample += SAMPLE.toNanos();
          }
          // A person pauses: ten quiet seconds in every minute.
          if (((now - session) / 1_000_000_000L) % 60 >= 50) {
            Thread.sleep(PAUSE.toMillis());
            continue;
          }
          boolean ok =
              random.nextBoolean()
                  ? child.complete(completions.get(random.nextInt(completions.size())))
                  : child.hover(hovers.get(random.nextInt(hovers.size())));
          answered += ok ? 1 : 0;
          requests++;
          Thread.sleep(PAUSE.toMillis());
        }
        samples.add(sample(child, start, requests, answered, false, false, out));
        Thread.sleep(idle.toMillis());
        samples.add(sample(child, start, requests, answered, false, true, out));
        child.shutdown();
      }
      return samples;
    } finally {
      FileTree.delete(work);
    }
  }

  /** Up to 200 reviewed papers that introduce a method, spread over the corpus. */
  private static List<Paper> reviewedMethods(List<Paper> papers) {
    List<Paper> named =
        papers.stream()
            .filter(p -> !p.reviews().isEmpty() && !p.methods().isEmpty())
            .filter(p -> p.methods().get(0).length() >= 4 && p.key().length() >= 4)
            .toList();
    if (named.isEmpty()) {
      throw new IllegalStateException("the generated corpus has no paper that introduces a method");
    }
    List<Paper> out = new ArrayList<>();
    for (int i = 0; i < named.size() && out.size() < 200; i += Math.max(1, named.size() / 200)) {
      out.add(named.get(i));
    }
    return out;
  }

  private static Sample sample(
      ServerChild child,
      long start,
      long requests,
      long answered,
      boolean building,
      boolean idle,
      PrintStream out)
      throws Exception {
    ServerChild.Memory m = child.memory();
    Sample s =
        new Sample(
            (System.nanoTime() - start) / 6e10,
            m.anonKb(),
            m.fileKb(),
            requests,
            answered,
            building,
            idle);
    out.printf(
        Locale.ROOT,
        "%5.1f min  own RSS %5.0f MB  mapped files %4.0f MB  %,d requests%s%n",
        s.minutes(),
        s.anonKb() / 1024.0,
        s.fileKb() / 1024.0,
        s.requests(),
        building ? "  (first build)" : idle ? "  (quiet)" : "");
    return s;
  }

  static void print(List<Sample> samples, PrintStream out) {
    double warm = WARM_UP.toSeconds() / 60.0;
    List<Sample> busy = samples.stream().filter(s -> !s.idle() && !s.building()).toList();
    double from = busy.get(0).minutes() + warm;
    Sample first = busy.stream().filter(s -> s.minutes() >= from).findFirst().orElse(busy.get(0));
    long building =
        samples.stream().filter(Sample::building).mapToLong(Sample::anonKb).max().orElse(0);
    Sample last = busy.get(busy.size() - 1);
    Sample quiet = samples.get(samples.size() - 1);
    long max = busy.stream().mapToLong(Sample::anonKb).max().orElse(0);
    out.println();
    out.println("| figure | value |");
    out.println("|---|---|");
    out.printf(
        Locale.ROOT,
        "| first build: minutes, own RSS at its highest | %.1f min, %.0f MB |%n",
        busy.get(0).minutes(),
        building / 1024.0);
    out.printf(
        Locale.ROOT,
        "| requests (non-empty answers) | %,d (%,d) over %.1f min |%n",
        last.requests(),
        last.answered(),
        last.minutes() - busy.get(0).minutes());
    out.printf(
        Locale.ROOT,
        "| own RSS at %.1f min (after warm-up) / at the end / highest after the build | %.0f / %.0f / %.0f MB |%n",
        first.minutes(),
        first.anonKb() / 1024.0,
        last.anonKb() / 1024.0,
        max / 1024.0);
    out.printf(
        Locale.ROOT,
        "| growth after warm-up | %+.0f MB (%.2f× ) |%n",
        (last.anonKb() - first.anonKb()) / 1024.0,
        last.anonKb() / (double) first.anonKb());
    if (quiet.idle()) {
      out.printf(
          Locale.ROOT,
          "| own RSS / mapped files after the requests / after %.0f s quiet | %.0f / %.0f MB;"
              + " %.0f / %.0f MB |%n",
          (quiet.minutes() - last.minutes()) * 60,
          last.anonKb() / 1024.0,
          last.fileKb() / 1024.0,
          quiet.anonKb() / 1024.0,
          quiet.fileKb() / 1024.0);
    }
  }
}
