package dev.paperlens.team;

import dev.paperlens.corpus.Paper;
import dev.paperlens.index.IndexChanges;
import dev.paperlens.index.SearchBackend;
import dev.paperlens.index.SolrTarget;
import dev.paperlens.index.TeamBackend;
import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;

/** The team add-on: a SolrCloud collection behind {@link TeamBackend}, found by ServiceLoader. */
public final class SolrTeamBackend implements TeamBackend {

  @Override
  public SearchBackend connect(SolrTarget target) {
    return SolrIndex.connect(target);
  }

  @Override
  public boolean isConnectionTo(SearchBackend backend, SolrTarget target) {
    return backend instanceof SolrIndex solr && target.equals(solr.target());
  }

  @Override
  public IndexChanges push(
      SolrTarget target, List<Paper> papers, Push push, Consumer<String> progress)
      throws IOException {
    return SolrWriting.pushTo(
        target, papers, push.shards(), push.replicas(), push.batch(), push.commitEvery(), progress);
  }
}
