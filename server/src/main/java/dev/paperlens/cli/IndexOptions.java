package dev.paperlens.cli;

import dev.paperlens.index.CompletionContext;
import dev.paperlens.index.SolrTarget;
import java.nio.file.Path;
import java.util.List;

/**
 * The options the index commands share, once parsed ({@link Cli} holds their grammar): the sources
 * and index folder, the output format and limit, the completion context, the team index and its
 * push layout, and the operands (the query or prefix).
 *
 * @param solr the shared collection to use instead of the embedded index, or null
 */
record IndexOptions(
    List<Path> sources,
    Path indexDir,
    boolean jsonl,
    int limit,
    CompletionContext context,
    SolrTarget solr,
    Solr push,
    List<String> rest) {

  /** How a push lays out a new collection and how it sends documents. */
  record Solr(int shards, int replicas, int batch) {
    static final Solr DEFAULT = new Solr(2, 1, 500);
  }

  /**
   * The options of one command from what picocli parsed.
   *
   * @param needsSources whether sources are required even with a team backend (a push)
   */
  static IndexOptions of(
      Cli.Sources sources,
      Cli.Team team,
      Cli.Output output,
      CompletionContext context,
      Solr push,
      List<String> rest,
      boolean needsSources) {
    SolrTarget solr = team.target();
    if (solr != null && sources.indexDir != null) {
      throw new IllegalArgumentException(
          "--index is the embedded index's folder; the solr backend has none");
    }
    if (sources.paths.isEmpty() && (solr == null || needsSources)) {
      throw new IllegalArgumentException("give the review sources: --sources PATH");
    }
    output.validate();
    return new IndexOptions(
        List.copyOf(sources.paths),
        sources.indexDir,
        output.format == Cli.Format.JSONL,
        output.limit,
        context,
        solr,
        push,
        List.copyOf(rest));
  }
}
