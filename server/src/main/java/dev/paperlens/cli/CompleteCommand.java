package dev.paperlens.cli;

import dev.paperlens.index.CompletionContext;
import java.io.PrintStream;
import java.util.List;
import java.util.OptionalInt;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code complete --sources PATH [--context citation|prose] [--format jsonl] PREFIX}: what the
 * editor's completion would offer for the prefix.
 */
public final class CompleteCommand implements dev.paperlens.cli.Command {

  @Command(
      name = "complete",
      mixinStandardHelpOptions = true,
      versionProvider = Main.Version.class,
      sortOptions = false,
      description = "Prints what an editor's completion offers for a typed prefix, best first.",
      footer = {
        "",
        "Example:",
        "  java -jar paperlens-server.jar complete --sources examples --context citation гиен"
      })
  static final class Options implements Cli.Validated {
    @Mixin Cli.Sources sources = new Cli.Sources();

    @Option(
        names = "--context",
        paramLabel = "any|citation|prose",
        description =
            "Where the prefix is typed: any (default), citation (papers first) or prose (names"
                + " first).")
    CompletionContext context = CompletionContext.ANY;

    @Mixin Cli.Output output = new Cli.Output();
    @Mixin Cli.Team team = new Cli.Team();

    @Parameters(paramLabel = "PREFIX", description = "What was typed so far.")
    String prefix;

    IndexOptions parsed;

    @Override
    public void validate() {
      parsed =
          IndexOptions.of(
              sources, team, output, context, IndexOptions.Solr.DEFAULT, List.of(prefix), false);
    }
  }

  private final CorpusSource corpus;

  public CompleteCommand(CorpusSource corpus) {
    this.corpus = corpus;
  }

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
    Options options = new Options();
    OptionalInt exit = Cli.parse(options, args, out, err);
    if (exit.isPresent()) {
      return exit.getAsInt();
    }
    IndexOptions parsed = options.parsed;
    try (IndexedSources.Opened opened = IndexedSources.open(parsed, corpus, err)) {
      HitPrinter.print(
          opened.index().complete(options.prefix, parsed.context(), parsed.limit()),
          parsed.jsonl(),
          out,
          err,
          "complete: nothing completes \"" + options.prefix + "\"");
    }
    return 0;
  }
}
