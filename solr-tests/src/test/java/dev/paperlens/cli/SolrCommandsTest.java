package dev.paperlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paperlens.team.SolrCluster;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The commands a team runs: {@code index --backend solr} creates the collection and pushes the
 * examples; {@code complete} and {@code search} read it back without any sources.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SolrCommandsTest {
  private MiniSolrCloudCluster cluster;
  private String urls;

  @BeforeAll
  void start() throws Exception {
    SolrCluster solr = SolrCluster.get();
    cluster = solr.cluster;
    urls = solr.urls();
  }

  private record Result(int code, String out, String err) {}

  private static Result run(String... args) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        Main.run(
            args,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Result(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void pushThenQueryTheTeamIndex() throws Exception {
    Result push =
        run(
            "index",
            "--sources",
            "../examples/reviews",
            "--sources",
            "../examples/references.bib",
            "--backend",
            "solr",
            "--solr-url",
            urls,
            "--collection",
            "team",
            "--shards",
            "2",
            "--batch",
            "7");
    assertEquals(0, push.code(), push.err());
    assertTrue(push.err().contains("creating collection team (2 shards"), push.err());
    assertTrue(
        push.out().matches("(?s)papers \\+\\d+ ~0 -0, names \\+\\d+ ~0 -0, 0 unchanged.*"),
        push.out());
    assertTrue(push.out().contains("collection team at " + urls.split(",")[0]), push.out());

    Result again =
        run(
            "index",
            "--sources",
            "../examples/reviews",
            "--sources",
            "../examples/references.bib",
            "--backend",
            "solr",
            "--zk-hosts",
            cluster.getZkServer().getZkAddress(),
            "--collection",
            "team");
    assertEquals(0, again.code(), again.err());
    assertTrue(again.out().startsWith("papers +0 ~0 -0, names +0 ~0 -0, "), again.out());

    Result complete =
        run(
            "complete",
            "--backend",
            "solr",
            "--solr-url",
            urls,
            "--collection",
            "team",
            "--context",
            "citation",
            "--format",
            "jsonl",
            "hyen");
    assertEquals(0, complete.code(), complete.err());
    assertTrue(
        complete.out().lines().findFirst().orElse("").contains("poli2023hyena"), complete.out());

    Result search =
        run(
            "search",
            "--backend",
            "solr",
            "--solr-url",
            urls,
            "--collection",
            "team",
            "гиена",
            "DNA");
    assertEquals(0, search.code(), search.err());
    assertTrue(search.out().contains("HyenaDNA") || search.out().contains("Hyena"), search.out());
  }

  @Test
  void wrongOptionsAreExplained() throws Exception {
    Result both =
        run(
            "complete",
            "--backend",
            "solr",
            "--solr-url",
            urls,
            "--zk-hosts",
            "localhost:2181",
            "x");
    assertEquals(2, both.code());
    assertTrue(both.err().contains("one of --solr-url or --zk-hosts"), both.err());
    Result noSources = run("index", "--backend", "solr", "--solr-url", urls);
    assertEquals(2, noSources.code());
    assertTrue(
        noSources.err().contains("give the review sources: --sources PATH"), noSources.err());
    Result badUrl = run("complete", "--backend", "solr", "--solr-url", "solr:8983", "x");
    assertEquals(2, badUrl.code());
    assertTrue(badUrl.err().contains("starts with http://"), badUrl.err());
  }

  @Test
  void anUnreachableCollectionIsAClearError() throws Exception {
    Result down =
        run(
            "index",
            "--sources",
            "../examples/reviews",
            "--backend",
            "solr",
            "--solr-url",
            "http://127.0.0.1:9/solr");
    assertEquals(1, down.code(), down.err());
    assertTrue(
        down.err().startsWith("paperlens index: cannot create collection paperlens"), down.err());
  }
}
