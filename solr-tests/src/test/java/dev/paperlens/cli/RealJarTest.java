package dev.paperlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paperlens.team.SolrCluster;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The shaded server jar, as users run it, pushes to and reads from the cluster: by ZooKeeper and by
 * URL. Catches what the shading drops (service files, the ZooKeeper client, logging).
 */
class RealJarTest {
  private static final Path JAR = Path.of("..", "server", "target", "paperlens-server.jar");

  private record Run(int code, String out, String err) {}

  private static Run java(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-jar");
    command.add(JAR.toString());
    command.addAll(List.of(args));
    Path out = Files.createTempFile("jar-out", ".txt");
    Path err = Files.createTempFile("jar-err", ".txt");
    Process process =
        new ProcessBuilder(command)
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("the jar did not finish: " + String.join(" ", args));
    }
    return new Run(
        process.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  @Test
  void theShadedJarPushesByZooKeeperAndReadsByUrl() throws Exception {
    Assumptions.assumeTrue(Files.isRegularFile(JAR), "the server jar is built by `mvn package`");
    SolrCluster solr = SolrCluster.get();
    String collection = SolrCluster.newCollectionName();
    Run push =
        java(
            "index",
            "--sources",
            "../examples",
            "--backend",
            "solr",
            "--zk-hosts",
            solr.cluster.getZkServer().getZkAddress(),
            "--collection",
            collection);
    assertEquals(0, push.code(), push.err());
    assertTrue(push.err().lines().noneMatch(l -> l.startsWith("INFO")), push.err());
    assertTrue(push.out().startsWith("papers +"), push.out());
    Run complete =
        java(
            "complete",
            "--backend",
            "solr",
            "--solr-url",
            solr.urls(),
            "--collection",
            collection,
            "--format",
            "jsonl",
            "гиен");
    assertEquals(0, complete.code(), complete.err());
    assertTrue(
        complete.out().lines().findFirst().orElse("").contains("\"name\":\"Hyena\""),
        complete.out());
    // Nothing but the answer on standard output, no logging framework's complaints on standard
    // error.
    assertTrue(complete.out().lines().allMatch(l -> l.startsWith("{")), complete.out());
    assertTrue(!complete.err().contains("SLF4J"), complete.err());
  }
}
