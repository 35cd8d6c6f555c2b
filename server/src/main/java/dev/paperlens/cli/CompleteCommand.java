package dev.paperlens.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Optional;

/**
 * {@code complete --sources PATH... [--context citation|prose] [--format jsonl] PREFIX}: what the
 * editor's completion would offer for the prefix.
 */
public final class CompleteCommand implements Command {
  private static final String USAGE =
      "usage: complete (--sources PATH... [--index DIR] | "
          + IndexOptions.SOLR_USAGE
          + ")\n"
          + "                [--context any|citation|prose] [--format text|jsonl] [--limit N] PREFIX";

  private final CorpusSource corpus;

  public CompleteCommand(CorpusSource corpus) {
    this.corpus = corpus;
  }

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
    Optional<IndexOptions> parsed = IndexOptions.parse("complete", USAGE, "PREFIX", args, err);
    if (parsed.isEmpty()) {
      return 2;
    }
    IndexOptions options = parsed.get();
    try (IndexedSources.Opened opened = IndexedSources.open(options, corpus, err)) {
      HitPrinter.print(
          opened.index().complete(options.rest().get(0), options.context(), options.limit()),
          options.jsonl(),
          out);
    }
    return 0;
  }
}
