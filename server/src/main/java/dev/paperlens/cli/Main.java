package dev.paperlens.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import picocli.CommandLine.IVersionProvider;

/**
 * Entry point: {@code java -jar paperlens-server.jar [COMMAND] [ARGS...]}; no command means serve.
 */
public final class Main {
  private Main() {}

  /** A subcommand and the line that describes it in the overview. */
  private record Entry(Supplier<Command> command, String summary) {}

  /** Subcommands by name, in the order help lists them. */
  private static Map<String, Entry> entries() {
    Map<String, Entry> commands = new LinkedHashMap<>();
    commands.put(
        "serve",
        new Entry(() -> new ServeCommand(ReviewIndex::builder), "the language server (default)"));
    commands.put(
        "demo",
        new Entry(
            () -> new DemoCommand(ReviewIndex::builder),
            "what an editor gets on a sample folder, printed"));
    commands.put("papers", new Entry(PapersCommand::new, "the papers the sources review"));
    commands.put(
        "index", new Entry(() -> new IndexCommand(SourceFiles.FILES), "build or update the index"));
    commands.put("sync", new Entry(SyncCommand::new, "copy public Telegram channels locally"));
    commands.put(
        "search", new Entry(() -> new SearchCommand(SourceFiles.FILES), "ranked full-text search"));
    commands.put(
        "complete",
        new Entry(() -> new CompleteCommand(SourceFiles.FILES), "what completion offers"));
    return commands;
  }

  /** Subcommands by name. */
  static Map<String, Supplier<Command>> commands() {
    Map<String, Supplier<Command>> out = new LinkedHashMap<>();
    entries().forEach((name, entry) -> out.put(name, entry.command()));
    return out;
  }

  /** picocli's {@code --version} on every command. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {Cli.version()};
    }
  }

  public static void main(String[] args) throws Exception {
    Optional<Integer> relaunched = BatchJvm.relaunch(args);
    if (relaunched.isPresent()) {
      System.exit(relaunched.get());
    }
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    System.exit(run(args, out, err));
  }

  static int run(String[] args, PrintStream out, PrintStream err) throws Exception {
    String name = args.length == 0 ? "serve" : args[0];
    List<String> rest = args.length == 0 ? List.of() : Arrays.asList(args).subList(1, args.length);
    switch (name) {
      case "--help", "-h" -> {
        overview(out);
        return 0;
      }
      case "help" -> {
        if (rest.isEmpty()) {
          overview(out);
          return 0;
        }
        Entry entry = entries().get(rest.get(0));
        if (entry == null) {
          return unknown(rest.get(0), err);
        }
        return entry.command().get().run(List.of("--help"), out, err);
      }
      case "--version", "-V", "version" -> {
        out.println(Cli.version());
        return 0;
      }
      default -> {
        // handled below
      }
    }
    Entry entry = entries().get(name);
    if (entry == null) {
      return unknown(name, err);
    }
    try {
      return entry.command().get().run(rest, out, err);
    } catch (NoSuchFileException e) {
      err.println("paperlens " + name + ": " + e.getReason() + ": " + e.getFile());
      return 1;
    } catch (IOException | UncheckedIOException e) {
      // Sources, the index folder or the team's Solr: say what failed, without a stack trace.
      err.println("paperlens " + name + ": " + e.getMessage());
      return 1;
    } catch (IllegalStateException e) {
      // A missing team add-on, an index another process holds: one line, no stack trace.
      err.println("paperlens " + name + ": " + e.getMessage());
      return 1;
    }
  }

  private static int unknown(String name, PrintStream err) {
    err.println(
        "paperlens: unknown command '"
            + name
            + "'; the commands are "
            + String.join(", ", entries().keySet()));
    err.println("Try '" + Cli.JAR + " --help'.");
    return Cli.USAGE_ERROR;
  }

  private static void overview(PrintStream out) {
    out.println("Usage: java -jar " + Cli.JAR + " [COMMAND] [OPTIONS]");
    out.println("A language server for notes on paper reviews; no command runs the server.");
    out.println();
    out.println("Commands:");
    entries().forEach((name, entry) -> out.printf("  %-9s %s%n", name, entry.summary()));
    out.println();
    out.println("'" + Cli.JAR + " help COMMAND' or 'COMMAND --help' shows a command's options.");
    out.println("'" + Cli.JAR + " --version' shows the version.");
  }
}
