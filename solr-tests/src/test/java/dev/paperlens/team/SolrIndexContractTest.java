package dev.paperlens.team;

import dev.paperlens.corpus.Paper;
import dev.paperlens.index.SearchBackend;
import dev.paperlens.index.SearchBackendContract;
import java.util.List;

/** The backend contract on a 2-shard collection of a real SolrCloud. */
class SolrIndexContractTest extends SearchBackendContract {
  private SolrCluster solr;

  @Override
  protected void prepare() throws Exception {
    solr = SolrCluster.get();
  }

  @Override
  protected SearchBackend open(List<Paper> papers) throws Exception {
    return solr.collectionOf(papers);
  }
}
