package dev.paperlens.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Candidate stems of an inflected Russian word, for matching a declined loanword ("атласа",
 * "титанов", "ЛоРЫ") to the name it declines. Over-generation is fine: callers compare stems
 * against known names, so a wrong candidate simply matches nothing.
 */
public final class RussianInflection {
  private RussianInflection() {}

  /**
   * Noun and adjective endings, longest first: the one table of Russian endings. {@link
   * #isNounEnding} tells the endings a declined noun (and so a declined name) takes.
   */
  private static final String[] ENDINGS = {
    "иями", "ями", "ами", "ого", "его", "ому", "ему", "ыми", "ими", "ией", "иях", "ием", "ов", "ев",
    "ей", "ой", "ом", "ем", "ам", "ям", "ах", "ях", "ую", "юю", "ая", "яя", "ое", "ее", "ые", "ие",
    "ый", "ий", "ых", "их", "ию", "ия", "ии", "а", "я", "ы", "и", "у", "ю", "е", "о", "ь", "й"
  };

  /** Endings of the table that only adjectives (and stems ending in о, ь, й) take. */
  private static final Set<String> NOT_NOUN =
      Set.of(
          "ого", "его", "ому", "ему", "ыми", "ими", "ую", "юю", "ая", "яя", "ое", "ее", "ые", "ие",
          "ый", "ий", "ых", "их", "о", "ь", "й");

  private static final Set<String> NOUN_ENDINGS =
      Arrays.stream(ENDINGS)
          .filter(e -> !NOT_NOUN.contains(e))
          .collect(Collectors.toUnmodifiableSet());

  /** True when a declined noun can end in {@code ending} ("ами", "ов", "у"; not "ого"). */
  public static boolean isNounEnding(String ending) {
    return NOUN_ENDINGS.contains(ending);
  }

  /**
   * The word in lower case followed by each stem left after removing one known ending, keeping at
   * least {@code minStem} letters. "титанов" gives [титанов, титан, титано].
   */
  public static List<String> stems(String word, int minStem) {
    String lower = word.toLowerCase(Locale.ROOT).replace('ё', 'е');
    List<String> out = new ArrayList<>(4);
    out.add(lower);
    for (String ending : ENDINGS) {
      if (lower.endsWith(ending) && lower.length() - ending.length() >= minStem) {
        String stem = lower.substring(0, lower.length() - ending.length());
        if (!out.contains(stem)) {
          out.add(stem);
        }
      }
    }
    return out;
  }

  /**
   * The lemma endings a noun's case ending may come from ("ы" is the plural of a word in "а" or of
   * one with no ending; "ей" of one in "я" or "ь"): enough to find the likeliest lemmas of a form.
   */
  private static final Map<String, List<String>> LEMMA_ENDINGS =
      Map.ofEntries(
          Map.entry("а", List.of("", "о")),
          Map.entry("ы", List.of("", "а")),
          Map.entry("у", List.of("", "а", "о")),
          Map.entry("е", List.of("", "а", "о", "ь", "я")),
          Map.entry("ой", List.of("а")),
          Map.entry("ом", List.of("", "о")),
          Map.entry("ам", List.of("", "а", "о")),
          Map.entry("ами", List.of("", "а", "о")),
          Map.entry("ах", List.of("", "а", "о")),
          Map.entry("ов", List.of("", "о")),
          Map.entry("и", List.of("", "я", "ь")),
          Map.entry("я", List.of("ь", "е")),
          Map.entry("ю", List.of("ь", "я", "е")),
          Map.entry("ей", List.of("я", "ь")),
          Map.entry("ем", List.of("ь", "е")),
          Map.entry("ям", List.of("я", "ь", "е")),
          Map.entry("ями", List.of("я", "ь", "е")),
          Map.entry("ях", List.of("я", "ь", "е")));

  /**
   * The likeliest lemmas of a noun form: each of its {@link #stems} with the endings a lemma may
   * have where the form has its case ending ("ганы" gives "ган" and "гана"; "сама" gives "сам").
   */
  public static List<String> lemmas(String word, int minStem) {
    String lower = word.toLowerCase(Locale.ROOT).replace('ё', 'е');
    List<String> out = new ArrayList<>(4);
    for (String stem : stems(lower, minStem)) {
      List<String> endings = LEMMA_ENDINGS.get(lower.substring(stem.length()));
      for (String ending : endings == null ? List.<String>of() : endings) {
        if (!out.contains(stem + ending)) {
          out.add(stem + ending);
        }
      }
    }
    return out;
  }

  /**
   * A Russian adjective made from a name: "бертовский", "гановские", "гптшный" give "берт", "ган",
   * "гпт". Only with a suffix that makes adjectives of nouns, so a plain adjective ("слабый") gives
   * nothing.
   */
  private static final java.util.regex.Pattern ADJECTIVE_OF_NAME =
      java.util.regex.Pattern.compile(
          "(.{3,}?)(?:овск|евск|ов|ев|шн)(?:ый|ий|ой|ая|яя|ое|ее|ые|ие|ого|его|ому|ему|ым|им|ом|ем"
              + "|ую|юю|ых|их|ыми|ими)");

  public static String adjectiveStem(String lower) {
    int n = lower.length();
    if (n < 6 || "йяеохмю".indexOf(lower.charAt(n - 1)) < 0) {
      return null; // every adjective ending ends in one of these
    }
    java.util.regex.Matcher m = ADJECTIVE_OF_NAME.matcher(lower);
    return m.matches() ? m.group(1) : null;
  }

  /**
   * A stem before the diminutive "-к" Russian glues to a borrowed name it cannot decline otherwise
   * ("лстмка", "рпнки", "табпфнка": LSTM, RPN, TabPFN), or null. The "к" must follow two
   * consonants, which no Russian word's "-к" does after its root ("банк", "линк", "парк" keep
   * theirs): a cluster that only a name's letters or a foreign word leave.
   */
  public static String beforeDiminutiveK(String stem) {
    int n = stem.length();
    if (n < 4 || stem.charAt(n - 1) != 'к') {
      return null;
    }
    return isConsonant(stem.charAt(n - 2)) && isConsonant(stem.charAt(n - 3))
        ? stem.substring(0, n - 1)
        : null;
  }

  /**
   * A stem before the diminutive "-ик" or "-чик" ("бартик", "квенчик": BART, Qwen), or null.
   * Russian has such words of its own ("логик", "графика"), so callers read it only where a word
   * Russian lacks is read as a name.
   */
  public static String beforeDiminutiveIk(String stem) {
    int n = stem.length();
    if (n < 5 || !stem.endsWith("ик")) {
      return null;
    }
    return stem.endsWith("чик") ? stem.substring(0, n - 3) : stem.substring(0, n - 2);
  }

  /** Whether a lower-case Russian letter is a consonant (not a vowel, й or a sign). */
  static boolean isConsonant(char c) {
    return c >= 'а' && c <= 'я' && "аеёиоуыэюяйьъ".indexOf(c) < 0;
  }
}
