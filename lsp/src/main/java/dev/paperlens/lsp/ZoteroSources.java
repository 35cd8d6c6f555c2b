package dev.paperlens.lsp;

import dev.paperlens.corpus.ZoteroPull;
import dev.paperlens.index.IndexLocation;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Zotero libraries named in {@code sources} as Better BibTeX pull-export URLs on this machine: each
 * stands for its local copy ({@link ZoteroPull}), which the index reads like any file, and is
 * pulled at start and then every {@code zoteroPollSeconds} on one background thread for as long as
 * the server runs (that is, while the editor is connected). A pull that brought a changed library
 * asks for a new index; one that failed is one log line when the library's state changes (not one
 * per poll), and the last copy stays in use.
 */
final class ZoteroSources implements AutoCloseable {

  /**
   * Where copies live and how long a pull may take.
   *
   * @param cacheRoot the cache folder; copies go to {@code zotero/} under it
   * @param timeout for connecting and for each answer
   */
  record Config(Path cacheRoot, Duration timeout) {
    /** The per-user cache folder (where indexes go too); 10 s per answer. */
    static Config defaults() {
      return new Config(IndexLocation.cacheRoot(), Duration.ofSeconds(10));
    }
  }

  private final Config config;
  private final ScheduledThreadPoolExecutor thread =
      new ScheduledThreadPoolExecutor(
          1,
          r -> {
            Thread t = new Thread(r, "paperlens-zotero-poll");
            t.setDaemon(true);
            return t;
          });

  /** The libraries polled now, by URL. */
  private final Map<String, ZoteroPull> pulls = new LinkedHashMap<>();

  /** By copy: the failure last logged, or "" while the library answers. */
  private final Map<String, String> lastFailure = new LinkedHashMap<>();

  private ScheduledFuture<?> polling;
  private List<String> polledUrls = List.of();
  private int polledSeconds;

  ZoteroSources(Config config) {
    this.config = config;
    thread.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
  }

  /** Whether a source is a URL, which only this class reads (or refuses). */
  static boolean isUrl(String source) {
    return ZoteroPull.isUrl(source);
  }

  /** The copy of the library a URL source names, when one was kept; refusals go to problems. */
  Optional<Path> cached(String source, List<String> problems) {
    Optional<String> problem = ZoteroPull.problem(source);
    if (problem.isPresent()) {
      problems.add(problem.get());
      return Optional.empty();
    }
    return Optional.of(ZoteroPull.copyFile(config.cacheRoot(), source))
        .filter(Files::isRegularFile);
  }

  /**
   * Polls the URL sources among {@code sources} every {@code seconds}, starting now; the same
   * sources and interval as before change nothing.
   *
   * @param log takes one line when a library's state changes (refused, failing, back, changed)
   * @param changed runs after a pull brought a changed library, to index it
   */
  synchronized void poll(
      List<String> sources, int seconds, Consumer<String> log, Runnable changed) {
    List<String> urls =
        sources.stream()
            .filter(ZoteroSources::isUrl)
            .filter(s -> ZoteroPull.problem(s).isEmpty())
            .map(String::strip)
            .distinct()
            .toList();
    if (urls.equals(polledUrls) && seconds == polledSeconds) {
      return;
    }
    polledUrls = urls;
    polledSeconds = seconds;
    if (polling != null) {
      polling.cancel(false);
      polling = null;
    }
    if (urls.isEmpty() || thread.isShutdown()) {
      return;
    }
    Map<String, ZoteroPull> wanted = new LinkedHashMap<>();
    for (String url : urls) {
      wanted.put(
          url,
          pulls.containsKey(url)
              ? pulls.get(url)
              : new ZoteroPull(URI.create(url), config.cacheRoot(), config.timeout()));
    }
    pulls.clear();
    pulls.putAll(wanted);
    List<ZoteroPull> round = List.copyOf(wanted.values());
    polling =
        thread.scheduleWithFixedDelay(
            () -> pullAll(round, log, changed), 0, seconds, TimeUnit.SECONDS);
  }

  private void pullAll(List<ZoteroPull> round, Consumer<String> log, Runnable changed) {
    boolean any = false;
    for (ZoteroPull pull : round) {
      if (Thread.currentThread().isInterrupted()) {
        return;
      }
      ZoteroPull.Result result = pull.pull();
      String key = pull.copy().toString();
      // The failure being reported for this library, or null while it answers.
      String failure =
          result.outcome() == ZoteroPull.Outcome.FAILED ? "Zotero: " + result.message() : null;
      String before;
      synchronized (lastFailure) {
        before = lastFailure.put(key, failure == null ? "" : failure);
      }
      if (failure != null && !failure.equals(before)) {
        // One line when a library starts failing or fails differently, not one per poll.
        log.accept(failure);
      } else if (failure == null && before != null && !before.isEmpty()) {
        log.accept("Zotero answers again at " + key);
      }
      if (result.outcome() == ZoteroPull.Outcome.CHANGED) {
        log.accept("Zotero: " + result.message() + ", kept in " + key);
        any = true;
      }
    }
    if (any) {
      changed.run();
    }
  }

  /** Requests made so far by every library polled now, for figures and tests. */
  synchronized int requests() {
    return pulls.values().stream().mapToInt(ZoteroPull::requests).sum();
  }

  @Override
  public synchronized void close() {
    if (polling != null) {
      polling.cancel(false);
    }
    thread.shutdownNow();
  }
}
