package dev.paperlens.cli;

import dev.paperlens.corpus.Paper;
import dev.paperlens.index.IndexChanges;
import dev.paperlens.index.IndexLocation;
import dev.paperlens.index.LuceneIndex;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/** The on-disk index of a set of sources, brought up to date before it answers. */
final class IndexedSources {
  private IndexedSources() {}

  /** The opened, updated index and what the update changed. */
  record Opened(LuceneIndex index, IndexChanges changes) implements AutoCloseable {
    @Override
    public void close() throws IOException {
      index.close();
    }
  }

  static Opened open(IndexOptions options, CorpusSource corpus, PrintStream err)
      throws IOException {
    List<Paper> papers = corpus.load(options.sources(), err);
    Path dir =
        options.indexDir() != null
            ? options.indexDir()
            : IndexLocation.forSources(options.sources());
    LuceneIndex index = LuceneIndex.open(dir);
    try {
      IndexChanges changes = index.update(papers);
      if (changes.rebuildReason() != null) {
        err.println("paperlens: rebuilt the index at " + dir + " (" + changes.rebuildReason() + ")");
      }
      return new Opened(index, changes);
    } catch (IOException | RuntimeException e) {
      index.close();
      throw e;
    }
  }
}
