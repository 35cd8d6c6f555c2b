package dev.paperlens.corpus;

import dev.paperlens.text.CrossScript;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the name a cue gives starts after it ({@link CuedNames}): past a short Russian description
 * ("представляем модельно-основанную кластеризацию, MBC"), after a dash or the colon that ends the
 * cue's clause, and where a second name joined to the first starts ("X и датасет Y").
 */
final class NameAfterCue {
  private NameAfterCue() {}

  /** Words that end a description: a name after them is what the text talks about, not its own. */
  private static final Set<String> STOP_WORDS =
      Set.of(
          "в", "во", "на", "с", "со", "по", "для", "из", "к", "ко", "от", "о", "об", "обо", "при",
          "через", "над", "под", "у", "за", "до", "без", "и", "или", "а", "но", "что", "как",
          "который", "которая", "которые", "которое", "также", "уже", "еще", "ещё", "не", "себя",
          "себе");

  /** Short descriptions a "presents" cue may put before the name without a comma. */
  static final int SHORT_GAP = 3;

  /** Longer descriptions, which must then be closed by a comma or a dash. */
  static final int LONG_GAP = 6;

  private static final Pattern ADJECTIVE_ENDING =
      Pattern.compile(".*(?:ый|ий|ой|ая|яя|ое|ее|ую|юю|ые|ие)");

  /**
   * Where a Latin name starts after the colon that ends a naming cue's Russian clause ("называют по
   * числу слоев энкодера и ширине: LAS-4-1024, …"), or -1: the clause says how the names are made,
   * and the names follow. No Latin word, no sentence end and at most sixty characters between.
   */
  static int afterColonOfClause(String text, int pos) {
    int end = Math.min(text.length(), pos + 60);
    for (int i = pos; i < end; i++) {
      char c = text.charAt(i);
      if (c == ':') {
        return afterDash(text, i);
      }
      if (NameShapes.isLatinOrDigit(c)
          || c == '\n'
          || c == '.'
          || c == '!'
          || c == '?'
          || c == '(') {
        return -1;
      }
    }
    return -1;
  }

  /** Where a Latin name starts after a dash or a colon right after {@code pos}, or -1. */
  static int afterDash(String text, int pos) {
    int at = NameShapes.skipSpacesAndQuotes(text, pos);
    if (at >= text.length() || !(NameShapes.isDash(text.charAt(at)) || text.charAt(at) == ':')) {
      return -1;
    }
    at = NameShapes.skipSpacesAndQuotes(text, at + 1);
    return at < text.length() && NameShapes.isLatinOrDigit(text.charAt(at)) ? at : -1;
  }

  /**
   * Words that join a second name to the first: "X и Y", "X, Y", "X and Y", also after a gloss in
   * brackets on the first: "X (задачи по статистике) и Y".
   */
  private static final Pattern COORDINATION =
      Pattern.compile(
          "(?:\\)| \\([^()\\n]{1,60}\\))?(?:,| и| and| а также)\\s+((?:[а-яё]+\\s+){0,2})\\(?"
              + "(?=[A-Za-z0-9])");

  /** Nouns naming the kind of thing a coordinated name is: "и датасет Y". */
  private static final Set<String> KINDS =
      Set.of(
          "модель",
          "модели",
          "датасет",
          "датасета",
          "бенчмарк",
          "корпус",
          "метод",
          "фреймворк",
          "библиотеку",
          "движок",
          "набор",
          "код",
          "веса",
          "версию",
          "семейство");

  /** Where a name joined to the one ending at {@code end} starts, or -1. */
  static int coordinatedStart(String body, int end) {
    Matcher m = COORDINATION.matcher(body);
    m.region(end, body.length());
    if (!m.lookingAt()) {
      return -1;
    }
    for (String word : m.group(1).strip().split("\\s+")) {
      if (!word.isEmpty() && !KINDS.contains(word) && !isAdjective(word)) {
        return -1; // "X и сравниваем с Y": a verb, not a description
      }
    }
    return m.end();
  }

  private static boolean isAdjective(String word) {
    return word.length() > 3 && ADJECTIVE_ENDING.matcher(word).matches();
  }

  /**
   * Where the name after a cue starts, skipping a short Russian description; -1 when the cue is
   * followed by something else.
   */
  static int nameStart(String text, int pos, int shortGap, int longGap) {
    int words = 0;
    boolean closed = false;
    int n = text.length();
    while (pos < n) {
      pos = NameShapes.skipSpacesAndQuotes(text, pos);
      if (pos >= n) {
        return -1;
      }
      char c = text.charAt(pos);
      if (NameShapes.isLatinOrDigit(c)) {
        boolean allowed = closed ? words >= 1 && words <= longGap : words <= shortGap;
        return allowed ? pos : -1;
      }
      if (closed || !CrossScript.isCyrillic(c)) {
        return -1;
      }
      int end = pos;
      // a Cyrillic word may hold digits ("ворд2век", "квен2"): it is one word, not a Latin name
      while (end < n
          && (CrossScript.isCyrillic(text.charAt(end))
              || text.charAt(end) == '-'
              || Character.isDigit(text.charAt(end)))) {
        end++;
      }
      if (STOP_WORDS.contains(text.substring(pos, end).toLowerCase(java.util.Locale.ROOT))) {
        return -1;
      }
      words++;
      if (words > Math.max(shortGap, longGap)) {
        return -1;
      }
      pos = end;
      if (pos < n && text.charAt(pos) == ',') {
        closed = true;
        pos++;
      } else if (pos + 1 < n
          && text.charAt(pos) == ' '
          && NameShapes.isDash(text.charAt(pos + 1))) {
        closed = true;
        pos += 2;
      } else if (pos + 1 < n && text.charAt(pos) == ' ' && text.charAt(pos + 1) == '(') {
        // a Russian description with its English name in brackets: "автоэнкодер (VAE)"
        closed = true;
        pos += 2;
      }
    }
    return -1;
  }
}
