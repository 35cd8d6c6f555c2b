package dev.paperlens.index;

import static dev.paperlens.index.IndexFields.*;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Function;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * The embedded index's dictionary of name words: one small document per distinct word of the
 * entries' names, holding that word's suffixes, leading slices and phonetic key's suffixes ({@link
 * NameForms.WordTerms}). An entry holds its words ({@link IndexFields#NAME_WORD}) but not their
 * forms, which a title word shared by thousands of papers would otherwise write into each of them;
 * a query on a word form ({@link #expand}) finds the words that have it here, then the entries that
 * have those words. It matches exactly the entries that held the form themselves: an entry has a
 * word's forms if and only if it has the word.
 *
 * <p>Words are only ever added: one that no entry has any more leads to no entry, and the next
 * rebuild leaves it out.
 */
final class NameWords {
  private NameWords() {}

  /** The dictionary document of one word: its forms under the fields a query on them reads. */
  static Document document(NameForms.WordTerms forms) {
    Document doc = new Document();
    doc.add(new SortedDocValuesField(FORM_WORD, new BytesRef(EntryDocuments.term(forms.word()))));
    EntryDocuments.addTerms(doc, FORM_INFIX, new LinkedHashSet<>(forms.suffixes()));
    EntryDocuments.addTerms(doc, FORM_EDGE, new LinkedHashSet<>(forms.edges()));
    EntryDocuments.addTerms(
        doc, FORM_PHONETIC_INFIX, new LinkedHashSet<>(forms.phoneticSuffixes()));
    return doc;
  }

  /**
   * The words an update met that the dictionary does not hold yet, safe to offer from several
   * indexing threads.
   */
  static final class Gathering {
    private final Set<String> known = ConcurrentHashMap.newKeySet();
    private final ConcurrentLinkedQueue<String> fresh = new ConcurrentLinkedQueue<>();

    /** Starts from the words an index's dictionary holds already. */
    Gathering(IndexReader reader) throws IOException {
      for (LeafReaderContext leaf : reader.leaves()) {
        SortedDocValues words = leaf.reader().getSortedDocValues(FORM_WORD);
        if (words == null) {
          continue;
        }
        TermsEnum each = words.termsEnum();
        for (BytesRef word = each.next(); word != null; word = each.next()) {
          known.add(word.utf8ToString());
        }
      }
    }

    /** Notes the words of an entry's names. */
    void offer(Collection<String> words) {
      for (String word : words) {
        if (known.add(EntryDocuments.term(word))) {
          fresh.add(word);
        }
      }
    }

    /** The words met since the last call, in the order first offered, handed over once. */
    List<String> take() {
      List<String> out = new ArrayList<>();
      for (String word = fresh.poll(); word != null; word = fresh.poll()) {
        out.add(word);
      }
      return out;
    }

    /** The dictionary documents of words, their forms taken from {@code forms}. */
    static List<Document> documents(
        List<String> words, Function<String, NameForms.WordTerms> forms) {
      List<Document> docs = new ArrayList<>(words.size());
      for (String word : words) {
        docs.add(document(forms.apply(word)));
      }
      return docs;
    }
  }

  /**
   * The query with every query on a word form (an infix or cross-script infix prefix, a near miss
   * of a leading slice) widened to the entries whose words have that form in the dictionary; the
   * entries holding it themselves (forms of whole names, not of words) still match as before.
   * Scores are unchanged: every name tier is constant-score.
   */
  static Query expand(Query query, IndexSearcher searcher) throws IOException {
    if (query instanceof PrefixQuery prefix && isWordForm(prefix.getField())) {
      PrefixQuery inDictionary =
          new PrefixQuery(new Term(formField(prefix.getField()), prefix.getPrefix().bytes()));
      return withWords(query, words(inDictionary, searcher));
    }
    if (query instanceof FuzzyQuery fuzzy && fuzzy.getField().equals(NAME_EDGE)) {
      FuzzyQuery inDictionary =
          new FuzzyQuery(
              new Term(FORM_EDGE, fuzzy.getTerm().bytes()),
              fuzzy.getMaxEdits(),
              fuzzy.getPrefixLength(),
              MAX_EXPANSIONS,
              fuzzy.getTranspositions(),
              fuzzy.getRewriteMethod());
      return withWords(query, words(inDictionary, searcher));
    }
    if (query instanceof BooleanQuery bool) {
      BooleanQuery.Builder out = new BooleanQuery.Builder();
      out.setMinimumNumberShouldMatch(bool.getMinimumNumberShouldMatch());
      for (BooleanClause clause : bool.clauses()) {
        out.add(expand(clause.getQuery(), searcher), clause.getOccur());
      }
      return out.build();
    }
    if (query instanceof ConstantScoreQuery constant) {
      return new ConstantScoreQuery(expand(constant.getQuery(), searcher));
    }
    if (query instanceof BoostQuery boost) {
      return new BoostQuery(expand(boost.getQuery(), searcher), boost.getBoost());
    }
    return query;
  }

  /**
   * Bound on the near misses a fuzzy query takes under its default rewrite; the tiers' own
   * constant-score rewrite, passed on, takes every one.
   */
  private static final int MAX_EXPANSIONS = 64;

  private static boolean isWordForm(String field) {
    return field.equals(NAME_INFIX) || field.equals(NAME_PHONETIC_INFIX);
  }

  private static String formField(String field) {
    return field.equals(NAME_INFIX) ? FORM_INFIX : FORM_PHONETIC_INFIX;
  }

  private static Query withWords(Query query, List<BytesRef> words) {
    if (words.isEmpty()) {
      return query;
    }
    return new BooleanQuery.Builder()
        .add(query, Occur.SHOULD)
        .add(new TermInSetQuery(NAME_WORD, words), Occur.SHOULD)
        .build();
  }

  /** The words of the dictionary documents a query on their forms finds. */
  private static List<BytesRef> words(Query inDictionary, IndexSearcher searcher)
      throws IOException {
    List<BytesRef> words = new ArrayList<>();
    Weight weight =
        searcher.createWeight(searcher.rewrite(inDictionary), ScoreMode.COMPLETE_NO_SCORES, 1);
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      SortedDocValues values = leaf.reader().getSortedDocValues(FORM_WORD);
      Scorer scorer = values == null ? null : weight.scorer(leaf);
      if (scorer == null) {
        continue;
      }
      Bits live = leaf.reader().getLiveDocs();
      DocIdSetIterator docs = scorer.iterator();
      for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
        if ((live == null || live.get(doc)) && values.advanceExact(doc)) {
          words.add(BytesRef.deepCopyOf(values.lookupOrd(values.ordValue())));
        }
      }
    }
    return words;
  }
}
