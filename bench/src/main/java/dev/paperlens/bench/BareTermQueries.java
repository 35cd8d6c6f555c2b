package dev.paperlens.bench;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;

/**
 * The benchmarks' baseline: a bare term query for the top 10 ids on a committed index, without
 * ranking tiers or stored fields, read through a reader of its own.
 */
public final class BareTermQueries implements Closeable {
  private final DirectoryReader reader;
  private final IndexSearcher searcher;

  public BareTermQueries(Path indexDir) throws IOException {
    reader = DirectoryReader.open(FSDirectory.open(indexDir));
    searcher = new IndexSearcher(reader);
  }

  /** How many of the top 10 documents have the term. */
  public int search(String field, String value) {
    try {
      return searcher.search(new TermQuery(new Term(field, value)), 10).scoreDocs.length;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }
}
