package dev.paperlens.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParser;
import dev.paperlens.corpus.CorpusLoader;
import dev.paperlens.index.SolrTarget;
import dev.paperlens.team.SolrCluster;
import dev.paperlens.team.SolrCollections;
import dev.paperlens.team.SolrIndex;
import dev.paperlens.team.SolrWriting;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The language server with {@code paperlens.backend} set to a shared collection: it reads the
 * collection and never indexes the workspace's sources.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TeamIndexServerTest {
  private static final Duration WAIT = Duration.ofSeconds(60);

  @TempDir Path workspace;
  private String urls;

  @BeforeAll
  void start() throws Exception {
    SolrCluster solr = SolrCluster.get();
    MiniSolrCloudCluster cluster = solr.cluster;
    urls = solr.urls();
    try (SolrClient client = SolrIndex.client(SolrTarget.ofUrls(urls, "shared"))) {
      SolrCollections.ensure(client, "shared", 2, 1, m -> {});
      cluster.waitForActiveCollection("shared", 60, TimeUnit.SECONDS, 2, 2);
      new SolrWriting(client, "shared", 100, 1000, m -> {})
          .push(
              CorpusLoader.load(
                      List.of(
                          Path.of("..", "examples", "reviews"),
                          Path.of("..", "examples", "references.bib")))
                  .papers());
    }
  }

  @Test
  void hoverAndCompletionComeFromTheSharedCollection() throws Exception {
    AtomicInteger localBuilds = new AtomicInteger();
    IndexBuilder local =
        (sources, dir, previous, progress, problems) -> {
          localBuilds.incrementAndGet();
          throw new IllegalStateException("the embedded index must not be built");
        };
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    InProcessSession session =
        InProcessSession.start(local, new PrintStream(log, true, StandardCharsets.UTF_8), WAIT);
    try {
      InitializeParams params = new InitializeParams();
      params.setProcessId((int) ProcessHandle.current().pid());
      params.setWorkspaceFolders(List.of(new WorkspaceFolder(workspace.toUri().toString(), "ws")));
      params.setInitializationOptions(
          JsonParser.parseString(
              "{\"paperlens\": {\"backend\": {\"type\": \"solr\", \"url\": \""
                  + urls.split(",")[0]
                  + "\", \"collection\": \"shared\"}}}"));
      session.initialize(params, WAIT);
      session.server().initialized(new InitializedParams());
      String uri = workspace.resolve("note.md").toUri().toString();
      session.didOpen(
          new TextDocumentItem(uri, "markdown", 1, "Как гиена из HyenaDNA.\n\nSee [@poli2023hy\n"));

      Hover hover = session.hover(uri, new Position(0, 5), WAIT);
      assertNotNull(hover, log.toString(StandardCharsets.UTF_8));
      assertTrue(
          hover.getContents().getRight().getValue().contains("Hyena"),
          hover.getContents().getRight().getValue());

      List<CompletionItem> items = session.completion(uri, new Position(2, 16), WAIT);
      assertFalse(items.isEmpty(), log.toString(StandardCharsets.UTF_8));
      assertEquals("poli2023hyena", items.get(0).getLabel());
      assertEquals(0, localBuilds.get(), "no local indexing");
    } finally {
      session.close();
    }
  }
}
