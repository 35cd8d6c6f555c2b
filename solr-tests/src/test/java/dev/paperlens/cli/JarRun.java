package dev.paperlens.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The editor jar run as users run it ({@code java -jar paperlens-server.jar ...}), its output
 * captured in files under the module's build folder and deleted once read.
 */
record JarRun(int code, String out, String err) {
  static final Path JAR = Path.of("..", "server", "target", "paperlens-server.jar");

  static JarRun of(Map<String, String> env, List<String> unset, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    // The JVM's own warnings on standard error, as the clients pass them: output is the answer.
    command.addAll(List.of("-Xlog:disable", "-Xlog:all=warning:stderr"));
    command.add("-jar");
    command.add(JAR.toString());
    command.addAll(List.of(args));
    Path folder = Files.createDirectories(Path.of("target", "jar-runs"));
    Path out = Files.createTempFile(folder, "out", ".txt");
    Path err = Files.createTempFile(folder, "err", ".txt");
    try {
      ProcessBuilder builder =
          new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
      unset.forEach(builder.environment()::remove);
      builder.environment().putAll(env);
      Process process = builder.start();
      if (!process.waitFor(120, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new AssertionError("the jar did not finish: " + String.join(" ", args));
      }
      return new JarRun(
          process.exitValue(),
          Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }
}
