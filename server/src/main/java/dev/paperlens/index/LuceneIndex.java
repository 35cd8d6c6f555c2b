package dev.paperlens.index;

import static dev.paperlens.index.IndexFields.*;

import dev.paperlens.corpus.Paper;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DoubleValuesSource;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;

/**
 * The embedded Lucene index of papers and names. One writer per directory (a second process gets
 * {@link LockObtainFailedException}); readers go through a {@link SearcherManager} refreshed after
 * each update, so queries never wait for indexing. Updates are incremental: entries whose content
 * hash is unchanged are not touched.
 */
public final class LuceneIndex implements SearchBackend {
  private static final System.Logger LOG = System.getLogger(LuceneIndex.class.getName());

  /**
   * The order of documents in every segment: most popular first, ties by a stable hash of the id.
   * Queries within one tier of match quality then stop after the first hits of each segment.
   */
  static final Sort INDEX_ORDER =
      new Sort(
          new SortField(POPULARITY, SortField.Type.FLOAT, true),
          new SortField(ORDER, SortField.Type.LONG));

  private static final Sort BEST_FIRST =
      new Sort(SortField.FIELD_SCORE, new SortField(ORDER, SortField.Type.LONG));
  private static final Query PAPERS = new TermQuery(new Term(KIND, KIND_PAPER));
  private static final Query METHODS = new TermQuery(new Term(KIND, KIND_METHOD));
  private static final int MAX_MENTIONING = 1000;
  private static final int INDEX_THREADS = Runtime.getRuntime().availableProcessors();
  private static final int BATCH = 256;

  private final Directory directory;
  private final Analyzer analyzer;
  private final Object writeLock = new Object();
  private IndexWriter writer;
  private volatile SearcherManager searchers;
  private String pendingRebuildReason;

  private LuceneIndex(Directory directory, Analyzer analyzer, String rebuildReason)
      throws IOException {
    this.directory = directory;
    this.analyzer = analyzer;
    this.pendingRebuildReason = rebuildReason;
    this.writer = new IndexWriter(directory, config(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
    this.searchers = new SearcherManager(writer, null);
  }

  /** An index held in memory only, for tests and one-off runs. */
  public static LuceneIndex inMemory() {
    try {
      return new LuceneIndex(new ByteBuffersDirectory(), new MixedScriptAnalyzer(), null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** An in-memory index of these papers. */
  public static LuceneIndex of(List<Paper> papers) {
    LuceneIndex index = inMemory();
    try {
      index.update(papers);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return index;
  }

  /**
   * Opens the index stored in {@code dir}, creating it when missing. An index that cannot be read or
   * was written by another schema version is discarded; the next {@link #update} rebuilds it and
   * reports why.
   *
   * @throws LockObtainFailedException when another process is writing this index
   */
  public static LuceneIndex open(Path dir) throws IOException {
    Files.createDirectories(dir);
    FSDirectory directory = FSDirectory.open(dir);
    String reason = staleReason(directory);
    if (reason != null) {
      discard(directory);
    }
    try {
      return new LuceneIndex(directory, new MixedScriptAnalyzer(), reason);
    } catch (LockObtainFailedException e) {
      directory.close();
      throw e;
    } catch (IOException | RuntimeException e) {
      // A commit that reads but whose segments do not: start over rather than fail the server.
      discard(directory);
      return new LuceneIndex(directory, new MixedScriptAnalyzer(), "unreadable: " + e.getMessage());
    }
  }

  private static String staleReason(Directory directory) {
    try {
      if (!DirectoryReader.indexExists(directory)) {
        return directory.listAll().length > 1 ? "no complete commit" : null;
      }
      String schema = SegmentInfos.readLatestCommit(directory).getUserData().get(SCHEMA_KEY);
      if (!SCHEMA_VERSION.equals(schema)) {
        return "schema " + schema + " is not the current " + SCHEMA_VERSION;
      }
      return null;
    } catch (IOException | RuntimeException e) {
      return "unreadable: " + e.getMessage();
    }
  }

  private static void discard(Directory directory) throws IOException {
    for (String file : directory.listAll()) {
      if (!file.equals(IndexWriter.WRITE_LOCK_NAME)) {
        directory.deleteFile(file);
      }
    }
  }

  private IndexWriterConfig config(IndexWriterConfig.OpenMode mode) {
    IndexWriterConfig config = new IndexWriterConfig(analyzer);
    config.setOpenMode(mode);
    // Small enough that segments flush on the indexing threads while they work, rather than all
    // at once on the committing thread.
    config.setRAMBufferSizeMB(24);
    config.setCommitOnClose(false);
    config.setIndexSort(INDEX_ORDER);
    return config;
  }

  /**
   * Brings the index in line with the corpus: re-indexes only entries whose content changed, deletes
   * those gone, commits, and refreshes readers. On failure the index is rolled back to its last
   * commit.
   */
  public IndexChanges update(List<Paper> papers) throws IOException {
    synchronized (writeLock) {
      List<Paper> distinct = IndexEntries.distinctPapers(papers);
      searchers.maybeRefreshBlocking();
      Tally tally = new Tally(new ConcurrentHashMap<>(storedHashes()));
      boolean success = false;
      try {
        writeInParallel(distinct, tally);
        for (IndexEntry entry : IndexEntries.names(distinct)) {
          write(entry, tally);
        }
        for (String id : tally.stored.keySet()) {
          tally.removed[id.startsWith("p:") ? 0 : 1].incrementAndGet();
          tally.sources.addAll(storedSources(id));
          writer.deleteDocuments(new Term(ID, id));
        }
        writer.setLiveCommitData(Map.of(SCHEMA_KEY, SCHEMA_VERSION).entrySet());
        writer.commit();
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

  /**
   * Papers are independent, so building their entries (JSON, hash, name variants, analysis) runs on
   * one thread per core; IndexWriter takes documents from several threads at once.
   */
  private void writeInParallel(List<Paper> papers, Tally tally) throws IOException {
    int threads = Math.max(1, Math.min(INDEX_THREADS, papers.size() / BATCH));
    if (threads == 1) {
      for (Paper paper : papers) {
        write(IndexEntries.paper(paper), tally);
      }
      return;
    }
    AtomicInteger counter = new AtomicInteger();
    ExecutorService pool =
        Executors.newFixedThreadPool(
            threads,
            task -> {
              Thread thread = new Thread(task, "paperlens-indexer-" + counter.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
    try {
      List<Future<?>> batches = new ArrayList<>();
      for (int from = 0; from < papers.size(); from += BATCH) {
        List<Paper> batch = papers.subList(from, Math.min(papers.size(), from + BATCH));
        batches.add(
            pool.submit(
                () -> {
                  for (Paper paper : batch) {
                    write(IndexEntries.paper(paper), tally);
                  }
                  return null;
                }));
      }
      for (Future<?> batch : batches) {
        batch.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("indexing interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      throw new IOException("indexing failed", e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  private void write(IndexEntry entry, Tally tally) throws IOException {
    String old = tally.stored.remove(entry.id());
    int slot = entry.kind() == SearchHit.Kind.PAPER ? 0 : 1;
    if (entry.hash().equals(old)) {
      tally.unchanged.incrementAndGet();
      return;
    }
    tally.sources.addAll(entry.sources());
    if (old == null) {
      tally.added[slot].incrementAndGet();
      writer.addDocument(EntryDocuments.of(entry));
    } else {
      tally.changed[slot].incrementAndGet();
      writer.updateDocument(new Term(ID, entry.id()), EntryDocuments.of(entry));
    }
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
            hashes.put(ids.lookupOrd(ids.ordValue()).utf8ToString(), hash.binaryValue().utf8ToString());
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

  @Override
  public Optional<SearchHit> resolve(String surface) {
    if (surface == null) {
      return Optional.empty();
    }
    List<SearchHit> hits = runTiers(NameQueries.resolveTiers(surface), CompletionContext.ANY, 1);
    if (!hits.isEmpty()) {
      return Optional.of(hits.get(0));
    }
    return uniqueTitlePrefix(surface);
  }

  private Optional<SearchHit> uniqueTitlePrefix(String surface) {
    String normalized = NameForms.normalize(surface);
    if (normalized.length() < 4) {
      return Optional.empty();
    }
    Query prefix =
        new BooleanQuery.Builder()
            .add(new PrefixQuery(new Term(NAME_EXACT, normalized)), Occur.MUST)
            .add(PAPERS, Occur.FILTER)
            .build();
    List<SearchHit> hits = run(prefix, 2);
    return hits.size() == 1 ? Optional.of(hits.get(0)) : Optional.empty();
  }

  @Override
  public List<SearchHit> complete(String prefix, int limit) {
    return complete(prefix, CompletionContext.ANY, limit);
  }

  /**
   * The best completions for a typed prefix, best first: names and titles by exact, prefix, word,
   * infix and cross-script match, then, when those give fewer than {@code limit}, near misses and
   * text typed in the wrong keyboard layout.
   */
  public List<SearchHit> complete(String prefix, CompletionContext context, int limit) {
    if (prefix == null || limit <= 0) {
      return List.of();
    }
    List<NameQueries.Tier> tiers = new ArrayList<>(NameQueries.prefixTiers(prefix));
    if (tiers.isEmpty()) {
      return List.of();
    }
    List<SearchHit> hits = runTiers(tiers, context, limit);
    if (hits.size() < limit) {
      List<NameQueries.Tier> fuzzy = NameQueries.fuzzyTiers(prefix);
      if (!fuzzy.isEmpty()) {
        tiers.addAll(fuzzy);
        hits = runTiers(tiers, context, limit);
      }
    }
    return hits;
  }

  /**
   * Walks the tiers best first, taking each tier's matches in index order (most popular first) and
   * stopping once {@code limit} hits are found, so a common prefix never scores every match. Within
   * a tier the context's preferred kind comes first.
   */
  private List<SearchHit> runTiers(
      List<NameQueries.Tier> tiers, CompletionContext context, int limit) {
    if (tiers.isEmpty()) {
      return List.of();
    }
    IndexSearcher searcher;
    try {
      searcher = searchers.acquire();
    } catch (IOException e) {
      return failed("query", e);
    }
    try {
      List<Query> kinds =
          context == CompletionContext.CITATION
              ? List.of(PAPERS, METHODS)
              : context == CompletionContext.PROSE ? List.of(METHODS, PAPERS) : List.of();
      Set<Integer> seen = new HashSet<>();
      List<SearchHit> hits = new ArrayList<>(limit);
      for (NameQueries.Tier tier : tiers) {
        if (kinds.isEmpty()) {
          collectTier(searcher, tier.query(), tier.score(), limit, seen, hits);
        } else {
          collectTier(searcher, filtered(tier.query(), kinds.get(0)), tier.score() + 0.5f, limit,
              seen, hits);
          collectTier(searcher, filtered(tier.query(), kinds.get(1)), tier.score(), limit, seen,
              hits);
        }
        if (hits.size() >= limit) {
          break;
        }
      }
      return hits;
    } catch (IOException | RuntimeException e) {
      return failed("query", e);
    } finally {
      release(searcher);
    }
  }

  private static void collectTier(
      IndexSearcher searcher,
      Query query,
      float tierScore,
      int limit,
      Set<Integer> seen,
      List<SearchHit> hits)
      throws IOException {
    if (hits.size() >= limit) {
      return;
    }
    int wanted = limit + seen.size();
    TopDocs top =
        searcher.search(
            new ConstantScoreQuery(query), new TopFieldCollectorManager(INDEX_ORDER, wanted, wanted));
    for (ScoreDoc doc : top.scoreDocs) {
      if (hits.size() < limit && seen.add(doc.doc)) {
        // Index order is popularity order: the field holds the popularity; less than the 0.5 that
        // separates a preferred kind, which is less than the gap between tiers.
        float popularity = (Float) ((FieldDoc) doc).fields[0];
        float bonus = Math.min(0.45f, Math.max(0f, popularity - 1f));
        hits.add(hit(searcher, doc.doc, tierScore + bonus));
      }
    }
  }

  private static Query filtered(Query query, Query filter) {
    return new BooleanQuery.Builder().add(query, Occur.MUST).add(filter, Occur.FILTER).build();
  }

  private static Query byPopularity(Query query) {
    return FunctionScoreQuery.boostByValue(query, DoubleValuesSource.fromFloatField(POPULARITY));
  }

  @Override
  public List<SearchHit> search(String text, int limit) {
    if (text == null || text.isBlank() || limit <= 0) {
      return List.of();
    }
    QueryBuilder builder = new QueryBuilder(analyzer);
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    List<NameQueries.Tier> names = NameQueries.prefixTiers(text);
    if (!names.isEmpty()) {
      query.add(NameQueries.asOneQuery(names), Occur.SHOULD);
    }
    addText(query, builder.createBooleanQuery(TITLE_TEXT, text), 3);
    addText(query, builder.createBooleanQuery(NAMES_TEXT, text), 3);
    addText(query, builder.createBooleanQuery(BODY_TEXT, text), 1);
    return run(byPopularity(query.build()), limit);
  }

  private static void addText(BooleanQuery.Builder query, Query text, float boost) {
    if (text != null) {
      query.add(new BoostQuery(text, boost), Occur.SHOULD);
    }
  }

  @Override
  public List<SearchHit> related(String key, int limit) {
    Optional<Paper> paper = paper(key);
    if (paper.isEmpty() || limit <= 0) {
      return List.of();
    }
    StringBuilder text = new StringBuilder(paper.get().title() == null ? "" : paper.get().title());
    paper.get().reviews().forEach(r -> text.append('\n').append(r.text()));
    IndexSearcher searcher;
    try {
      searcher = searchers.acquire();
    } catch (IOException e) {
      return failed("related", e);
    }
    try {
      MoreLikeThis like = new MoreLikeThis(searcher.getIndexReader());
      like.setAnalyzer(analyzer);
      like.setFieldNames(new String[] {BODY_TEXT});
      like.setMinTermFreq(1);
      like.setMinDocFreq(1);
      like.setMaxQueryTerms(30);
      Query similar = like.like(BODY_TEXT, new StringReader(text.toString()));
      Query query =
          new BooleanQuery.Builder()
              .add(similar, Occur.MUST)
              .add(PAPERS, Occur.FILTER)
              .add(new TermQuery(new Term(ID, "p:" + key)), Occur.MUST_NOT)
              .build();
      return hits(searcher, query, limit);
    } catch (IOException | RuntimeException e) {
      return failed("related", e);
    } finally {
      release(searcher);
    }
  }

  @Override
  public Optional<Paper> paper(String key) {
    if (key == null) {
      return Optional.empty();
    }
    List<Paper> papers = papers(new TermQuery(new Term(ID, "p:" + key)), 1);
    return papers.isEmpty() ? Optional.empty() : Optional.of(papers.get(0));
  }

  @Override
  public List<Paper> mentioning(String canonicalName) {
    if (canonicalName == null || canonicalName.isBlank()) {
      return List.of();
    }
    Query query =
        new BooleanQuery.Builder()
            .add(new TermQuery(new Term(MENTION, canonicalName.toLowerCase(Locale.ROOT))), Occur.MUST)
            .add(PAPERS, Occur.FILTER)
            .build();
    return papers(query, MAX_MENTIONING);
  }

  private List<Paper> papers(Query query, int limit) {
    IndexSearcher searcher;
    try {
      searcher = searchers.acquire();
    } catch (IOException e) {
      return failed("paper lookup", e);
    }
    try {
      TopDocs top = searcher.search(query, limit, new Sort(new SortField(ID, SortField.Type.STRING)));
      StoredFields stored = searcher.storedFields();
      List<Paper> out = new ArrayList<>(top.scoreDocs.length);
      for (ScoreDoc hit : top.scoreDocs) {
        BytesRef json = stored.document(hit.doc, Set.of(PAPER_JSON)).getBinaryValue(PAPER_JSON);
        if (json != null) {
          out.add(
              IndexEntries.JSON.readValue(json.bytes, json.offset, json.length, Paper.class));
        }
      }
      return out;
    } catch (IOException | RuntimeException e) {
      return failed("paper lookup", e);
    } finally {
      release(searcher);
    }
  }

  @Override
  public int size() {
    IndexSearcher searcher;
    try {
      searcher = searchers.acquire();
    } catch (IOException e) {
      failed("size", e);
      return 0;
    }
    try {
      return searcher.count(PAPERS);
    } catch (IOException | RuntimeException e) {
      failed("size", e);
      return 0;
    } finally {
      release(searcher);
    }
  }

  /**
   * A bare {@link TermQuery} for the top 10 ids, no ranking or stored fields: the baseline the
   * benchmark sets beside the ranked queries.
   */
  int rawTermQuery(String field, String value) throws IOException {
    IndexSearcher searcher = searchers.acquire();
    try {
      return searcher.search(new TermQuery(new Term(field, value)), 10).scoreDocs.length;
    } finally {
      searchers.release(searcher);
    }
  }

  private List<SearchHit> run(Query query, int limit) {
    IndexSearcher searcher;
    try {
      searcher = searchers.acquire();
    } catch (IOException e) {
      return failed("query", e);
    }
    try {
      return hits(searcher, query, limit);
    } catch (IOException | RuntimeException e) {
      return failed("query", e);
    } finally {
      release(searcher);
    }
  }

  private static List<SearchHit> hits(IndexSearcher searcher, Query query, int limit)
      throws IOException {
    TopDocs top = searcher.search(query, limit, BEST_FIRST, true);
    List<SearchHit> hits = new ArrayList<>(top.scoreDocs.length);
    for (ScoreDoc hit : top.scoreDocs) {
      hits.add(hit(searcher, hit.doc, hit.score));
    }
    return hits;
  }

  /** The hit for a document, its fields read from doc values. */
  private static SearchHit hit(IndexSearcher searcher, int docId, float score) throws IOException {
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(docId, leaves));
    int doc = docId - leaf.docBase;
    NumericDocValues kinds = leaf.reader().getNumericDocValues(KIND);
    boolean paper = kinds == null || !kinds.advanceExact(doc) || kinds.longValue() == 0;
    return new SearchHit(
        paper ? SearchHit.Kind.PAPER : SearchHit.Kind.METHOD,
        docValue(leaf.reader().getBinaryDocValues(KEY), doc),
        docValue(leaf.reader().getBinaryDocValues(TITLE), doc),
        docValue(leaf.reader().getBinaryDocValues(NAME), doc),
        score);
  }

  private static String docValue(BinaryDocValues values, int doc) throws IOException {
    return values != null && values.advanceExact(doc) ? values.binaryValue().utf8ToString() : "";
  }

  private void release(IndexSearcher searcher) {
    try {
      searchers.release(searcher);
    } catch (IOException e) {
      LOG.log(Level.WARNING, "cannot release a searcher", e);
    }
  }

  private static <T> List<T> failed(String what, Exception e) {
    LOG.log(Level.WARNING, what + " failed: " + e.getMessage(), e);
    return List.of();
  }

  @Override
  public void close() throws IOException {
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
