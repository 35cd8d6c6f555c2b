package dev.paperlens.team;

import dev.paperlens.bench.BareTermQueries;
import dev.paperlens.bench.IndexBenchmark;
import dev.paperlens.corpus.Paper;
import dev.paperlens.corpus.SyntheticCorpus;
import dev.paperlens.index.CompletionContext;
import dev.paperlens.index.IndexChanges;
import dev.paperlens.index.IndexFields;
import dev.paperlens.index.LuceneIndex;
import dev.paperlens.index.SolrTarget;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.cloud.MiniSolrCloudCluster;

/**
 * The team index against the embedded one, in one run on one machine: push throughput into a
 * 2-shard collection of a 2-node SolrCloud (next to the embedded index's build), and resolve,
 * complete and search latency through Solr (next to the embedded index and to a bare lookup by id
 * in each). Run with {@code mvn -Psolr -pl server,solr-tests -am -DskipTests install && mvn -Psolr
 * -pl solr-tests exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=dev.paperlens.index.SolrBenchmark -Dexec.args=100000}.
 *
 * <p>The cluster runs in this JVM, so Solr, its ZooKeeper and the client share the machine: the
 * figures are what one small server gives, without the network.
 */
public final class SolrBenchmark {
  private SolrBenchmark() {}

  public static void main(String[] args) throws Exception {
    // Solr logs every request at INFO: that would be measured too.
    java.util.logging.Logger root = java.util.logging.Logger.getLogger("");
    root.setLevel(java.util.logging.Level.WARNING);
    for (java.util.logging.Handler handler : root.getHandlers()) {
      handler.setLevel(java.util.logging.Level.WARNING);
    }
    int reviews = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    List<Paper> papers = SyntheticCorpus.papers(reviews, 42);
    System.out.printf(Locale.ROOT, "%d reviews, %d papers%n", reviews, papers.size());
    Path home = Files.createTempDirectory("paperlens-solr-bench");
    Path embeddedDir = Files.createTempDirectory("paperlens-bench-index");
    MiniSolrCloudCluster cluster =
        new MiniSolrCloudCluster.Builder(2, home).withTraceIdGenerationDisabled().build();
    try {
      StringBuilder urls = new StringBuilder();
      cluster
          .getJettySolrRunners()
          .forEach(n -> urls.append(urls.length() == 0 ? "" : ",").append(n.getBaseUrl()));
      try (SolrClient client = SolrIndex.client(SolrTarget.ofUrls(urls.toString(), "bench"));
          LuceneIndex embedded = LuceneIndex.open(embeddedDir)) {
        SolrCollections.ensure(client, "bench", 2, 1, m -> {});
        cluster.waitForActiveCollection("bench", 60, TimeUnit.SECONDS, 2, 2);

        long t = System.nanoTime();
        IndexChanges pushed = new SolrWriting(client, "bench", 500, 20_000, m -> {}).push(papers);
        double pushSeconds = (System.nanoTime() - t) / 1e9;
        t = System.nanoTime();
        IndexChanges built = embedded.update(papers);
        double buildSeconds = (System.nanoTime() - t) / 1e9;
        int docs = pushed.papersAdded() + pushed.namesAdded();

        System.out.println("| figure | Solr, 2 shards | embedded | Solr / embedded |");
        System.out.println("|---|---|---|---|");
        System.out.printf(
            Locale.ROOT,
            "| index %d reviews (%d documents) | %.1f s, %.0f reviews/s | %.1f s, %.0f reviews/s | %.2f× the time |%n",
            reviews,
            docs,
            pushSeconds,
            reviews / pushSeconds,
            buildSeconds,
            reviews / buildSeconds,
            pushSeconds / buildSeconds);
        long again = System.nanoTime();
        IndexChanges second = new SolrWriting(client, "bench", 500, 20_000, m -> {}).push(papers);
        System.out.printf(
            Locale.ROOT,
            "| push again, nothing changed | %.1f s (%d unchanged) | | |%n",
            (System.nanoTime() - again) / 1e9,
            second.unchanged());

        SolrIndex solr = SolrIndex.using(client, "bench");
        IndexBenchmark.Queries queries = IndexBenchmark.Queries.from(papers, new Random(7));
        BareTermQueries bare = new BareTermQueries(embeddedDir);
        List<String> ids = papers.stream().map(p -> "p:" + p.key()).toList();
        row(
            "bare lookup by id (baseline) p50 / p99",
            IndexBenchmark.latency(
                ids,
                id -> {
                  try {
                    client.query(
                        "bench", new SolrQuery("{!term f=id}" + id).setRows(1).setFields("id"));
                  } catch (Exception e) {
                    throw new IllegalStateException(e);
                  }
                }),
            IndexBenchmark.latency(ids, id -> bare.search(IndexFields.ID, id)));
        row(
            "resolve p50 / p99",
            IndexBenchmark.latency(queries.resolve(), solr::resolve),
            IndexBenchmark.latency(queries.resolve(), embedded::resolve));
        row(
            "complete p50 / p99",
            IndexBenchmark.latency(
                queries.complete(), q -> solr.complete(q, CompletionContext.ANY, 10)),
            IndexBenchmark.latency(
                queries.complete(), q -> embedded.complete(q, CompletionContext.ANY, 10)));
        row(
            "search p50 / p99",
            IndexBenchmark.latency(queries.search(), q -> solr.search(q, 10)),
            IndexBenchmark.latency(queries.search(), q -> embedded.search(q, 10)));
        System.out.println(
            "(latency: wall clock; thread CPU is not comparable, Solr's work is on its own threads)");
        System.out.println("embedded build: " + built.summary());
      }
    } finally {
      cluster.shutdown();
    }
  }

  private static void row(
      String figure, IndexBenchmark.Latency solr, IndexBenchmark.Latency embedded) {
    double[] s = millis(solr.wall());
    double[] e = millis(embedded.wall());
    System.out.printf(
        Locale.ROOT,
        "| %s | %s | %s | %.0f× / %.0f× |%n",
        figure,
        solr.wall(),
        embedded.wall(),
        s[0] / e[0],
        s[1] / e[1]);
  }

  /** "0.887 ms / 6.993 ms" as {0.887, 6.993}. */
  private static double[] millis(String p50p99) {
    String[] parts = p50p99.replace(" ms", "").split(" / ");
    return new double[] {Double.parseDouble(parts[0]), Double.parseDouble(parts[1])};
  }
}
