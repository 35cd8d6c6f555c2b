package dev.paperlens.features;

import dev.paperlens.text.CrossScript;
import dev.paperlens.text.Lexicon;
import dev.paperlens.text.RussianInflection;
import dev.paperlens.text.Span;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The words typed before the word being completed that may lead a name of several words: one or two
 * words right before it on the same line, none of them a Russian word ("коммон к", "фаст р",
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

  /** Most frequent lemma frequency at or below which a Russian word may still spell a name. */
  private static final int RARE = 3;

  /**
   * A Latin word, or a Cyrillic one Russian does not have or has only as a rare word ("фаст"): the
   * dictionary's frequency counts lemmas, so the word's likeliest lemmas are looked up too, as the
   * linker does ("я", "и", "в", "сама" are common).
   */
  private static boolean leadsName(String text, Span w) {
    String word = text.substring(w.start(), w.end());
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
}
