package dev.paperlens.cli;

import java.io.PrintStream;
import java.util.List;

/**
 * {@code complete --sources PATH... [--context citation|prose] [--format jsonl] PREFIX}: what the
 * editor's completion would offer for the prefix.
 */
public final class CompleteCommand implements Command {
  private static final String USAGE =
      "usage: complete --sources PATH... [--index DIR] [--context any|citation|prose]"
          + " [--format text|jsonl] [--limit N] PREFIX";

  private final CorpusSource corpus;

  public CompleteCommand(CorpusSource corpus) {
    this.corpus = corpus;
  }

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
    IndexOptions options;
    try {
      options = IndexOptions.parse(args);
    } catch (IllegalArgumentException e) {
      err.println("paperlens complete: " + e.getMessage());
      err.println(USAGE);
      return 2;
    }
    if (options.rest().size() != 1) {
      err.println("paperlens complete: give exactly one PREFIX");
      err.println(USAGE);
      return 2;
    }
    try (IndexedSources.Opened opened = IndexedSources.open(options, corpus, err)) {
      HitPrinter.print(
          opened.index().complete(options.rest().get(0), options.context(), options.limit()),
          options.jsonl(),
          out);
    }
    return 0;
  }
}
