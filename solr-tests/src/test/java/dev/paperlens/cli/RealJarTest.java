package dev.paperlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paperlens.team.SolrCluster;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The shaded server jar, as users run it, pushes to and reads from the cluster: by ZooKeeper and by
 * URL. Catches what the shading drops (service files, the ZooKeeper client, logging).
 */
class RealJarTest {
  private static final Path JAR = JarRun.JAR;

  private static JarRun java(String... args) throws IOException, InterruptedException {
    return JarRun.of(Map.of(), List.of(), args);
  }

  @Test
  void theShadedJarPushesByZooKeeperAndReadsByUrl() throws Exception {
    Assumptions.assumeTrue(Files.isRegularFile(JAR), "the server jar is built by `mvn package`");
    SolrCluster solr = SolrCluster.get();
    String collection = SolrCluster.newCollectionName();
    JarRun push =
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
    JarRun complete =
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
