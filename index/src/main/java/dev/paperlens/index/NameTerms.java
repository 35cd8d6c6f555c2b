package dev.paperlens.index;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * The name terms of one entry, field by field: what the name tiers of {@link NameQueries} match.
 * Both backends index exactly these, so a name query finds the same entries in either.
 *
 * @param exact normalized whole names, aliases and the paper's key
 * @param words normalized words of names and titles
 * @param infix suffixes of names and words
 * @param edges leading slices of names and words, for fuzzy matching
 * @param phonetic phonetic keys of names and words, for cross-script prefixes
 * @param phoneticInfix suffixes of those keys
 * @param phoneticExact the phonetic key of each whole name
 * @param stems phonetic keys of Russian stems of short names
 */
public record NameTerms(
    Set<String> exact,
    Set<String> words,
    Set<String> infix,
    Set<String> edges,
    Set<String> phonetic,
    Set<String> phoneticInfix,
    Set<String> phoneticExact,
    Set<String> stems) {

  public static NameTerms of(IndexEntry entry) {
    return of(entry, NameForms.WordTerms::of);
  }

  /**
   * Only the whole names and their words, no infixes, edges or phonetic keys, of a paper's names
   * ({@link IndexEntries#paperNames}, its key first): what a first stage ({@link EntryScan})
   * matches, a key, a title's start or a title word typed as written.
   */
  static NameTerms plain(List<String> paperNames) {
    NameTerms terms =
        new NameTerms(
            new LinkedHashSet<>(),
            new LinkedHashSet<>(),
            Set.of(),
            Set.of(),
            Set.of(),
            Set.of(),
            Set.of(),
            Set.of());
    forEachName(
        paperNames, true, terms, (name, normalized) -> terms.words.addAll(NameForms.words(name)));
    return terms;
  }

  /**
   * Adds each name to {@code terms.exact} and hands every name but a paper's key (its first name,
   * found by the exact tier only) to {@code rest} with its normalized form.
   */
  private static void forEachName(
      List<String> names, boolean ofPaper, NameTerms terms, BiConsumer<String, String> rest) {
    boolean first = true;
    for (String name : names) {
      String normalized = NameForms.normalize(name);
      if (normalized.isEmpty()) {
        continue;
      }
      terms.exact.add(normalized);
      boolean isPaperKey = first && ofPaper;
      first = false;
      if (!isPaperKey) {
        rest.accept(name, normalized);
      }
    }
  }

  /**
   * The terms of an entry, the terms of each word of its names taken from {@code wordTerms} (a
   * build passes a {@link NameForms.WordMemo}, so words shared by many titles are worked out once).
   */
  static NameTerms of(IndexEntry entry, Function<String, NameForms.WordTerms> wordTerms) {
    NameTerms terms =
        new NameTerms(
            new LinkedHashSet<>(),
            new LinkedHashSet<>(),
            new LinkedHashSet<>(),
            new LinkedHashSet<>(),
            new LinkedHashSet<>(),
            new LinkedHashSet<>(),
            new LinkedHashSet<>(),
            new LinkedHashSet<>());
    forEachName(
        entry.names(),
        entry.kind() == SearchHit.Kind.PAPER,
        terms,
        (name, normalized) -> {
          // The whole name first, then each of its words, in the order NameForms gives them.
          String key = NameForms.phoneticKey(name);
          boolean wholeSuffixed = normalized.length() <= NameForms.MAX_WHOLE_SUFFIXED;
          List<String> words = NameForms.words(name);
          // Most names are one word ("Mamba", "HyenaDNA"): their suffixes and leading slices are
          // that word's, which the word's forms add next in the same order (from the build's memo),
          // so they are not cut out of the name a second time.
          NameForms.WordTerms oneWord =
              words.size() == 1 && words.get(0).equals(normalized)
                  ? wordTerms.apply(normalized)
                  : null;
          if (wholeSuffixed) {
            if (oneWord == null) {
              NameForms.addSuffixes(normalized, terms.infix);
            }
            if (oneWord == null || !oneWord.phoneticKey().equals(key)) {
              NameForms.addSuffixes(key, terms.phoneticInfix);
            }
          }
          if (oneWord == null) {
            NameForms.addEdges(normalized, terms.edges);
          }
          if (!key.isEmpty()) {
            terms.phonetic.add(key);
          }
          for (String word : words) {
            NameForms.WordTerms forms = oneWord != null ? oneWord : wordTerms.apply(word);
            terms.words.add(word);
            terms.infix.addAll(forms.suffixes());
            terms.edges.addAll(forms.edges());
            if (!forms.phoneticKey().isEmpty()) {
              terms.phonetic.add(forms.phoneticKey());
            }
            terms.phoneticInfix.addAll(forms.phoneticSuffixes());
          }
          if (!key.isEmpty()) {
            terms.phoneticExact.add(key);
          }
          if (wholeSuffixed) {
            // Each word of a name of several words, as English reads it: a Cyrillic phrase for the
            // name ("стейбл диффьюжна", "фаст рцнн") is matched word by word (see
            // NameQueries.phraseQuery), where the whole name's few readings rarely hold the
            // writer's combination.
            terms.phonetic.addAll(NameForms.partReadings(name));
            terms.stems.addAll(NameForms.stemKeys(name));
            // How English reads the name, as Russian spells it: "виспер", "висперу" find "Whisper"
            // even where no review wrote that spelling.
            for (String reading : NameForms.readings(name)) {
              terms.phoneticExact.add(reading);
              terms.phonetic.add(reading);
              terms.stems.addAll(NameForms.readingStems(reading));
            }
          }
        });
    return terms;
  }
}
