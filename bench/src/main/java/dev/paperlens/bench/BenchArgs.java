package dev.paperlens.bench;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A benchmark's positional arguments. {@code --help} prints the usage line; an argument that is not
 * a number where one is wanted prints the usage line and which argument it was, and ends the run
 * with status 2, instead of a stack trace.
 */
final class BenchArgs {
  private final String[] args;
  private final String usage;

  private BenchArgs(String[] args, String usage) {
    this.args = args.clone();
    this.usage = usage;
  }

  /**
   * The arguments of one benchmark's {@code main}; prints the usage and ends the run when they ask
   * for help.
   *
   * @param benchmark the class's simple name, as a user types it after the package
   * @param usage its arguments, e.g. {@code "[REVIEWS [ROUNDS]]"}
   */
  static BenchArgs of(String[] args, String benchmark, String usage) {
    BenchArgs parsed = new BenchArgs(args, "dev.paperlens.bench." + benchmark + " " + usage);
    for (String arg : args) {
      if (arg.equals("--help") || arg.equals("-h")) {
        stdout().println("usage: java -cp bench/target/paperlens-bench.jar " + parsed.usage);
        System.exit(0);
      }
    }
    return parsed;
  }

  boolean has(int index) {
    return index < args.length;
  }

  /** Argument {@code index} as text, or {@code fallback} when it is not given. */
  String text(int index, String fallback) {
    return has(index) ? args[index] : fallback;
  }

  /** Argument {@code index} as a whole number ({@code 100_000} allowed), or {@code fallback}. */
  int count(int index, int fallback) {
    return has(index) ? whole(args[index], index) : fallback;
  }

  /** Argument {@code index} as a number, or {@code fallback}. */
  double number(int index, double fallback) {
    if (!has(index)) {
      return fallback;
    }
    try {
      return Double.parseDouble(args[index].strip());
    } catch (NumberFormatException e) {
      throw fail(index, "a number");
    }
  }

  /** Argument {@code index} as comma-separated whole numbers, or {@code fallback}'s. */
  List<Integer> counts(int index, String fallback) {
    List<Integer> counts = new ArrayList<>();
    for (String part : text(index, fallback).split(",", -1)) {
      counts.add(whole(part, index));
    }
    return counts;
  }

  private int whole(String text, int index) {
    try {
      return Integer.parseInt(text.strip().replace("_", ""));
    } catch (NumberFormatException e) {
      throw fail(index, "a whole number");
    }
  }

  private IllegalStateException fail(int index, String wanted) {
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    err.println("usage: java -cp bench/target/paperlens-bench.jar " + usage);
    err.println("argument " + (index + 1) + " ('" + args[index] + "') is not " + wanted);
    System.exit(2);
    return new IllegalStateException("unreachable");
  }

  static PrintStream stdout() {
    return new PrintStream(System.out, true, StandardCharsets.UTF_8);
  }
}
