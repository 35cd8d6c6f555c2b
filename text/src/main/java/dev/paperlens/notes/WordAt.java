package dev.paperlens.notes;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The word and the candidate phrases at a cursor, in any script. A word is letters, digits and
 * marks, with hyphens and apostrophes inside it ("state-of-the-art", "Mamba-2", "don't",
 * "ЛоРА-адаптер").
 */
public final class WordAt {
  /** Phrases are looked up whole, so more words than a long title fragment are never useful. */
  private static final int MOST_WORDS = 12;

  /** Longest run of spaces between two words of one phrase. */
  private static final int LONGEST_GAP = 16;

  private WordAt() {}

  /**
   * The word touching {@code offset}: the one the cursor is in, else the one just before it, else
   * the one just after it.
   */
  public static Optional<Word> at(String text, int offset) {
    if (text == null || offset < 0 || offset > text.length()) {
      return Optional.empty();
    }
    int inside;
    if (offset < text.length() && isWordChar(text.codePointAt(offset))) {
      inside = offset;
    } else if (offset > 0 && isWordChar(text.codePointBefore(offset))) {
      inside = offset - Character.charCount(text.codePointBefore(offset));
    } else {
      return Optional.empty();
    }
    return Optional.of(wordAround(text, inside));
  }

  /**
   * Runs of up to {@code maxWords} words that hold the word at {@code offset}, separated only by
   * spaces, "~" or a single line break; longest first, then left to right. The word alone is last.
   */
  public static List<Phrase> phrasesAround(String text, int offset, int maxWords) {
    Optional<Word> found = at(text, offset);
    if (found.isEmpty() || maxWords <= 0) {
      return List.of();
    }
    int most = Math.min(maxWords, MOST_WORDS);
    List<Word> left = new ArrayList<>();
    Word word = found.get();
    for (Word w = word; left.size() < most - 1; ) {
      Optional<Word> before = wordBefore(text, w.start());
      if (before.isEmpty()) {
        break;
      }
      w = before.get();
      left.add(0, w);
    }
    List<Word> words = new ArrayList<>(left);
    words.add(word);
    int center = left.size();
    for (Word w = word; words.size() - center < most; ) {
      Optional<Word> after = wordAfter(text, w.end());
      if (after.isEmpty()) {
        break;
      }
      w = after.get();
      words.add(w);
    }
    List<Phrase> phrases = new ArrayList<>();
    for (int size = Math.min(most, words.size()); size >= 1; size--) {
      for (int first = Math.max(0, center - size + 1);
          first <= center && first + size <= words.size();
          first++) {
        phrases.add(phrase(words.subList(first, first + size)));
      }
    }
    return phrases;
  }

  private static Phrase phrase(List<Word> words) {
    StringBuilder joined = new StringBuilder();
    for (Word w : words) {
      if (joined.length() > 0) {
        joined.append(' ');
      }
      joined.append(w.text());
    }
    return new Phrase(
        joined.toString(), words.get(0).start(), words.get(words.size() - 1).end(), words.size());
  }

  private static Optional<Word> wordBefore(String text, int start) {
    int k = start;
    boolean newline = false;
    while (k > 0 && start - k < LONGEST_GAP) {
      char c = text.charAt(k - 1);
      if (c == '\n') {
        if (newline) {
          return Optional.empty();
        }
        newline = true;
      } else if (!isGap(c)) {
        break;
      }
      k--;
    }
    if (k == start || k == 0 || !isWordChar(text.codePointBefore(k))) {
      return Optional.empty();
    }
    return Optional.of(wordAround(text, k - Character.charCount(text.codePointBefore(k))));
  }

  private static Optional<Word> wordAfter(String text, int end) {
    int k = end;
    boolean newline = false;
    while (k < text.length() && k - end < LONGEST_GAP) {
      char c = text.charAt(k);
      if (c == '\n') {
        if (newline) {
          return Optional.empty();
        }
        newline = true;
      } else if (!isGap(c)) {
        break;
      }
      k++;
    }
    if (k == end || k >= text.length() || !isWordChar(text.codePointAt(k))) {
      return Optional.empty();
    }
    return Optional.of(wordAround(text, k));
  }

  private static boolean isGap(char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '~' || c == '\u00A0' || c == '\u202F';
  }

  /** The whole word holding the word character at {@code inside}. */
  private static Word wordAround(String text, int inside) {
    int start = inside;
    while (start > 0) {
      int cp = text.codePointBefore(start);
      if (isWordChar(cp)) {
        start -= Character.charCount(cp);
      } else if (isJoiner(cp) && start - 1 > 0 && isWordChar(text.codePointBefore(start - 1))) {
        start--;
      } else {
        break;
      }
    }
    int end = inside;
    while (end < text.length()) {
      int cp = text.codePointAt(end);
      if (isWordChar(cp)) {
        end += Character.charCount(cp);
      } else if (isJoiner(cp) && end + 1 < text.length() && isWordChar(text.codePointAt(end + 1))) {
        end++;
      } else {
        break;
      }
    }
    return new Word(text.substring(start, end), start, end);
  }

  static boolean isWordChar(int cp) {
    if (Character.isLetterOrDigit(cp)) {
      return true;
    }
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }

  /** Hyphens and apostrophes join word characters on both sides into one word. */
  private static boolean isJoiner(int cp) {
    return cp == '-' || cp == '\u2010' || cp == '\u2011' || cp == '\'' || cp == '\u2019';
  }
}
