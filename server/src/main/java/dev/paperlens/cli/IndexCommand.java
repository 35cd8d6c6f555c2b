package dev.paperlens.cli;

import dev.paperlens.index.IndexChanges;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code index --sources PATH [--index DIR]}: builds or updates the index, says what changed. */
public final class IndexCommand implements dev.paperlens.cli.Command {

  @Command(
      name = "index",
      mixinStandardHelpOptions = true,
      versionProvider = Main.Version.class,
      sortOptions = false,
      description = {
        "Builds or updates the index of the review sources and says what changed.",
        "With --backend solr it pushes them into a team's shared collection instead (only what"
            + " changed; a rerun resumes)."
      },
      footer = {
        "",
        "Examples:",
        "  java -jar paperlens-server.jar index --sources examples",
        "  java -jar paperlens-server.jar index --sources reviews --sources library.bib \\",
        "      --backend solr --solr-url http://solr1:8983/solr"
      })
  static final class Options implements Cli.Validated {
    @Mixin Cli.Sources sources = new Cli.Sources();
    @Mixin Cli.Team team = new Cli.Team();

    @Option(names = "--shards", paramLabel = "N", description = "Shards of a new collection (2).")
    int shards = IndexOptions.Solr.DEFAULT.shards();

    @Option(names = "--replicas", paramLabel = "N", description = "Replicas of each shard (1).")
    int replicas = IndexOptions.Solr.DEFAULT.replicas();

    @Option(names = "--batch", paramLabel = "N", description = "Documents a request (500).")
    int batch = IndexOptions.Solr.DEFAULT.batch();

    IndexOptions parsed;

    @Override
    public void validate() {
      within("--shards", shards, 1000);
      within("--replicas", replicas, 100);
      within("--batch", batch, 100_000);
      parsed =
          IndexOptions.of(
              sources,
              team,
              new Cli.Output(),
              dev.paperlens.index.CompletionContext.ANY,
              new IndexOptions.Solr(shards, replicas, batch),
              List.of(),
              true);
    }

    private static void within(String option, int n, int max) {
      if (n < 1 || n > max) {
        throw new IllegalArgumentException(option + " is a number from 1 to " + max + ", not " + n);
      }
    }
  }

  private final CorpusSource corpus;

  public IndexCommand(CorpusSource corpus) {
    this.corpus = corpus;
  }

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
    Options options = new Options();
    OptionalInt exit = Cli.parse(options, args, out, err);
    if (exit.isPresent()) {
      return exit.getAsInt();
    }
    long start = System.nanoTime();
    try (IndexedSources.Opened opened = IndexedSources.open(options.parsed, corpus, err)) {
      IndexChanges changes = opened.changes();
      if (changes.rebuildReason() != null) {
        out.println("rebuilt: " + changes.rebuildReason());
      }
      out.println(changes.summary());
      for (String source : changes.changedSources()) {
        out.println("  changed: " + source);
      }
      out.printf(
          Locale.ROOT,
          "%d papers indexed in %.2f s (%s)%n",
          opened.index().size(),
          (System.nanoTime() - start) / 1e9,
          opened.where());
    }
    return 0;
  }
}
