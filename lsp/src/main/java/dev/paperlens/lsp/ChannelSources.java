package dev.paperlens.lsp;

import dev.paperlens.corpus.ChannelSync;
import dev.paperlens.index.IndexLocation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * The public channels named in {@code sources} ({@code t.me/NAME}, {@code @NAME}): each stands for
 * its cache file, which the index reads like a Telegram export, and is synced once per session on a
 * background thread, one channel after another, so that {@code initialize} and the first index
 * never wait on the network. A sync that brought posts asks for a new index; one that failed is one
 * log line and the index keeps what the cache had.
 */
final class ChannelSources implements AutoCloseable {

  /**
   * Where channel caches live and how syncs behave.
   *
   * @param cacheRoot the cache folder; caches go to {@code channels/NAME.json} under it
   * @param options the sync's site, delay and timeouts (the page cap comes from the settings)
   */
  record Config(Path cacheRoot, ChannelSync.Options options) {
    /** The per-user cache folder (where indexes go too) and t.me. */
    static Config defaults() {
      return new Config(IndexLocation.cacheRoot(), ChannelSync.Options.defaults());
    }
  }

  private final Config config;
  private final Set<String> started = ConcurrentHashMap.newKeySet();
  private final ExecutorService thread =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "paperlens-channel-sync");
            t.setDaemon(true);
            return t;
          });

  ChannelSources(Config config) {
    this.config = config;
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
    Set<String> names = new LinkedHashSet<>();
    for (String source : sources) {
      channel(source)
          .filter(name -> started.add(name.toLowerCase(java.util.Locale.ROOT)))
          .ifPresent(names::add);
    }
    if (names.isEmpty()) {
      return;
    }
    ChannelSync sync = new ChannelSync(config.options().withMaxPages(maxPages));
    thread.execute(
        () -> {
          for (String name : names) {
            if (Thread.currentThread().isInterrupted()) {
              return;
            }
            ChannelSync.Result result = sync.sync(name, cacheFile(name));
            log.accept("channel " + result.summary());
            if (result.newPosts() > 0) {
              newPosts.run();
            }
          }
        });
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
