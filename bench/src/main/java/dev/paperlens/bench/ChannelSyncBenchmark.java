package dev.paperlens.bench;

import dev.paperlens.corpus.ChannelSync;
import dev.paperlens.corpus.FakeTelegram;
import dev.paperlens.corpus.FileTree;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Measures a channel sync against a local stand-in for t.me ({@code FakeTelegram}: generated
 * preview pages, 20 posts a page as on the site), with no delay between pages so that the figure is
 * the client's own cost:
 *
 * <ul>
 *   <li>baseline: the same pages fetched one after another with a bare {@link HttpClient}, bodies
 *       read as strings and nothing else (what the server and the loopback cost);
 *   <li>a full sync of POSTS posts into an empty cache: time, requests, posts a second, ratio to
 *       the baseline;
 *   <li>incremental syncs: nothing new (one conditional request, answered 304), nothing new from a
 *       site without ETag/Last-Modified (one request), and 20 new posts.
 * </ul>
 *
 * <pre>
 * java -cp bench/target/paperlens-bench.jar dev.paperlens.bench.ChannelSyncBenchmark [POSTS] [RUNS]
 * </pre>
 */
public final class ChannelSyncBenchmark {
  private static final String CHANNEL = "benchchannel";
  private static final Pattern BEFORE = Pattern.compile("data-before=\"(\\d+)\"");

  private ChannelSyncBenchmark() {}

  public static void main(String[] args) throws Exception {
    BenchArgs a = BenchArgs.of(args, "ChannelSyncBenchmark", "[POSTS [RUNS]]");
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    int posts = a.count(0, 5000);
    int runs = a.count(1, 3);
    // The JDK's HTTP server leaves Nagle's algorithm on by default, which adds the client's
    // delayed-ACK wait (about 40 ms) to every answer on loopback: not what a real site costs.
    System.setProperty("sun.net.httpserver.nodelay", "true");
    Path work = Files.createTempDirectory("paperlens-sync-bench");
    try (FakeTelegram site = new FakeTelegram(CHANNEL, posts)) {
      ChannelSync sync =
          new ChannelSync(
              new ChannelSync.Options(
                  site.site(), 10_000, Duration.ZERO, Duration.ofSeconds(30), Duration.ZERO));
      // Warm-up: the JIT and the loopback, then the measured runs.
      baseline(site.site());
      sync.sync(CHANNEL, work.resolve("warmup.json"));
      List<Double> base = new ArrayList<>();
      List<Double> full = new ArrayList<>();
      int baseRequests = 0;
      ChannelSync.Result last = null;
      for (int run = 0; run < runs; run++) {
        long start = System.nanoTime();
        baseRequests = baseline(site.site());
        base.add((System.nanoTime() - start) / 1e9);
        Path cache = work.resolve("run-" + run + ".json");
        last = sync.sync(CHANNEL, cache);
        if (last.problem() != null || last.posts() != posts) {
          throw new IllegalStateException("sync failed: " + last.summary());
        }
        full.add(last.took().toNanos() / 1e9);
      }
      Path cache = work.resolve("run-0.json");
      ChannelSync.Result notModified = sync.sync(CHANNEL, cache);
      Path plainCache = work.resolve("plain.json");
      Files.copy(cache, plainCache);
      site.withoutValidators();
      ChannelSync.Result plain = sync.sync(CHANNEL, plainCache);
      site.posts(posts + 20);
      ChannelSync.Result twenty = sync.sync(CHANNEL, cache);
      double baseMedian = median(base);
      double fullMedian = median(full);
      out.printf(
          Locale.ROOT,
          "channel of %,d posts, 20 a page, no delay between pages; median of %d runs%n%n",
          posts,
          runs);
      out.println("| figure | requests | time | posts/s | ratio to baseline |");
      out.println("|---|---|---|---|---|");
      out.printf(
          Locale.ROOT,
          "| baseline: the same pages, fetched and read as text | %d | %.2f s | %,.0f | 1.00 |%n",
          baseRequests,
          baseMedian,
          posts / baseMedian);
      out.printf(
          Locale.ROOT,
          "| full sync into an empty cache (parse, merge, write) | %d | %.2f s | %,.0f | %.2f |%n",
          last.requests(),
          fullMedian,
          posts / fullMedian,
          fullMedian / baseMedian);
      row(out, "incremental, nothing new (ETag: 304)", notModified);
      row(out, "incremental, nothing new (no validators: one page)", plain);
      row(out, "incremental, 20 new posts", twenty);
      out.printf(
          Locale.ROOT,
          "%nWith the default 1 s between pages, a first sync of %,d posts waits at least %d s"
              + " between its %d requests, and the default cap (50 pages) spreads it over %d"
              + " runs.%n",
          posts,
          last.requests() - 1,
          last.requests(),
          (last.requests() + 49) / 50);
    } finally {
      FileTree.delete(work);
    }
    System.exit(0);
  }

  private static void row(PrintStream out, String what, ChannelSync.Result result) {
    if (result.problem() != null) {
      throw new IllegalStateException(result.summary());
    }
    out.printf(
        Locale.ROOT,
        "| %s | %d | %.3f s | %d new | |%n",
        what,
        result.requests(),
        result.took().toNanos() / 1e9,
        result.newPosts());
  }

  /** Every page from the newest back, fetched plainly; returns the number of requests. */
  private static int baseline(URI site) throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    String next = "/s/" + CHANNEL;
    int requests = 0;
    while (next != null) {
      HttpResponse<String> page =
          http.send(
              HttpRequest.newBuilder(site.resolve(next)).build(),
              HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      requests++;
      Matcher m = BEFORE.matcher(page.body());
      next = m.find() ? "/s/" + CHANNEL + "?before=" + m.group(1) : null;
    }
    return requests;
  }

  private static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    return sorted.get(sorted.size() / 2);
  }
}
