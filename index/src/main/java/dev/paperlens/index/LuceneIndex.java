package dev.paperlens.index;

import static dev.paperlens.index.IndexFields.*;

import dev.paperlens.corpus.Paper;
import dev.paperlens.corpus.StreamedCorpus;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DoubleValuesSource;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
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

  private static final Query PAPERS = TieredSearch.PAPERS;

  private final Analyzer analyzer;
  private final IndexWriting writing;

  private LuceneIndex(Directory directory, Analyzer analyzer, String rebuildReason)
      throws IOException {
    this.analyzer = analyzer;
    this.writing = new IndexWriting(directory, analyzer, rebuildReason);
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
   * Opens the index stored in {@code dir}, creating it when missing. An index that cannot be read
   * or was written by another schema version is discarded; the next {@link #update} rebuilds it and
   * reports why.
   *
   * @throws LockObtainFailedException when another process is writing this index
   */
  public static LuceneIndex open(Path dir) throws IOException {
    LOG.log(
        System.Logger.Level.DEBUG,
        "Lucene loads {0} classes by name",
        LuceneLoadedByName.CLASSES.size());
    Files.createDirectories(dir);
    Path lock = dir.resolve(IndexWriter.WRITE_LOCK_NAME);
    if (Files.isRegularFile(lock) && Files.size(lock) > 0) {
      // Lucene's lock file is always empty; one with content was overwritten and fails every
      // commit.
      Files.delete(lock);
    }
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

  /**
   * Brings the index in line with the corpus: re-indexes only entries whose content changed,
   * deletes those gone, commits, and refreshes readers. On failure the index is rolled back to its
   * last commit.
   */
  public IndexChanges update(List<Paper> papers) throws IOException {
    return writing.update(papers);
  }

  /**
   * As {@link #update(List)}, from a corpus read in passes: papers are indexed batch by batch as
   * the corpus hands them over, so the text of all its reviews is never held at once.
   *
   * @throws StreamedCorpus.SourcesChanged when a source changed while it was read; the index is
   *     left as it was
   */
  public IndexChanges update(StreamedCorpus corpus) throws IOException {
    return update(corpus, null);
  }

  /**
   * As {@link #update(StreamedCorpus)}, and the commit records {@code sourcesStamp}: what the
   * sources were when they were read (their files' sizes and modification times), which {@link
   * #sourcesStamp()} returns on the next start. Null records none.
   */
  public IndexChanges update(StreamedCorpus corpus, String sourcesStamp) throws IOException {
    return writing.update(batch -> corpus.forEachBatch(batch::accept), sourcesStamp);
  }

  /**
   * The sources' stamp the last update recorded, or empty when it recorded none (an update of a
   * list of papers, an index of another schema, a new one).
   */
  public Optional<String> sourcesStamp() {
    return Optional.ofNullable(writing.sourcesStamp());
  }

  /**
   * Phrases resolved lately, on the current reader: a hover tries up to dozens of phrases around
   * the cursor, most of them no name, and the next hover near it tries the same ones. About a
   * note's worth; each entry is a phrase and at most one hit.
   */
  private final RecentAnswers<String, Optional<SearchHit>> recentResolutions =
      new RecentAnswers<>(4096);

  /**
   * Papers loaded lately, on the current reader: a card reads its paper's stored JSON
   * (decompressed, then every review deserialized), and an editor shows the same cards again. At
   * most about 4 MB of review text, however many reviews a paper has.
   */
  private final RecentAnswers<String, Optional<Paper>> recentPapers =
      new RecentAnswers<>(512, 4L << 20, LuceneIndex::textChars);

  @Override
  public Optional<SearchHit> resolve(String surface) {
    if (surface == null) {
      return Optional.empty();
    }
    // Every tier of one phrase on one searcher: one acquire, and one reader the answer belongs to.
    return searching(
        "resolve",
        Optional.empty(),
        searcher ->
            recentResolutions.get(
                generation(searcher),
                surface,
                () ->
                    NameQueries.resolve(
                        surface,
                        (tiers, context, limit) -> onSearcher(searcher, tiers, context, limit),
                        normalized -> papersNamedFrom(searcher, normalized))));
  }

  private static List<SearchHit> onSearcher(
      IndexSearcher searcher, List<NameQueries.Tier> tiers, CompletionContext context, int limit) {
    try {
      return tiers.isEmpty() ? List.of() : TieredSearch.runTiers(searcher, tiers, context, limit);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** At most two papers whose name (title or key) starts with the normalized prefix. */
  private static List<SearchHit> papersNamedFrom(IndexSearcher searcher, String normalized) {
    Query prefix =
        new BooleanQuery.Builder()
            .add(new PrefixQuery(new Term(NAME_EXACT, normalized)), Occur.MUST)
            .add(PAPERS, Occur.FILTER)
            .build();
    try {
      return TieredSearch.hits(searcher, prefix, 2);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A paper's weight in the cache: the characters of its reviews, which most of it is. */
  private static int textChars(Optional<Paper> paper) {
    return paper
        .map(
            p ->
                256
                    + p.reviews().stream()
                        .mapToInt(r -> r.text() == null ? 0 : r.text().length())
                        .sum())
        .orElse(1);
  }

  /** What answers computed on this searcher belong to: its reader, until the next refresh. */
  private static Object generation(IndexSearcher searcher) {
    IndexReader.CacheHelper helper = searcher.getIndexReader().getReaderCacheHelper();
    return helper == null ? searcher.getIndexReader() : helper.getKey();
  }

  /**
   * The best completions for a typed prefix, best first: names and titles by exact, prefix, word,
   * infix and cross-script match, then, when those give fewer than {@code limit}, near misses and
   * text typed in the wrong keyboard layout.
   */
  @Override
  public List<SearchHit> complete(String prefix, CompletionContext context, int limit) {
    return NameQueries.complete(prefix, context, limit, this::runTiers, this::search);
  }

  private List<SearchHit> runTiers(
      List<NameQueries.Tier> tiers, CompletionContext context, int limit) {
    if (tiers.isEmpty()) {
      return List.of();
    }
    return searching(
        "query", List.of(), searcher -> TieredSearch.runTiers(searcher, tiers, context, limit));
  }

  private static Query byPopularity(Query query) {
    return FunctionScoreQuery.boostByValue(query, DoubleValuesSource.fromFloatField(POPULARITY));
  }

  @Override
  public List<SearchHit> search(String text, int limit) {
    if (text == null || text.isBlank() || limit <= 0) {
      return List.of();
    }
    // Past a few hundred words a query is a document: keep under Lucene's clause limit.
    text = NameQueries.clip(text, NameQueries.MAX_TEXT_CHARS);
    QueryBuilder builder = new QueryBuilder(analyzer);
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    List<NameQueries.Tier> names =
        NameQueries.prefixTiers(NameQueries.clip(text, NameQueries.MAX_INPUT_CHARS));
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
    return searching(
        "related",
        List.of(),
        searcher -> {
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
          return TieredSearch.hits(searcher, query, limit);
        });
  }

  @Override
  public Optional<Paper> paper(String key) {
    if (key == null) {
      return Optional.empty();
    }
    return searching(
        "paper lookup",
        Optional.empty(),
        searcher ->
            recentPapers.get(
                generation(searcher),
                key,
                () ->
                    papersOn(searcher, new TermQuery(new Term(ID, "p:" + key)), 1).stream()
                        .findFirst()));
  }

  @Override
  public List<Paper> mentioning(String canonicalName, int limit) {
    if (canonicalName == null || canonicalName.isBlank() || limit <= 0) {
      return List.of();
    }
    return papers(mentioningQuery(canonicalName), Math.min(limit, MAX_MENTIONING));
  }

  @Override
  public List<PaperLabel> mentioningLabels(String canonicalName, int limit) {
    if (canonicalName == null || canonicalName.isBlank() || limit <= 0) {
      return List.of();
    }
    return labels(mentioningQuery(canonicalName), Math.min(limit, MAX_MENTIONING), BY_ID);
  }

  @Override
  public Map<String, PaperLabel> labels(Collection<String> keys) {
    List<BytesRef> ids =
        keys.stream().filter(Objects::nonNull).distinct().map(k -> new BytesRef("p:" + k)).toList();
    if (ids.isEmpty()) {
      return Map.of();
    }
    Map<String, PaperLabel> out = new HashMap<>();
    for (PaperLabel label : labels(new TermInSetQuery(ID, ids), ids.size(), null)) {
      out.put(label.key(), label);
    }
    return out;
  }

  private static Query mentioningQuery(String canonicalName) {
    return new BooleanQuery.Builder()
        .add(new TermQuery(new Term(MENTION, NameForms.normalize(canonicalName))), Occur.MUST)
        .add(PAPERS, Occur.FILTER)
        .build();
  }

  private static final Sort BY_ID = new Sort(new SortField(ID, SortField.Type.STRING));

  private List<Paper> papers(Query query, int limit) {
    return searching("paper lookup", List.of(), searcher -> papersOn(searcher, query, limit));
  }

  /** The papers of the first {@code limit} documents {@code query} finds, in the index's order. */
  private static List<Paper> papersOn(IndexSearcher searcher, Query query, int limit)
      throws IOException {
    TopDocs top = searcher.search(query, limit, BY_ID);
    StoredFields stored = searcher.storedFields();
    List<Paper> out = new ArrayList<>(top.scoreDocs.length);
    for (ScoreDoc hit : top.scoreDocs) {
      Paper paper = storedPaper(stored, hit.doc);
      if (paper != null) {
        out.add(paper);
      }
    }
    return out;
  }

  private static Paper storedPaper(StoredFields stored, int doc) throws IOException {
    BytesRef json = stored.document(doc, Set.of(PAPER_JSON)).getBinaryValue(PAPER_JSON);
    return json == null
        ? null
        : IndexEntries.json().readValue(json.bytes, json.offset, json.length, Paper.class);
  }

  /**
   * The labels of the papers a query finds, from their doc values; a paper stored without one (its
   * label was too long to keep) has it made from its stored JSON.
   *
   * @param sort the order, or null for any
   */
  private List<PaperLabel> labels(Query query, int limit, Sort sort) {
    return searching(
        "label lookup",
        List.of(),
        searcher -> {
          TopDocs top =
              sort == null ? searcher.search(query, limit) : searcher.search(query, limit, sort);
          List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
          StoredFields stored = null;
          List<PaperLabel> out = new ArrayList<>(top.scoreDocs.length);
          for (ScoreDoc hit : top.scoreDocs) {
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(hit.doc, leaves));
            BinaryDocValues values = leaf.reader().getBinaryDocValues(LABEL);
            if (values != null && values.advanceExact(hit.doc - leaf.docBase)) {
              BytesRef json = values.binaryValue();
              out.add(
                  IndexEntries.json()
                      .readValue(json.bytes, json.offset, json.length, PaperLabel.class));
              continue;
            }
            stored = stored == null ? searcher.storedFields() : stored;
            Paper paper = storedPaper(stored, hit.doc);
            if (paper != null) {
              out.add(PaperLabel.of(paper));
            }
          }
          return out;
        });
  }

  @Override
  public int size() {
    return searching("size", 0, searcher -> searcher.count(PAPERS));
  }

  private List<SearchHit> run(Query query, int limit) {
    return searching(
        "query",
        List.of(),
        searcher -> {
          return TieredSearch.hits(searcher, query, limit);
        });
  }

  private SearcherManager searchers() {
    return writing.searchers();
  }

  private void release(IndexSearcher searcher) {
    try {
      searchers().release(searcher);
    } catch (IOException e) {
      LOG.log(Level.WARNING, "cannot release a searcher", e);
    }
  }

  /** Work on a searcher of the current index. */
  @FunctionalInterface
  private interface Search<T> {
    T on(IndexSearcher searcher) throws IOException;
  }

  /**
   * Runs {@code search} on an acquired searcher and releases it; a failure is logged and answered
   * with {@code onFailure}, so one bad query never reaches the editor as an error.
   */
  private <T> T searching(String what, T onFailure, Search<T> search) {
    IndexSearcher searcher;
    try {
      searcher = searchers().acquire();
    } catch (IOException | RuntimeException e) {
      failed(what, e);
      return onFailure;
    }
    try {
      return search.on(searcher);
    } catch (IOException | RuntimeException e) {
      failed(what, e);
      return onFailure;
    } finally {
      release(searcher);
    }
  }

  /**
   * A request that meets an index closed under it (the server replaced or shut it while the request
   * ran) is answered empty as any failure is, but that is no fault worth a warning and a stack
   * trace.
   */
  private static void failed(String what, Exception e) {
    if (e instanceof AlreadyClosedException) {
      LOG.log(Level.DEBUG, what + " met a closed index: " + e.getMessage());
    } else {
      LOG.log(Level.WARNING, what + " failed: " + e.getMessage(), e);
    }
  }

  /** Segments the index has now (tests). */
  int segments() throws IOException {
    return writing.segments();
  }

  /** The names of the index's segments, the one of most documents first. */
  List<String> segmentNames() throws IOException {
    return writing.segmentNames();
  }

  @Override
  public void close() throws IOException {
    writing.close();
  }
}
