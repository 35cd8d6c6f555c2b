package dev.paperlens.index;

import static dev.paperlens.index.IndexFields.*;

import dev.paperlens.text.CrossScript;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Queries for a paper by what a person remembers of it, typed as words after {@code \cite{}}: each
 * word must match some field of the paper (its key, a word of its title or of a method name, an
 * author, the year, the venue, an id; and, in the looser form, a word of its reviews). Only exact
 * terms, prefixes and one fuzzy clause are used, over terms both backends index alike, so the team
 * backend runs the very same queries.
 */
final class RememberedQueries {
  private RememberedQueries() {}

  /** Most keys a Cyrillic word is looked up by, as its letters may transcribe German sounds. */
  private static final int TRANSCRIPTIONS = 8;

  /** Shortest word matched as a prefix of a field's words: "gu" must be a whole family name. */
  private static final int MIN_PREFIX = 3;

  /** Shortest cross-script key worth a near match: a Russian spelling of a long family name. */
  private static final int MIN_FUZZY_KEY = 5;

  /** Most words taken from what was typed: a pasted sentence must not stall typing. */
  private static final int MAX_WORDS = 8;

  private static final Analyzer ANALYZER = new MixedScriptAnalyzer();

  /**
   * The words a paper must match, normalized (accents of Latin letters dropped, punctuation inside
   * a word removed: "2205.14135" is one word). Stop words ("the", "и") are left out unless nothing
   * else was typed.
   */
  static List<String> typedWords(String typed) {
    List<String> all = new ArrayList<>();
    List<String> telling = new ArrayList<>();
    for (String chunk : typed.strip().split("\\s+")) {
      String word = NameForms.normalize(FieldTerms.fold(chunk));
      if (word.isEmpty() || all.size() >= MAX_WORDS) {
        continue;
      }
      all.add(word);
      if (!analyzed(word).isEmpty()) {
        telling.add(word);
      }
    }
    return telling.isEmpty() ? all : telling;
  }

  /**
   * Every word matches some field.
   *
   * @param reviews whether a word of the reviews counts too
   */
  static Query allWords(List<String> words, boolean reviews) {
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    for (String word : words) {
      all.add(reviews ? anyText(word) : anyField(word), Occur.FILTER);
    }
    return all.build();
  }

  /** The word as a key or name prefix, a word of a title or name, an author, year, venue or id. */
  static Query anyField(String word) {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    any.add(new PrefixQuery(new Term(NAME_EXACT, word)), Occur.SHOULD);
    any.add(new PrefixQuery(new Term(NAME_WORD, word)), Occur.SHOULD);
    any.add(
        word.length() >= MIN_PREFIX
            ? new PrefixQuery(new Term(FIELD_WORD, word))
            : new TermQuery(new Term(FIELD_WORD, word)),
        Occur.SHOULD);
    if (CrossScript.hasCyrillic(word)) {
      // A Russian spelling of a method ("мамба") or an author ("хинтон", "шмидхубер": German
      // "sch" is "ш", one letter off the key of the Latin spelling, hence the near match).
      String key = NameForms.phoneticKey(word);
      for (String transcribed : CrossScript.transcriptionKeys(word, TRANSCRIPTIONS)) {
        if (transcribed.length() >= MIN_PREFIX) {
          any.add(new PrefixQuery(new Term(NAME_PHONETIC, transcribed)), Occur.SHOULD);
          any.add(new PrefixQuery(new Term(FIELD_PHONETIC, transcribed)), Occur.SHOULD);
        }
      }
      if (key.length() >= MIN_FUZZY_KEY) {
        int edits = key.length() >= 7 ? 2 : 1;
        any.add(
            new FuzzyQuery(
                new Term(FIELD_PHONETIC, key),
                edits,
                0,
                64,
                true,
                MultiTermQuery.CONSTANT_SCORE_BLENDED_REWRITE),
            Occur.SHOULD);
      }
    }
    return any.build();
  }

  /** {@link #anyField}, or a word of the reviews as analyzed (stemmed), or their prefix. */
  static Query anyText(String word) {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    any.add(anyField(word), Occur.SHOULD);
    Set<String> terms = new LinkedHashSet<>(analyzed(word));
    if (word.length() >= MIN_PREFIX) {
      // What is typed may be the start of a word whose stem is longer than the typed word's.
      terms.add(word);
    }
    for (String term : terms) {
      any.add(
          term.length() >= MIN_PREFIX
              ? new PrefixQuery(new Term(BODY_TEXT, term))
              : new TermQuery(new Term(BODY_TEXT, term)),
          Occur.SHOULD);
    }
    return any.build();
  }

  /** The terms the review-text analysis makes of a word: none for a stop word. */
  private static List<String> analyzed(String word) {
    List<String> out = new ArrayList<>();
    try (TokenStream stream = ANALYZER.tokenStream(BODY_TEXT, word)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        out.add(term.toString());
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
