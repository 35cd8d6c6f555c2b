package dev.paperlens.bench;

import dev.paperlens.corpus.Paper;
import dev.paperlens.corpus.Review;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;

/**
 * The benchmarks' baseline for an index build: Lucene alone indexing the same reviews, one document
 * per review with its text under the standard analyzer and its paper's key, nothing stored, added
 * from as many threads as there are cores, committed once. What the real build does beyond it (two
 * languages' analysis, name variants, stored papers, the index sort) is the ratio.
 */
final class BareLuceneBuild {
  private BareLuceneBuild() {}

  /** Indexes every review of the papers into {@code dir}; returns the reviews indexed. */
  static int build(List<Paper> papers, Path dir) throws IOException {
    try (FSDirectory directory = FSDirectory.open(dir);
        IndexWriter writer =
            new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()))) {
      papers.parallelStream().forEach(p -> add(writer, p));
      writer.commit();
      return writer.getDocStats().numDocs;
    }
  }

  private static void add(IndexWriter writer, Paper paper) {
    try {
      for (Review review : paper.reviews()) {
        Document doc = new Document();
        doc.add(new StringField("paper", paper.key(), Field.Store.NO));
        doc.add(new TextField("text", review.text(), Field.Store.NO));
        writer.addDocument(doc);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
