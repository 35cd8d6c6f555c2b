package dev.paperlens.cli;

import dev.paperlens.index.IndexLocation;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Runs a one-off command in a second JVM started with the batch flags when the user chose no
 * compiler or collector: the JIT and the collector are fixed when a JVM starts, and a library read
 * is over before the optimizing compiler pays off (docs/performance.md, "papers in a JVM of its
 * own"). The first JVM only waits for the second, whose standard streams are its own.
 */
final class BatchJvm {
  private BatchJvm() {}

  /**
   * The system property that turns the relaunch off ({@code false}); the second JVM gets {@code
   * child}, so it never starts a third.
   */
  static final String PROPERTY = "paperlens.batchJvm";

  /** The commands that read sources once and exit. */
  static final Set<String> COMMANDS = Set.of("papers");

  /**
   * No optimizing compiler, the serial collector with a young generation of 32 MB, and the JVM's
   * warnings on standard error. Almost all a library read allocates dies young; with the
   * collector's default young generation (a third of the heap) the batch JVM peaked at 417 MB at
   * 70,000 entries, against 345 MB with 32 MB, for the same CPU time (docs/performance.md). The JVM
   * prints its warnings (a young generation larger than a small initial heap, say) on standard
   * output, where the JSON lines go: its logging is turned off and its warnings sent to standard
   * error, but for class-data sharing's (the run writing the archive lists every class the archive
   * cannot take). Options of the user's come after these and win.
   */
  static final List<String> FLAGS =
      List.of(
          "-XX:TieredStopAtLevel=1",
          "-XX:+UseSerialGC",
          "-Xmn32m",
          "-Xlog:disable",
          "-Xlog:all=warning,cds*=off:stderr");

  /**
   * JVM options that mean the user chose the compiler or the collector, or attached something to
   * this JVM (a debugger's port, an agent) that a second one would fight over: no relaunch then.
   * {@code -Xint}, {@code -Xcomp}, {@code -XX:[+-]TieredCompilation}, {@code -XX:+Use\w*GC} and
   * these prefixes (followed by one line). Compared as strings: in the first JVM, which only waits,
   * compiling the regular expressions they were cost about a hundredth of a second.
   */
  private static final List<String> CHOSEN_PREFIXES =
      List.of("-XX:TieredStopAtLevel=", "-agentlib:", "-agentpath:", "-javaagent:");

  private static final Set<String> CHOSEN_OPTIONS =
      Set.of("-Xint", "-Xcomp", "-XX:+TieredCompilation", "-XX:-TieredCompilation");

  /** JVM options that choose class data sharing: the batch JVM's archive is left out then. */
  private static final List<String> SHARING_PREFIXES =
      List.of("-Xshare:", "-XX:SharedArchiveFile=", "-XX:ArchiveClassesAtExit=");

  /** Whether the option chooses the compiler or the collector, or attaches something. */
  static boolean chooses(String option) {
    if (CHOSEN_OPTIONS.contains(option) || startsOneLine(option, CHOSEN_PREFIXES)) {
      return true;
    }
    String use = "-XX:+Use";
    if (!option.startsWith(use) || !option.endsWith("GC") || option.length() < use.length() + 2) {
      return false;
    }
    for (int i = use.length(); i < option.length() - 2; i++) {
      char c = option.charAt(i);
      boolean word =
          (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
      if (!word) {
        return false;
      }
    }
    return true;
  }

  /** Whether the option chooses class data sharing. */
  static boolean sharing(String option) {
    return startsOneLine(option, SHARING_PREFIXES);
  }

  /**
   * Whether the option starts with one of the prefixes and holds no line terminator after it, as
   * the regular expression's {@code .*} took it.
   */
  private static boolean startsOneLine(String option, List<String> prefixes) {
    for (String prefix : prefixes) {
      if (option.startsWith(prefix)) {
        for (int i = prefix.length(); i < option.length(); i++) {
          char c = option.charAt(i);
          if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
            return false;
          }
        }
        return true;
      }
    }
    return false;
  }

  /** The environment variables whose options the launcher already put on this JVM's line. */
  private static final List<String> OPTION_VARIABLES =
      List.of("JDK_JAVA_OPTIONS", "JAVA_TOOL_OPTIONS");

  /**
   * The command line of the second JVM for {@code args}, or empty when this JVM runs them itself:
   * another command, relaunch turned off or already done, or compiler or collector chosen.
   *
   * @param jvmOptions this JVM's options as given (with those of the option variables)
   * @param property the value of {@link #PROPERTY}, or null
   * @param archive the options of the class-data archive ({@link ClassArchive#options()}), asked
   *     for only when there is a second JVM and the user did not choose class data sharing
   */
  static Optional<List<String>> command(
      String[] args,
      List<String> jvmOptions,
      String property,
      Path javaHome,
      String classPath,
      Supplier<List<String>> archive) {
    if (args.length == 0 || !COMMANDS.contains(args[0]) || property != null) {
      return Optional.empty();
    }
    if (classPath == null || classPath.isEmpty()) {
      return Optional.empty();
    }
    for (String option : jvmOptions) {
      if (chooses(option)) {
        return Optional.empty();
      }
    }
    List<String> command = new ArrayList<>();
    command.add(javaHome.resolve("bin").resolve("java").toString());
    command.addAll(FLAGS);
    boolean sharingChosen = false;
    for (String option : jvmOptions) {
      sharingChosen |= sharing(option);
    }
    if (!sharingChosen) {
      command.addAll(archive.get());
    }
    command.addAll(jvmOptions);
    command.add("-D" + PROPERTY + "=child");
    command.add("-cp");
    command.add(classPath);
    command.add(Main.class.getName());
    command.addAll(List.of(args));
    return Optional.of(command);
  }

  /**
   * Runs {@code args} in a second JVM when {@link #command} gives one: its exit code, or empty when
   * this JVM should run them (no second JVM wanted, or it could not be started).
   */
  static Optional<Integer> relaunch(String[] args) {
    String property = System.getProperty(PROPERTY);
    if (args.length == 0 || !COMMANDS.contains(args[0]) || property != null) {
      return Optional.empty(); // before asking for the options, which loads java.management
    }
    String classPath = System.getProperty("java.class.path");
    Optional<ClassArchive> archive =
        ClassArchive.of(
            classPath,
            IndexLocation.cacheRoot().resolve("classes"),
            Runtime.version().toString(),
            ProcessHandle.current().pid());
    Optional<List<String>> command =
        command(
            args,
            ManagementFactory.getRuntimeMXBean().getInputArguments(),
            property,
            Path.of(System.getProperty("java.home")),
            classPath,
            () -> archive.map(ClassArchive::options).orElse(List.of()));
    if (command.isEmpty()) {
      return Optional.empty();
    }
    ProcessBuilder builder = new ProcessBuilder(command.get()).inheritIO();
    Map<String, String> environment = builder.environment();
    // Their options are on the line already; read again they would be given twice.
    OPTION_VARIABLES.forEach(environment::remove);
    Process child;
    try {
      child = builder.start();
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
    // Stopped with this JVM (Ctrl-C reaches both; a kill of this one alone stops the other too).
    Thread stop = new Thread(child::destroy, "paperlens-batch-jvm-stop");
    Runtime.getRuntime().addShutdownHook(stop);
    boolean interrupted = false;
    int code;
    while (true) {
      try {
        code = child.waitFor();
        break;
      } catch (InterruptedException e) {
        interrupted = true; // the child's code is still the answer
      }
    }
    Runtime.getRuntime().removeShutdownHook(stop);
    int exitCode = code;
    archive.ifPresent(written -> written.settle(exitCode));
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    return Optional.of(code);
  }
}
