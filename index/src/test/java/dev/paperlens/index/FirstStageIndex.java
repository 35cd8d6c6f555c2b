package dev.paperlens.index;

import static dev.paperlens.index.IndexFields.*;

import dev.paperlens.corpus.Paper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DoubleValuesSource;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * What {@link EntryScan} must answer, worked out the other way: the whole index's documents of the
 * same papers ({@link EntryDocuments#of} of {@link IndexEntries#paper}) with only the fields a
 * citation typed as written matches (whole names, name words, field words) and what a hit reads, in
 * a Lucene index, queried by {@link NameQueries} as {@link LuceneIndex} queries. The reference of
 * EntryScanTest, not a backend.
 */
final class FirstStageIndex implements AutoCloseable {
  /** The fields kept of each whole document: identity, order, what a hit reads, plain terms. */
  private static final Set<String> KEPT =
      Set.of(ID, KIND, ORDER, KEY, TITLE, NAME, POPULARITY, NAME_EXACT, NAME_WORD, FIELD_WORD);

  private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
  private final DirectoryReader reader;
  private final IndexSearcher searcher;

  FirstStageIndex(List<Paper> papers) throws IOException {
    try (IndexWriter writer =
        new IndexWriter(directory, new IndexWriterConfig(new MixedScriptAnalyzer()))) {
      for (Paper paper : IndexEntries.distinctPapers(papers)) {
        Document whole = EntryDocuments.of(IndexEntries.paper(paper));
        Document plain = new Document();
        for (IndexableField field : whole.getFields()) {
          if (KEPT.contains(field.name())) {
            plain.add(field);
          }
        }
        writer.addDocument(plain);
      }
    }
    reader = DirectoryReader.open(directory);
    searcher = new IndexSearcher(reader);
  }

  int size() throws IOException {
    return searcher.count(TieredSearch.PAPERS);
  }

  List<SearchHit> complete(String typed, CompletionContext context, int limit) {
    return NameQueries.complete(typed, context, limit, this::runTiers, this::search);
  }

  Optional<SearchHit> resolve(String surface) {
    return NameQueries.resolve(surface, this::runTiers, this::papersNamedFrom);
  }

  /** {@link LuceneIndex#search} over these fields, which hold no text: the name tiers alone. */
  List<SearchHit> search(String text, int limit) {
    if (text == null || text.isBlank() || limit <= 0) {
      return List.of();
    }
    String clipped = NameQueries.clip(text, NameQueries.MAX_TEXT_CHARS);
    List<NameQueries.Tier> names =
        NameQueries.prefixTiers(NameQueries.clip(clipped, NameQueries.MAX_INPUT_CHARS));
    if (names.isEmpty()) {
      return List.of();
    }
    Query query =
        new BooleanQuery.Builder().add(NameQueries.asOneQuery(names), Occur.SHOULD).build();
    return hits(
        FunctionScoreQuery.boostByValue(query, DoubleValuesSource.fromFloatField(POPULARITY)),
        limit);
  }

  private List<SearchHit> runTiers(
      List<NameQueries.Tier> tiers, CompletionContext context, int limit) {
    try {
      return tiers.isEmpty()
          ? List.of()
          : TieredSearch.runTiers(searcher, new ArrayList<>(tiers), context, limit);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private List<SearchHit> papersNamedFrom(String normalized) {
    return hits(
        TieredSearch.filtered(
            new PrefixQuery(new Term(NAME_EXACT, normalized)), TieredSearch.PAPERS),
        2);
  }

  private List<SearchHit> hits(Query query, int limit) {
    try {
      return TieredSearch.hits(searcher, query, limit);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() throws IOException {
    reader.close();
    directory.close();
  }
}
