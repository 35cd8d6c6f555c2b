package dev.paperlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchJvmTest {
  @TempDir Path dir;

  private static final Path JAVA_HOME = Path.of("/jdk");

  private static Optional<List<String>> command(
      List<String> options, String property, String... args) {
    return BatchJvm.command(args, options, property, JAVA_HOME, "app.jar");
  }

  @Test
  void papersRunsInAJvmWithTheBatchFlagsKeepingTheUsersOptions() {
    assertEquals(
        Optional.of(
            List.of(
                JAVA_HOME.resolve("bin").resolve("java").toString(),
                "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC",
                "-Xmx2g",
                "-Dfile.encoding=UTF-8",
                "-Dpaperlens.batchJvm=child",
                "-cp",
                "app.jar",
                "dev.paperlens.cli.Main",
                "papers",
                "--sources",
                "lib.bib")),
        command(
            List.of("-Xmx2g", "-Dfile.encoding=UTF-8"), null, "papers", "--sources", "lib.bib"));
  }

  @Test
  void noSecondJvmWhenTheUserChoseOrTheCommandIsLongLived() {
    String[][] rows = {
      // option given to this JVM, or "" for none; then the command line
      {"-XX:TieredStopAtLevel=1", "papers"},
      {"-XX:+UseSerialGC", "papers"},
      {"-XX:+UseG1GC", "papers"},
      {"-XX:+UseParallelGC", "papers"},
      {"-XX:-TieredCompilation", "papers"},
      {"-Xint", "papers"},
      {"-agentlib:jdwp=transport=dt_socket,server=y,address=5005", "papers"},
      {"-javaagent:agent.jar", "papers"},
      {"", "serve"},
      {"", "index"},
      {"", "--help"},
    };
    for (String[] row : rows) {
      List<String> options = row[0].isEmpty() ? List.of() : List.of(row[0]);
      assertEquals(
          Optional.empty(),
          command(options, null, row[1], "--sources", "x"),
          String.join(" ", row));
    }
    assertEquals(Optional.empty(), command(List.of(), null));
  }

  @Test
  void thePropertyTurnsItOffAndTheSecondJvmStartsNoThird() {
    assertEquals(Optional.empty(), command(List.of(), "false", "papers", "--sources", "x"));
    assertEquals(Optional.empty(), command(List.of(), "child", "papers", "--sources", "x"));
  }

  /** The real thing: a JVM started as a user would, printing what the command prints in process. */
  @Test
  void theSecondJvmPrintsWhatTheCommandPrintsAndExitsWithItsCode() throws Exception {
    Path bib =
        Files.writeString(
            dir.resolve("lib.bib"),
            "@article{vaswani2017attention,\n  title = {Attention Is All You Need},\n"
                + "  author = {Vaswani, Ashish and Shazeer, Noam},\n  year = {2017}\n}\n");
    ByteArrayOutputStream inProcess = new ByteArrayOutputStream();
    int code =
        Main.run(
            new String[] {"papers", "--sources", bib.toString(), "--format", "jsonl"},
            new PrintStream(inProcess, true, StandardCharsets.UTF_8),
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    assertEquals(0, code);

    Process ok = start("papers", "--sources", bib.toString(), "--format", "jsonl");
    assertTrue(
        secondJvm(ok).stream().anyMatch(argument -> argument.equals("-XX:+UseSerialGC")),
        "a second JVM with the batch flags");
    String printed = new String(ok.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, ok.waitFor());
    assertEquals(inProcess.toString(StandardCharsets.UTF_8), printed);

    Process missing = start("papers", "--sources", dir.resolve("absent.bib").toString());
    String said = new String(missing.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(1, missing.waitFor());
    assertTrue(said.contains("absent.bib"), said);
  }

  /** The arguments of the first process {@code parent} starts, waited for while it runs. */
  private static List<String> secondJvm(Process parent) throws InterruptedException {
    while (parent.isAlive()) {
      Optional<ProcessHandle> child = parent.children().findFirst();
      if (child.isPresent()) {
        return child.get().info().arguments().map(List::of).orElse(List.of());
      }
      Thread.sleep(5);
    }
    return List.of();
  }

  private static Process start(String... args) throws Exception {
    List<String> line = new ArrayList<>();
    line.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    line.add("-cp");
    line.add(System.getProperty("java.class.path"));
    line.add(Main.class.getName());
    line.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(line);
    builder.environment().remove("JDK_JAVA_OPTIONS");
    builder.environment().remove("JAVA_TOOL_OPTIONS");
    return builder.redirectInput(ProcessBuilder.Redirect.PIPE).start();
  }
}
