package dev.paperlens.cli;

import dev.paperlens.index.CompletionContext;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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
