package dev.paperlens.index;

import static dev.paperlens.index.TestPapers.paper;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paperlens.corpus.CorpusLoader;
import dev.paperlens.corpus.Paper;
import dev.paperlens.corpus.StreamedCorpus;
import dev.paperlens.corpus.SyntheticCorpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The on-disk index: reuse, incremental updates, and rebuilds of stale or broken indexes. */
class IndexStorageTest {
  @TempDir Path dir;

  static List<Paper> corpus() {
    return new ArrayList<>(
        List.of(
            paper("a2024", "Alpha Networks")
                .method("AlphaNet")
                .review("a.txt", "2024-01-01", "один")
                .build(),
            paper("b2024", "Beta Models").review("b.txt", "2024-02-01", "два").build(),
            paper("c2024", "Gamma Rays")
                .mentions("LoRA", "лора")
                .review("c.txt", "2024-03-01", "три лора")
                .build()));
  }

  private static StreamedCorpus streamed(Path sources) {
    return new CorpusLoader().stream(List.of(sources), entries -> {});
  }

  @Test
  void theSourcesStampIsKeptByItsCommitAndDroppedByAnUpdateWithoutOne(@TempDir Path sources)
      throws IOException {
    SyntheticCorpus.write(sources, 30, 3L);
    try (LuceneIndex index = LuceneIndex.open(dir)) {
      assertEquals(Optional.empty(), index.sourcesStamp(), "a new index");
      index.update(streamed(sources), "stamp one");
      assertEquals(Optional.of("stamp one"), index.sourcesStamp());
    }
    try (LuceneIndex index = LuceneIndex.open(dir)) {
      assertEquals(Optional.of("stamp one"), index.sourcesStamp(), "kept with the commit");
      index.update(streamed(sources), "stamp two\nwith a second line");
      assertEquals(Optional.of("stamp two\nwith a second line"), index.sourcesStamp());
      index.update(streamed(sources));
      assertEquals(Optional.empty(), index.sourcesStamp(), "an update without one drops it");
    }
    try (LuceneIndex index = LuceneIndex.open(dir)) {
      index.update(streamed(sources), "stamp three");
      index.update(corpus());
      assertEquals(Optional.empty(), index.sourcesStamp(), "papers are no sources");
    }
  }

  @Test
  void reopeningTheSameCorpusChangesNothing() throws IOException {
    try (LuceneIndex index = LuceneIndex.open(dir)) {
      IndexChanges first = index.update(corpus());
      assertEquals(3, first.papersAdded());
      assertEquals(2, first.namesAdded());
      assertEquals(List.of("a.txt", "b.txt", "c.txt"), first.changedSources());
    }
    try (LuceneIndex index = LuceneIndex.open(dir)) {
      assertEquals(3, index.size());
      assertEquals("AlphaNet", index.complete("alph", CompletionContext.ANY, 1).get(0).name());
      IndexChanges again = index.update(corpus());
      assertTrue(again.isEmpty(), again.summary());
      assertEquals(5, again.unchanged());
      assertNull(again.rebuildReason());
    }
  }

  @Test
  void onlyChangedAddedAndRemovedPapersAreReindexed() throws IOException {
    try (LuceneIndex index = LuceneIndex.open(dir)) {
      index.update(corpus());
      List<Paper> edited = corpus();
      edited.set(
          1,
          paper("b2024", "Beta Models").review("b.txt", "2024-02-01", "два, исправлено").build());
      edited.remove(2);
      edited.add(paper("d2024", "Delta Nets").review("d.txt", "2024-04-01", "четыре").build());
      IndexChanges changes = index.update(edited);
      assertEquals(1, changes.papersAdded());
      assertEquals(1, changes.papersChanged());
      assertEquals(1, changes.papersRemoved());
      assertEquals(1, changes.namesRemoved());
      assertEquals(2, changes.unchanged(), "a2024 and AlphaNet stay");
      assertEquals(List.of("b.txt", "c.txt", "d.txt"), changes.changedSources());
      assertEquals("Delta Nets", index.complete("delta", CompletionContext.ANY, 1).get(0).name());
      assertEquals(List.of(), index.complete("gamma", CompletionContext.ANY, 1));
      assertTrue(index.paper("b2024").orElseThrow().reviews().get(0).text().contains("исправлено"));
    }
  }

  @Test
  void aPaperReadBeforeAnUpdateIsReadAsUpdatedAfterIt() throws IOException {
    try (LuceneIndex index = LuceneIndex.open(dir)) {
      index.update(corpus());
      assertEquals("три лора", index.paper("c2024").orElseThrow().reviews().get(0).text());
      assertEquals("три лора", index.mentioning("LoRA", 1).get(0).reviews().get(0).text());
      List<Paper> edited = corpus();
      edited.set(
          2,
          paper("c2024", "Gamma Rays")
              .mentions("LoRA", "лора")
              .review("c.txt", "2024-03-01", "три лора, исправлено")
              .build());
      index.update(edited);
      assertEquals(
          "три лора, исправлено", index.paper("c2024").orElseThrow().reviews().get(0).text());
      assertEquals(
          "три лора, исправлено", index.mentioning("LoRA", 1).get(0).reviews().get(0).text());
    }
  }

  @Test
  void anIndexOfAnOlderSchemaIsRebuilt() throws IOException {
    try (FSDirectory directory = FSDirectory.open(dir);
        IndexWriter old = new IndexWriter(directory, new IndexWriterConfig())) {
      old.addDocument(new Document());
      old.setLiveCommitData(Map.of(IndexFields.SCHEMA_KEY, "0").entrySet());
      old.commit();
    }
    try (LuceneIndex index = LuceneIndex.open(dir)) {
      IndexChanges changes = index.update(corpus());
      assertNotNull(changes.rebuildReason());
      assertTrue(changes.rebuildReason().contains("schema 0"), changes.rebuildReason());
      assertEquals(3, index.size());
    }
  }

  @Test
  void aCorruptIndexIsRebuilt() throws IOException {
    try (LuceneIndex index = LuceneIndex.open(dir)) {
      index.update(corpus());
    }
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file :
          files.filter(f -> !f.getFileName().toString().equals("write.lock")).toList()) {
        Files.write(file, new byte[] {1, 2, 3});
      }
    }
    try (LuceneIndex index = LuceneIndex.open(dir)) {
      IndexChanges changes = index.update(corpus());
      assertNotNull(changes.rebuildReason());
      assertEquals(3, changes.papersAdded());
      assertEquals("Beta Models", index.complete("beta", CompletionContext.ANY, 1).get(0).name());
    }
  }

  @Test
  void aSecondWriterIsRefused() throws IOException {
    try (LuceneIndex index = LuceneIndex.open(dir)) {
      assertThrows(LockObtainFailedException.class, () -> LuceneIndex.open(dir));
      index.update(corpus());
      assertEquals(3, index.size());
    }
  }

  @Test
  void aLargeCorpusIsIndexedOnSeveralThreadsAndCountedOnce() throws IOException {
    List<Paper> papers = SyntheticCorpus.papers(1_500, 1);
    try (LuceneIndex index = LuceneIndex.open(dir)) {
      IndexChanges first = index.update(papers);
      assertEquals(papers.size(), first.papersAdded());
      assertEquals(papers.size(), index.size());
      assertTrue(index.update(papers).isEmpty());
      String name = papers.get(700).methods().get(0);
      assertEquals(name, index.resolve(name).orElseThrow().name());
    }
  }

  @Test
  void readersSeeUpdatesWithoutReopening() throws IOException {
    try (LuceneIndex index = LuceneIndex.open(dir)) {
      assertEquals(0, index.size());
      index.update(corpus());
      assertEquals(3, index.size());
    }
  }
}
