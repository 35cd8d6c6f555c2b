package dev.paperlens.corpus;

import dev.paperlens.text.CrossScript;
import dev.paperlens.text.EnglishSounds;
import dev.paperlens.text.NameMatcher;
import dev.paperlens.text.RussianInflection;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A new version of a known family written only in Cyrillic. Writers name the release that came
 * after the papers they have ("ламу 4" where the user's material knows Llama 2 and Llama 3,
 * "фи-3.5" after Phi-3, "квен2.5" after Qwen3): no Latin text of the user spells it, but the
 * family's head and the way it joins a version are known. A Cyrillic word followed by a version
 * that reads as the head of a versioned name of the vocabulary names that head with this version,
 * joined as the family joins its versions ("Llama 4", "Phi-3.5", "Qwen2.5").
 */
final class FamilyVersions {
  private FamilyVersions() {}

  /** A Cyrillic word, then a version glued, after a hyphen or after a space: "ламу 4", "фи-3.5". */
  static final Pattern CYRILLIC_VERSION =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}])(\\p{IsCyrillic}{2,})([ -]?)(\\d{1,2}(?:\\.\\d{1,2})?)"
              + "(?![\\p{L}\\p{N}%]|[.,]\\d| ?\\d)");

  /** A versioned name: a head ending in a letter, then a version glued, after a hyphen or space. */
  private static final Pattern VERSIONED =
      Pattern.compile("(\\p{L}[\\p{L}.]*\\p{L})([ -]?)(\\d{1,2}(?:\\.\\d{1,2})?)");

  /**
   * The pairs of a Cyrillic word and the version after it that a body writes, each as the word, a
   * tab, what joins them and the version ("ламу\t \t4", "фи\t-\t3.5"); the vocabulary reads them
   * once the Latin names are known.
   */
  static List<String> written(CharSequence body) {
    List<String> out = new ArrayList<>();
    String s = body.toString();
    int n = s.length();
    Matcher m = CYRILLIC_VERSION.matcher(s).useTransparentBounds(true).useAnchoringBounds(false);
    // The pattern is tried only where a match can start, with the matches a scan (Matcher.find)
    // gives: a match ends its Cyrillic word right before its version's first digit or before the
    // space or hyphen ahead of it, so it starts in the run of non-ASCII characters that ends
    // there. A scan tried the pattern and its lookbehind at every character of every body (7% of
    // a parse). Every start before `tried` has been tried or lies in an earlier match.
    int tried = 0;
    for (int d = 1; d < n; d++) {
      char c = s.charAt(d);
      if (c < '0' || c > '9') {
        continue;
      }
      char before = s.charAt(d - 1);
      int wordEnd = before == ' ' || before == '-' ? d - 1 : d;
      int last = wordEnd - 2; // the last start that leaves the word two characters
      if (last < tried || s.charAt(wordEnd - 1) < 0x80) {
        continue;
      }
      int first = wordEnd - 1;
      while (first > tried && s.charAt(first - 1) >= 0x80) {
        first--;
      }
      for (int start = first; start <= last; start++) {
        if (m.region(start, n).lookingAt()) {
          out.add(m.group(1) + "\t" + m.group(2) + "\t" + m.group(3));
          tried = m.end();
          break;
        }
      }
      tried = Math.max(tried, last + 1);
    }
    return out;
  }

  /**
   * The names the pairs give: for each pair whose word reads as the head of a versioned name among
   * {@code names}, the head, its family's joiner and the pair's version, where the linker reads the
   * pair as written as that name ("ламу 4" as "Llama 4", the version being the sign of a name a
   * Russian word needs). Names already known are left out.
   */
  static List<String> names(Collection<String> names, Collection<String> pairs) {
    if (pairs.isEmpty()) {
      return List.of();
    }
    Map<String, String> joinerByHead = new LinkedHashMap<>();
    Set<String> known = new HashSet<>();
    Set<String> heads = new HashSet<>();
    for (String name : names) {
      known.add(name.toLowerCase(Locale.ROOT));
      Matcher m = VERSIONED.matcher(name);
      // one head whatever its case: "Phi-3" and "phi-1" are one family, spelled as first met
      if (m.matches() && heads.add(m.group(1).toLowerCase(Locale.ROOT))) {
        joinerByHead.put(m.group(1), m.group(2));
      }
    }
    if (joinerByHead.isEmpty()) {
      return List.of();
    }
    // each head by the keys a Cyrillic spelling of it may have: its English readings (also without
    // a final vowel, which Russian declines), its spelled key and its letters' key
    Map<String, Set<String>> headsByKey = new HashMap<>();
    for (String head : joinerByHead.keySet()) {
      Set<String> keys = new LinkedHashSet<>();
      for (String key : EnglishSounds.keys(head, READINGS)) {
        keys.add(key);
        if (key.length() > 2 && "aeiouy".indexOf(key.charAt(key.length() - 1)) >= 0) {
          keys.add(key.substring(0, key.length() - 1));
        }
      }
      keys.add(CrossScript.phoneticKey(head));
      for (String key : EnglishSounds.letterKeys(head, READINGS)) {
        keys.add("#" + key);
      }
      for (String key : keys) {
        headsByKey.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(head);
      }
    }
    Set<String> out = new LinkedHashSet<>();
    for (String pair : new LinkedHashSet<>(pairs)) {
      String[] parts = pair.split("\t", -1);
      String word = parts[0].toLowerCase(Locale.ROOT);
      String written = parts[0] + parts[1] + parts[2];
      Set<String> read = new LinkedHashSet<>();
      for (String stem : RussianInflection.stems(word, 2)) {
        read.addAll(headsByKey.getOrDefault(CrossScript.phoneticKey(stem), Set.of()));
      }
      read.addAll(headsByKey.getOrDefault("#" + CrossScript.letterKey(word), Set.of()));
      for (String head : read) {
        String name = head + joinerByHead.get(head) + parts[2];
        if (!known.add(name.toLowerCase(Locale.ROOT))) {
          continue;
        }
        List<NameMatcher.Match> found = NameMatcher.of(List.of(name)).find(written);
        if (found.size() == 1
            && found.get(0).start() == 0
            && found.get(0).end() == written.length()) {
          out.add(name);
        }
      }
    }
    return List.copyOf(out);
  }

  /** How many readings of a head are keyed, as the matcher keeps a name's likeliest. */
  private static final int READINGS = 8;
}
