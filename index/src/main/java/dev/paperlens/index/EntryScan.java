package dev.paperlens.index;

import dev.paperlens.corpus.Paper;
import dev.paperlens.text.CrossScript;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.IntStream;

/**
 * A first stage that builds no index: the terms of each paper that a citation typed as written
 * matches (its key and title whole and their words, the words of its authors, year, venue and ids:
 * the terms the whole index holds in those fields), normalized once, and every request a scan over
 * them. The scan runs the tiers {@link NameQueries} runs, over the same terms and in the same order
 * (a tier's matches most popular first), so it answers as an index of those fields alone would: a
 * subset of the whole index's answers. A one-word citation scans 20,000 entries in about 10 ms of
 * CPU once compiled (docs/performance.md), slower than the whole index but ready seconds before it,
 * and nothing of Lucene's indexing chain need be loaded or compiled before the first answer.
 */
public final class EntryScan implements SearchBackend {

  /** One paper's terms a first stage matches, and what a hit shows. */
  private static final class Entry {
    final String key;
    final String title;
    final String name;
    final float popularity;
    final long order;
    final String exact;
    final String words;
    final String fields;

    /**
     * Read from the paper as {@link IndexEntries#paper} reads it, without what only an index needs
     * (the stored JSON, the review text, the content hash).
     */
    private Entry(Paper paper) {
      String shown = paper.title() == null ? paper.key() : paper.title();
      NameTerms names = NameTerms.plain(IndexEntries.paperNames(paper));
      this.key = paper.key();
      this.title = EntryDocuments.displayText(paper.title() == null ? "" : paper.title());
      this.name = EntryDocuments.displayText(shown);
      this.popularity =
          IndexEntry.popularityOf(
              SearchHit.Kind.PAPER, shown, paper.reviews().size(), IndexEntries.recency(paper));
      this.order = EntryDocuments.stableOrder(IndexEntries.paperId(paper.key()));
      this.exact = joined(names.exact());
      this.words = joined(names.words());
      this.fields = joined(FieldTerms.plain(paper.authors(), IndexEntries.facts(paper)).words());
    }

    /**
     * The terms as one string, each behind a separator and the last followed by one: a term is
     * found by one {@link String#indexOf} of the separator and its start (or the whole term and the
     * separator), not by a call per term.
     */
    private static String joined(java.util.Collection<String> terms) {
      StringBuilder joined = new StringBuilder().append(SEPARATOR);
      for (String term : terms) {
        joined.append(EntryDocuments.term(term)).append(SEPARATOR);
      }
      return joined.toString();
    }
  }

  /** Between terms: normalized terms hold letters and digits only. */
  private static final char SEPARATOR = ' ';

  /** Most popular first, ties by the stable order of the id: a tier's order in the index. */
  private static final Comparator<Entry> INDEX_ORDER =
      Comparator.comparing((Entry e) -> e.popularity).reversed().thenComparingLong(e -> e.order);

  private final Entry[] entries;
  private final Map<String, Paper> papers;

  private EntryScan(List<Paper> given) {
    List<Paper> distinct = IndexEntries.distinctPapers(given);
    Map<String, Paper> byKey = new HashMap<>();
    for (Paper paper : distinct) {
      byKey.put(paper.key(), paper);
    }
    this.papers = Map.copyOf(byKey);
    Entry[] made =
        IntStream.range(0, distinct.size())
            .parallel()
            .mapToObj(i -> new Entry(distinct.get(i)))
            .toArray(Entry[]::new);
    Arrays.sort(made, INDEX_ORDER);
    this.entries = made;
  }

  /** The first stage of these papers: their terms read once, nothing indexed. */
  public static EntryScan of(List<Paper> papers) {
    return new EntryScan(papers);
  }

  /** One way of matching an entry, with the score its matches share. */
  private record Tier(Predicate<Entry> matches, float score) {}

  @Override
  public Optional<SearchHit> resolve(String surface) {
    if (surface == null) {
      return Optional.empty();
    }
    String normalized = NameForms.normalize(NameQueries.clip(surface, NameQueries.MAX_INPUT_CHARS));
    if (normalized.isEmpty()) {
      return Optional.empty();
    }
    // The resolve tiers past the exact one (cross-script keys, stems) match fields a first stage
    // does not hold.
    String whole = whole(normalized);
    String start = start(normalized);
    List<SearchHit> exact =
        run(List.of(new Tier(e -> e.exact.contains(whole), NameQueries.EXACT)), 0f, 1);
    if (!exact.isEmpty()) {
      return Optional.of(exact.get(0));
    }
    if (normalized.length() < 4) {
      return Optional.empty();
    }
    // The one paper whose name alone starts with the surface, at a prefix query's constant score.
    Entry only = null;
    for (Entry entry : entries) {
      if (entry.exact.contains(start)) {
        if (only != null) {
          return Optional.empty();
        }
        only = entry;
      }
    }
    return only == null ? Optional.empty() : Optional.of(hit(only, 1f));
  }

  @Override
  public List<SearchHit> complete(String typed, CompletionContext context, int limit) {
    if (typed == null || limit <= 0) {
      return List.of();
    }
    String prefix = NameQueries.clip(typed, NameQueries.MAX_INPUT_CHARS);
    // A paper is the preferred kind in a citation (half a point up), not in prose.
    float paperBonus = context == CompletionContext.CITATION ? 0.5f : 0f;
    if (context != CompletionContext.CITATION) {
      // Prose falls back to full-text search when no name matched; a first stage holds no text
      // beyond the names, which found nothing.
      return completeNames(prefix, List.of(), context, paperBonus, limit);
    }
    List<String> words = RememberedQueries.typedWords(prefix);
    String named =
        words.size() < prefix.strip().split("\\s+").length ? String.join(" ", words) : prefix;
    if (words.isEmpty()) {
      return completeNames(prefix, List.of(), context, paperBonus, limit);
    }
    // Every typed word in some field; the review-text tier after it matches the same entries here.
    List<Word> typedWords = words.stream().map(Word::new).toList();
    Predicate<Entry> every =
        e -> {
          for (Word word : typedWords) {
            if (!word.inAnyField(e)) {
              return false;
            }
          }
          return true;
        };
    Tier fields = new Tier(every, NameQueries.FIELDS);
    if (words.size() == 1) {
      return completeNames(named, List.of(fields), context, paperBonus, limit);
    }
    List<Tier> tiers = new ArrayList<>();
    for (Tier name : prefixTiers(named)) {
      if (name.score() >= NameQueries.WORD_PREFIX) {
        tiers.add(new Tier(name.matches().and(every), name.score()));
      }
    }
    tiers.add(fields);
    return run(tiers, paperBonus, limit);
  }

  private List<SearchHit> completeNames(
      String prefix, List<Tier> more, CompletionContext context, float paperBonus, int limit) {
    List<Tier> tiers = new ArrayList<>(prefixTiers(prefix));
    if (tiers.isEmpty()) {
      return context == CompletionContext.CITATION && prefix.isBlank()
          ? run(List.of(new Tier(e -> true, NameQueries.ANY_PAPER)), paperBonus, limit)
          : List.of();
    }
    tiers.addAll(more);
    // The near-miss tiers that follow in the index match leading slices a first stage lacks.
    return run(tiers, paperBonus, limit);
  }

  /**
   * {@link NameQueries#prefixTiers} over the fields a first stage holds: a whole name (key or
   * title), a name's start, its words' starts, and the same for text typed in the other keyboard
   * layout. The cross-script, infix and stem tiers match fields it does not hold.
   */
  private static List<Tier> prefixTiers(String input) {
    String normalized = NameForms.normalize(input);
    if (normalized.isEmpty()) {
      return List.of();
    }
    List<Tier> tiers = new ArrayList<>();
    String whole = whole(normalized);
    String start = start(normalized);
    tiers.add(new Tier(e -> e.exact.contains(whole), NameQueries.EXACT));
    tiers.add(new Tier(e -> e.exact.contains(start), NameQueries.PREFIX));
    tiers.add(new Tier(wordPrefix(input), NameQueries.WORD_PREFIX));
    String swapped = NameForms.normalize(CrossScript.swapKeyboardLayout(input));
    if (!swapped.isEmpty() && !swapped.equals(normalized)) {
      String swappedStart = start(swapped);
      tiers.add(new Tier(e -> e.exact.contains(swappedStart), NameQueries.LAYOUT_PREFIX));
      tiers.add(new Tier(e -> e.words.contains(swappedStart), NameQueries.LAYOUT_PREFIX * 0.5f));
    }
    tiers.sort((a, b) -> Float.compare(b.score(), a.score()));
    return tiers;
  }

  /** Every word of the input a word of a name, the last one by its start. */
  private static Predicate<Entry> wordPrefix(String input) {
    List<String> words = NameForms.words(input);
    if (words.size() <= 1) {
      String start = start(NameForms.normalize(input));
      return e -> e.words.contains(start);
    }
    List<String> whole = words.subList(0, words.size() - 1).stream().map(EntryScan::whole).toList();
    String last = start(words.get(words.size() - 1));
    return e -> {
      if (!e.words.contains(last)) {
        return false;
      }
      for (String word : whole) {
        if (!e.words.contains(word)) {
          return false;
        }
      }
      return true;
    };
  }

  /** A typed word as {@link RememberedQueries#anyField} matches it, over a first stage's fields. */
  private static final class Word {
    private final String start;
    private final String inFields;

    Word(String word) {
      this.start = start(word);
      // Shorter words match an author, year or venue word whole.
      this.inFields = word.length() >= 3 ? start : whole(word);
    }

    boolean inAnyField(Entry entry) {
      return entry.exact.contains(start)
          || entry.words.contains(start)
          || entry.fields.contains(inFields);
    }
  }

  /** What finds a term starting with {@code prefix} in joined terms. */
  private static String start(String prefix) {
    return SEPARATOR + prefix;
  }

  /** What finds the whole {@code term} in joined terms. */
  private static String whole(String term) {
    return SEPARATOR + term + SEPARATOR;
  }

  /**
   * Walks the entries once, most popular first, and puts each in its best tier; the tiers' matches
   * follow each other best tier first, as {@link TieredSearch#runTiers} lists them.
   */
  private List<SearchHit> run(List<Tier> tiers, float paperBonus, int limit) {
    List<List<Entry>> matched = new ArrayList<>(tiers.size());
    for (int i = 0; i < tiers.size(); i++) {
      matched.add(new ArrayList<>());
    }
    for (Entry entry : entries) {
      for (int i = 0; i < tiers.size(); i++) {
        if (tiers.get(i).matches().test(entry)) {
          matched.get(i).add(entry);
          break;
        }
      }
      if (matched.get(0).size() >= limit) {
        // The best tier alone fills the list: the rest cannot come before it.
        break;
      }
    }
    List<SearchHit> hits = new ArrayList<>(limit);
    for (int i = 0; i < tiers.size() && hits.size() < limit; i++) {
      for (Entry entry : matched.get(i)) {
        if (hits.size() >= limit) {
          break;
        }
        // Less than the half point of the preferred kind, which is less than a tier's gap.
        float bonus = Math.min(0.45f, Math.max(0f, entry.popularity - 1f));
        hits.add(hit(entry, tiers.get(i).score() + paperBonus + bonus));
      }
    }
    return hits;
  }

  private static SearchHit hit(Entry entry, float score) {
    return new SearchHit(SearchHit.Kind.PAPER, entry.key, entry.title, entry.name, score);
  }

  /**
   * The names' tiers as one score, by popularity: what full-text search finds in a first stage,
   * which holds no text beyond the names.
   */
  @Override
  public List<SearchHit> search(String text, int limit) {
    if (text == null || text.isBlank() || limit <= 0) {
      return List.of();
    }
    String clipped =
        NameQueries.clip(
            NameQueries.clip(text, NameQueries.MAX_TEXT_CHARS), NameQueries.MAX_INPUT_CHARS);
    List<Tier> tiers = prefixTiers(clipped);
    List<SearchHit> found = new ArrayList<>();
    for (Entry entry : entries) {
      for (Tier tier : tiers) {
        if (tier.matches().test(entry)) {
          found.add(hit(entry, (float) (tier.score() * (double) entry.popularity)));
          break;
        }
      }
    }
    // Stable: equal scores stay in index order.
    found.sort(Comparator.comparingDouble(SearchHit::score).reversed());
    return found.size() > limit ? List.copyOf(found.subList(0, limit)) : found;
  }

  /** A first stage holds no review text to find papers like another by. */
  @Override
  public List<SearchHit> related(String key, int limit) {
    return List.of();
  }

  @Override
  public Optional<Paper> paper(String key) {
    return key == null ? Optional.empty() : Optional.ofNullable(papers.get(key));
  }

  /** A first stage's papers are the library's own, with no reviews to mention names. */
  @Override
  public List<Paper> mentioning(String canonicalName, int limit) {
    return List.of();
  }

  @Override
  public int size() {
    return entries.length;
  }

  /** Holds nothing but heap. */
  @Override
  public void close() {}
}
