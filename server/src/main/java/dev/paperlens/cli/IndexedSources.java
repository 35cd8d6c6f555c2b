package dev.paperlens.cli;

import dev.paperlens.corpus.Paper;
import dev.paperlens.index.IndexChanges;
import dev.paperlens.index.IndexLocation;
import dev.paperlens.index.LuceneIndex;
import dev.paperlens.index.SearchBackend;
import dev.paperlens.index.TeamAddon;
import dev.paperlens.index.TeamBackend;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/**
 * The index the options name, brought up to date before it answers: the on-disk index of the
 * sources, or the shared Solr collection (pushed to when sources are given, else only read).
 */
final class IndexedSources {
  private IndexedSources() {}

  /** How many documents a push sends between commits. */
  private static final int COMMIT_EVERY = 20_000;

  /** The opened, updated index and what the update changed (empty when nothing was updated). */
  record Opened(SearchBackend index, IndexChanges changes, String where) implements AutoCloseable {
    @Override
    public void close() throws IOException {
      index.close();
    }
  }

  static Opened open(IndexOptions options, CorpusSource corpus, PrintStream err)
      throws IOException {
    if (options.solr() != null) {
      return openSolr(options, corpus, err);
    }
    corpus.check(options.sources());
    Path dir =
        options.indexDir() != null
            ? options.indexDir()
            : IndexLocation.forSources(options.sources());
    LuceneIndex index = LuceneIndex.open(dir);
    try {
      IndexChanges changes = corpus.update(index, options.sources(), err);
      if (changes.rebuildReason() != null) {
        err.println(
            "paperlens: rebuilt the index at " + dir + " (" + changes.rebuildReason() + ")");
      }
      return new Opened(index, changes, dir.toString());
    } catch (IOException | RuntimeException e) {
      index.close();
      throw e;
    }
  }

  private static Opened openSolr(IndexOptions options, CorpusSource corpus, PrintStream err)
      throws IOException {
    TeamBackend team = TeamAddon.load(null);
    IndexChanges changes = new IndexChanges(0, 0, 0, 0, 0, 0, 0, List.of(), null);
    if (!options.sources().isEmpty()) {
      List<Paper> papers = corpus.load(options.sources(), err);
      IndexOptions.Solr push = options.push();
      changes =
          team.push(
              options.solr(),
              papers,
              new TeamBackend.Push(
                  push.shards(),
                  push.replicas(),
                  push.batch(),
                  Math.max(push.batch(), COMMIT_EVERY)),
              m -> err.println("paperlens: " + m));
    }
    return new Opened(team.connect(options.solr()), changes, options.solr().describe());
  }
}
