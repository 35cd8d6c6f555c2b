package dev.paperlens.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paperlens.corpus.Paper;
import dev.paperlens.corpus.SyntheticCorpus;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Updates leave the index in few segments, since every query looks its terms up in each, and the
 * merged index answers as one built at once.
 */
class IndexSegmentsTest {

  @Test
  void updatesLeaveFewSegmentsAndTheSameAnswers(@TempDir Path grown, @TempDir Path once)
      throws Exception {
    List<Paper> papers = SyntheticCorpus.papers(30, 3L);
    int most = 0;
    int merges = 0;
    try (LuceneIndex index = LuceneIndex.open(grown);
        LuceneIndex whole = LuceneIndex.open(once)) {
      List<Paper> growing = new ArrayList<>();
      int before = 0;
      for (Paper paper : papers) {
        growing.add(paper);
        index.update(growing);
        int segments = index.segments();
        most = Math.max(most, segments);
        if (segments < before) {
          merges++;
        }
        before = segments;
      }
      whole.update(papers);

      assertTrue(most <= IndexWriting.MAX_SMALL_INDEX_SEGMENTS, "segments: " + most);
      assertTrue(merges > 0, "one paper at a time never merged");
      for (Paper paper : papers) {
        for (String name : paper.methods()) {
          Optional<String> want = whole.resolve(name).map(SearchHit::key);
          assertEquals(want, index.resolve(name).map(SearchHit::key), name);
        }
        assertEquals(
            whole.paper(paper.key()).map(Paper::title), index.paper(paper.key()).map(Paper::title));
      }
    }
  }

  @Test
  void smallUpdatesAfterABuildLeaveItsSegmentAlone(@TempDir Path dir) throws Exception {
    List<Paper> papers = SyntheticCorpus.papers(300, 5L);
    int later = 8;
    List<Paper> indexed = new ArrayList<>(papers.subList(0, papers.size() - later));
    try (LuceneIndex index = LuceneIndex.open(dir)) {
      index.update(indexed);
      List<String> built = index.segmentNames();
      assertEquals(1, built.size(), "a small build from scratch ends in one segment: " + built);
      for (Paper paper : papers.subList(papers.size() - later, papers.size())) {
        indexed.add(paper);
        index.update(indexed);
        List<String> now = index.segmentNames();
        assertTrue(now.size() <= IndexWriting.MAX_SMALL_INDEX_SEGMENTS, "segments: " + now);
        assertEquals(built.get(0), now.get(0), "the build's segment was rewritten: " + now);
      }
      assertEquals(indexed.size(), index.size());
    }
  }

  @Test
  void aBuildOfManyBlocksIsMergedIntoOneSegmentAtItsEnd(@TempDir Path built, @TempDir Path twice)
      throws Exception {
    // papers and their names: over a block, flushed as several segments, which the build merges
    // into one by its end
    List<Paper> papers = SyntheticCorpus.papers(IndexWriting.BLOCK, 11L);
    try (LuceneIndex index = LuceneIndex.open(built);
        LuceneIndex inTwo = LuceneIndex.open(twice)) {
      index.update(papers);
      assertTrue(index.size() > IndexWriting.BLOCK, "entries: " + index.size());
      assertEquals(1, index.segments(), "a build from scratch ends in one segment");

      // the same papers built from half of them, then updated: the same answers
      inTwo.update(papers.subList(0, papers.size() / 2));
      inTwo.update(papers);
      assertEquals(index.size(), inTwo.size());
      for (Paper paper : papers.subList(0, 200)) {
        for (String name : paper.methods()) {
          assertEquals(
              inTwo.resolve(name).map(SearchHit::key), index.resolve(name).map(SearchHit::key));
        }
        assertEquals(
            inTwo.paper(paper.key()).map(Paper::title), index.paper(paper.key()).map(Paper::title));
      }
    }
  }
}
