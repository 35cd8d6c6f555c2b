package dev.paperlens.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Entry point: {@code java -jar paperlens-server.jar [COMMAND] [ARGS...]}; no command means serve.
 */
public final class Main {
  private Main() {}

  /** Subcommands by name, in the order help lists them. */
  static Map<String, Supplier<Command>> commands() {
    Map<String, Supplier<Command>> commands = new LinkedHashMap<>();
    commands.put("serve", () -> new ServeCommand(ReviewIndex::builder));
    commands.put("demo", () -> new DemoCommand(ReviewIndex::builder));
    commands.put("papers", PapersCommand::new);
    commands.put("index", () -> new IndexCommand(CorpusSource.FILES));
    commands.put("search", () -> new SearchCommand(CorpusSource.FILES));
    commands.put("complete", () -> new CompleteCommand(CorpusSource.FILES));
    return commands;
  }

  public static void main(String[] args) throws Exception {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    System.exit(run(args, out, err));
  }

  static int run(String[] args, PrintStream out, PrintStream err) throws Exception {
    String name = args.length == 0 ? "serve" : args[0];
    List<String> rest = args.length == 0 ? List.of() : Arrays.asList(args).subList(1, args.length);
    if (name.equals("--help") || name.equals("-h") || name.equals("help")) {
      out.println("usage: paperlens-server.jar [COMMAND] [ARGS...]");
      out.println("commands: " + String.join(", ", commands().keySet()));
      return 0;
    }
    Supplier<Command> command = commands().get(name);
    if (command == null) {
      err.println("paperlens: unknown command '" + name + "'; try one of " + commands().keySet());
      return 2;
    }
    try {
      return command.get().run(rest, out, err);
    } catch (IOException | UncheckedIOException e) {
      // Sources, the index folder or the team's Solr: say what failed, without a stack trace.
      err.println("paperlens " + name + ": " + e.getMessage());
      return 1;
    }
  }
}
