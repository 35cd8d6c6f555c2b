package dev.paperlens.features;

import dev.paperlens.index.SearchBackend;
import dev.paperlens.index.SearchHit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The paper title, method name or Cyrillic form of one written in prose around a cursor. Tries the
 * spans of nearby words that contain the cursor's word, longest first, and asks the index to resolve
 * each, so "Scaling Cross-Embodied Learning" wins over "Learning".
 */
final class NameAtCursor {
  /** A resolved name and the [start, end) span of text that names it. */
  record Found(SearchHit hit, String surface, int start, int end) {}

  private static final int WORDS_BEFORE = 6;
  private static final int WORDS_AFTER = 8;
  private static final int MAX_WORDS = 12;

  private NameAtCursor() {}

  static Optional<Found> find(NoteView view, int offset, SearchBackend backend, Cancellation cancel) {
    List<int[]> words = words(view.text(), offset, WORDS_BEFORE + 1, WORDS_AFTER + 1);
    int at = -1;
    for (int i = 0; i < words.size(); i++) {
      if (offset >= words.get(i)[0] && offset <= words.get(i)[1]) {
        at = i;
        break;
      }
    }
    if (at < 0 || !view.isProse(words.get(at)[0], words.get(at)[1])) {
      return Optional.empty();
    }
    List<int[]> spans = new ArrayList<>();
    for (int i = Math.max(0, at - WORDS_BEFORE); i <= at; i++) {
      for (int j = at; j < Math.min(words.size(), at + WORDS_AFTER + 1); j++) {
        if (j - i < MAX_WORDS) {
          spans.add(new int[] {words.get(i)[0], words.get(j)[1], j - i});
        }
      }
    }
    spans.sort(Comparator.comparingInt((int[] s) -> -s[2]).thenComparingInt(s -> s[0]));
    for (int[] span : spans) {
      if (!view.isProse(span[0], span[1])) {
        continue;
      }
      String surface = view.text().substring(span[0], span[1]);
      if (span[2] > 0 && surface.contains("\n\n")) {
        continue;
      }
      cancel.check();
      Optional<SearchHit> hit = backend.resolve(surface.replaceAll("\\s+", " "));
      if (hit.isPresent()) {
        return Optional.of(new Found(hit.get(), surface, span[0], span[1]));
      }
    }
    return Optional.empty();
  }

  /** The word (letters, digits, inner '-', '_', '.', '+') that covers the offset, as [start, end). */
  static Optional<int[]> wordAt(String text, int offset) {
    List<int[]> words = words(text, offset, 1, 1);
    return words.stream().filter(w -> offset >= w[0] && offset <= w[1]).findFirst();
  }

  /**
   * Words around the offset: up to {@code before} words ending at or before it (including the word it
   * is in) and up to {@code after} words starting after it.
   */
  static List<int[]> words(String text, int offset, int before, int after) {
    int clamped = Math.max(0, Math.min(offset, text.length()));
    List<int[]> left = new ArrayList<>();
    int i = clamped;
    while (i < text.length() && isWordChar(text, i)) {
      i++;
    }
    int end = i;
    int pos = end;
    while (left.size() < before && pos > 0) {
      int wordEnd = pos;
      while (wordEnd > 0 && !isWordChar(text, wordEnd - 1)) {
        wordEnd--;
      }
      int wordStart = wordEnd;
      while (wordStart > 0 && isWordChar(text, wordStart - 1)) {
        wordStart--;
      }
      if (wordStart == wordEnd) {
        break;
      }
      left.add(0, trimmed(text, wordStart, wordEnd));
      pos = wordStart;
    }
    List<int[]> words = new ArrayList<>(left);
    pos = end;
    int added = 0;
    while (added < after && pos < text.length()) {
      int wordStart = pos;
      while (wordStart < text.length() && !isWordChar(text, wordStart)) {
        wordStart++;
      }
      int wordEnd = wordStart;
      while (wordEnd < text.length() && isWordChar(text, wordEnd)) {
        wordEnd++;
      }
      if (wordStart == wordEnd) {
        break;
      }
      words.add(trimmed(text, wordStart, wordEnd));
      pos = wordEnd;
      added++;
    }
    words.removeIf(w -> w[0] >= w[1]);
    return words;
  }

  private static boolean isWordChar(String text, int i) {
    char c = text.charAt(i);
    if (Character.isLetterOrDigit(c) || Character.isSurrogate(c)) {
      return !Character.isSurrogate(c);
    }
    if (c == '-' || c == '_' || c == '.' || c == '+') {
      return i > 0 && i + 1 < text.length()
          && Character.isLetterOrDigit(text.charAt(i - 1))
          && (Character.isLetterOrDigit(text.charAt(i + 1)) || c == '+');
    }
    return false;
  }

  /** Drops trailing joiners a sentence put there ("GPT-4." keeps "GPT-4"). */
  private static int[] trimmed(String text, int start, int end) {
    int e = end;
    while (e > start && ".-_".indexOf(text.charAt(e - 1)) >= 0) {
      e--;
    }
    return new int[] {start, e};
  }
}
