package dev.paperlens.team;

import static dev.paperlens.index.TestPapers.paper;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paperlens.corpus.CorpusLoader;
import dev.paperlens.corpus.Paper;
import dev.paperlens.corpus.SyntheticCorpus;
import dev.paperlens.index.IndexChanges;
import dev.paperlens.index.IndexEntries;
import dev.paperlens.index.LuceneIndex;
import dev.paperlens.index.SearchBackendContract;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.common.util.NamedList;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** Pushing a corpus into a collection: in batches, idempotent by entry id, resumable. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SolrWritingTest {
  private SolrCluster solr;
  private List<Paper> corpus;

  @BeforeAll
  void start(@TempDir Path dir) throws Exception {
    solr = SolrCluster.get();
    SyntheticCorpus.write(dir, 400, 11);
    corpus = CorpusLoader.load(List.of(dir)).papers();
  }

  private String newCollection(SolrClient client) throws Exception {
    String name = SolrCluster.newCollectionName();
    assertTrue(SolrCollections.ensure(client, name, 2, 1, m -> {}));
    solr.cluster.waitForActiveCollection(name, 60, TimeUnit.SECONDS, 2, 2);
    return name;
  }

  @Test
  void aSecondPushOfTheSameCorpusSendsNothing() throws Exception {
    SolrClient client = solr.client(null);
    String name = newCollection(client);
    CountingClient counting = new CountingClient(client, Integer.MAX_VALUE);
    IndexChanges first = new SolrWriting(counting, name, 50, 500, m -> {}).push(corpus);
    assertEquals(IndexEntries.distinctPapers(corpus).size(), first.papersAdded());
    int entries = first.papersAdded() + first.namesAdded();
    // Batches of 50 documents, a commit every 500 and at the end.
    int batches = (entries + 49) / 50;
    assertTrue(counting.updates.get() >= batches + entries / 500, counting.updates + " requests");

    counting.updates.set(0);
    IndexChanges second = new SolrWriting(counting, name, 50, 500, m -> {}).push(corpus);
    assertTrue(second.isEmpty(), second.summary());
    assertEquals(entries, second.unchanged());
    assertEquals(1, counting.updates.get(), "only the closing commit");
    assertEquals(first.papersAdded(), SolrIndex.using(client, name).size());
  }

  @Test
  void changesAndRemovalsReachTheCollection() throws Exception {
    SolrClient client = solr.client(null);
    String name = newCollection(client);
    List<Paper> before =
        List.of(
            paper("keep2024", "Kept Paper").method("Keeper").review("о сохранении").build(),
            paper("gone2024", "Gone Paper").method("Goner").review("об удалении").build(),
            paper("edit2024", "Edited Paper").review("первая версия").build());
    new SolrWriting(client, name, 2, 2, m -> {}).push(before);
    List<Paper> after =
        List.of(
            before.get(0),
            paper("edit2024", "Edited Paper").review("вторая версия, с Keeper").build(),
            paper("new2025", "New Paper").review("новая").build());
    IndexChanges changes = new SolrWriting(client, name, 2, 2, m -> {}).push(after);
    assertEquals(1, changes.papersAdded());
    assertEquals(1, changes.papersChanged());
    assertEquals(1, changes.papersRemoved());
    assertEquals(1, changes.namesRemoved(), "Goner");
    SolrIndex index = SolrIndex.using(client, name);
    assertEquals(3, index.size());
    assertTrue(index.paper("gone2024").isEmpty());
    assertTrue(index.resolve("Goner").isEmpty());
    assertEquals(
        "вторая версия, с Keeper", index.paper("edit2024").orElseThrow().reviews().get(0).text());
    try (LuceneIndex embedded = LuceneIndex.of(after)) {
      SearchBackendContract.assertSameAnswers(
          embedded, index, List.of("kee", "Keeper", "ed", "new", "Gone"));
    }
  }

  @Test
  void aPushCutOffHalfWayResumesWhereItStopped() throws Exception {
    SolrClient client = solr.client(null);
    String name = newCollection(client);
    List<String> progress = new ArrayList<>();
    // Solr goes away after 8 requests: 4 batches and their commit have landed.
    CountingClient failing = new CountingClient(client, 8);
    IOException cut =
        assertThrows(
            IOException.class,
            () -> new SolrWriting(failing, name, 50, 100, progress::add).push(corpus));
    assertTrue(cut.getMessage().contains("run the push again"), cut.getMessage());
    int landed = SolrIndex.using(client, name).size();
    assertTrue(landed > 0, "committed batches stay");

    CountingClient counting = new CountingClient(client, Integer.MAX_VALUE);
    IndexChanges resumed = new SolrWriting(counting, name, 50, 100, m -> {}).push(corpus);
    assertTrue(resumed.unchanged() >= landed, resumed.summary());
    assertEquals(IndexEntries.distinctPapers(corpus).size(), SolrIndex.using(client, name).size());
    try (LuceneIndex embedded = LuceneIndex.of(corpus)) {
      SearchBackendContract.assertSameAnswers(
          embedded, SolrIndex.using(client, name), SearchBackendContract.inputs(corpus, 15));
    }
  }

  /**
   * A client that counts update requests and fails every request after {@code failAfter} of them.
   */
  private static final class CountingClient extends SolrClient {
    private static final long serialVersionUID = 1L;
    final SolrClient inner;
    final int failAfter;
    final AtomicInteger updates = new AtomicInteger();
    final AtomicInteger requests = new AtomicInteger();

    CountingClient(SolrClient inner, int failAfter) {
      this.inner = inner;
      this.failAfter = failAfter;
    }

    @Override
    public NamedList<Object> request(SolrRequest<?> request, String collection)
        throws SolrServerException, IOException {
      if (request instanceof UpdateRequest && requests.incrementAndGet() > failAfter) {
        throw new IOException("connection refused (test)");
      }
      if (request instanceof UpdateRequest) {
        updates.incrementAndGet();
      }
      return inner.request(request, collection);
    }

    @Override
    public void close() {}
  }
}
