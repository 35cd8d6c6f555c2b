package dev.paperlens.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Optional;

/** {@code search --sources PATH... [--format jsonl] [--limit N] QUERY}: ranked full-text search. */
public final class SearchCommand implements Command {
  private static final String USAGE =
      "usage: search (--sources PATH... [--index DIR] | "
          + IndexOptions.SOLR_USAGE
          + ")\n"
          + "              [--format text|jsonl] [--limit N] QUERY";

  private final CorpusSource corpus;

  public SearchCommand(CorpusSource corpus) {
    this.corpus = corpus;
  }

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
    Optional<IndexOptions> parsed = IndexOptions.parse("search", USAGE, "", args, err);
    if (parsed.isEmpty()) {
      return 2;
    }
    IndexOptions options = parsed.get();
    String query = String.join(" ", options.rest()).trim();
    if (query.isEmpty()) {
      err.println("paperlens search: no query");
      err.println(USAGE);
      return 2;
    }
    try (IndexedSources.Opened opened = IndexedSources.open(options, corpus, err)) {
      HitPrinter.print(opened.index().search(query, options.limit()), options.jsonl(), out);
    }
    return 0;
  }
}
