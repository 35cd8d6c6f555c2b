package dev.paperlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchJvmTest {
  @TempDir Path dir;

  private static final Path JAVA_HOME = Path.of("/jdk");

  private static Optional<List<String>> command(
      List<String> options, String property, String... args) {
    return BatchJvm.command(args, options, property, JAVA_HOME, "app.jar", () -> ARCHIVE);
  }

  private static final List<String> ARCHIVE = List.of("-XX:SharedArchiveFile=app.jsa");

  @Test
  void papersRunsInAJvmWithTheBatchFlagsKeepingTheUsersOptions() {
    assertEquals(
        Optional.of(
            List.of(
                JAVA_HOME.resolve("bin").resolve("java").toString(),
                "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC",
                "-Xmn32m",
                "-Xlog:disable",
                "-Xlog:all=warning,cds*=off:stderr",
                "-XX:SharedArchiveFile=app.jsa",
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
  void theUsersClassDataSharingReplacesTheArchive() {
    for (String sharing :
        List.of(
            "-Xshare:off", "-XX:SharedArchiveFile=mine.jsa", "-XX:ArchiveClassesAtExit=x.jsa")) {
      List<String> line = command(List.of(sharing), null, "papers").orElseThrow();
      assertTrue(line.contains(sharing), sharing);
      assertTrue(!line.contains(ARCHIVE.get(0)), sharing);
    }
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

    // An initial heap smaller than the batch JVM's young generation: the JVM's warning about it
    // goes to standard error, not among the lines.
    Process small =
        start(
            System.getProperty("java.class.path"),
            dir.resolve("cache"),
            List.of("-Xms8m"),
            "papers",
            "--sources",
            bib.toString(),
            "--format",
            "jsonl");
    String printedSmall = new String(small.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String warned = new String(small.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, small.waitFor());
    assertEquals(inProcess.toString(StandardCharsets.UTF_8), printedSmall);
    assertTrue(warned.contains("NewSize"), warned);

    Process missing = start("papers", "--sources", dir.resolve("absent.bib").toString());
    String said = new String(missing.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(1, missing.waitFor());
    assertTrue(said.contains("absent.bib"), said);
  }

  /**
   * Started from one jar (here one whose manifest names the test's class path), the second JVM
   * writes the class archive at its first run and maps it at the next; the JVM's sharing messages
   * never reach the output.
   */
  @Test
  void fromOneJarTheFirstRunWritesTheArchiveAndTheNextPrintsTheSame() throws Exception {
    Path bib =
        Files.writeString(
            dir.resolve("lib.bib"),
            "@misc{hu2021lora,\n  title = {LoRA: Low-Rank Adaptation of Large Language Models},\n"
                + "  year = {2021}\n}\n");
    Manifest manifest = new Manifest();
    manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    manifest
        .getMainAttributes()
        .put(
            Attributes.Name.CLASS_PATH,
            Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(entry -> Path.of(entry).toUri().toString())
                .collect(Collectors.joining(" ")));
    Path jar = dir.resolve("launcher.jar");
    try (OutputStream file = Files.newOutputStream(jar)) {
      new JarOutputStream(file, manifest).finish(); // the manifest is the whole jar
    }
    Path cache = dir.resolve("cache");
    List<String> printed = new ArrayList<>();
    for (int run = 0; run < 2; run++) {
      Process papers =
          start(jar.toString(), cache, "papers", "--sources", bib.toString(), "--format", "jsonl");
      printed.add(new String(papers.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
      assertEquals(0, papers.waitFor());
      if (run == 0) {
        try (Stream<Path> files = Files.list(cache.resolve("classes"))) {
          List<String> names = files.map(p -> p.getFileName().toString()).toList();
          assertEquals(1, names.size(), names.toString());
          assertTrue(names.get(0).startsWith("launcher-") && names.get(0).endsWith(".jsa"));
        }
      }
    }
    assertTrue(printed.get(0).startsWith("{\"key\":\"hu2021lora\""), printed.get(0));
    assertEquals(printed.get(0), printed.get(1));
  }

  /**
   * The arguments of the JVM {@code parent} starts, waited for while it runs. A child is first seen
   * as the JDK's spawn helper (or with no arguments yet) and only after its exec as the second JVM,
   * so the answer is the first look at a child whose arguments name the main class.
   */
  private static List<String> secondJvm(Process parent) throws InterruptedException {
    // A child is first a copy of its parent (until it execs the spawn helper, which then execs the
    // JVM): a line equal to the parent's own is that copy, not the second JVM.
    List<String> parentLine = parent.info().arguments().map(List::of).orElse(List.of());
    while (parent.isAlive()) {
      Optional<List<String>> arguments =
          parent
              .children()
              .map(child -> child.info().arguments().map(List::of).orElse(List.<String>of()))
              .filter(line -> line.contains(Main.class.getName()) && !line.equals(parentLine))
              .findFirst();
      if (arguments.isPresent()) {
        return arguments.get();
      }
      Thread.sleep(2);
    }
    return List.of();
  }

  private Process start(String... args) throws Exception {
    return start(System.getProperty("java.class.path"), dir.resolve("cache"), args);
  }

  private static Process start(String classPath, Path cache, String... args) throws Exception {
    return start(classPath, cache, List.of(), args);
  }

  private static Process start(
      String classPath, Path cache, List<String> jvmOptions, String... args) throws Exception {
    List<String> line = new ArrayList<>();
    line.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    line.addAll(jvmOptions);
    line.add("-cp");
    line.add(classPath);
    line.add(Main.class.getName());
    line.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(line);
    builder.environment().remove("JDK_JAVA_OPTIONS");
    builder.environment().remove("JAVA_TOOL_OPTIONS");
    builder.environment().put("PAPERLENS_CACHE_DIR", cache.toString());
    return builder.redirectInput(ProcessBuilder.Redirect.PIPE).start();
  }
}
