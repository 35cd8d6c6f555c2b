package dev.paperlens.index;

import static dev.paperlens.index.IndexFields.*;

import dev.paperlens.text.CrossScript;
import dev.paperlens.text.LetterNames;
import dev.paperlens.text.Lexicon;
import dev.paperlens.text.NameMatcher;
import dev.paperlens.text.RussianInflection;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Queries over the name fields, as tiers: the kind of match decides the order and popularity only
 * orders matches within a tier. An exact name beats a name prefix, which beats a word of a title,
 * which beats an infix or a cross-script spelling. A document counts in its best tier only, so
 * matching in several ways does not push it past a better match.
 */
public final class NameQueries {
  private NameQueries() {}

  public static final float EXACT = 100;
  public static final float PREFIX = 50;
  public static final float PHONETIC_EXACT = 45;
  public static final float LAYOUT_PREFIX = 30;
  public static final float WORD_PREFIX = 25;
  public static final float PHONETIC_PREFIX = 24;
  public static final float INFIX = 20;
  public static final float STEM = 18;
  public static final float PHONETIC_INFIX = 15;
  public static final float FIELDS = 10;
  public static final float REVIEW_TEXT = 7;
  public static final float FUZZY = 5;
  public static final float ANY_PAPER = 1;

  /** Shortest input for infix tiers: shorter ones match too much to mean anything. */
  private static final int MIN_LOOSE = 3;

  /** Shortest input worth a fuzzy guess: one edit from three letters is almost anything. */
  private static final int MIN_FUZZY = 4;

  /** The tiers for a typed prefix, best first; empty when the input has no letters or digits. */
  public static List<Tier> prefixTiers(String input) {
    String normalized = NameForms.normalize(input);
    if (normalized.isEmpty()) {
      return List.of();
    }
    List<Tier> tiers = new ArrayList<>();
    tiers.add(tier(new TermQuery(new Term(NAME_EXACT, normalized)), EXACT));
    tiers.add(tier(new PrefixQuery(new Term(NAME_EXACT, normalized)), PREFIX));
    tiers.add(tier(wordPrefix(input), WORD_PREFIX));
    String phonetic = NameForms.phoneticKey(input);
    // Doubled and silent letters collapse in the key; a key much shorter than the input is noise.
    if (phonetic.length() >= Math.min(normalized.length(), MIN_LOOSE)) {
      tiers.add(tier(new TermQuery(new Term(NAME_PHONETIC_EXACT, phonetic)), PHONETIC_EXACT));
      tiers.add(tier(new PrefixQuery(new Term(NAME_PHONETIC, phonetic)), PHONETIC_PREFIX));
    }
    if (normalized.length() >= MIN_LOOSE) {
      tiers.add(tier(new PrefixQuery(new Term(NAME_INFIX, normalized)), INFIX));
      if (phonetic.length() >= MIN_LOOSE) {
        tiers.add(tier(new PrefixQuery(new Term(NAME_PHONETIC_INFIX, phonetic)), PHONETIC_INFIX));
      }
    }
    if (CrossScript.hasCyrillic(input) && normalized.length() >= 4) {
      for (String stem : NameForms.stemKeys(input)) {
        if (stem.length() >= MIN_LOOSE && !stem.equals(phonetic)) {
          tiers.add(tier(new PrefixQuery(new Term(NAME_PHONETIC, stem)), STEM));
        }
      }
    }
    phraseQuery(input, true).ifPresent(q -> tiers.add(tier(q, PHONETIC_PREFIX)));
    String swapped = NameForms.normalize(CrossScript.swapKeyboardLayout(input));
    if (!swapped.isEmpty() && !swapped.equals(normalized)) {
      tiers.add(tier(new PrefixQuery(new Term(NAME_EXACT, swapped)), LAYOUT_PREFIX));
      tiers.add(tier(new PrefixQuery(new Term(NAME_WORD, swapped)), LAYOUT_PREFIX * 0.5f));
    }
    return ordered(tiers);
  }

  /**
   * The fallback for input that matched too little: names whose first letters are within one edit
   * (two from seven letters on) of the input or of its keyboard-layout swap ("ртутфвтф" swaps to
   * "hnenadna", one edit from "hyenadna"). Empty when the input is too short to guess from.
   */
  public static List<Tier> fuzzyTiers(String input) {
    String normalized = edge(NameForms.normalize(input));
    if (normalized.length() < MIN_FUZZY) {
      return List.of();
    }
    List<Tier> tiers = new ArrayList<>();
    tiers.add(tier(fuzzy(normalized), FUZZY));
    String swapped = edge(NameForms.normalize(CrossScript.swapKeyboardLayout(input)));
    if (swapped.length() >= MIN_FUZZY && !swapped.equals(normalized)) {
      tiers.add(tier(fuzzy(swapped), FUZZY));
    }
    return ordered(tiers);
  }

  private static String edge(String normalized) {
    return normalized.length() > NameForms.MAX_EDGE
        ? normalized.substring(0, NameForms.MAX_EDGE)
        : normalized;
  }

  private static Query fuzzy(String normalized) {
    // Two edits anywhere in a large term dictionary is slow; typos rarely hit the first letter.
    int edits = normalized.length() >= 7 ? 2 : 1;
    // Constant-score rewrite: the tier scores every match alike, so per-term statistics are waste.
    return new FuzzyQuery(
        new Term(NAME_EDGE, normalized),
        edits,
        edits - 1,
        64,
        true,
        MultiTermQuery.CONSTANT_SCORE_BLENDED_REWRITE);
  }

  /** Longest name input considered: names are short, and a pasted page must not stall typing. */
  public static final int MAX_INPUT_CHARS = 200;

  /** Longest full-text query: past a few hundred words a query is a document. */
  public static final int MAX_TEXT_CHARS = 5 * MAX_INPUT_CHARS;

  public static String clip(String input, int max) {
    return input.length() > max ? input.substring(0, max) : input;
  }

  /**
   * Resolving over any backend: the best hit of the resolve tiers, else the one paper whose name
   * alone starts with the surface ({@code titlePrefix} gives at most two papers for a normalized
   * prefix).
   */
  public static Optional<SearchHit> resolve(
      String surface, TierRunner runner, Function<String, List<SearchHit>> titlePrefix) {
    if (surface == null) {
      return Optional.empty();
    }
    String clipped = clip(surface, MAX_INPUT_CHARS);
    List<SearchHit> hits = runner.run(resolveTiers(clipped), CompletionContext.ANY, 1);
    if (!hits.isEmpty()) {
      return Optional.of(hits.get(0));
    }
    Optional<Query> phrase = phraseQuery(clipped, false);
    if (phrase.isPresent()) {
      for (SearchHit hit :
          runner.run(
              List.of(tier(phrase.get(), PHONETIC_EXACT)), CompletionContext.ANY, PHRASE_HITS)) {
        if (spellsWhole(clipped, hit.name())) {
          return Optional.of(hit);
        }
      }
    }
    for (String acronym : LetterNames.acronyms(clipped)) {
      // "дэкуэн" is DQN: an acronym said by its letters' names is the acronym as written
      List<SearchHit> said =
          runner.run(
              List.of(
                  tier(new TermQuery(new Term(NAME_EXACT, NameForms.normalize(acronym))), EXACT)),
              CompletionContext.ANY,
              1);
      if (!said.isEmpty()) {
        return Optional.of(said.get(0));
      }
    }
    String normalized = NameForms.normalize(clipped);
    if (normalized.length() < 4) {
      return Optional.empty();
    }
    List<SearchHit> prefixed = titlePrefix.apply(normalized);
    return prefixed.size() == 1 ? Optional.of(prefixed.get(0)) : Optional.empty();
  }

  /** Names of several words looked at for a phrase before the linker's reading decides. */
  private static final int PHRASE_HITS = 8;

  /**
   * A phrase of two to four words, at least one of them Cyrillic, as a query for the names with a
   * part for each word ({@link NameForms#partReadings}): "стейбл диффьюжна", "фаст рцнн", "коммон
   * кроул". With {@code lastIsPrefix} the last word is a prefix of its part, as typed ("фаст р").
   * Empty for any other input.
   */
  static Optional<Query> phraseQuery(String surface, boolean lastIsPrefix) {
    String[] words = surface.strip().split("\\s+");
    if (words.length < 2
        || words.length > NameForms.MAX_PARTS
        || !CrossScript.hasCyrillic(surface)) {
      return Optional.empty();
    }
    for (int i = 0; i < words.length; i++) {
      // A name's Cyrillic spelling is made of loanwords: a phrase with a common Russian word is
      // prose, and not looked up (most phrases a note's hover tries are).
      if (!(lastIsPrefix && i == words.length - 1) && !mayBeNameWord(words[i])) {
        return Optional.empty();
      }
    }
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    for (int i = 0; i < words.length; i++) {
      BooleanQuery.Builder any = new BooleanQuery.Builder();
      if (lastIsPrefix && i == words.length - 1) {
        String key = NameForms.phoneticKey(words[i]);
        if (key.isEmpty()) {
          return Optional.empty();
        }
        any.add(new PrefixQuery(new Term(NAME_PHONETIC, key)), BooleanClause.Occur.SHOULD);
        // An acronym being typed in consonants ("фаст рцн" of Fast R-CNN)
        for (String acronym : CrossScript.cyrillicAcronyms(words[i])) {
          any.add(
              new PrefixQuery(new Term(NAME_PHONETIC, NameForms.phoneticKey(acronym))),
              BooleanClause.Occur.SHOULD);
        }
      } else {
        Set<String> keys = NameForms.wordKeys(words[i]);
        if (keys.isEmpty()) {
          return Optional.empty();
        }
        for (String key : keys) {
          any.add(new TermQuery(new Term(NAME_PHONETIC, key)), BooleanClause.Occur.SHOULD);
        }
      }
      all.add(any.build(), BooleanClause.Occur.FILTER);
    }
    return Optional.of(all.build());
  }

  /** Most frequent lemma frequency at or below which a Russian word may still spell a name. */
  private static final int RARE = 3;

  /**
   * Whether a word of a phrase may be a word of a name: a Latin word or number, or a Cyrillic word
   * that Russian does not have or has only as a rare word ("фаст"). The dictionary's frequency
   * counts lemmas, so the word's likeliest lemmas are looked up too, as the linker does ("я", "и",
   * "модель", "сама" are common).
   */
  public static boolean mayBeNameWord(String word) {
    if (!CrossScript.hasCyrillic(word)) {
      return true;
    }
    String lower = word.toLowerCase(Locale.ROOT);
    Lexicon russian = Lexicon.russian();
    if (!russian.isWord(lower)) {
      return true;
    }
    if (russian.frequency(lower) > RARE) {
      return false;
    }
    for (String lemma : RussianInflection.lemmas(lower, 2)) {
      if (russian.frequency(lemma) > RARE) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the linker reads the whole surface as the name ({@link NameMatcher}): the parts a
   * phrase query matched may stand in another order or belong to a longer name, and only a reading
   * of every word, in the linker's rules, makes the phrase the name.
   */
  static boolean spellsWhole(String surface, String name) {
    if (name == null) {
      return false;
    }
    String text = surface.strip();
    for (NameMatcher.Match m : NameMatcher.of(List.of(name)).find(text)) {
      if (m.start() == 0 && m.end() == text.length() && name.equals(m.name())) {
        return true;
      }
    }
    return false;
  }

  /** Runs tiers best first and returns at most {@code limit} hits: what a backend provides. */
  @FunctionalInterface
  public interface TierRunner {
    List<SearchHit> run(List<Tier> tiers, CompletionContext context, int limit);
  }

  /** Shortest typed text looked up among the words of papers when names run out. */
  static final int MIN_WORDS_CHARS = 3;

  /**
   * Completion over any backend: the prefix tiers, then, when those give fewer than {@code limit},
   * near misses and text typed in the wrong keyboard layout as well.
   *
   * <p>In a citation, the papers matched by what else a person remembers follow the names: first
   * those whose fields (an author, the year, the venue, an id, a word of the title or a method
   * name) hold every typed word, then those whose reviews hold the rest. Several words narrow:
   * every word must match some field of the paper, in every tier ("gu mamba", "dao 2022").
   *
   * <p>In prose, when no name matched at all, the backend's full-text search over the papers' words
   * ({@code words}) gives the papers whose text holds what was typed.
   *
   * @param words the backend's full-text search, best first
   */
  public static List<SearchHit> complete(
      String typed,
      CompletionContext context,
      int limit,
      TierRunner runner,
      BiFunction<String, Integer, List<SearchHit>> words) {
    if (typed == null || limit <= 0) {
      return List.of();
    }
    String prefix = clip(typed, MAX_INPUT_CHARS);
    if (context == CompletionContext.CITATION) {
      return completeCitation(prefix, limit, runner);
    }
    List<SearchHit> hits = completeNames(prefix, List.of(), context, limit, runner);
    String typedWord = prefix.strip().toLowerCase(Locale.ROOT);
    if (hits.isEmpty() && !Lexicon.russian().isWord(typedWord)) {
      for (String acronym : LetterNames.spelled(typedWord)) {
        // "дэку" begins DQN: letters said by their names complete the names they begin
        hits = completeNames(acronym.toUpperCase(Locale.ROOT), List.of(), context, limit, runner);
        if (!hits.isEmpty()) {
          break;
        }
      }
    }
    String text = prefix.strip();
    if (!hits.isEmpty() || text.length() < MIN_WORDS_CHARS) {
      return hits;
    }
    List<SearchHit> out = new ArrayList<>();
    for (SearchHit hit : words.apply(text, limit)) {
      if (out.size() >= limit) {
        break;
      }
      if (hit.kind() == SearchHit.Kind.PAPER) {
        out.add(hit);
      }
    }
    return out;
  }

  private static List<SearchHit> completeCitation(String typed, int limit, TierRunner runner) {
    List<String> words = RememberedQueries.typedWords(typed);
    // The name tiers see what was typed without the stop words the narrowing leaves out.
    String prefix =
        words.size() < typed.strip().split("\\s+").length ? String.join(" ", words) : typed;
    if (words.isEmpty()) {
      return completeNames(typed, List.of(), CompletionContext.CITATION, limit, runner);
    }
    List<Tier> fields = new ArrayList<>();
    fields.add(tier(RememberedQueries.allWords(words, false), FIELDS));
    fields.add(tier(RememberedQueries.allWords(words, true), REVIEW_TEXT));
    if (words.size() == 1) {
      return completeNames(prefix, fields, CompletionContext.CITATION, limit, runner);
    }
    // Several words: the whole text as a key or name ("dao 2022" starts dao2022flashattention),
    // whose words must each match a field. The tiers looser than a word prefix (inner parts,
    // cross-script prefixes, stems) are left to the words one by one: over a whole text they add
    // only noise. The filter leaves out review words: each filtered tier would expand their
    // prefixes again, a slow tail at scale; a paper found by them comes in the review-text tier.
    Query every = RememberedQueries.allWords(words, false);
    List<Tier> tiers = new ArrayList<>();
    for (Tier name : prefixTiers(prefix)) {
      if (name.score() >= WORD_PREFIX) {
        tiers.add(tier(TieredSearch.filtered(name.query(), every), name.score()));
      }
    }
    tiers.addAll(fields);
    return runner.run(ordered(tiers), CompletionContext.CITATION, limit);
  }

  private static List<SearchHit> completeNames(
      String prefix, List<Tier> more, CompletionContext context, int limit, TierRunner runner) {
    List<Tier> tiers = new ArrayList<>(prefixTiers(prefix));
    if (tiers.isEmpty()) {
      // "\cite{" with nothing typed yet: the most reviewed and most recent papers, as a start.
      return context == CompletionContext.CITATION && prefix.isBlank()
          ? runner.run(List.of(tier(TieredSearch.PAPERS, ANY_PAPER)), context, limit)
          : List.of();
    }
    tiers.addAll(more);
    tiers = ordered(tiers);
    List<SearchHit> hits = runner.run(tiers, context, limit);
    // In a citation, text that already starts a key or a name is no typo: near misses of a long
    // name (two edits over every name's first letters) would cost the most and add the least.
    boolean named =
        context == CompletionContext.CITATION
            && !hits.isEmpty()
            && hits.get(0).score() >= WORD_PREFIX;
    if (hits.size() < limit && !named) {
      List<Tier> fuzzy = fuzzyTiers(prefix);
      if (!fuzzy.isEmpty()) {
        tiers.addAll(fuzzy);
        hits = runner.run(ordered(tiers), context, limit);
      }
    }
    return hits;
  }

  /** Exact names, then exact cross-script keys, then Russian stems: what a mention names. */
  public static List<Tier> resolveTiers(String surface) {
    String normalized = NameForms.normalize(surface);
    if (normalized.isEmpty()) {
      return List.of();
    }
    List<Tier> tiers = new ArrayList<>();
    tiers.add(tier(new TermQuery(new Term(NAME_EXACT, normalized)), EXACT));
    String phonetic = NameForms.phoneticKey(surface);
    if (phonetic.length() >= 2) {
      tiers.add(tier(new TermQuery(new Term(NAME_PHONETIC_EXACT, phonetic)), PHONETIC_EXACT));
    }
    if (normalized.length() >= MIN_LOOSE) {
      for (String stem : NameForms.stemKeys(surface)) {
        tiers.add(tier(new TermQuery(new Term(NAME_STEM, stem)), STEM));
      }
      for (String key : NameForms.adjectiveKeys(surface)) {
        tiers.add(tier(new TermQuery(new Term(NAME_STEM, key)), STEM));
      }
    }
    return ordered(tiers);
  }

  private static Query wordPrefix(String input) {
    List<String> words = NameForms.words(input);
    if (words.size() <= 1) {
      return new PrefixQuery(new Term(NAME_WORD, NameForms.normalize(input)));
    }
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    for (int i = 0; i < words.size(); i++) {
      Term term = new Term(NAME_WORD, words.get(i));
      all.add(
          i == words.size() - 1 ? new PrefixQuery(term) : new TermQuery(term),
          BooleanClause.Occur.FILTER);
    }
    return all.build();
  }

  private static Tier tier(Query query, float score) {
    return new Tier(query, score);
  }

  /** One way of matching, with the score its matches share. */
  public record Tier(Query query, float score) {}

  /**
   * The tiers best first; where two tiers match the same document only the first counts. Tiers with
   * equal queries are dropped.
   */
  private static List<Tier> ordered(List<Tier> tiers) {
    List<Tier> out = new ArrayList<>(tiers);
    out.sort((a, b) -> Float.compare(b.score(), a.score()));
    return out;
  }

  /** All tiers as one query scoring each document by its best tier, for full-text search. */
  public static Query asOneQuery(List<Tier> tiers) {
    List<Query> clauses = new ArrayList<>(tiers.size());
    for (Tier tier : tiers) {
      clauses.add(new BoostQuery(new ConstantScoreQuery(tier.query()), tier.score()));
    }
    return new DisjunctionMaxQuery(clauses, 0f);
  }
}
