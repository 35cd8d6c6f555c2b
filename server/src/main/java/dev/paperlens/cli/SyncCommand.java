package dev.paperlens.cli;

import dev.paperlens.corpus.ChannelSync;
import dev.paperlens.index.IndexLocation;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code sync CHANNEL... [--sources S,...]}: brings the local copies of public Telegram channels up
 * to date ({@link ChannelSync}) and says, per channel, how many posts came, how many requests it
 * took and how long.
 */
public final class SyncCommand implements dev.paperlens.cli.Command {
  @Command(
      name = "sync",
      mixinStandardHelpOptions = true,
      versionProvider = Main.Version.class,
      sortOptions = false,
      description = {
        "Reads public Telegram channels' web previews (t.me/s/NAME) into local cache files that"
            + " every other command and the server read as a source named t.me/NAME.",
        "A later run fetches only posts newer than the cached ones (one request when there are"
            + " none)."
      },
      footer = {
        "",
        "Examples:",
        "  java -jar paperlens-server.jar sync t.me/rizzearch @seti_po_pyatnicam",
        "  java -jar paperlens-server.jar papers --sources t.me/rizzearch"
      })
  static final class Options implements Cli.Validated {
    @Parameters(
        paramLabel = "CHANNEL",
        arity = "0..*",
        description = "t.me/NAME, https://t.me/NAME or @NAME.")
    List<String> channels = new ArrayList<>();

    @Option(
        names = "--sources",
        paramLabel = "SOURCE",
        split = ",",
        description =
            "A sources list as the server takes it; its channels are synced, files are skipped.")
    List<String> sources = new ArrayList<>();

    @Option(
        names = "--cache",
        paramLabel = "DIR",
        description =
            "The cache folder (default: the one the index uses); files go to DIR/channels.")
    Path cache;

    @Option(
        names = "--max-pages",
        paramLabel = "N",
        description = "Most pages read per channel in one run (50, 20 posts a page).")
    int maxPages = ChannelSync.Options.DEFAULT_MAX_PAGES;

    @Option(
        names = "--delay",
        paramLabel = "SECONDS",
        description = "Pause between two requests (1).")
    double delay = 1;

    @Option(
        names = "--timeout",
        paramLabel = "SECONDS",
        description = "How long to wait for each answer (15).")
    double timeout = 15;

    @Option(
        names = "--site",
        paramLabel = "URL",
        description = "Where the previews are read from (https://t.me; a mirror or a test server).")
    URI site = ChannelSync.SITE;

    final Set<String> names = new LinkedHashSet<>();

    @Override
    public void validate() {
      for (String channel : channels) {
        names.add(
            ChannelSync.channelName(channel)
                .orElseThrow(
                    () ->
                        new IllegalArgumentException(
                            "'"
                                + channel
                                + "' names no public channel (t.me/NAME or @NAME; NAME is 5-32"
                                + " letters, digits or _)")));
      }
      for (String source : sources) {
        ChannelSync.channelName(source).ifPresent(names::add);
      }
      if (names.isEmpty()) {
        throw new IllegalArgumentException(
            sources.isEmpty()
                ? "name a channel: sync t.me/NAME"
                : "the sources name no channel (t.me/NAME or @NAME)");
      }
      if (maxPages < 1 || maxPages > 10_000) {
        throw new IllegalArgumentException(
            "--max-pages is a number from 1 to 10000, not " + maxPages);
      }
      if (!(delay >= 0 && delay <= 600) || !(timeout > 0 && timeout <= 600)) {
        throw new IllegalArgumentException(
            "--delay is 0 to 600 seconds and --timeout more than 0, up to 600");
      }
      if (site.getScheme() == null || !site.getScheme().matches("https?")) {
        throw new IllegalArgumentException("--site is an http(s) URL, not " + site);
      }
    }
  }

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
    Options options = new Options();
    OptionalInt exit = Cli.parse(options, args, out, err);
    if (exit.isPresent()) {
      return exit.getAsInt();
    }
    Path root = options.cache != null ? options.cache : IndexLocation.cacheRoot();
    ChannelSync sync =
        new ChannelSync(
            new ChannelSync.Options(
                options.site,
                options.maxPages,
                Duration.ofMillis(Math.round(options.delay * 1000)),
                Duration.ofMillis(Math.round(options.timeout * 1000)),
                Duration.ofSeconds(60)));
    long start = System.nanoTime();
    int posts = 0;
    int requests = 0;
    int failed = 0;
    for (String name : options.names) {
      ChannelSync.Result result = sync.sync(name, ChannelSync.cacheFile(root, name));
      posts += result.newPosts();
      requests += result.requests();
      if (result.problem() == null) {
        out.println(result.summary() + " -> " + result.cache());
      } else {
        failed++;
        err.println("paperlens sync: " + result.summary());
      }
    }
    if (options.names.size() > 1) {
      out.printf(
          Locale.ROOT,
          "%d channels: %d new posts, %d requests, %.1f s%n",
          options.names.size(),
          posts,
          requests,
          (System.nanoTime() - start) / 1e9);
    }
    return failed == 0 ? 0 : 1;
  }
}
