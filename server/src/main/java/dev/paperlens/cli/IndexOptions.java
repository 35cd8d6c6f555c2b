package dev.paperlens.cli;

import dev.paperlens.index.CompletionContext;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The options the index commands share: {@code --sources PATH...} (every argument up to the next
 * option), {@code --index DIR}, {@code --format text|jsonl}, {@code --limit N},
 * {@code --context any|citation|prose}; anything else is the query.
 */
record IndexOptions(
    List<Path> sources,
    Path indexDir,
    boolean jsonl,
    int limit,
    CompletionContext context,
    List<String> rest) {

  /**
   * The options of one command, or empty after telling the user what is wrong: the parse error, or
   * a number of operands the command does not take.
   *
   * @param operand the name of the one operand the command takes, null for none, "" for any number
   */
  static Optional<IndexOptions> parse(
      String command, String usage, String operand, List<String> args, PrintStream err) {
    String problem;
    try {
      IndexOptions options = parse(args);
      int wanted = operand == null ? 0 : 1;
      if ("".equals(operand) || options.rest().size() == wanted) {
        return Optional.of(options);
      }
      problem = operand == null ? "unexpected " + options.rest() : "give exactly one " + operand;
    } catch (IllegalArgumentException e) {
      problem = e.getMessage();
    }
    err.println("paperlens " + command + ": " + problem);
    err.println(usage);
    return Optional.empty();
  }

  static IndexOptions parse(List<String> args) {
    List<Path> sources = new ArrayList<>();
    List<String> rest = new ArrayList<>();
    Path indexDir = null;
    boolean jsonl = false;
    int limit = 10;
    CompletionContext context = CompletionContext.ANY;
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      switch (arg) {
        case "--sources" -> {
          while (i + 1 < args.size() && !args.get(i + 1).startsWith("--")) {
            sources.add(Path.of(args.get(++i)));
          }
        }
        case "--index" -> indexDir = Path.of(value(args, ++i, arg));
        case "--format" -> {
          String format = value(args, ++i, arg);
          if (!format.equals("jsonl") && !format.equals("text")) {
            throw new IllegalArgumentException("--format is text or jsonl, not " + format);
          }
          jsonl = format.equals("jsonl");
        }
        case "--limit" -> {
          try {
            limit = Integer.parseInt(value(args, ++i, arg));
          } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--limit needs a number");
          }
        }
        case "--context" ->
            context = CompletionContext.valueOf(value(args, ++i, arg).toUpperCase(Locale.ROOT));
        case "--" -> {
          rest.addAll(args.subList(i + 1, args.size()));
          i = args.size();
        }
        default -> {
          if (arg.startsWith("--")) {
            throw new IllegalArgumentException("unknown option " + arg);
          }
          rest.add(arg);
        }
      }
    }
    if (sources.isEmpty()) {
      throw new IllegalArgumentException("--sources PATH... is required");
    }
    return new IndexOptions(sources, indexDir, jsonl, limit, context, rest);
  }

  private static String value(List<String> args, int i, String option) {
    if (i >= args.size()) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return args.get(i);
  }
}
