package dev.paperlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paperlens.team.SolrIndex;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A cluster with basic authentication: the jar takes the credentials from the environment, and
 * without them fails with Solr's reason instead of a stack trace.
 */
class SecuredClusterTest {
  private static final Path JAR = JarRun.JAR;

  /** User "solr", password "SolrRocks": the example credentials of Solr's reference guide. */
  private static final String SECURITY_JSON =
      "{\"authentication\": {\"blockUnknown\": true, \"class\": \"solr.BasicAuthPlugin\","
          + " \"credentials\": {\"solr\": \"IV0EHq1OnNrj6gvRCwvFwTrZ1+z1oBbnQdiVC3otuq0="
          + " Ndd7LKvVBAaZIF0QAVi1ekCfAJXr1GGfLtRUXhgrF8c=\"}},"
          + " \"authorization\": {\"class\": \"solr.RuleBasedAuthorizationPlugin\","
          + " \"permissions\": [{\"name\": \"all\", \"role\": \"admin\"}], \"user-role\": {\"solr\": \"admin\"}}}";

  @TempDir Path home;

  private static JarRun java(Map<String, String> env, String... args) throws Exception {
    return JarRun.of(env, List.of(SolrIndex.CREDENTIALS_VARIABLE), args);
  }

  @Test
  void credentialsComeFromTheEnvironment() throws Exception {
    Assumptions.assumeTrue(Files.isRegularFile(JAR), "the server jar is built by `mvn package`");
    MiniSolrCloudCluster cluster =
        new MiniSolrCloudCluster.Builder(1, home)
            .withSecurityJson(SECURITY_JSON)
            .withTraceIdGenerationDisabled()
            .build();
    try {
      String url = cluster.getJettySolrRunner(0).getBaseUrl().toString();
      String[] push = {
        "index",
        "--sources",
        "../examples/reviews",
        "--backend",
        "solr",
        "--solr-url",
        url,
        "--shards",
        "1"
      };
      JarRun refused = java(Map.of(), push);
      assertEquals(1, refused.code(), refused.err());
      assertTrue(refused.err().contains("paperlens index: "), refused.err());
      assertTrue(refused.err().contains("401"), refused.err());

      Map<String, String> auth = Map.of(SolrIndex.CREDENTIALS_VARIABLE, "solr:SolrRocks");
      JarRun pushed = java(auth, push);
      assertEquals(0, pushed.code(), pushed.err());
      JarRun complete =
          java(
              auth,
              "complete",
              "--backend",
              "solr",
              "--solr-url",
              url,
              "--format",
              "jsonl",
              "гиен");
      assertEquals(0, complete.code(), complete.err());
      assertTrue(complete.out().contains("\"name\":\"Hyena\""), complete.out());

      JarRun malformed = java(Map.of(SolrIndex.CREDENTIALS_VARIABLE, "nocolon"), push);
      assertEquals(1, malformed.code());
      assertTrue(malformed.err().contains("PAPERLENS_SOLR_AUTH is user:password"), malformed.err());
    } finally {
      cluster.shutdown();
    }
  }
}
