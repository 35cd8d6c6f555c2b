package dev.paperlens.features;

import dev.paperlens.corpus.Mention;
import dev.paperlens.corpus.Paper;
import dev.paperlens.corpus.Places;
import dev.paperlens.corpus.Review;
import dev.paperlens.index.SearchBackend;
import dev.paperlens.index.SearchHit;
import dev.paperlens.notes.Phrase;
import dev.paperlens.notes.Word;
import dev.paperlens.notes.WordAt;
import dev.paperlens.text.CrossScript;
import dev.paperlens.text.LatinNames;
import dev.paperlens.text.NameContext;
import dev.paperlens.text.NameMatcher;
import dev.paperlens.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The paper title, method name or Cyrillic form of one written in prose around a cursor. Tries the
 * phrases of nearby words that hold the cursor's word, longest first, and asks the index to resolve
 * each, so "Scaling Cross-Embodied Learning" wins over "Learning".
 */
final class NameAtCursor {
  /** A resolved name and the [start, end) span of text that names it. */
  record Found(SearchHit hit, String surface, int start, int end) {}

  /** Longest phrase tried: long enough for a distinctive title prefix. */
  private static final int MAX_WORDS = 10;

  private NameAtCursor() {}

  static Optional<Found> find(
      NoteView view, int offset, SearchBackend backend, Cancellation cancel) {
    Optional<Word> word = WordAt.at(view.text(), offset);
    if (word.isEmpty()
        || !view.isProse(word.get().start(), word.get().end())
        || Places.isInsideAddress(view.text(), word.get().start(), word.get().end())) {
      return Optional.empty(); // "github.com/zorb/wugnet": a path's words, as in the linker
    }
    for (Phrase phrase : WordAt.phrasesAround(view.text(), offset, MAX_WORDS)) {
      if (!view.isProse(phrase.start(), phrase.end())
          || Places.isOrganisation(view.text(), phrase.start(), phrase.end())) {
        continue; // "Meta AI": the maker, as in the linker
      }
      cancel.check();
      Optional<SearchHit> hit =
          backend
              .resolve(phrase.text())
              .filter(h -> plausible(phrase, h) && namedHere(view.text(), phrase, h, backend));
      if (hit.isPresent()) {
        return Optional.of(
            new Found(
                hit.get(),
                view.text().substring(phrase.start(), phrase.end()),
                phrase.start(),
                phrase.end()));
      }
    }
    return acrossColons(view, offset, backend, cancel);
  }

  /**
   * Whether a one-word phrase really names the hit rather than being an ordinary word the index
   * stretched to fit: short Russian words ("по") match names phonetically, and lower-case English
   * words ("attention") are prefixes of titles, and a site written in Cyrillic or lower case ("на
   * гитхабе", "github") is where something lies ({@link Places}). Capitalized words, Cyrillic
   * loanwords of three letters or more and exact names ("mamba") stay.
   */
  static boolean plausible(Phrase phrase, SearchHit hit) {
    if (phrase.words() > 1) {
      return true;
    }
    String word = phrase.text();
    if (hit.name() != null && Places.isSiteWrittenAsAPlace(word, hit.name())) {
      return false; // "код на гитхабе": where the code lies, as in the linker
    }
    if (word.codePointCount(0, word.length()) < 3) {
      return !word.equals(word.toLowerCase(java.util.Locale.ROOT));
    }
    boolean lowerLatin =
        word.equals(word.toLowerCase(java.util.Locale.ROOT))
            && !dev.paperlens.text.CrossScript.hasCyrillic(word);
    return !lowerLatin
        || word.equalsIgnoreCase(hit.name())
        || word.equalsIgnoreCase(hit.key())
        || isImportName(word, hit.name());
  }

  /**
   * Whether a lower-case word is a library's import name for the hit's project name, as the linker
   * takes it ("sklearn" for "scikit-learn"): no English word, and an abbreviation of the name.
   */
  private static boolean isImportName(String word, String name) {
    return name != null
        && name.indexOf('-') > 0
        && name.charAt(0) == word.charAt(0)
        && !dev.paperlens.text.Lexicon.english().isWord(word)
        && dev.paperlens.text.Abbreviation.abbreviates(word, name);
  }

  /** Papers looked at for a review that writes the word as the name. */
  private static final int MENTIONING = 20;

  /**
   * Whether a Russian common noun that spells the hit's name ("лама", "клип") stands where the note
   * says it is the name, as in the linker ({@link NameContext}): the note writes the name in Latin,
   * a kind noun, an ordinal, a version, quotes or a capital stand by, or the user's own reviews
   * write this very word for the name. Any other word stays.
   */
  static boolean namedHere(String text, Phrase phrase, SearchHit hit, SearchBackend backend) {
    String word = phrase.text();
    String lower = word.toLowerCase(Locale.ROOT);
    if (phrase.words() == 1 && NameMatcher.isMeasured(text, phrase.start(), word)) {
      return false; // "под 90 гигов": what the figure measures, as in the linker
    }
    if (phrase.words() == 1 && NameContext.isRussianProperNoun(word)) {
      // "к Лиону во Франции": a capitalised person's or place's name, as in the linker
      return NameContext.hasNameSign(text, phrase.start(), phrase.end());
    }
    if (phrase.words() > 1 || !CrossScript.hasCyrillic(word) || !NameContext.isCommonNoun(lower)) {
      return true;
    }
    String name = hit.name();
    if (NameContext.isNameContext(text, phrase.start(), phrase.end())
        || (name != null && LatinNames.hasAsciiLetter(name) && text.contains(name))) {
      return true;
    }
    return name != null && reviewsWrite(backend, name, lower);
  }

  private static boolean reviewsWrite(SearchBackend backend, String name, String lower) {
    Predicate<Mention> ofName = Mention.ofName(name);
    for (Paper paper : backend.mentioning(name, MENTIONING)) {
      for (Review review : paper.reviews()) {
        for (Mention m : review.mentions()) {
          if (ofName.test(m)
              && m.surfaces().stream().anyMatch(s -> s.toLowerCase(Locale.ROOT).equals(lower))) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * Titles often hold a colon ("Titans: Learning to Memorize at Test Time"), where phrases stop; so
   * when no phrase resolves, spans of words joined across a colon are tried, longest first.
   */
  private static Optional<Found> acrossColons(
      NoteView view, int offset, SearchBackend backend, Cancellation cancel) {
    String text = view.text();
    List<Span> words = words(text, offset, MAX_WORDS, MAX_WORDS);
    int at = -1;
    for (int i = 0; i < words.size(); i++) {
      if (offset >= words.get(i).start() && offset <= words.get(i).end()) {
        at = i;
        break;
      }
    }
    if (at < 0) {
      return Optional.empty();
    }
    for (int size = Math.min(MAX_WORDS, words.size()); size >= 2; size--) {
      for (int first = Math.max(0, at - size + 1);
          first <= at && first + size <= words.size();
          first++) {
        int start = words.get(first).start();
        int end = words.get(first + size - 1).end();
        String span = text.substring(start, end);
        if (!span.contains(":") || span.contains("\n\n") || !view.isProse(start, end)) {
          continue;
        }
        cancel.check();
        Optional<SearchHit> hit = backend.resolve(span.replaceAll("\\s+", " "));
        if (hit.isPresent()) {
          return Optional.of(new Found(hit.get(), span, start, end));
        }
      }
    }
    return Optional.empty();
  }

  /** The word that touches the offset, as [start, end). */
  static Optional<Span> wordAt(String text, int offset) {
    return WordAt.at(text, offset).map(w -> new Span(w.start(), w.end()));
  }

  /**
   * Words around the offset: up to {@code before} words ending at or before it (including the word
   * it is in) and up to {@code after} words starting after it.
   */
  static List<Span> words(String text, int offset, int before, int after) {
    int clamped = Math.max(0, Math.min(offset, text.length()));
    List<Span> left = new ArrayList<>();
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
    List<Span> words = new ArrayList<>(left);
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
    words.removeIf(Span::isEmpty);
    return words;
  }

  private static boolean isWordChar(String text, int i) {
    char c = text.charAt(i);
    if (Character.isLetterOrDigit(c) || Character.isSurrogate(c)) {
      return !Character.isSurrogate(c);
    }
    if (c == '-' || c == '_' || c == '.' || c == '+') {
      return i > 0
          && i + 1 < text.length()
          && Character.isLetterOrDigit(text.charAt(i - 1))
          && (Character.isLetterOrDigit(text.charAt(i + 1)) || c == '+');
    }
    return false;
  }

  /** Drops trailing joiners a sentence put there ("GPT-4." keeps "GPT-4"). */
  private static Span trimmed(String text, int start, int end) {
    int e = end;
    while (e > start && ".-_".indexOf(text.charAt(e - 1)) >= 0) {
      e--;
    }
    return new Span(start, e);
  }
}
