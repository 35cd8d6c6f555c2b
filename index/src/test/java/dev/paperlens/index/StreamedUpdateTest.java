package dev.paperlens.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paperlens.corpus.Corpus;
import dev.paperlens.corpus.CorpusLoader;
import dev.paperlens.corpus.Paper;
import dev.paperlens.corpus.StreamedCorpus;
import dev.paperlens.corpus.SyntheticCorpus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An index updated batch by batch holds the entries of one updated with the whole corpus. */
class StreamedUpdateTest {

  @Test
  void namesGatheredInAnyOrderAreThoseOfCorpusOrder() throws Exception {
    List<Paper> papers = SyntheticCorpus.papers(1_500, 3L);
    List<IndexEntry> expected = IndexEntries.names(papers);
    List<Integer> order = new ArrayList<>(IntStream.range(0, papers.size()).boxed().toList());
    Collections.shuffle(order, new Random(5));
    IndexEntries.Names names = new IndexEntries.Names();
    order.forEach(place -> names.add(papers.get(place), place));
    List<IndexEntry> gathered = names.entries();

    assertEquals(expected.size(), gathered.size());
    assertTrue(expected.size() > 1000, "few names: " + expected.size());
    for (int i = 0; i < expected.size(); i++) {
      IndexEntry want = expected.get(i);
      IndexEntry got = gathered.get(i);
      assertEquals(want.id(), got.id());
      assertEquals(want.names(), got.names(), want.id());
      assertEquals(want.key(), got.key(), want.id());
      assertEquals(want.reviews(), got.reviews(), want.id());
      assertEquals(want.hash(), got.hash(), want.id());
    }
  }

  /**
   * Entries built one at a time as an index writes them are those built at once, in the same order;
   * each is built once, its tally let go, and the names are handed over.
   */
  @Test
  void pendingEntriesAreBuiltOnceInFirstSeenOrder() throws Exception {
    List<Paper> papers = SyntheticCorpus.papers(300, 3L);
    List<IndexEntry> expected = IndexEntries.names(papers);
    IndexEntries.Names names = new IndexEntries.Names();
    for (int place = 0; place < papers.size(); place++) {
      names.add(papers.get(place), place);
    }
    List<IndexEntries.Pending> pending = names.pending();

    assertEquals(expected.size(), pending.size());
    for (int i = 0; i < expected.size(); i++) {
      IndexEntry got = pending.get(i).take();
      assertEquals(expected.get(i).id(), got.id());
      assertEquals(expected.get(i).hash(), got.hash(), got.id());
    }
    assertThrows(IllegalStateException.class, () -> pending.get(0).take());
    assertEquals(List.of(), names.entries());
  }

  @Test
  void aStreamedUpdateOfTheSameSourcesChangesNothing(@TempDir Path dir) throws Exception {
    Path reviews = dir.resolve("reviews");
    SyntheticCorpus.write(reviews, 2_200, 9L);
    Files.copy(reviews.resolve("channel-00001.txt"), reviews.resolve("reposts.txt"));
    Corpus whole = CorpusLoader.load(List.of(reviews));
    try (LuceneIndex index = LuceneIndex.open(dir.resolve("index"))) {
      IndexChanges built = index.update(whole.papers());
      assertEquals(whole.papers().size(), built.papersAdded());

      StreamedCorpus streamed = new CorpusLoader().stream(List.of(reviews), entries -> {});
      IndexChanges again = index.update(streamed);

      assertEquals(0, again.papersAdded() + again.papersChanged() + again.papersRemoved());
      assertEquals(0, again.namesAdded() + again.namesChanged() + again.namesRemoved());
      assertEquals(built.papersAdded() + built.namesAdded(), again.unchanged());
    }
  }

  @Test
  void aStreamedUpdateWritesWhatChangedAndRemovesWhatIsGone(@TempDir Path dir) throws Exception {
    Path reviews = dir.resolve("reviews");
    SyntheticCorpus.write(reviews, 1_500, 4L);
    try (LuceneIndex index = LuceneIndex.open(dir.resolve("index"))) {
      index.update(new CorpusLoader().stream(List.of(reviews), entries -> {}));
      int before = index.size();
      Files.delete(reviews.resolve("channel-00001.txt"));
      Corpus whole = CorpusLoader.load(List.of(reviews));

      IndexChanges changes = index.update(new CorpusLoader().stream(List.of(reviews), e -> {}));

      assertTrue(changes.papersRemoved() >= 500, changes.summary());
      assertEquals(0, changes.papersAdded(), changes.summary());
      assertTrue(index.size() < before);
      try (LuceneIndex fresh = LuceneIndex.inMemory()) {
        fresh.update(whole.papers());
        assertEquals(fresh.size(), index.size());
      }
    }
  }
}
