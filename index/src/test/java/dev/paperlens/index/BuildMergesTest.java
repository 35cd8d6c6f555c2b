package dev.paperlens.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.MergePolicy;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.SegmentCommitInfo;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.InfoStream;
import org.junit.jupiter.api.Test;

/**
 * A build's final merge is cut into runs of flushed segments, merged side by side: every flushed
 * segment in exactly one run, the runs in the order written and of about the same size, and no more
 * of them than asked or than the least size allows.
 */
class BuildMergesTest {

  /** Documents per flushed segment: uneven, so the runs must be cut by size, not by count. */
  private static final int[] SEGMENT_DOCS = {40, 5, 5, 30, 10, 10, 20, 40, 5, 35};

  @Test
  void flushedSegmentsAreCutIntoRunsOfAboutTheSameSize() throws IOException {
    try (ByteBuffersDirectory directory = segments()) {
      SegmentInfos infos = SegmentInfos.readLatestCommit(directory);
      Map<SegmentCommitInfo, Boolean> flushed = flushed(infos);
      long total = 0;
      for (SegmentCommitInfo info : infos) {
        total += info.sizeInBytes();
      }

      for (int most = 2; most <= 4; most++) {
        MergePolicy.MergeSpecification merges =
            IndexWriting.inGroups(infos, most, flushed, idle(), 1);
        List<SegmentCommitInfo> merged = new ArrayList<>();
        int runs = 0;
        for (MergePolicy.OneMerge merge : merges.merges) {
          merged.addAll(merge.segments);
          runs++;
          long size = 0;
          for (SegmentCommitInfo info : merge.segments) {
            size += info.sizeInBytes();
          }
          // a run stops at the first segment that takes it to its share
          assertTrue(size < 2 * total / most, "run of " + size + " bytes of " + total);
        }
        // runs of one segment are left as they are; the rest are merged once, in order
        List<SegmentCommitInfo> expected = new ArrayList<>();
        for (SegmentCommitInfo info : infos) {
          if (merged.contains(info)) {
            expected.add(info);
          }
        }
        assertEquals(expected, merged, "runs in the order written");
        assertEquals(merged.size(), new HashSet<>(merged).size(), "a segment in two runs");
        assertTrue(runs <= most, "runs: " + runs);
        assertTrue(infos.size() - merged.size() + runs <= most, "segments left: " + most);
      }
    }
  }

  @Test
  void aSmallBuildEndsInOneSegmentAndMergedSegmentsAreNotPickedAgain() throws IOException {
    try (ByteBuffersDirectory directory = segments()) {
      SegmentInfos infos = SegmentInfos.readLatestCommit(directory);
      Map<SegmentCommitInfo, Boolean> flushed = flushed(infos);

      MergePolicy.MergeSpecification merges =
          IndexWriting.inGroups(infos, 2, flushed, idle(), Long.MAX_VALUE);
      assertEquals(1, merges.merges.size(), "below the least size: one merge");
      assertEquals(infos.size(), merges.merges.get(0).segments.size());

      // what a merge wrote is marked not original: nothing is left to merge
      Map<SegmentCommitInfo, Boolean> written = new HashMap<>();
      infos.forEach(info -> written.put(info, Boolean.FALSE));
      assertNull(IndexWriting.inGroups(infos, 2, written, idle(), 1));
    }
  }

  private static ByteBuffersDirectory segments() throws IOException {
    ByteBuffersDirectory directory = new ByteBuffersDirectory();
    IndexWriterConfig config = new IndexWriterConfig(new StandardAnalyzer());
    config.setMergePolicy(NoMergePolicy.INSTANCE);
    try (IndexWriter writer = new IndexWriter(directory, config)) {
      int id = 0;
      for (int docs : SEGMENT_DOCS) {
        for (int i = 0; i < docs; i++) {
          Document doc = new Document();
          doc.add(
              new TextField("text", "word" + id + " text of document " + id++, Field.Store.YES));
          writer.addDocument(doc);
        }
        writer.commit();
      }
    }
    return directory;
  }

  private static Map<SegmentCommitInfo, Boolean> flushed(SegmentInfos infos) {
    Map<SegmentCommitInfo, Boolean> flushed = new HashMap<>();
    infos.forEach(info -> flushed.put(info, Boolean.TRUE));
    return flushed;
  }

  private static MergePolicy.MergeContext idle() {
    return new MergePolicy.MergeContext() {
      @Override
      public int numDeletesToMerge(SegmentCommitInfo info) {
        return 0;
      }

      @Override
      public int numDeletedDocs(SegmentCommitInfo info) {
        return 0;
      }

      @Override
      public InfoStream getInfoStream() {
        return InfoStream.NO_OUTPUT;
      }

      @Override
      public Set<SegmentCommitInfo> getMergingSegments() {
        return Set.of();
      }
    };
  }
}
