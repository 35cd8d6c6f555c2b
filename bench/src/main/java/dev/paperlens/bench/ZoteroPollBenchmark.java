package dev.paperlens.bench;

import com.sun.net.httpserver.HttpServer;
import dev.paperlens.corpus.BibTexParser;
import dev.paperlens.corpus.FileTree;
import dev.paperlens.corpus.ZoteroPull;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What polling a Zotero export costs when nothing changed: a local stand-in for Better BibTeX
 * serves a generated library as CSL-JSON ({@link BibLibrary}, 5,000 entries unless the first
 * argument says otherwise), once with an {@code ETag} (answering {@code 304} to {@code
 * If-None-Match}) and once without validators (the whole body every time, as a pull export may).
 * Each {@link ZoteroPull} poll is timed and its requests counted; the baseline, measured in the
 * same run, is a bare {@code HttpClient} GET of the same body.
 *
 * <pre>
 * java -cp bench/target/paperlens-bench.jar dev.paperlens.bench.ZoteroPollBenchmark [ENTRIES] [POLLS]
 * </pre>
 */
public final class ZoteroPollBenchmark {
  private static final String PATH = "/better-bibtex/export/collection";

  private ZoteroPollBenchmark() {}

  public static void main(String[] args) throws Exception {
    BenchArgs a = BenchArgs.of(args, "ZoteroPollBenchmark", "[ENTRIES [POLLS]]");
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    int entries = a.count(0, 5000);
    int polls = a.count(1, 20);
    Path work = Files.createTempDirectory("paperlens-zotero-bench");
    HttpServer zotero =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    try {
      Path bib = work.resolve("library.bib");
      BibLibrary.write(bib, entries, 16L);
      Path json = work.resolve("library.json");
      long bytes =
          BibTexBenchmark.writeCsl(
              BibTexParser.parse(bib.toString(), Files.readString(bib), p -> {}), json);
      byte[] body = Files.readAllBytes(json);
      AtomicInteger served = new AtomicInteger();
      zotero.createContext(
          PATH,
          exchange -> {
            served.incrementAndGet();
            boolean validators = exchange.getRequestURI().getQuery().contains("etag");
            String asked = exchange.getRequestHeaders().getFirst("If-None-Match");
            if (validators && "\"v1\"".equals(asked)) {
              exchange.sendResponseHeaders(304, -1);
              exchange.close();
              return;
            }
            if (validators) {
              exchange.getResponseHeaders().add("ETag", "\"v1\"");
            }
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream o = exchange.getResponseBody()) {
              o.write(body);
            }
          });
      zotero.start();
      String base = "http://127.0.0.1:" + zotero.getAddress().getPort() + PATH;
      out.printf(
          Locale.ROOT,
          "library: %,d entries as CSL-JSON, %.1f MB; %d polls each%n",
          entries,
          bytes / 1e6,
          polls);

      HttpClient http = HttpClient.newHttpClient();
      HttpRequest get = HttpRequest.newBuilder(URI.create(base + "?/1/plain.json")).build();
      for (int i = 0; i < 3; i++) {
        http.send(get, HttpResponse.BodyHandlers.ofByteArray()); // warm-up
      }
      BibTexBenchmark.Series bare = new BibTexBenchmark.Series();
      for (int i = 0; i < polls; i++) {
        long t = System.nanoTime();
        http.send(get, HttpResponse.BodyHandlers.ofByteArray());
        bare.add((System.nanoTime() - t) / 1e9);
      }
      List<String> table = new ArrayList<>();
      table.add("| figure | requests per poll | median (min–max) | ratio to baseline |");
      table.add("|---|---|---|---|");
      table.add(row("baseline: a bare GET of the whole body", 1, bare, bare.median()));
      for (String kind : new String[] {"etag", "plain"}) {
        URI url = URI.create(base + "?/1/" + kind + ".json");
        ZoteroPull pull = new ZoteroPull(url, work.resolve(kind), Duration.ofSeconds(10));
        BibTexBenchmark.Series first = new BibTexBenchmark.Series();
        long t0 = System.nanoTime();
        if (pull.pull().outcome() != ZoteroPull.Outcome.CHANGED) {
          throw new IllegalStateException("the first pull kept nothing");
        }
        first.add((System.nanoTime() - t0) / 1e9);
        BibTexBenchmark.Series unchanged = new BibTexBenchmark.Series();
        int before = pull.requests();
        for (int i = 0; i < polls; i++) {
          long t = System.nanoTime();
          ZoteroPull.Result result = pull.pull();
          unchanged.add((System.nanoTime() - t) / 1e9);
          if (result.outcome() != ZoteroPull.Outcome.UNCHANGED) {
            throw new IllegalStateException("an unchanged library was taken as " + result);
          }
        }
        double perPoll = (pull.requests() - before) / (double) polls;
        String what =
            kind.equals("etag") ? "with an ETag (304)" : "without validators (200, same body)";
        table.add(row("first pull, " + what + ": fetch, check, keep", 1, first, bare.median()));
        table.add(row("unchanged poll, " + what, perPoll, unchanged, bare.median()));
      }
      out.println();
      table.forEach(out::println);
      out.printf(Locale.ROOT, "requests served in all: %d%n", served.get());
    } finally {
      zotero.stop(0);
      FileTree.delete(work);
    }
    System.exit(0);
  }

  private static String row(String figure, double requests, BibTexBenchmark.Series s, double base) {
    return String.format(
        Locale.ROOT,
        "| %s | %s | %.4f s (%.4f–%.4f) | %.2fx |",
        figure,
        requests == Math.rint(requests)
            ? String.valueOf((long) requests)
            : String.valueOf(requests),
        s.median(),
        s.min(),
        s.max(),
        s.median() / base);
  }
}
