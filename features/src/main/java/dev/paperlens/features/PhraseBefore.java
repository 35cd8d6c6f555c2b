package dev.paperlens.features;

import dev.paperlens.index.NameQueries;
import dev.paperlens.text.Span;
import java.util.List;
import java.util.Optional;

/**
 * The words typed before the word being completed that may lead a name of several words: one or two
 * words right before it on the same line, none of them a common Russian word ("коммон к", "фаст р",
 * "Common C"; not "я к" or "и в").
 */
final class PhraseBefore {
  /** Words of a name typed before its last: names of up to four words. */
  private static final int MOST_WORDS = 2;

  private PhraseBefore() {}

  /**
   * The span from the first such word to {@code offset}, where the word being typed starts at
   * {@code wordStart}; empty when no word before it may lead a name.
   */
  static Optional<Span> of(NoteView view, int wordStart, int offset) {
    String text = view.text();
    List<Span> words = NameAtCursor.words(text, wordStart, MOST_WORDS + 1, 0);
    // The last span is the word being typed; the ones before it are candidates.
    int first = -1;
    int next = wordStart;
    for (int i = words.size() - 2; i >= 0 && words.size() - 1 - i <= MOST_WORDS; i--) {
      Span w = words.get(i);
      String between = text.substring(w.end(), next);
      if (!between.isBlank() || between.contains("\n") || !leadsName(text, w)) {
        break;
      }
      first = w.start();
      next = w.start();
    }
    if (first < 0 || !view.isProse(first, offset)) {
      return Optional.empty();
    }
    return Optional.of(new Span(first, offset));
  }

  /** A Latin word, or a Cyrillic one Russian does not have or has only as a rare word ("фаст"). */
  private static boolean leadsName(String text, Span w) {
    return NameQueries.mayBeNameWord(text.substring(w.start(), w.end()));
  }
}
