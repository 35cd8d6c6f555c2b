package dev.paperlens.text;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Latin acronyms a Cyrillic word spells by the Russian names of their letters: "дэкуэн" is DQN,
 * "эр-эс-эс-эм" RSSM, "ПиЭнЭн" PNN, "кьюэм9" QM9. Russian says an acronym either by the sounds of
 * its letters ("ппо", read by {@link EnglishSounds#letterKeys}) or, as here, by their names,
 * English ("эйч", "джи") or the Latin alphabet's Russian ones ("аш", "гэ"). A name of one vowel
 * ("и", "о", "у") is left out: every Russian word would spell some letters so.
 */
public final class LetterNames {
  private LetterNames() {}

  /** Each Latin letter and the Russian names of it, longest first where one begins another. */
  private static final Map<Character, List<String>> NAMES =
      Map.ofEntries(
          Map.entry('a', List.of("эй", "ей")),
          Map.entry('b', List.of("би", "бэ", "бе")),
          Map.entry('c', List.of("си", "цэ", "це")),
          Map.entry('d', List.of("ди", "дэ", "де")),
          Map.entry('f', List.of("эф", "еф")),
          Map.entry('g', List.of("джи", "гэ", "ге")),
          Map.entry('h', List.of("эйч", "эйчь", "аш", "хэ")),
          Map.entry('i', List.of("ай")),
          Map.entry('j', List.of("джей", "джэй")),
          Map.entry('k', List.of("кей", "кэй", "ка")),
          Map.entry('l', List.of("эль", "эл", "ель", "ел")),
          Map.entry('m', List.of("эм", "ем")),
          Map.entry('n', List.of("эн", "ен")),
          Map.entry('o', List.of("оу")),
          Map.entry('p', List.of("пи", "пэ", "пе")),
          Map.entry('q', List.of("кью", "кю", "ку")),
          Map.entry('r', List.of("ар", "эр", "ер")),
          Map.entry('s', List.of("эс", "ес")),
          Map.entry('t', List.of("ти", "тэ", "те")),
          Map.entry('v', List.of("ви", "вэ", "ве")),
          Map.entry('w', List.of("даблъю", "даблю", "дабл")),
          Map.entry('x', List.of("икс", "экс")),
          Map.entry('y', List.of("уай", "вай")),
          Map.entry('z', List.of("зед", "зет", "зи", "зэ")));

  /** The letter each Russian name says, by the name. */
  private static final Map<String, Character> LETTERS = letters();

  private static final int LONGEST = 6;

  /** The longest word read: an acronym of eight letters said by names of three. */
  private static final int LONGEST_WORD = 24;

  /** At most this many readings of one word: a few names share their spelling ("ка", "ку"). */
  private static final int MAX_READINGS = 8;

  private static Map<String, Character> letters() {
    Map<String, Character> out = new HashMap<>();
    NAMES.forEach((letter, names) -> names.forEach(n -> out.put(n, letter)));
    return Map.copyOf(out);
  }

  /** Whether the word begins with the name of a letter: false means {@link #spelled} is empty. */
  public static boolean mayBeSpelled(String lower) {
    for (int len = 2; len <= Math.min(LONGEST, lower.length()); len++) {
      if (LETTERS.containsKey(lower.substring(0, len))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The acronyms (upper case) a word of a note spells by its letters' names, as written or before a
   * noun ending or a diminutive ("дэкуэна", "эсдэшка"); empty for a Russian word ("дети", "пиар")
   * unless capitals say an acronym ("ДЭДЭПЭЭМ").
   */
  public static List<String> acronyms(String word) {
    String lower = word.strip().toLowerCase(Locale.ROOT);
    if (lower.length() < 4 || !mayBeSpelled(lower)) {
      return List.of();
    }
    long capitals = word.chars().filter(Character::isUpperCase).count();
    if (capitals < 2 && Lexicon.russian().isWord(lower)) {
      return List.of();
    }
    return readings(lower).stream().map(a -> a.toUpperCase(Locale.ROOT)).toList();
  }

  /**
   * The acronyms (lower case) a lower-case word spells by its letters' names, as written or before
   * a noun ending or a diminutive, Russian or not: the caller tells a Russian word.
   */
  public static List<String> readings(String lower) {
    if (lower.length() < 4 || !mayBeSpelled(lower)) {
      return List.of();
    }
    Set<String> out = new LinkedHashSet<>(spelled(lower));
    for (String stem : RussianInflection.stems(lower, 2)) {
      if (stem.length() < lower.length()
          && RussianInflection.isNounEnding(lower.substring(stem.length()))) {
        out.addAll(spelled(stem));
        if (stem.endsWith("шк") && stem.length() >= 4) {
          out.addAll(spelled(stem.substring(0, stem.length() - 2)));
        }
        String base = RussianInflection.beforeDiminutiveK(stem);
        if (base != null) {
          out.addAll(spelled(base));
        }
      }
    }
    return List.copyOf(out);
  }

  /**
   * The Latin acronyms (lower case, digits kept) a Cyrillic word spells wholly by the names of two
   * letters or more, in any case and with hyphens between the names; empty when it spells none.
   * "эсдэ" gives "sd", "дэдэпээм" "ddpm"; "модель" gives nothing.
   */
  public static List<String> spelled(String word) {
    if (word.length() > LONGEST_WORD) {
      return List.of();
    }
    String w = word.toLowerCase(Locale.ROOT).replace('ё', 'е');
    StringBuilder plain = new StringBuilder(w.length());
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (c == '-' && i > 0 && i + 1 < w.length()) {
        continue; // "эр-эс-эс-эм": names written apart
      }
      if (!CrossScript.isCyrillic(c) && !(c >= '0' && c <= '9')) {
        return List.of();
      }
      plain.append(c);
    }
    Set<String> out = new LinkedHashSet<>();
    read(plain.toString(), 0, new StringBuilder(), 0, out);
    return List.copyOf(out);
  }

  private static void read(String w, int at, StringBuilder latin, int names, Set<String> out) {
    if (out.size() >= MAX_READINGS) {
      return;
    }
    if (at == w.length()) {
      if (names >= 2) {
        out.add(latin.toString());
      }
      return;
    }
    char c = w.charAt(at);
    if (c >= '0' && c <= '9') {
      // a version glued to the letters ("кьюэм9"), never before them
      if (names == 0) {
        return;
      }
      latin.append(c);
      read(w, at + 1, latin, names, out);
      latin.setLength(latin.length() - 1);
      return;
    }
    if (at > 0 && Character.isDigit(w.charAt(at - 1))) {
      return; // letters after the digits are a Russian ending, not the name's
    }
    for (int len = Math.min(LONGEST, w.length() - at); len >= 2; len--) {
      Character letter = LETTERS.get(w.substring(at, at + len));
      if (letter != null) {
        latin.append(letter.charValue());
        read(w, at + len, latin, names + 1, out);
        latin.setLength(latin.length() - 1);
      }
    }
  }
}
