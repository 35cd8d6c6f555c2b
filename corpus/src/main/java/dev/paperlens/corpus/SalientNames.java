package dev.paperlens.corpus;

import dev.paperlens.text.CrossScript;
import dev.paperlens.text.LatinNames;
import dev.paperlens.text.NameMatcher;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The name a body is about: the one its first sentence says what it is ("Whisper — это модель…"), a
 * name of the title the body keeps coming back to, and, when nothing else named the paper, the one
 * name the body writes far oftener than any other.
 */
final class SalientNames {
  private SalientNames() {}

  /** "Whisper — это модель…", "Mamba is a…" at the start of a body. */
  private static final Pattern DEFINITION =
      Pattern.compile(
          "(?<name>"
              + NameShapes.NAME_TOKEN
              + "(?: [A-Z0-9][A-Za-z0-9.-]*){0,2}) (?:[—–-] это|is an?) ");

  /** A body that opens by saying what a name is: that name is the paper's. */
  static void definedFirst(String body, Set<String> names) {
    int end = body.indexOf('.');
    String first = body.substring(0, Math.min(end < 0 ? body.length() : end, 300));
    if (!first.contains(" это ") && !first.contains("is a")) {
      return; // every match writes one of these: looked for before the pattern's scan
    }
    Matcher m = DEFINITION.matcher(first);
    if (m.find() && !LatinNames.isGeneric(m.group("name"))) {
      names.add(m.group("name"));
    }
  }

  /**
   * The names a review keeps coming back to: a name the title writes that the body names at least
   * twice ("The Falcon Series of Open Language Models"), and, when nothing else named the paper,
   * the one name the body writes at least three times and more than twice as often as any other.
   */
  static void salient(String title, String body, Set<String> prior, Set<String> names) {
    if (!names.isEmpty() && !titleWordRecurs(title, body)) {
      return; // the costly scan below could add nothing
    }
    Map<String, Integer> counts = new HashMap<>();
    Map<String, String> spelling = new HashMap<>();
    for (String name : LatinNames.find(body)) {
      if (prior.contains(name)) {
        continue; // "Rectified Flow (RF) … придумали ее Liu et al.": named often, still not theirs
      }
      String key = name.toLowerCase(Locale.ROOT);
      counts.merge(key, 1, Integer::sum);
      spelling.putIfAbsent(key, name);
      String head = FamilyMembers.familyOf(name);
      if (head != null) {
        // "Falcon-180B", "Mixtral 8x7B" are of the Falcon and Mixtral families: they count for them
        counts.merge(head.toLowerCase(Locale.ROOT), 1, Integer::sum);
        spelling.putIfAbsent(head.toLowerCase(Locale.ROOT), head);
      }
    }
    if (names.isEmpty()) {
      // "главное — Whisper в zero-shot обходит…": a capitalised Latin word in Russian prose is a
      // candidate wherever it stands, even where a sentence may start
      for (String word : latinWordsInRussian(body)) {
        String key = word.toLowerCase(Locale.ROOT);
        if (!counts.containsKey(key) && !prior.contains(word) && !LatinNames.isGeneric(word)) {
          counts.put(key, 1);
          spelling.put(key, word);
        }
      }
    }
    if (counts.isEmpty()) {
      return;
    }
    if (title != null && !title.isBlank()) {
      for (String word : TitleHeads.TITLE_WORD_BREAK.split(title)) {
        String key = word.toLowerCase(Locale.ROOT);
        if (counts.getOrDefault(key, 0) >= 2
            && !LatinNames.isGeneric(word)
            && !partOfIntroduced(word, names)
            && !builtOn(word, names)) {
          names.add(spelling.get(key));
        }
      }
    }
    if (!names.isEmpty()) {
      return;
    }
    // Count Cyrillic spellings too: "выкатили виспер … висперу … Whisper large" is Whisper's.
    List<String> likeliest =
        counts.entrySet().stream()
            .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
            .limit(MOST_CANDIDATES)
            .map(e -> spelling.get(e.getKey()))
            .toList();
    Map<String, Integer> all = new HashMap<>();
    for (NameMatcher.Match m : NameMatcher.of(likeliest).find(body)) {
      all.merge(m.name().toLowerCase(Locale.ROOT), 1, Integer::sum);
    }
    all.forEach((key, n) -> counts.merge(key, 0, (a, b) -> Math.max(a, n)));
    List<Map.Entry<String, Integer>> ranked = new ArrayList<>(counts.entrySet());
    ranked.sort(Map.Entry.<String, Integer>comparingByValue().reversed());
    int top = ranked.get(0).getValue();
    String leader = ranked.get(0).getKey();
    int second = 0;
    for (Map.Entry<String, Integer> e : ranked.subList(1, ranked.size())) {
      // "VGG-16" and "VGG-19" are of the VGG family, counted for it: members are not its rivals
      String family = FamilyMembers.familyOf(e.getKey());
      if (family == null || !family.equals(leader)) {
        second = e.getValue();
        break;
      }
    }
    if (top >= 3 && top > 2 * second) {
      names.add(spelling.get(ranked.get(0).getKey()));
    }
  }

  /**
   * How many of a body's likeliest names salience reads in Cyrillic too: a name written once in
   * Latin and everywhere else in Cyrillic ("виспер … Whisper … виспер ларж") ties in Latin with
   * every name written once, so the first three by Latin count were a draw.
   */
  private static final int MOST_CANDIDATES = 8;

  /** A capitalised Latin word: "Whisper". */
  private static final Pattern CAPITALISED_LATIN =
      Pattern.compile("(?<![\\p{L}\\p{N}-])[A-Z][a-z]{2,}(?![\\p{L}\\p{N}-])");

  /**
   * The capitalised Latin words of a body whose word before or after is Russian: in Russian prose a
   * Latin word is a name even where a sentence starts, which {@link LatinNames} cannot assume.
   */
  private static List<String> latinWordsInRussian(String body) {
    List<String> words = new ArrayList<>();
    Matcher m = CAPITALISED_LATIN.matcher(body);
    while (m.find() && words.size() < 64) {
      if (russianNeighbour(body, m.start(), -1) || russianNeighbour(body, m.end(), 1)) {
        words.add(m.group());
      }
    }
    return words;
  }

  /** Whether the first letter before ({@code step} -1) or after (+1) {@code at} is Cyrillic. */
  private static boolean russianNeighbour(String body, int at, int step) {
    int i = step < 0 ? at - 1 : at;
    for (int seen = 0; i >= 0 && i < body.length() && seen < 4; i += step, seen++) {
      char c = body.charAt(i);
      if (Character.isLetter(c)) {
        return CrossScript.isCyrillic(c);
      }
      if (c == '\n') {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether a word is one word of a longer name already introduced: "Splatting" of "3D Gaussian
   * Splatting" is a fragment, and "Zorb" of "Zorb 2" names the earlier model.
   */
  private static boolean partOfIntroduced(String word, Set<String> names) {
    for (String name : names) {
      if (name.indexOf(' ') > 0 && List.of(name.split(" ")).contains(word)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether an introduced name of one word is built on {@code word}: "RoBERTa" and "ALBERT" on
   * BERT, "Mamba-2" on Mamba. The title names the earlier model as what the paper starts from.
   */
  private static boolean builtOn(String word, Set<String> names) {
    String lower = word.toLowerCase(Locale.ROOT);
    for (String name : names) {
      String other = name.toLowerCase(Locale.ROOT);
      if (name.indexOf(' ') < 0 && other.length() > lower.length() && other.contains(lower)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a capitalised word of the title occurs at least twice in the body, as written. */
  private static boolean titleWordRecurs(String title, String body) {
    if (title == null || title.isBlank()) {
      return false;
    }
    for (String word : TitleHeads.TITLE_WORD_BREAK.split(title)) {
      if (word.length() < 3 || !Character.isUpperCase(word.charAt(0))) {
        continue;
      }
      int first = body.indexOf(word);
      if (first >= 0 && body.indexOf(word, first + word.length()) >= 0) {
        return true;
      }
    }
    return false;
  }
}
