package dev.paperlens.features;

import dev.paperlens.text.CrossScript;
import dev.paperlens.text.RussianInflection;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Where a note writes one of a paper's names in prose: titles case-insensitively, single-word names
 * also in Cyrillic and declined ("гиены" for Hyena, "ЛоРЫ" for LoRA).
 */
final class NameOccurrences {
  private final List<String> phrases = new ArrayList<>();
  private final List<String> words = new ArrayList<>();
  private final List<String> phoneticWords = new ArrayList<>();

  NameOccurrences(List<String> names) {
    for (String name : names) {
      if (name == null || name.isBlank()) {
        continue;
      }
      String lower = name.strip().toLowerCase(Locale.ROOT);
      if (lower.contains(" ")) {
        phrases.add(lower);
      } else {
        words.add(lower);
        String key = stemKey(CrossScript.phoneticKey(lower));
        if (key.length() >= 3) {
          phoneticWords.add(key);
        }
      }
    }
  }

  /** The [start, end) spans of every occurrence in the note's prose. */
  List<int[]> in(NoteView view) {
    String text = view.text();
    String lower = text.toLowerCase(Locale.ROOT);
    List<int[]> out = new ArrayList<>();
    for (String phrase : phrases) {
      for (int i = lower.indexOf(phrase); i >= 0; i = lower.indexOf(phrase, i + 1)) {
        if (boundary(text, i - 1) && boundary(text, i + phrase.length()) && view.isProse(i, i + phrase.length())) {
          out.add(new int[] {i, i + phrase.length()});
        }
      }
    }
    for (int[] word : NameAtCursor.words(text, 0, 1, Integer.MAX_VALUE)) {
      String w = text.substring(word[0], word[1]);
      if (matchesWord(w) && view.isProse(word[0], word[1]) && !overlaps(out, word)) {
        out.add(word);
      }
    }
    out.sort((a, b) -> Integer.compare(a[0], b[0]));
    return out;
  }

  private boolean matchesWord(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    if (words.contains(lower)) {
      return true;
    }
    if (!CrossScript.hasCyrillic(word) || phoneticWords.isEmpty()) {
      return false;
    }
    for (String stem : RussianInflection.stems(word, 2)) {
      if (phoneticWords.contains(stemKey(CrossScript.phoneticKey(stem)))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Russian declension replaces a final vowel ("лора" / "лоры") and English plurals add an "s"
   * ("Titans" / "титанов"), so keys compare without either.
   */
  private static String stemKey(String key) {
    return key.length() > 3 && "aeious".indexOf(key.charAt(key.length() - 1)) >= 0
        ? key.substring(0, key.length() - 1)
        : key;
  }

  private static boolean boundary(String text, int i) {
    return i < 0 || i >= text.length() || !Character.isLetterOrDigit(text.charAt(i));
  }

  private static boolean overlaps(List<int[]> spans, int[] span) {
    return spans.stream().anyMatch(s -> s[0] < span[1] && span[0] < s[1]);
  }
}
