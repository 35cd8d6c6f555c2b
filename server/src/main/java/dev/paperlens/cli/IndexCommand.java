package dev.paperlens.cli;

import dev.paperlens.index.IndexChanges;
import java.io.PrintStream;
import java.util.List;
import java.util.Optional;

/**
 * {@code index --sources PATH... [--index DIR]}: builds or updates the index, says what changed.
 */
public final class IndexCommand implements Command {
  private static final String USAGE =
      """
      usage: index --sources PATH... [--index DIR]
             index --sources PATH... --backend solr (--solr-url URL[,URL...] | --zk-hosts HOST:PORT[,...][/CHROOT])
                   [--collection NAME] [--shards N] [--replicas N] [--batch N]""";

  private final CorpusSource corpus;

  public IndexCommand(CorpusSource corpus) {
    this.corpus = corpus;
  }

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
    Optional<IndexOptions> parsed = IndexOptions.parse("index", USAGE, null, args, err);
    if (parsed.isEmpty()) {
      return 2;
    }
    IndexOptions options = parsed.get();
    long start = System.nanoTime();
    try (IndexedSources.Opened opened = IndexedSources.open(options, corpus, err)) {
      IndexChanges changes = opened.changes();
      if (changes.rebuildReason() != null) {
        out.println("rebuilt: " + changes.rebuildReason());
      }
      out.println(changes.summary());
      for (String source : changes.changedSources()) {
        out.println("  changed: " + source);
      }
      out.printf(
          java.util.Locale.ROOT,
          "%d papers indexed in %.2f s (%s)%n",
          opened.index().size(),
          (System.nanoTime() - start) / 1e9,
          opened.where());
    }
    return 0;
  }
}
