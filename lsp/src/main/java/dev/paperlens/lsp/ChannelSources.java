package dev.paperlens.lsp;

import dev.paperlens.corpus.ChannelSync;
import dev.paperlens.index.IndexLocation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The public channels named in {@code sources} ({@code t.me/NAME}, {@code @NAME}): each stands for
 * its cache file, which the index reads like a Telegram export, and is synced when the server first
 * sees it and then every {@code channels.syncMinutes} while the server runs, on one background
 * thread, one channel after another, so that {@code initialize} and the first index never wait on
 * the network. A sync that brought posts asks for a new index; one that failed is one log line and
 * the index keeps what the cache had. A periodic sync that found nothing new says nothing.
 */
final class ChannelSources implements AutoCloseable {

  /**
   * Where channel caches live and how syncs behave.
   *
   * @param cacheRoot the cache folder; caches go to {@code channels/NAME.json} under it
   * @param options the sync's site, delay and timeouts (the page cap comes from the settings)
   * @param minute how long a minute of {@code channels.syncMinutes} is (shorter in tests)
   */
  record Config(Path cacheRoot, ChannelSync.Options options, Duration minute) {
    Config(Path cacheRoot, ChannelSync.Options options) {
      this(cacheRoot, options, Duration.ofMinutes(1));
    }

    /** The per-user cache folder (where indexes go too) and t.me. */
    static Config defaults() {
      return new Config(IndexLocation.cacheRoot(), ChannelSync.Options.defaults());
    }
  }

  private final Config config;
  private final Set<String> started = ConcurrentHashMap.newKeySet();
  private final ScheduledThreadPoolExecutor thread =
      new ScheduledThreadPoolExecutor(
          1,
          r -> {
            Thread t = new Thread(r, "paperlens-channel-sync");
            t.setDaemon(true);
            return t;
          });

  /** The periodic sync, its channels, interval and page cap; null while there is none. */
  private ScheduledFuture<?> periodic;

  private List<Object> periodicKey = List.of();

  ChannelSources(Config config) {
    this.config = config;
    thread.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
  }

  /** The channel a source names, if any. */
  static Optional<String> channel(String source) {
    return ChannelSync.channelName(source);
  }

  /** The cache file of a channel, whether or not it exists yet. */
  Path cacheFile(String channel) {
    return ChannelSync.cacheFile(config.cacheRoot(), channel);
  }

  /** The cache file of the channel a source names, when it exists. */
  Optional<Path> cached(String source) {
    return channel(source).map(this::cacheFile).filter(Files::isRegularFile);
  }

  /**
   * Syncs, in the background, the channels among {@code sources} not synced yet in this session.
   *
   * @param log takes one line per channel: what came, or why nothing could
   * @param newPosts runs after a channel's sync brought posts, to index them
   */
  void syncNew(List<String> sources, int maxPages, Consumer<String> log, Runnable newPosts) {
    Set<String> names = channels(sources, started);
    if (names.isEmpty() || thread.isShutdown()) {
      return;
    }
    ChannelSync sync = new ChannelSync(config.options().withMaxPages(maxPages));
    thread.execute(() -> syncEach(names, sync, true, log, newPosts));
  }

  /**
   * Syncs the channels among {@code sources} every {@code minutes} from now on, after the first
   * interval; 0 minutes, or no channel, stops it. The same channels, interval and page cap as
   * before change nothing, so a settings change elsewhere does not restart the clock.
   */
  synchronized void syncEvery(
      List<String> sources, int minutes, int maxPages, Consumer<String> log, Runnable newPosts) {
    Set<String> seen = new LinkedHashSet<>();
    Set<String> names = channels(sources, seen);
    List<Object> key = List.of(List.copyOf(seen), minutes, maxPages);
    if (key.equals(periodicKey)) {
      return;
    }
    periodicKey = key;
    if (periodic != null) {
      periodic.cancel(false);
      periodic = null;
    }
    if (names.isEmpty() || minutes == 0 || thread.isShutdown()) {
      return;
    }
    ChannelSync sync = new ChannelSync(config.options().withMaxPages(maxPages));
    long period = config.minute().toNanos() * minutes;
    periodic =
        thread.scheduleWithFixedDelay(
            () -> syncEach(names, sync, false, log, newPosts),
            period,
            period,
            TimeUnit.NANOSECONDS);
  }

  /**
   * The channels {@code sources} name, in order, each once and only if {@code known} did not hold
   * it yet (in lower case, as Telegram compares names); {@code known} gains them.
   */
  private static Set<String> channels(List<String> sources, Set<String> known) {
    Set<String> names = new LinkedHashSet<>();
    for (String source : sources) {
      channel(source)
          .filter(name -> known.add(name.toLowerCase(java.util.Locale.ROOT)))
          .ifPresent(names::add);
    }
    return names;
  }

  /**
   * Syncs one channel after another; without {@code always}, a sync that found nothing says
   * nothing.
   */
  private void syncEach(
      Set<String> names,
      ChannelSync sync,
      boolean always,
      Consumer<String> log,
      Runnable newPosts) {
    for (String name : names) {
      if (Thread.currentThread().isInterrupted()) {
        return;
      }
      ChannelSync.Result result = sync.sync(name, cacheFile(name));
      if (always || result.newPosts() > 0 || result.problem() != null) {
        log.accept("channel " + result.summary());
      }
      if (result.newPosts() > 0) {
        newPosts.run();
      }
    }
  }

  /** Syncs every channel among {@code sources} again (the reindex command), in the background. */
  void syncAll(List<String> sources, int maxPages, Consumer<String> log, Runnable newPosts) {
    started.clear();
    syncNew(sources, maxPages, log, newPosts);
  }

  @Override
  public void close() {
    thread.shutdownNow();
  }
}
