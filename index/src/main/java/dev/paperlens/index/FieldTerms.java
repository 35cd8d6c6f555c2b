package dev.paperlens.index;

import dev.paperlens.text.CrossScript;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The terms of what a person remembers of a paper besides its name, as exact terms both backends
 * index alike: what {@link NameQueries#fieldClause} matches.
 *
 * @param words normalized words of the authors (accents dropped: "re" finds Ré), the year, the
 *     venue, the arXiv id and the DOI, and each of those whole ("220514135" for 2205.14135)
 * @param phonetic cross-script keys of the authors' words, and of their likeliest English readings,
 *     so that a Russian spelling finds the author ("шмидхубер", "хинтон")
 */
public record FieldTerms(Set<String> words, Set<String> phonetic) {

  /** Author words shorter than this get no phonetic key: "Gu" would match every "гу…". */
  private static final int MIN_PHONETIC = 3;

  public static FieldTerms of(IndexEntry entry) {
    return of(entry.authors(), entry.facts(), true);
  }

  /**
   * The words only, no cross-script keys, of a paper's authors and facts ({@link
   * IndexEntries#facts}): what a first stage ({@link EntryScan}) matches.
   */
  static FieldTerms plain(List<String> authors, List<String> facts) {
    return of(authors, facts, false);
  }

  private static FieldTerms of(List<String> authors, List<String> facts, boolean crossScript) {
    FieldTerms terms = new FieldTerms(new LinkedHashSet<>(), new LinkedHashSet<>());
    for (String author : authors) {
      List<String> words = NameForms.words(fold(author));
      terms.words.addAll(words);
      if (!crossScript) {
        continue;
      }
      for (String word : words) {
        if (word.length() >= MIN_PHONETIC && !CrossScript.hasCyrillic(word)) {
          terms.phonetic.add(CrossScript.phoneticKey(word));
          terms.phonetic.addAll(NameForms.readings(word));
        }
      }
    }
    for (String fact : facts) {
      String folded = fold(fact);
      terms.words.addAll(NameForms.words(folded));
      String whole = NameForms.normalize(folded);
      if (!whole.isEmpty()) {
        terms.words.add(whole);
      }
    }
    terms.words.removeIf(w -> w.length() > EntryDocuments.MAX_TERM_CHARS);
    terms.phonetic.remove("");
    return terms;
  }

  /** Latin letters without their accents; other scripts as they are ("й" stays "й"). */
  static String fold(String text) {
    if (text == null || CrossScript.hasCyrillic(text)) {
      return text == null ? "" : text;
    }
    return IndexEntries.withoutAccents(text);
  }
}
