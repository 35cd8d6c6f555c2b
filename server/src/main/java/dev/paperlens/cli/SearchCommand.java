package dev.paperlens.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code search --sources PATH [--format jsonl] [--limit N] QUERY...}: ranked full-text search. */
public final class SearchCommand implements dev.paperlens.cli.Command {

  @Command(
      name = "search",
      mixinStandardHelpOptions = true,
      versionProvider = Main.Version.class,
      sortOptions = false,
      description = "Searches the reviews' titles, names and text, best first.",
      footer = {
        "",
        "Example:",
        "  java -jar paperlens-server.jar search --sources examples \"низкоранговые матрицы\""
      })
  static final class Options implements Cli.Validated {
    @Mixin Cli.Sources sources = new Cli.Sources();
    @Mixin Cli.Output output = new Cli.Output();
    @Mixin Cli.Team team = new Cli.Team();

    @Parameters(paramLabel = "QUERY", arity = "1..*", description = "Words to search for.")
    List<String> query = new ArrayList<>();

    IndexOptions parsed;

    @Override
    public void validate() {
      parsed =
          IndexOptions.of(
              sources,
              team,
              output,
              dev.paperlens.index.CompletionContext.ANY,
              IndexOptions.Solr.DEFAULT,
              query,
              false);
      if (String.join(" ", query).isBlank()) {
        throw new IllegalArgumentException("the query is empty");
      }
    }
  }

  private final CorpusSource corpus;

  public SearchCommand(CorpusSource corpus) {
    this.corpus = corpus;
  }

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
    Options options = new Options();
    OptionalInt exit = Cli.parse(options, args, out, err);
    if (exit.isPresent()) {
      return exit.getAsInt();
    }
    String query = String.join(" ", options.query).strip();
    try (IndexedSources.Opened opened = IndexedSources.open(options.parsed, corpus, err)) {
      HitPrinter.print(
          opened.index().search(query, options.parsed.limit()),
          options.parsed.jsonl(),
          out,
          err,
          "search: no results for \"" + query + "\"");
    }
    return 0;
  }
}
