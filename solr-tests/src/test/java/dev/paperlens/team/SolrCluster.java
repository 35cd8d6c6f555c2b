package dev.paperlens.team;

import dev.paperlens.corpus.Paper;
import dev.paperlens.index.SolrTarget;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.embedded.JettySolrRunner;

/**
 * One real 2-node SolrCloud with an embedded ZooKeeper, started once for all test classes of the
 * module and stopped when the test JVM exits. Collections are made the way users make them: the
 * first push uploads the configset from the server jar and creates the collection.
 */
public final class SolrCluster implements AutoCloseable {
  private static SolrCluster shared;
  private static final AtomicInteger COLLECTIONS = new AtomicInteger();

  public final MiniSolrCloudCluster cluster;
  final Path home;
  private final List<SolrClient> clients = new ArrayList<>();

  private SolrCluster() throws Exception {
    // Under the module's build folder, so the tests leave the system's temporary folder alone.
    home = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "solr-home");
    cluster = new MiniSolrCloudCluster.Builder(2, home).withTraceIdGenerationDisabled().build();
  }

  /** The cluster, started on first use. */
  public static synchronized SolrCluster get() throws Exception {
    if (shared == null) {
      shared = new SolrCluster();
      SolrCluster started = shared;
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    try {
                      started.close();
                    } catch (Exception e) {
                      // the JVM is exiting; the cluster's folder goes with the build folder
                    }
                  }));
    }
    return shared;
  }

  /** Base URLs of the nodes, as a user would give them. */
  public String urls() {
    List<String> urls = new ArrayList<>();
    for (JettySolrRunner node : cluster.getJettySolrRunners()) {
      urls.add(node.getBaseUrl().toString());
    }
    return String.join(",", urls);
  }

  /** A client as the server builds it from the node URLs. */
  synchronized SolrClient client(String collection) {
    SolrClient client = SolrIndex.client(SolrTarget.ofUrls(urls(), collection));
    clients.add(client);
    return client;
  }

  public static String newCollectionName() {
    return "papers" + COLLECTIONS.incrementAndGet();
  }

  /** A new 2-shard collection holding exactly these papers, pushed in small batches. */
  SolrIndex collectionOf(List<Paper> papers) throws Exception {
    String name = newCollectionName();
    SolrClient client = client(name);
    SolrCollections.ensure(client, name, 2, 1, m -> {});
    cluster.waitForActiveCollection(name, 60, TimeUnit.SECONDS, 2, 2);
    new SolrWriting(client, name, 100, 1_000, m -> {}).push(papers);
    return SolrIndex.using(client, name);
  }

  @Override
  public synchronized void close() throws IOException {
    for (SolrClient client : clients) {
      client.close();
    }
    try {
      cluster.shutdown();
    } catch (IOException | RuntimeException e) {
      throw e;
    } catch (Exception e) {
      if (e instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
      throw new IOException("the test cluster did not shut down", e);
    }
  }
}
