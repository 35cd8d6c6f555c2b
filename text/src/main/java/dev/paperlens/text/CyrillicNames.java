package dev.paperlens.text;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Names that a text writes only in Cyrillic, with the Latin spelling they stand for: a compound
 * read as English words and written as one ("тензорфлоу" is TensorFlow, "дипспиде" DeepSpeed), and
 * an acronym written letter by letter ("рлхф" is RLHF, "ДДИМ" DDIM). {@link NameMatcher} links
 * Cyrillic spellings to Latin names; this finds the Latin names that no source writes in Latin, so
 * that there is something to link to.
 *
 * <p>A word is a name only when Russian does not have it (LanguageTool's Russian dictionary, any
 * form, and the likeliest lemmas of a declined form) and it is not an ordinary English word or
 * compound either: "датасет" reads as "dataset" and "бэкбон" as "backbone", which the English
 * dictionary lists, so they stay words.
 */
public final class CyrillicNames {
  private CyrillicNames() {}

  /**
   * English parts of a compound name: "TensorFlow" has two; readings of three parts were mostly
   * Russian words cut into rare English ones on the tune part.
   */
  private static final int MAX_PARTS = 2;

  /** Shorter English words ("an", "mu") make every Russian word a compound of something. */
  private static final int MIN_PART = 3;

  /** The reading budget of {@link EnglishSounds#readingCost}, as the matcher's skeleton search. */
  private static final int BUDGET = 3;

  private static final Map<String, String> CACHE = new ConcurrentHashMap<>();
  private static final int MAX_CACHED = 1 << 16;

  /**
   * A Cyrillic word of a text and the Latin name it stands for.
   *
   * @param word the word as written
   * @param name the name in Latin
   */
  public record Found(String word, String name) {}

  /** The Cyrillic words of {@code text} that stand for Latin names, first occurrence of each. */
  public static List<Found> find(CharSequence text) {
    Set<String> seen = new LinkedHashSet<>();
    List<Found> out = new java.util.ArrayList<>();
    int n = text.length();
    int i = 0;
    while (i < n) {
      if (!CrossScript.isCyrillic(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < n && CrossScript.isCyrillic(text.charAt(i))) {
        i++;
      }
      boolean glued =
          (start > 0 && Character.isLetterOrDigit(text.charAt(start - 1)))
              || (i < n && Character.isLetterOrDigit(text.charAt(i)));
      String word = text.subSequence(start, i).toString();
      int version = versionEnd(text, i);
      if (version > i) {
        // "гпт-4" is GPT-4, a release of its own, not GPT
        String name = nameOf(word);
        String surface = text.subSequence(start, version).toString();
        if (name != null && seen.add(surface)) {
          out.add(new Found(surface, name + text.subSequence(i, version)));
        }
      } else if (!glued && seen.add(word)) {
        String name = nameOf(word);
        if (name != null) {
          out.add(new Found(word, name));
        }
      }
    }
    return out;
  }

  /** Where a version written after a word with a hyphen ends ("-4", "-3B"), or the word's end. */
  private static int versionEnd(CharSequence text, int end) {
    int n = text.length();
    if (end + 1 >= n || text.charAt(end) != '-' || !Character.isDigit(text.charAt(end + 1))) {
      return end;
    }
    int i = end + 1;
    while (i < n && text.charAt(i) < 0x80 && Character.isLetterOrDigit(text.charAt(i))) {
      i++;
    }
    boolean glued = i < n && Character.isLetterOrDigit(text.charAt(i));
    return glued ? end : i;
  }

  /**
   * The Latin name one Cyrillic word stands for, or null when it is a Russian word, an ordinary
   * English word or compound, or reads as nothing.
   */
  public static String nameOf(String word) {
    if (word.length() < 3) {
      return null;
    }
    String cached = CACHE.get(word);
    if (cached == null) {
      cached = compute(word);
      if (CACHE.size() < MAX_CACHED) {
        CACHE.put(word, cached);
      }
    }
    return cached.isEmpty() ? null : cached;
  }

  private static String compute(String word) {
    String lower = word.toLowerCase(Locale.ROOT).replace('ё', 'е');
    if (Character.isUpperCase(word.charAt(0)) && !word.equals(word.toUpperCase(Locale.ROOT))) {
      return ""; // "Уайтмана", "Гельветика": a capital in Russian is a person or a place
    }
    if (isRussian(word, lower)) {
      return "";
    }
    String acronym = acronym(lower);
    if (acronym != null) {
      return LatinNames.isGeneric(acronym) ? "" : acronym;
    }
    if (isVerb(lower) || isRussianDerivative(lower) || isLoanWord(lower)) {
      return "";
    }
    // the word as written or without a case ending: the reading of fewer parts wins, then the
    // likelier ("дипспиде" is deep + speed + e stripped, not deep + spy + idea)
    String best = "";
    int bestParts = Integer.MAX_VALUE;
    for (String stem : RussianInflection.stems(lower, 5)) {
      String compound = compound(stem);
      int parts = compound == null ? Integer.MAX_VALUE : partCount(compound);
      if (parts < bestParts) {
        best = compound;
        bestParts = parts;
      }
    }
    return best;
  }

  private static boolean isRussian(String word, String lower) {
    Lexicon russian = Lexicon.russian();
    if (russian.isWord(lower) || russian.contains(capitalised(lower)) || russian.contains(word)) {
      return true;
    }
    for (String lemma : RussianInflection.lemmas(lower, 3)) {
      if (russian.isWord(lemma) || russian.contains(capitalised(lemma))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Endings only a Russian verb has: infinitives, reflexives, the past ("потюнить", "скейлится",
   * "зафайнтюнили"). Names are nouns.
   */
  private static final java.util.regex.Pattern VERB =
      java.util.regex.Pattern.compile(".{3,}(?:[иаяеу]ть|с[яь]|[иаяе]л[аио]|[иаяе]вш[иаеу].*)");

  private static boolean isVerb(String lower) {
    return VERB.matcher(lower).matches();
  }

  /**
   * Suffixes Russian puts after a borrowed English word: a case ending, alone or after a diminutive
   * ("диффузионками", "гиперы", "айтемов", "эмбеддинги"), or a verb's present tense ("сэмплим",
   * "сервлю").
   */
  private static final java.util.regex.Pattern SUFFIX =
      java.util.regex.Pattern.compile(
          "(?:ш?к)?(?:ами|ями|ов|ев|ей|ой|ом|ем|ам|ям|ах|ях|а|я|ы|и|у|ю|е|о)?"
              + "|л?ю|ишь|ит|им|ите|ят|ешь|ете|ут|ют");

  /** Three to five consonants and a case ending: an acronym declined ("рлхфа", "ддпмом"). */
  private static final java.util.regex.Pattern DECLINED_ACRONYM =
      java.util.regex.Pattern.compile(
          "([бвгджзклмнпрстфхцчшщ]{3,5})(?:ами|ом|ой|ам|ах|ов|а|у|е|ы)");

  /** A word with a diminutive suffix and a case ending: "влмки", "нейронки", "ппошку". */
  private static final java.util.regex.Pattern DIMINUTIVE =
      java.util.regex.Pattern.compile("(.+?)(?:ш?к)(?:ами|ой|ам|ах|ов|а|и|у|е)");

  /**
   * Whether the word is Russian made of Russian: a Russian word with a diminutive ("нейронки" of
   * "нейрон"), or a compound ending in a common Russian word of four letters or more ("гиперсети").
   */
  private static boolean isRussianDerivative(String lower) {
    Lexicon russian = Lexicon.russian();
    java.util.regex.Matcher m = DIMINUTIVE.matcher(lower);
    if (m.matches() && russian.isWord(m.group(1))) {
      return true;
    }
    for (int start = 2; start + 4 <= lower.length(); start++) {
      String tail = lower.substring(start);
      if (russian.isWord(tail) && isCommon(tail)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Frequency class from which a Russian word is common enough to end a compound ("сеть" is, "спид"
   * of "дипспиде" and "зеро" of "альфазеро" are not).
   */
  private static final int COMMON_RUSSIAN = 8;

  private static boolean isCommon(String russianForm) {
    Lexicon russian = Lexicon.russian();
    if (russian.frequency(russianForm) >= COMMON_RUSSIAN) {
      return true;
    }
    for (String lemma : RussianInflection.lemmas(russianForm, 3)) {
      if (russian.frequency(lemma) >= COMMON_RUSSIAN) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the word is one English word ("embedding", "fine-tune", however rare) with or without a
   * Russian suffix: a borrowed word, not a name.
   */
  private static boolean isLoanWord(String lower) {
    Lexicon english = Lexicon.english();
    for (int cut = lower.length(); cut >= 3 && lower.length() - cut <= 5; cut--) {
      if (!SUFFIX.matcher(lower.substring(cut)).matches()) {
        continue;
      }
      String key = CrossScript.phoneticKey(lower.substring(0, cut));
      if (key.length() >= 3
          && !EnglishSounds.wordsReading(key, 0, english, BUDGET).get(key.length()).isEmpty()) {
        return true;
      }
    }
    return false;
  }

  /** Latin letters of the Cyrillic ones an acronym is spelled with, in the order of "абвгд…". */
  private static final String LETTERS = "абвгдезиклмнопрстуфхцэ";

  private static final String LATIN = "ABVGDEZIKLMNOPRSTUFHCE";

  /**
   * An acronym written letter by letter: three to five letters with no vowel ("трл", "фсдп"), or
   * with one vowel where the first two or three letters begin no Russian word ("дпо", "ддим"). The
   * Latin is letter for letter (к as K, х as H): the spelling an acronym's letters most often have.
   */
  private static String acronym(String lower) {
    java.util.regex.Matcher suffix = DIMINUTIVE.matcher(lower);
    java.util.regex.Matcher declined = DECLINED_ACRONYM.matcher(lower);
    if (suffix.matches() && suffix.group(1).length() >= 3) {
      lower = suffix.group(1); // "влмки" is the VLM of "влм" with a Russian suffix
    } else if (declined.matches()) {
      lower = declined.group(1); // "рлхфом", "ддпма"
    }
    if (lower.length() > 5) {
      return null;
    }
    int vowels = 0;
    StringBuilder latin = new StringBuilder(lower.length());
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      int at = LETTERS.indexOf(c);
      if (at < 0) {
        return null;
      }
      if ("аеиоуэ".indexOf(c) >= 0) {
        vowels++;
      }
      latin.append(LATIN.charAt(at));
    }
    if (vowels > 1 || (vowels == 1 && "аеиоуэ".indexOf(lower.charAt(0)) >= 0)) {
      return null; // "уфф" is a sigh
    }
    Lexicon russian = Lexicon.russian();
    // the few Russian words with no vowel ("млн", "трлн") are in the dictionary
    boolean unpronounceable =
        vowels == 0
            || !russian.startsAnyWord(lower.substring(0, 2))
            || !russian.startsAnyWord(lower.substring(0, 3));
    return unpronounceable ? latin.toString() : null;
  }

  /**
   * A word spelling two or three English words ("тензорфлоу": tensor + flow) as one name in their
   * CamelCase ("TensorFlow"), when it is not itself one English word ("датасет": dataset, "бэкбон":
   * backbone) and no two neighbouring parts are one ("файнтюн": fine-tune). Each stretch of at
   * least three key letters is read as its likeliest English word: the commonest in the word list's
   * frequencies, less three classes for each point of reading cost ("вейв" is wave, not the cheaper
   * but rarer waive). The fewest words win, then the likeliest; two different names as likely as
   * each other give nothing.
   */
  private static String compound(String stem) {
    if (stem.length() < 6) {
      return null;
    }
    String key = CrossScript.phoneticKey(stem);
    int n = key.length();
    String[][] word = new String[n + 1][n + 1];
    int[][] score = new int[n + 1][n + 1];
    Lexicon english = Lexicon.english();
    for (int from = 0; from + MIN_PART <= n; from++) {
      List<Map<String, Integer>> byEnd = EnglishSounds.wordsReading(key, from, english, BUDGET);
      for (int to = from + MIN_PART; to <= n; to++) {
        word[from][to] = likeliestWord(byEnd.get(to), score[from], to);
      }
    }
    String best = null;
    int bestScore = Integer.MIN_VALUE;
    boolean tie = false;
    for (int parts = 2; parts <= MAX_PARTS && best == null; parts++) {
      List<int[]> splits = new java.util.ArrayList<>();
      collect(word, n, 0, parts, new int[2 * parts], 0, splits);
      for (int[] bounds : splits) {
        List<String> split = new java.util.ArrayList<>(parts);
        int total = 0;
        for (int k = 0; k < parts; k++) {
          split.add(word[bounds[2 * k]][bounds[2 * k + 1]]);
          total += score[bounds[2 * k]][bounds[2 * k + 1]];
        }
        if (isEnglish(split, Lexicon.english()) || neighboursAreOneWord(word, bounds, parts)) {
          continue;
        }
        String name = camelCase(split);
        if (EnglishSounds.readingCost(name, key, BUDGET) < 0) {
          continue;
        }
        if (total > bestScore) {
          best = name;
          bestScore = total;
          tie = false;
        } else if (total == bestScore && !name.equals(best)) {
          tie = true;
        }
      }
    }
    return tie ? null : best;
  }

  /**
   * Every way of reading the whole key as {@code parts} consecutive stretches with a word each, as
   * start and end pairs; a stretch may begin on the last letter of the one before, since a key
   * writes a doubled letter once ("фасттекст": fast + text).
   */
  private static void collect(
      String[][] word, int n, int from, int left, int[] bounds, int k, List<int[]> out) {
    if (left == 1) {
      if (word[from][n] != null) {
        bounds[2 * k] = from;
        bounds[2 * k + 1] = n;
        out.add(bounds.clone());
      }
      return;
    }
    for (int to = from + MIN_PART; to < n && out.size() < MAX_SPLITS; to++) {
      if (word[from][to] == null) {
        continue;
      }
      bounds[2 * k] = from;
      bounds[2 * k + 1] = to;
      for (int next = to; next >= to - 1; next--) {
        if (next <= n - MIN_PART) {
          collect(word, n, next, left - 1, bounds, k + 1, out);
        }
      }
    }
  }

  private static final int MAX_SPLITS = 256;

  /** Whether two neighbouring stretches of a split are together one English word. */
  private static boolean neighboursAreOneWord(String[][] word, int[] bounds, int parts) {
    for (int k = 0; k + 1 < parts; k++) {
      if (word[bounds[2 * k]][bounds[2 * k + 3]] != null) {
        return true;
      }
    }
    return false;
  }

  /** Frequency classes a point of reading cost is worth. */
  private static final int COST_WEIGHT = 3;

  /** Words rarer than this ("aah", "whey") read into every Russian word. */
  private static final int MIN_FREQUENCY = 8;

  /**
   * The likeliest English word reading as the key stretch, or null; its score goes in {@code
   * scores[to]}.
   */
  private static String likeliestWord(Map<String, Integer> words, int[] scores, int to) {
    Lexicon english = Lexicon.english();
    String best = null;
    int bestScore = Integer.MIN_VALUE;
    for (Map.Entry<String, Integer> e : words.entrySet()) {
      String w = e.getKey();
      int frequency = english.frequency(w);
      if (w.length() < MIN_PART || frequency < MIN_FREQUENCY) {
        continue;
      }
      int s = frequency - COST_WEIGHT * e.getValue();
      if (s > bestScore
          || (s == bestScore && e.getValue() < words.get(best))
          || (s == bestScore && e.getValue().equals(words.get(best)) && w.compareTo(best) < 0)) {
        best = w;
        bestScore = s;
      }
    }
    scores[to] = bestScore;
    return best;
  }

  /** Whether English writes the parts as one word, or two neighbours with a hyphen. */
  private static boolean isEnglish(List<String> parts, Lexicon english) {
    if (english.isWord(String.join("", parts)) || english.isWord(String.join("-", parts))) {
      return true;
    }
    for (int i = 0; i + 1 < parts.size(); i++) {
      String pair = parts.get(i) + parts.get(i + 1);
      if (english.isWord(pair) || english.isWord(parts.get(i) + "-" + parts.get(i + 1))) {
        return true;
      }
    }
    return false;
  }

  private static int partCount(String camelCase) {
    int parts = 0;
    for (int i = 0; i < camelCase.length(); i++) {
      if (Character.isUpperCase(camelCase.charAt(i))) {
        parts++;
      }
    }
    return parts;
  }

  private static String camelCase(List<String> parts) {
    StringBuilder out = new StringBuilder();
    for (String p : parts) {
      out.append(Character.toUpperCase(p.charAt(0))).append(p, 1, p.length());
    }
    return out.toString();
  }

  private static String capitalised(String lower) {
    return lower.isEmpty() ? lower : Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
  }
}
