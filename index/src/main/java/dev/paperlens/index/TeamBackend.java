package dev.paperlens.index;

import dev.paperlens.corpus.Paper;
import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;

/**
 * A team's shared index kept on a server (a SolrCloud collection): the seam through which the team
 * add-on ({@code paperlens-team.jar}) plugs in. The editor jar does not carry an implementation;
 * {@link TeamAddon} finds one with {@link java.util.ServiceLoader}.
 */
public interface TeamBackend {

  /**
   * Connects, read only, to the shared collection. An unreachable cluster is not an error here: the
   * backend answers empty and logs why, so that an editor keeps working.
   */
  SearchBackend connect(SolrTarget target);

  /** True when {@code backend} is this add-on's connection to {@code target}, so it can be kept. */
  boolean isConnectionTo(SearchBackend backend, SolrTarget target);

  /**
   * Brings the shared collection in line with the papers, sending only what changed, and says what
   * changed. Creates the collection (and uploads its configset) when the cluster lacks it.
   */
  IndexChanges push(SolrTarget target, List<Paper> papers, Push push, Consumer<String> progress)
      throws IOException;

  /**
   * How a push lays out a new collection and sends documents.
   *
   * @param shards shards of a collection the push creates
   * @param replicas replicas of each shard
   * @param batch documents a request
   * @param commitEvery documents between commits
   */
  record Push(int shards, int replicas, int batch, int commitEvery) {
    public static final Push DEFAULT = new Push(2, 1, 500, 20_000);
  }
}
