package dev.paperlens.text;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Number words from two to eight as Russian and English write them, each with its value, and the
 * Russian ordinals from first to tenth: the one table of the rules that read a count or a release
 * written in words ("три трюка:", "с пятью наборами данных:", "two components:"). Russian declines
 * a number word; the table holds the nominative, which is also the accusative of these numbers
 * ("предлагают две штуки"), with both genders of two, and the instrumental, which a count takes
 * after "с" ("с тремя задачами"). English words have no case and are listed as nominative.
 */
public final class NumberWords {
  private NumberWords() {}

  /** The case of a number word: English words count as nominative. */
  public enum Case {
    NOMINATIVE,
    INSTRUMENTAL
  }

  /**
   * One number word.
   *
   * @param spelling the word in lower case
   * @param value the number it says
   * @param grammaticalCase its case
   */
  public record Word(String spelling, int value, Case grammaticalCase) {}

  private static final List<Word> WORDS =
      List.of(
          nominative("два", 2),
          nominative("две", 2),
          instrumental("двумя", 2),
          nominative("три", 3),
          instrumental("тремя", 3),
          nominative("четыре", 4),
          instrumental("четырьмя", 4),
          nominative("пять", 5),
          instrumental("пятью", 5),
          nominative("шесть", 6),
          instrumental("шестью", 6),
          nominative("семь", 7),
          instrumental("семью", 7),
          nominative("восемь", 8),
          instrumental("восемью", 8),
          nominative("two", 2),
          nominative("three", 3),
          nominative("four", 4),
          nominative("five", 5),
          nominative("six", 6),
          nominative("seven", 7),
          nominative("eight", 8));

  private static final Map<String, Integer> VALUES =
      WORDS.stream().collect(Collectors.toUnmodifiableMap(Word::spelling, Word::value));

  /** The stems of the Russian ordinals from first to tenth, by value: "перв" of "первый", … */
  private static final List<String> ORDINAL_STEMS =
      List.of("перв", "втор", "трет", "четверт", "пят", "шест", "седьм", "восьм", "девят", "десят");

  /** An ordinal's adjective endings, also those of "третий" with its soft sign ("третья"). */
  private static final Set<String> ORDINAL_ENDINGS =
      Set.of(
          "ый", "ий", "ой", "ая", "ое", "ую", "ого", "ому", "ым", "ом", "ые", "ых", "ыми", "ья",
          "ье", "ью", "ьей", "ьего", "ьему", "ьим", "ьем", "ьи", "ьих", "ьими");

  /**
   * The number a Russian ordinal from first to tenth says, in any of its forms and any case of its
   * letters ("третью" 3, "Вторая" 2, "четвёртой" 4); empty for any other word.
   */
  public static OptionalInt ordinal(String word) {
    String lower = word.toLowerCase(Locale.ROOT).replace('ё', 'е');
    for (int k = 0; k < ORDINAL_STEMS.size(); k++) {
      String stem = ORDINAL_STEMS.get(k);
      if (lower.startsWith(stem) && ORDINAL_ENDINGS.contains(lower.substring(stem.length()))) {
        return OptionalInt.of(k + 1);
      }
    }
    return OptionalInt.empty();
  }

  /** The stems of the Russian ordinals from first to {@code to}, by value. */
  public static List<String> ordinalStems(int to) {
    return ORDINAL_STEMS.subList(0, Math.min(to, ORDINAL_STEMS.size()));
  }

  /** Every word of the table, Russian before English, each language by value. */
  public static List<Word> all() {
    return WORDS;
  }

  /** The number {@code word} says, in any case of its letters; empty when it is no number word. */
  public static OptionalInt value(String word) {
    Integer value = VALUES.get(word.toLowerCase(Locale.ROOT));
    return value == null ? OptionalInt.empty() : OptionalInt.of(value);
  }

  /**
   * The words saying a number from {@code from} to {@code to} in {@code grammaticalCase}, as the
   * alternatives of a regular expression ("два|две|три|two|three"), in the table's order. The words
   * are letters only; a pattern puts them between letter boundaries.
   */
  public static String alternatives(int from, int to, Case grammaticalCase) {
    return WORDS.stream()
        .filter(w -> w.value() >= from && w.value() <= to && w.grammaticalCase() == grammaticalCase)
        .map(Word::spelling)
        .collect(Collectors.joining("|"));
  }

  private static Word nominative(String spelling, int value) {
    return new Word(spelling, value, Case.NOMINATIVE);
  }

  private static Word instrumental(String spelling, int value) {
    return new Word(spelling, value, Case.INSTRUMENTAL);
  }
}
