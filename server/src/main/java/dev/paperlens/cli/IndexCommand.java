package dev.paperlens.cli;

import dev.paperlens.index.IndexChanges;
import java.io.PrintStream;
import java.util.List;

/** {@code index --sources PATH... [--index DIR]}: builds or updates the index, says what changed. */
public final class IndexCommand implements Command {
  private static final String USAGE = "usage: index --sources PATH... [--index DIR]";

  private final CorpusSource corpus;

  public IndexCommand(CorpusSource corpus) {
    this.corpus = corpus;
  }

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
    IndexOptions options;
    try {
      options = IndexOptions.parse(args);
    } catch (IllegalArgumentException e) {
      err.println("paperlens index: " + e.getMessage());
      err.println(USAGE);
      return 2;
    }
    if (!options.rest().isEmpty()) {
      err.println("paperlens index: unexpected " + options.rest());
      err.println(USAGE);
      return 2;
    }
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
          "%d papers indexed in %.2f s%n",
          opened.index().size(),
          (System.nanoTime() - start) / 1e9);
    }
    return 0;
  }
}
