package dev.paperlens.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/**
 * The build adds new entries in {@link IndexWriting#IN_INDEX_ORDER} so that their segments need no
 * sorting at flush: that order must be the one the writer sorts documents into, else every flush
 * sorts again and nothing is saved.
 */
class EntriesInIndexOrderTest {

  @Test
  void entriesSortAsTheWriterSortsTheirDocuments() throws IOException {
    Random random = new Random(7);
    List<IndexEntry> entries = new ArrayList<>();
    for (int i = 0; i < 500; i++) {
      // few distinct review counts, recencies and name lengths: many equal popularities
      SearchHit.Kind kind = random.nextBoolean() ? SearchHit.Kind.PAPER : SearchHit.Kind.METHOD;
      String name = "n".repeat(1 + random.nextInt(4)) + i;
      entries.add(entry(kind, name, random.nextInt(4), random.nextInt(3) / 2.0));
    }
    Collections.shuffle(entries, random);

    List<String> sorted = new ArrayList<>();
    List<IndexEntry> byComparator = new ArrayList<>(entries);
    byComparator.sort(IndexWriting.IN_INDEX_ORDER);
    byComparator.forEach(entry -> sorted.add(entry.id()));

    assertEquals(sorted, idsAsTheWriterSortsThem(entries));
  }

  private static List<String> idsAsTheWriterSortsThem(List<IndexEntry> entries) throws IOException {
    try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
      IndexWriterConfig config = new IndexWriterConfig(new StandardAnalyzer());
      config.setIndexSort(LuceneIndex.INDEX_ORDER);
      try (IndexWriter writer = new IndexWriter(directory, config)) {
        for (IndexEntry entry : entries) {
          writer.addDocument(EntryDocuments.of(entry));
        }
        writer.forceMerge(1);
      }
      List<String> ids = new ArrayList<>();
      try (DirectoryReader reader = DirectoryReader.open(directory)) {
        LeafReader leaf = reader.leaves().get(0).reader();
        SortedDocValues values = leaf.getSortedDocValues(IndexFields.ID);
        for (int doc = 0; doc < leaf.maxDoc(); doc++) {
          values.advanceExact(doc);
          ids.add(values.lookupOrd(values.ordValue()).utf8ToString());
        }
      }
      return ids;
    }
  }

  private static IndexEntry entry(SearchHit.Kind kind, String name, int reviews, double recency) {
    String id = (kind == SearchHit.Kind.PAPER ? "p:" : "m:") + name;
    return new IndexEntry(
        id,
        kind,
        name,
        name,
        name,
        List.of(name),
        "",
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        reviews,
        recency,
        null,
        null,
        id);
  }
}
