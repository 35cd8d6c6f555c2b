package dev.paperlens.index;

import static dev.paperlens.index.IndexFields.*;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;

/**
 * Runs name tiers and ranked queries on a searcher and turns the top documents into hits, reading
 * their fields from doc values.
 */
final class TieredSearch {
  private TieredSearch() {}

  static final Query PAPERS = new TermQuery(new Term(KIND, KIND_PAPER));
  static final Query METHODS = new TermQuery(new Term(KIND, KIND_METHOD));

  private static final Sort BEST_FIRST =
      new Sort(SortField.FIELD_SCORE, new SortField(ORDER, SortField.Type.LONG));

  /**
   * Walks the tiers best first, taking each tier's matches in index order (most popular first) and
   * stopping once {@code limit} hits are found, so a common prefix never scores every match. Within
   * a tier the context's preferred kind comes first.
   */
  static List<SearchHit> runTiers(
      IndexSearcher searcher, List<NameQueries.Tier> tiers, CompletionContext context, int limit)
      throws IOException {
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
        collectTier(
            searcher, filtered(tier.query(), kinds.get(0)), tier.score() + 0.5f, limit, seen, hits);
        collectTier(
            searcher, filtered(tier.query(), kinds.get(1)), tier.score(), limit, seen, hits);
      }
      if (hits.size() >= limit) {
        break;
      }
    }
    return hits;
  }

  private static void collectTier(
      IndexSearcher searcher,
      Query query,
      float tierScore,
      int limit,
      Set<Integer> seen,
      List<SearchHit> hits)
      throws IOException {
    if (hits.size() >= limit || matchesNothing(searcher.getIndexReader(), query)) {
      return;
    }
    int wanted = limit + seen.size();
    TopDocs top =
        searcher.search(
            new ConstantScoreQuery(query),
            new TopFieldCollectorManager(LuceneIndex.INDEX_ORDER, wanted, wanted));
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

  static Query filtered(Query query, Query filter) {
    return new BooleanQuery.Builder().add(query, Occur.MUST).add(filter, Occur.FILTER).build();
  }

  static List<SearchHit> hits(IndexSearcher searcher, Query query, int limit) throws IOException {
    if (matchesNothing(searcher.getIndexReader(), query)) {
      return List.of();
    }
    TopDocs top = searcher.search(query, limit, BEST_FIRST, true);
    List<SearchHit> hits = new ArrayList<>(top.scoreDocs.length);
    for (ScoreDoc hit : top.scoreDocs) {
      hits.add(hit(searcher, hit.doc, hit.score));
    }
    return hits;
  }

  /**
   * Whether a query surely matches no document of the reader, as its terms dictionaries alone tell:
   * a term no segment holds, a prefix no term of any segment starts with, a conjunction with such a
   * clause, a disjunction of such clauses only. Most phrases a hover tries around the cursor name
   * nothing, and searching each tier for them set up a sorted collector on every segment to find
   * nothing; a seek answers the same. False when in doubt (other queries, terms only in deleted
   * documents): the search then runs and finds what it finds.
   */
  static boolean matchesNothing(IndexReader reader, Query query) throws IOException {
    if (query instanceof ConstantScoreQuery constant) {
      return matchesNothing(reader, constant.getQuery());
    }
    if (query instanceof TermQuery term) {
      return !holds(reader, term.getTerm(), false);
    }
    if (query instanceof PrefixQuery prefix) {
      return !holds(reader, prefix.getPrefix(), true);
    }
    if (query instanceof BooleanQuery bool) {
      boolean required = false;
      boolean optional = false;
      boolean everyOptionalEmpty = true;
      for (BooleanClause clause : bool.clauses()) {
        switch (clause.getOccur()) {
          case MUST, FILTER -> {
            required = true;
            if (matchesNothing(reader, clause.getQuery())) {
              return true;
            }
          }
          case SHOULD -> {
            optional = true;
            everyOptionalEmpty = everyOptionalEmpty && matchesNothing(reader, clause.getQuery());
          }
          case MUST_NOT -> {}
        }
      }
      return !required && optional && everyOptionalEmpty;
    }
    return false;
  }

  /** Whether some segment's terms dictionary holds the term, or a term starting with it. */
  private static boolean holds(IndexReader reader, Term term, boolean asPrefix) throws IOException {
    BytesRef bytes = term.bytes();
    for (LeafReaderContext leaf : reader.leaves()) {
      Terms terms = leaf.reader().terms(term.field());
      if (terms == null) {
        continue;
      }
      TermsEnum dictionary = terms.iterator();
      if (!asPrefix) {
        if (dictionary.seekExact(bytes)) {
          return true;
        }
        continue;
      }
      TermsEnum.SeekStatus status = dictionary.seekCeil(bytes);
      if (status == TermsEnum.SeekStatus.FOUND
          || (status == TermsEnum.SeekStatus.NOT_FOUND
              && StringHelper.startsWith(dictionary.term(), bytes))) {
        return true;
      }
    }
    return false;
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
}
