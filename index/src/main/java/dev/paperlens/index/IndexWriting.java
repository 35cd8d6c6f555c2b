package dev.paperlens.index;

import static dev.paperlens.index.IndexFields.*;

import dev.paperlens.corpus.Paper;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.ConcurrentMergeScheduler;
import org.apache.lucene.index.FilterMergePolicy;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MergePolicy;
import org.apache.lucene.index.MergeTrigger;
import org.apache.lucene.index.SegmentCommitInfo;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.SegmentReader;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.Bits;

/**
 * The single writer of an index and the searcher manager that follows it. Updates are incremental:
 * entries whose content hash is unchanged are not touched, and a failed update is rolled back to
 * the last commit. Readers are refreshed after each commit, so queries never wait for indexing.
 */
final class IndexWriting {
  private static final System.Logger LOG = System.getLogger(IndexWriting.class.getName());
  private static final int INDEX_THREADS = Runtime.getRuntime().availableProcessors();
  private static final int BATCH = 256;

  private final Directory directory;
  private final Analyzer analyzer;
  private final Object writeLock = new Object();
  private IndexWriter writer;
  private volatile SearcherManager searchers;
  private String pendingRebuildReason;

  IndexWriting(Directory directory, Analyzer analyzer, String rebuildReason) throws IOException {
    this.directory = directory;
    this.analyzer = analyzer;
    this.pendingRebuildReason = rebuildReason;
    this.writer = new IndexWriter(directory, config(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
    this.searchers = new SearcherManager(writer, null);
  }

  /** The current searcher manager; replaced after a rollback, so read it for every query. */
  SearcherManager searchers() {
    return searchers;
  }

  /**
   * 24 MB, and a 64th of the maximum heap when that is less (8 MB at the clients' 512 MB): a build
   * under a small heap holds the corpus's names and facts beside the buffers.
   */
  static final double RAM_BUFFER_MB =
      Math.min(24, Runtime.getRuntime().maxMemory() / 64.0 / (1 << 20));

  /**
   * New entries an indexing thread adds as one block, sorted in {@link LuceneIndex#INDEX_ORDER}:
   * about half of what {@link #RAM_BUFFER_MB} holds (128 documents a megabyte, 3,072 at 24 MB), so
   * a block is about the segment a flush would have written from it anyway.
   */
  static final int BLOCK = Math.max(BATCH, (int) (RAM_BUFFER_MB * 128));

  private IndexWriterConfig config(IndexWriterConfig.OpenMode mode) {
    IndexWriterConfig config = new IndexWriterConfig(analyzer);
    config.setOpenMode(mode);
    // Small enough that segments flush on the indexing threads while they work, rather than all
    // at once on the committing thread.
    config.setRAMBufferSizeMB(RAM_BUFFER_MB);
    config.setCommitOnClose(false);
    config.setMergePolicy(mergePolicy);
    // One merge thread a core, so that a build's final merges (inGroups) run side by side.
    ConcurrentMergeScheduler scheduler = new ConcurrentMergeScheduler();
    scheduler.setMaxMergesAndThreads(INDEX_THREADS + 5, INDEX_THREADS);
    config.setMergeScheduler(scheduler);
    config.setIndexSort(LuceneIndex.INDEX_ORDER);
    // A full block of new entries is flushed as a segment of its own, in the order it was added,
    // which is the index order (see Writers.addInIndexOrder): the flush then has nothing to sort.
    config.setMaxBufferedDocs(BLOCK);
    return config;
  }

  /**
   * Papers handed over batch by batch, so that a large corpus need not be held at once: {@code
   * places} gives each paper's place in corpus order, which decides ties between the papers that
   * name the same thing, whatever order the batches come in.
   */
  @FunctionalInterface
  interface Batches {
    void forEach(Batch batch) throws IOException;
  }

  /** Takes one batch of papers and their places in corpus order. */
  @FunctionalInterface
  interface Batch {
    void accept(List<Paper> papers, int[] places) throws IOException;
  }

  /**
   * Brings the index in line with the corpus: re-indexes only entries whose content changed,
   * deletes those gone, commits, and refreshes readers. On failure the index is rolled back to its
   * last commit.
   */
  IndexChanges update(List<Paper> papers) throws IOException {
    int[] places = new int[papers.size()];
    Arrays.setAll(places, i -> i);
    return update(batch -> batch.accept(papers, places), null);
  }

  /**
   * As {@link #update(List)}, from papers handed over in batches: each batch is indexed before the
   * next is asked for, and what is kept between batches is each name's tally and the keys seen. The
   * commit records {@code sourcesStamp} under {@link IndexFields#SOURCES_KEY}; null records none,
   * so an index updated without one is never taken for up to date with its sources.
   */
  IndexChanges update(Batches batches, String sourcesStamp) throws IOException {
    synchronized (writeLock) {
      searchers.maybeRefreshBlocking();
      Tally tally = new Tally(new ConcurrentHashMap<>(storedHashes()));
      boolean fromScratch = tally.stored.isEmpty();
      mergePolicy.updateOf(tally.stored.size());
      boolean success = false;
      try (Writers writers = new Writers(tally)) {
        IndexEntries.Names names = new IndexEntries.Names();
        Set<String> keys = new HashSet<>();
        batches.forEach(
            (papers, places) -> {
              List<Paper> distinct = new ArrayList<>(papers.size());
              int[] distinctPlaces = new int[papers.size()];
              for (int i = 0; i < papers.size(); i++) {
                Paper paper = papers.get(i);
                if (IndexEntries.distinctPapers(Collections.singletonList(paper)).isEmpty()
                    || !keys.add(paper.key())) {
                  continue;
                }
                distinctPlaces[distinct.size()] = places[i];
                distinct.add(paper);
              }
              // The pool indexes the papers while this thread gathers the names they give.
              Writing writing = writers.start(distinct, IndexEntries::paper);
              for (int i = 0; i < distinct.size(); i++) {
                names.add(distinct.get(i), distinctPlaces[i]);
              }
              writing.await();
            });
        // each name's entry is built as it is written, and let go with its document
        writers.write(names.pending(), IndexEntries.Pending::take);
        writers.flush();
        for (String id : tally.stored.keySet()) {
          tally.removed[id.startsWith("p:") ? 0 : 1].incrementAndGet();
          tally.sources.addAll(storedSources(id));
          writer.deleteDocuments(new Term(ID, id));
        }
        writer.setLiveCommitData(commitData(sourcesStamp).entrySet());
        commit(fromScratch);
        success = true;
      } finally {
        if (!success) {
          rollback();
        }
      }
      searchers.maybeRefreshBlocking();
      String reason = pendingRebuildReason;
      pendingRebuildReason = null;
      return tally.changes(reason);
    }
  }

  private static Map<String, String> commitData(String sourcesStamp) {
    return sourcesStamp == null
        ? Map.of(SCHEMA_KEY, SCHEMA_VERSION)
        : Map.of(SCHEMA_KEY, SCHEMA_VERSION, SOURCES_KEY, sourcesStamp);
  }

  /** The sources' stamp the last commit recorded, or null when it recorded none. */
  String sourcesStamp() {
    synchronized (writeLock) {
      Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
      if (data == null) {
        return null;
      }
      for (Map.Entry<String, String> entry : data) {
        if (SOURCES_KEY.equals(entry.getKey())) {
          return entry.getValue();
        }
      }
      return null;
    }
  }

  /**
   * Papers are independent, and so are names once gathered, so building their entries (JSON, hash,
   * name variants, analysis) runs on one thread per core, started for the first batch large enough
   * to share; IndexWriter takes documents from several threads at once. The pool also flushes the
   * last buffers, which the commit would otherwise flush on one thread.
   */
  private final class Writers implements AutoCloseable {
    private final Tally tally;
    private final NameForms.WordMemo words = new NameForms.WordMemo();
    private ExecutorService pool;

    Writers(Tally tally) {
      this.tally = tally;
    }

    <T> void write(List<T> items, Function<T, IndexEntry> entries) throws IOException {
      start(items, entries).await();
    }

    /**
     * Starts indexing the items on the pool and returns without waiting, unless they are too few to
     * share, which this thread indexes before it returns.
     */
    <T> Writing start(List<T> items, Function<T, IndexEntry> entries) throws IOException {
      if (INDEX_THREADS == 1 || items.size() < 2 * BATCH) {
        for (List<T> block : batches(items, BLOCK)) {
          writeBlock(block, entries);
        }
        return () -> {};
      }
      // Full blocks where there are enough items for every thread, else a share per thread.
      int size = Math.max(BATCH, Math.min(BLOCK, -Math.floorDiv(-items.size(), INDEX_THREADS)));
      List<Future<?>> tasks = new ArrayList<>();
      for (List<T> block : batches(items, size)) {
        tasks.add(
            pool()
                .submit(
                    () -> {
                      writeBlock(block, entries);
                      return null;
                    }));
      }
      return () -> awaitAll(tasks);
    }

    /**
     * Writes the changed entries of the items at once and collects the new ones, which go to the
     * writer together in index order ({@link #addInIndexOrder}).
     */
    private <T> void writeBlock(List<T> items, Function<T, IndexEntry> entries) throws IOException {
      List<IndexEntry> added = new ArrayList<>(items.size());
      for (T item : items) {
        IndexEntry entry = entries.apply(item);
        if (!IndexWriting.this.writeChanged(entry, tally, words)) {
          added.add(entry);
        }
      }
      addInIndexOrder(added);
    }

    /**
     * Adds new entries as one block of documents in {@link LuceneIndex#INDEX_ORDER}. A block goes
     * whole into one of the writer's per-thread buffers, and a full block ({@link #BLOCK}
     * documents, the writer's {@code maxBufferedDocs}) is flushed alone: its segment is then
     * already in index order, and the flush neither re-sorts every term's postings nor its doc
     * values. Smaller blocks can share a buffer with others, which the flush sorts as before.
     * Documents are made one by one as the writer takes them.
     */
    private void addInIndexOrder(List<IndexEntry> added) throws IOException {
      if (added.isEmpty()) {
        return;
      }
      added.sort(IN_INDEX_ORDER);
      writer.addDocuments(
          () ->
              added.stream()
                  .<Iterable<? extends IndexableField>>map(entry -> document(entry, words))
                  .iterator());
    }

    /** Flushes the indexing threads' buffers on the pool, when there is one. */
    void flush() throws IOException {
      if (pool == null) {
        return;
      }
      List<Future<?>> tasks = new ArrayList<>();
      for (int i = 0; i < INDEX_THREADS; i++) {
        tasks.add(
            pool.submit(
                () -> {
                  while (writer.flushNextBuffer()) {
                    // each call flushes one thread's buffer on this pool thread
                  }
                  return null;
                }));
      }
      awaitAll(tasks);
    }

    private ExecutorService pool() {
      if (pool == null) {
        AtomicInteger counter = new AtomicInteger();
        pool =
            Executors.newFixedThreadPool(
                INDEX_THREADS,
                task -> {
                  Thread thread =
                      new Thread(task, "paperlens-indexer-" + counter.incrementAndGet());
                  thread.setDaemon(true);
                  return thread;
                });
      }
      return pool;
    }

    @Override
    public void close() {
      if (pool != null) {
        pool.shutdownNow();
      }
    }
  }

  /**
   * Indexing started on the pool: {@link #await} returns when it is done, or throws its failure.
   */
  @FunctionalInterface
  private interface Writing {
    void await() throws IOException;
  }

  private static <T> List<List<T>> batches(List<T> items, int size) {
    List<List<T>> batches = new ArrayList<>();
    for (int from = 0; from < items.size(); from += size) {
      batches.add(items.subList(from, Math.min(items.size(), from + size)));
    }
    return batches;
  }

  /**
   * {@link LuceneIndex#INDEX_ORDER} over entries, as the writer compares their documents: greater
   * popularity first, then the smaller {@link EntryDocuments#stableOrder}; a stable sort keeps the
   * rest in the order given, as the writer keeps equal documents in the order added.
   */
  static final Comparator<IndexEntry> IN_INDEX_ORDER =
      Comparator.comparing(IndexEntry::popularity, Comparator.reverseOrder())
          .thenComparingLong(entry -> EntryDocuments.stableOrder(entry.id()));

  private static void awaitAll(List<Future<?>> tasks) throws IOException {
    try {
      for (Future<?> task : tasks) {
        task.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("indexing interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      throw new IOException("indexing failed", e.getCause());
    }
  }

  /**
   * Counts the entry and writes it if it replaces a stored one; returns false for a new entry,
   * which the caller adds.
   */
  private boolean writeChanged(IndexEntry entry, Tally tally, NameForms.WordMemo words)
      throws IOException {
    String old = tally.stored.remove(entry.id());
    int slot = entry.kind() == SearchHit.Kind.PAPER ? 0 : 1;
    if (entry.hash().equals(old)) {
      tally.unchanged.incrementAndGet();
      return true;
    }
    tally.sources.addAll(entry.sources());
    if (old == null) {
      tally.added[slot].incrementAndGet();
      return false;
    }
    tally.changed[slot].incrementAndGet();
    writer.updateDocument(new Term(ID, entry.id()), document(entry, words));
    return true;
  }

  private static Document document(IndexEntry entry, NameForms.WordMemo words) {
    return EntryDocuments.of(entry, words::get);
  }

  /** Counts of one update, per kind (0 papers, 1 names), safe to add to from indexing threads. */
  private static final class Tally {
    final Map<String, String> stored;
    final AtomicInteger[] added = {new AtomicInteger(), new AtomicInteger()};
    final AtomicInteger[] changed = {new AtomicInteger(), new AtomicInteger()};
    final AtomicInteger[] removed = {new AtomicInteger(), new AtomicInteger()};
    final AtomicInteger unchanged = new AtomicInteger();
    final Set<String> sources = new ConcurrentSkipListSet<>();

    Tally(Map<String, String> stored) {
      this.stored = stored;
    }

    IndexChanges changes(String rebuildReason) {
      return new IndexChanges(
          added[0].get(),
          changed[0].get(),
          removed[0].get(),
          added[1].get(),
          changed[1].get(),
          removed[1].get(),
          unchanged.get(),
          List.copyOf(sources),
          rebuildReason);
    }
  }

  /**
   * Segments of the same size the merge policy lets stand side by side before it merges them, the
   * fewest {@link TieredMergePolicy} allows. Every query of a hover or a completion looks each of
   * its terms up in every segment, so its cost grows with their number (docs/performance.md, "Hover
   * and the index's segments").
   */
  static final double SEGMENTS_PER_TIER = 2;

  /**
   * Segments below this size count as this size to the merge policy, so the small segments that
   * updates of a few papers add are merged together early, among themselves, and never with the
   * large segment of a build (which would rewrite the whole index).
   */
  static final double FLOOR_SEGMENT_MB = 16;

  /**
   * Most segments an update leaves on an index of a few megabytes (the policy's budget grows by
   * {@link #SEGMENTS_PER_TIER} a tier, a tier {@code maxMergeAtOnce} times the size of the one
   * below): what {@code IndexSegmentsTest} holds it to.
   */
  static final int MAX_SMALL_INDEX_SEGMENTS = 3;

  /** The writer's merge policy, the same one for every update and every writer of this index. */
  private final Merges mergePolicy = new Merges();

  /**
   * Merges that follow the size of the index an update starts from. An update of an empty index is
   * a build from scratch: it merges nothing while it writes and is merged once at its end ({@link
   * #commit}), into at most {@link #BUILD_SEGMENTS} segments ({@link #inGroups}), each flushed
   * segment merged once. Merging its flushed blocks ten at a time while it wrote rewrote them once
   * or twice more before that: at the clients' 512 MB a block is 1,024 entries, and merges were
   * over a third of a 30k build's samples (docs/performance.md, "Build under the clients' 512 MB").
   * Any other update's merges keep few segments, the small ones it adds merged among themselves.
   */
  private static final class Merges extends FilterMergePolicy {
    private volatile boolean fromScratch;

    Merges() {
      super(
          new TieredMergePolicy()
              .setSegmentsPerTier(SEGMENTS_PER_TIER)
              .setFloorSegmentMB(FLOOR_SEGMENT_MB));
    }

    /** An update starts on an index of this many live entries. */
    void updateOf(int entries) {
      fromScratch = entries == 0;
    }

    @Override
    public MergeSpecification findMerges(
        MergeTrigger trigger, SegmentInfos infos, MergeContext context) throws IOException {
      return fromScratch ? null : in.findMerges(trigger, infos, context);
    }

    /**
     * What the writer merges at a commit: {@link FilterMergePolicy} would ask the wrapped policy,
     * whose own {@code findMerges} then merges a build's flushed segments at its first commit,
     * before and beside its final merges.
     */
    @Override
    public MergeSpecification findFullFlushMerges(
        MergeTrigger trigger, SegmentInfos infos, MergeContext context) throws IOException {
      return fromScratch ? null : in.findFullFlushMerges(trigger, infos, context);
    }

    @Override
    public MergeSpecification findForcedMerges(
        SegmentInfos infos,
        int maxSegmentCount,
        Map<SegmentCommitInfo, Boolean> segmentsToMerge,
        MergeContext context)
        throws IOException {
      if (fromScratch) {
        return inGroups(infos, maxSegmentCount, segmentsToMerge, context, BUILD_SEGMENT_BYTES);
      }
      return in.findForcedMerges(infos, maxSegmentCount, segmentsToMerge, context);
    }

    @Override
    public MergeSpecification findForcedDeletesMerges(SegmentInfos infos, MergeContext context)
        throws IOException {
      // a build from scratch deletes nothing
      return fromScratch ? null : in.findForcedDeletesMerges(infos, context);
    }
  }

  /**
   * Most segments a build from scratch ends in: its final merge is split into this many merges,
   * which run side by side on the merge scheduler's threads (one a core), rather than one merge on
   * one core while the others wait. Every query looks its terms up in each segment, so no more than
   * two (docs/performance.md, "Build: the final merge on two cores").
   */
  static final int BUILD_SEGMENTS = Math.min(2, INDEX_THREADS);

  /** Least size of a build's segment after its final merge, so a small build still ends in one. */
  static final long BUILD_SEGMENT_BYTES = 32L << 20;

  /**
   * The build's forced merges: its flushed segments (those {@code segmentsToMerge} marks as
   * original), in the order they were written, cut into at most {@code maxSegmentCount} runs of
   * about the same size, each at least {@code leastBytes}, every run of two or more one merge. Each
   * segment is merged once, whatever their number: the merges' own segments are never picked again.
   */
  static MergePolicy.MergeSpecification inGroups(
      SegmentInfos infos,
      int maxSegmentCount,
      Map<SegmentCommitInfo, Boolean> segmentsToMerge,
      MergePolicy.MergeContext context,
      long leastBytes)
      throws IOException {
    List<SegmentCommitInfo> flushed = new ArrayList<>();
    long total = 0;
    for (SegmentCommitInfo info : infos) {
      if (Boolean.TRUE.equals(segmentsToMerge.get(info))
          && !context.getMergingSegments().contains(info)) {
        flushed.add(info);
        total += info.sizeInBytes();
      }
    }
    if (flushed.size() < 2) {
      return null;
    }
    int groups = (int) Math.max(1, Math.min(maxSegmentCount, total / leastBytes));
    MergePolicy.MergeSpecification merges = new MergePolicy.MergeSpecification();
    List<SegmentCommitInfo> group = new ArrayList<>();
    long done = 0;
    int cut = 1;
    for (SegmentCommitInfo info : flushed) {
      group.add(info);
      done += info.sizeInBytes();
      if (cut < groups && done * groups >= total * cut) {
        addMerge(merges, group);
        group = new ArrayList<>();
        cut++;
      }
    }
    addMerge(merges, group);
    return merges.merges.isEmpty() ? null : merges;
  }

  private static void addMerge(
      MergePolicy.MergeSpecification merges, List<SegmentCommitInfo> segments) {
    if (segments.size() > 1) {
      merges.add(new MergePolicy.OneMerge(segments));
    }
  }

  /** Segments the index has now. */
  int segments() throws IOException {
    IndexSearcher searcher = searchers.acquire();
    try {
      return searcher.getIndexReader().leaves().size();
    } finally {
      searchers.release(searcher);
    }
  }

  /** The names of the index's segments now, the one of most documents first. */
  List<String> segmentNames() throws IOException {
    IndexSearcher searcher = searchers.acquire();
    try {
      return searcher.getIndexReader().leaves().stream()
          .map(LeafReaderContext::reader)
          .sorted(Comparator.comparingInt(LeafReader::maxDoc).reversed())
          .map(reader -> ((SegmentReader) reader).getSegmentName())
          .toList();
    } finally {
      searchers.release(searcher);
    }
  }

  /**
   * Commits, with what the merge policy merged on the way: the policy is asked at the commit, and
   * its merges, waited for, go into a second commit, so readers refreshed after the update search
   * the merged segments. A build from scratch, whose blocks are flushed as many segments of about
   * the same size, is merged at its end instead: once, rather than tier by tier while it is
   * written, into at most {@link #BUILD_SEGMENTS} segments merged side by side.
   */
  private void commit(boolean fromScratch) throws IOException {
    writer.commit();
    if (fromScratch && writer.getDocStats().numDocs > 0) {
      writer.forceMerge(BUILD_SEGMENTS);
    }
    // the merges the commit started run on the scheduler's threads: wait for them
    ConcurrentMergeScheduler merges =
        (ConcurrentMergeScheduler) writer.getConfig().getMergeScheduler();
    merges.sync();
    while (writer.hasPendingMerges()) {
      writer.maybeMerge();
      merges.sync();
    }
    if (writer.hasUncommittedChanges()) {
      writer.commit();
    }
  }

  private void rollback() {
    try {
      writer.rollback();
      writer = new IndexWriter(directory, config(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
      SearcherManager old = searchers;
      searchers = new SearcherManager(writer, null);
      old.close();
    } catch (IOException e) {
      LOG.log(Level.ERROR, "cannot reopen the index after a failed update", e);
    }
  }

  /** Entry id to content hash for every live entry. */
  private Map<String, String> storedHashes() throws IOException {
    Map<String, String> hashes = new HashMap<>();
    IndexSearcher searcher = searchers.acquire();
    try {
      for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
        SortedDocValues ids = leaf.reader().getSortedDocValues(ID);
        BinaryDocValues hash = leaf.reader().getBinaryDocValues(HASH);
        Bits live = leaf.reader().getLiveDocs();
        if (ids == null || hash == null) {
          continue;
        }
        for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
          if ((live == null || live.get(doc)) && ids.advanceExact(doc) && hash.advanceExact(doc)) {
            hashes.put(
                ids.lookupOrd(ids.ordValue()).utf8ToString(), hash.binaryValue().utf8ToString());
          }
        }
      }
    } finally {
      searchers.release(searcher);
    }
    return hashes;
  }

  private List<String> storedSources(String id) throws IOException {
    IndexSearcher searcher = searchers.acquire();
    try {
      TopDocs top = searcher.search(new TermQuery(new Term(ID, id)), 1);
      if (top.scoreDocs.length == 0) {
        return List.of();
      }
      Document doc = searcher.storedFields().document(top.scoreDocs[0].doc, Set.of(SOURCE));
      return List.of(doc.getValues(SOURCE));
    } finally {
      searchers.release(searcher);
    }
  }

  void close() throws IOException {
    synchronized (writeLock) {
      try {
        searchers.close();
        writer.close();
      } finally {
        directory.close();
      }
    }
  }
}
