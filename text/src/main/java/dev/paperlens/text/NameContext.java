package dev.paperlens.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether the words around a Cyrillic word say it is a name: a kind noun next to it ("модель юнет",
 * "датасет мувиленс", "через библиотеку керас"), a version after it ("квен 2"), quotes around it, a
 * capital letter where a sentence does not start ("обучили Юнет"), code written on it ("ядро
 * написано на тритоне") or a comparison with it ("опережая ламу"). A Russian word that reads like a
 * name ("лама", "клип") and a borrowed phrase that reads like English words ("фьюшот") are names
 * only with such a sign; a name stands in one far more often than a word does.
 */
public final class NameContext {
  private NameContext() {}

  /**
   * Stems of nouns that say what kind of thing a name is, as reviews write them before or after it.
   * A stem, so that every case matches ("модели", "библиотекой", "датасетах").
   */
  private static final Set<String> KIND_STEMS =
      Set.of(
          "модел",
          "датасет",
          "набор",
          "библиотек",
          "фреймворк",
          "архитектур",
          "бэкбон",
          "метод",
          "алгоритм",
          "токенизатор",
          "энкодер",
          "декодер",
          "оптимизатор",
          "бенчмарк",
          "бенч",
          "движок",
          "чекпоинт",
          "чекпойнт",
          "пакет",
          "детектор",
          "классификатор",
          "эмбеддер",
          "тулкит",
          "инструмент",
          "сервис",
          "корпус",
          "семейств",
          "вариант",
          "версия",
          "версии",
          "репозитори",
          "реализаци",
          "имплементаци");

  /** Words between a kind noun and its name: "модель вроде юнета", "датасет типа мувиленса". */
  private static final int KIND_WINDOW = 2;

  /**
   * Whether the word at {@code [start, end)} of {@code text} stands where names stand: quoted,
   * capitalised inside a sentence, followed by a version, or within two words of a kind noun.
   */
  public static boolean isNameContext(CharSequence text, int start, int end) {
    return quoted(text, start, end)
        || capitalisedInSentence(text, start)
        || versioned(text, end)
        || kindNearby(text, start, end)
        || codeBefore(text, start)
        || comparedBefore(text, start);
  }

  /**
   * Whether the words around the word at {@code [start, end)} say it is a name without counting a
   * capital: quotes, a version after it, a kind noun next to it, or code or a comparison before it.
   */
  public static boolean hasNameSign(CharSequence text, int start, int end) {
    return quoted(text, start, end)
        || versioned(text, end)
        || kindNearby(text, start, end)
        || codeBefore(text, start)
        || comparedBefore(text, start);
  }

  /**
   * Whether the word, written with a capital, is one Russian has only as a proper noun: a person's
   * or a place's name ("Лиону", "Альберт"), listed with its capital and never in lower case. Where
   * a writer capitalises such a word, it is that person or place.
   */
  public static boolean isRussianProperNoun(String word) {
    if (word.length() < 2
        || !CrossScript.hasCyrillic(word)
        || !Character.isUpperCase(word.charAt(0))
        || !word.substring(1).equals(word.substring(1).toLowerCase(Locale.ROOT))) {
      return false;
    }
    Lexicon russian = Lexicon.russian();
    return russian.contains(word);
  }

  /**
   * Whether Russian has the word as a common noun only, not also as a person's or a place's name
   * ("лама", "клип", "пальмой"; not "берта", "роберты", which a review means as BERT and RoBERTa):
   * such a word that spells a name is the name only in a name's context.
   */
  public static boolean isCommonNoun(String lower) {
    Lexicon russian = Lexicon.russian();
    if (!russian.isWord(lower) || russian.contains(capitalised(lower))) {
      return false;
    }
    for (String lemma : RussianInflection.lemmas(lower, 2)) {
      if (russian.contains(capitalised(lemma))) {
        return false;
      }
    }
    return true;
  }

  private static String capitalised(String lower) {
    return lower.isEmpty() ? lower : Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
  }

  /** Marks that join the items of a list: "X, Y", "X/Y". */
  private static final Set<String> LIST_MARKS = Set.of(",", "/", "", ", а также");

  /** Words that join the items of a list: "X и Y", "X или Y", "X vs Y". */
  private static final Set<String> LIST_WORDS = Set.of("и", "или", "либо", "vs", "and", "or");

  /**
   * The words listed next to the one at {@code [start, end)}: the word before and the word after it
   * when a comma, a slash or "и"/"или" stands between ("Linformer, Performer и лонгформер"), as
   * start and end pairs. A word listed with names is a name.
   */
  public static List<int[]> listNeighbours(CharSequence text, int start, int end) {
    List<int[]> out = new ArrayList<>(2);
    int[] prev = wordBefore(text, start);
    if (prev != null) {
      String gap = gap(text, prev[1], start);
      if (!gap.isEmpty() && LIST_MARKS.contains(gap)) {
        out.add(prev);
      } else if (gap.isEmpty() && LIST_WORDS.contains(lower(text, prev))) {
        int[] before = wordBefore(text, prev[0]);
        if (before != null && LIST_MARKS.contains(gap(text, before[1], prev[0]))) {
          out.add(before);
        }
      }
    }
    int[] next = wordAfter(text, end);
    if (next != null) {
      String gap = gap(text, end, next[0]);
      if (!gap.isEmpty() && LIST_MARKS.contains(gap)) {
        out.add(next);
      } else if (LIST_MARKS.contains(gap) && LIST_WORDS.contains(lower(text, next))) {
        int[] after = wordAfter(text, next[1]);
        if (after != null && gap(text, next[1], after[0]).isEmpty()) {
          out.add(after);
        }
      }
    }
    return out;
  }

  private static String lower(CharSequence text, int[] span) {
    return text.subSequence(span[0], span[1]).toString().toLowerCase(Locale.ROOT);
  }

  /** What stands between two words, without spaces; null when it is more than a few marks. */
  private static String gap(CharSequence text, int from, int to) {
    if (to - from > 4) {
      return "-";
    }
    String g = text.subSequence(from, to).toString().strip();
    return g.indexOf('\n') >= 0 ? "-" : g;
  }

  private static int[] wordBefore(CharSequence text, int start) {
    int end = start;
    while (end > 0 && start - end < 4 && !isWordChar(text.charAt(end - 1))) {
      end--;
    }
    int from = end;
    while (from > 0 && isWordChar(text.charAt(from - 1))) {
      from--;
    }
    return from < end ? new int[] {from, end} : null;
  }

  private static int[] wordAfter(CharSequence text, int end) {
    int from = end;
    while (from < text.length() && from - end < 4 && !isWordChar(text.charAt(from))) {
      from++;
    }
    int to = from;
    while (to < text.length() && isWordChar(text.charAt(to))) {
      to++;
    }
    while (to > from && ".-".indexOf(text.charAt(to - 1)) >= 0) {
      to--;
    }
    return from < to ? new int[] {from, to} : null;
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '-' || c == '.' || c == '+';
  }

  private static boolean quoted(CharSequence text, int start, int end) {
    if (start == 0 || end >= text.length()) {
      return false;
    }
    char before = text.charAt(start - 1);
    char after = text.charAt(end);
    return (before == '«' && after == '»')
        || (before == '"' && after == '"')
        || (before == '“' && after == '”')
        || (before == '`' && after == '`');
  }

  /** A capital where a sentence does not start: a Russian writer capitalises a name, not a word. */
  private static boolean capitalisedInSentence(CharSequence text, int start) {
    if (!Character.isUpperCase(text.charAt(start))) {
      return false;
    }
    int i = start - 1;
    while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
      i--;
    }
    if (i < 0) {
      return false;
    }
    char c = text.charAt(i);
    // after a dash or a bullet a line begins anew, and after a colon Russian may capitalise
    return ".!?…\n\r:—–-•*>(\"«".indexOf(c) < 0;
  }

  /** A version after the word: "квен 2", "ллама-3", "фи 1.5". */
  private static boolean versioned(CharSequence text, int end) {
    int i = end;
    if (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '-')) {
      i++;
    }
    if (i >= text.length() || !Character.isDigit(text.charAt(i))) {
      return false;
    }
    int digits = i;
    while (i < text.length() && (Character.isDigit(text.charAt(i)) || text.charAt(i) == '.')) {
      i++;
    }
    // "в 2 раза", "на 10%": a number with a unit or a word after it counts something
    boolean number = i - digits > 2 || (i < text.length() && text.charAt(i) == '%');
    return !number;
  }

  /** Ordinals before a name count its versions: "первой ламы", "вторая гемма". */
  private static final Set<String> ORDINAL_STEMS = Set.copyOf(NumberWords.ordinalStems(4));

  /**
   * The ordinal standing right before the word at {@code start} ("третью ламу", "вторая гемма"),
   * only spaces between: its start and the number it says, or null. Russian counts a family's
   * releases so, where English writes the version after the name.
   */
  public static int[] ordinalBefore(CharSequence text, int start) {
    int end = skipBack(text, start);
    if (end < 0 || end == start) {
      return null;
    }
    int from = end;
    while (from > 0 && Character.isLetter(text.charAt(from - 1))) {
      from--;
    }
    OptionalInt number = NumberWords.ordinal(text.subSequence(from, end).toString());
    return number.isPresent() ? new int[] {from, number.getAsInt()} : null;
  }

  /**
   * The same, but a kind noun must stand before the word ("модель на керасе"): for names a text
   * need not write at all (a bundled list), where a kind noun after the word is as often what the
   * word is of ("на бОльшем скейле модели", the scale of a model).
   */
  public static boolean isNameContextWithKindBefore(CharSequence text, int start, int end) {
    return quoted(text, start, end)
        || capitalisedInSentence(text, start)
        || versioned(text, end)
        || kindBefore(text, start)
        || codeBefore(text, start)
        || comparedBefore(text, start);
  }

  /**
   * Words for code and its writing, in any of their forms: "код", "порты", "ядра", "бэкенд",
   * "написано", "переписали", "перепишет" (not "пишут", which a paper does too). What a text says
   * code is written "на", "в" or "под" is a language, a library or a platform ("код на тензорфлоу",
   * "ядро написано на тритоне", "порт в трансформерс", "ядра под куду"), never a common noun.
   */
  private static final Pattern CODE_WORD =
      Pattern.compile(
          "(?:код(?:а|у|ом|е)?|порт(?:а|у|ом|е|ы|ов|ами)?|ядр(?:о|а|у|ом|е|ам|ами|ах)|ядер"
              + "|б[эе]кенд(?:а|у|ом|е|ы|ов)?|кернел(?:а|ом|ы|ов)?"
              + "|(?:на|пере)(?:писа|пиш)[а-яё]*)");

  /** The prepositions after a word for code that lead to what it is written in or for. */
  private static final Set<String> CODE_PREPOSITIONS = Set.of("на", "в", "под");

  /** Words that may stand between a word for code and its preposition: "ядра SSD на". */
  private static final int CODE_WINDOW = 2;

  /**
   * Whether a preposition right before the word at {@code start} follows a word for code, at most
   * {@link #CODE_WINDOW} words back in the same clause (spaces only between): "код на X", "ядро
   * написано на X", "ядра SSD на X", "код был на X".
   */
  static boolean codeBefore(CharSequence text, int start) {
    int prepositionEnd = skipBack(text, start);
    if (prepositionEnd < 0) {
      return false;
    }
    int prepositionStart = wordStart(text, prepositionEnd);
    String preposition =
        text.subSequence(prepositionStart, prepositionEnd).toString().toLowerCase(Locale.ROOT);
    if (!CODE_PREPOSITIONS.contains(preposition)) {
      return false;
    }
    int i = prepositionStart;
    for (int k = 0; k < CODE_WINDOW; k++) {
      int wordEnd = i;
      while (wordEnd > 0 && text.charAt(wordEnd - 1) == ' ') {
        wordEnd--;
      }
      int wordStart = wordEnd;
      while (wordStart > 0 && isWordChar(text.charAt(wordStart - 1))) {
        wordStart--;
      }
      if (wordStart == wordEnd) {
        return false;
      }
      String word = text.subSequence(wordStart, wordEnd).toString().toLowerCase(Locale.ROOT);
      if (CODE_WORD.matcher(word.replace('ё', 'е')).matches()) {
        return true;
      }
      i = wordStart;
    }
    return false;
  }

  /**
   * Words that compare what follows with the thing a review is about, in any of their forms:
   * "опережая ламу", "лучше и опуса, и Lyra", "превосходит Гофера", "сравнивают с клипом". What a
   * model or a method is measured against is another model or method.
   */
  private static final Pattern COMPARED =
      Pattern.compile(
          "(?:лучше|хуже|быстрее|медленнее|точнее|сильнее|слабее|обгоня[а-яё]*|обогна[а-яё]*"
              + "|опережа[а-яё]*|опереди[а-яё]*|превосход[а-яё]*|уступа[а-яё]*|обход[а-яё]*"
              + "|обош[а-яё]*|против|vs)");

  /**
   * A verb or noun of comparing, whose "с" leads to what is compared: "сравнивают с клипом", "по
   * сравнению с X".
   */
  private static final Pattern COMPARING = Pattern.compile("сравн[а-яё]*");

  /**
   * Whether the word at {@code start} is what a comparison word right before it measures against:
   * "опережая X", "лучше и X", "против X", "сравнивают с X", "по сравнению с X".
   */
  static boolean comparedBefore(CharSequence text, int start) {
    int end = skipBack(text, start);
    if (end < 0) {
      return false;
    }
    int from = wordStart(text, end);
    String word = text.subSequence(from, end).toString().toLowerCase(Locale.ROOT);
    if (word.equals("и") || word.equals("с") || word.equals("со")) {
      int before = skipBack(text, from);
      if (before < 0) {
        return false;
      }
      String first = text.subSequence(wordStart(text, before), before).toString();
      first = first.toLowerCase(Locale.ROOT).replace('ё', 'е');
      return word.equals("и")
          ? COMPARED.matcher(first).matches()
          : COMPARING.matcher(first).matches();
    }
    return COMPARED.matcher(word.replace('ё', 'е')).matches();
  }

  private static int wordStart(CharSequence text, int end) {
    int from = end;
    while (from > 0 && Character.isLetter(text.charAt(from - 1))) {
      from--;
    }
    return from;
  }

  private static boolean kindNearby(CharSequence text, int start, int end) {
    return kindBefore(text, start) || kindAfter(text, end);
  }

  private static boolean kindBefore(CharSequence text, int start) {
    int before = skipBack(text, start);
    if (before > 0) {
      int from = wordStart(text, before);
      String word = text.subSequence(from, before).toString().toLowerCase(Locale.ROOT);
      if (word.length() > 4
          && ORDINAL_STEMS.contains(word.substring(0, word.length() - 2).replace('ё', 'е'))) {
        return true;
      }
    }
    int i = start;
    for (int k = 0; k < KIND_WINDOW; k++) {
      int wordEnd = skipBack(text, i);
      if (wordEnd < 0) {
        break;
      }
      int wordStart = wordStart(text, wordEnd);
      if (wordStart == wordEnd || isKind(text.subSequence(wordStart, wordEnd))) {
        return wordStart != wordEnd;
      }
      i = wordStart;
    }
    return false;
  }

  private static boolean kindAfter(CharSequence text, int end) {
    int after = end;
    while (after < text.length() && text.charAt(after) == ' ') {
      after++;
    }
    int afterEnd = after;
    while (afterEnd < text.length() && Character.isLetter(text.charAt(afterEnd))) {
      afterEnd++;
    }
    return afterEnd > after && isKind(text.subSequence(after, afterEnd));
  }

  /** Where the word before {@code i} ends, past spaces only (a comma or a dash ends a phrase). */
  private static int skipBack(CharSequence text, int i) {
    int j = i;
    while (j > 0 && text.charAt(j - 1) == ' ') {
      j--;
    }
    return j > 0 && Character.isLetter(text.charAt(j - 1)) ? j : -1;
  }

  private static boolean isKind(CharSequence word) {
    String lower = word.toString().toLowerCase(Locale.ROOT).replace('ё', 'е');
    for (int cut = lower.length(); cut >= 3 && lower.length() - cut <= 3; cut--) {
      if (KIND_STEMS.contains(lower.substring(0, cut))) {
        return true;
      }
    }
    return false;
  }
}
