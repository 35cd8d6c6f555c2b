package dev.paperlens.text;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Spelling bridges between Latin and Cyrillic script, for names that Russian text borrows from
 * English: a coarse phonetic key that both spellings share, readable transliteration both ways, and
 * keyboard layout swaps for text typed in the wrong layout.
 *
 * <p>The phonetic key follows how loanwords are spelled in Russian rather than any one romanization
 * standard: "h" is written "г" or "х" ("Hyena" / "гиена"), "s" and "z" swap ("mosaic" / "мозаика"),
 * "c" is "к" before a back vowel and "с" before a front one, "y" is "и" or "й", double letters are
 * single.
 */
public final class CrossScript {
  private CrossScript() {}

  private static final String QWERTY = "qwertyuiop[]asdfghjkl;'zxcvbnm,.`";
  private static final String JCUKEN = "йцукенгшщзхъфывапролджэячсмитьбюё";

  /** True when the string holds at least one Cyrillic letter. */
  public static boolean hasCyrillic(CharSequence s) {
    for (int i = 0; i < s.length(); i++) {
      if (isCyrillic(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** True for a letter of the Cyrillic block (U+0400 to U+04FF), where Russian is written. */
  public static boolean isCyrillic(char c) {
    return c >= '\u0400' && c <= '\u04FF';
  }

  /**
   * {@link Character#isLetter(char)}, answered without the JDK's character tables for ASCII and the
   * Russian alphabet: scans of review bodies ask it of every character, and the tables' lookup was
   * a few percent of a corpus parse (docs/performance.md, "Parse throughput, eighth step").
   */
  public static boolean isLetter(char c) {
    if (c < 0x80) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
    if ((c >= '\u0410' && c <= '\u044F') || c == '\u0401' || c == '\u0451') {
      return true;
    }
    return Character.isLetter(c);
  }

  /** {@link Character#isLetterOrDigit(char)}, as {@link #isLetter(char)} answers it. */
  public static boolean isLetterOrDigit(char c) {
    if (c < 0x80) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
    if ((c >= '\u0410' && c <= '\u044F') || c == '\u0401' || c == '\u0451') {
      return true;
    }
    return Character.isLetterOrDigit(c);
  }

  /**
   * The phonetic key of a word in either script: lower case ASCII letters and digits, the same for
   * a Latin name and its Russian loanword spelling. "HyenaDNA" gives "giena" + "dna", "гиена" gives
   * "giena", "Mosaics" gives "masaiks"... Characters other than letters and digits are dropped.
   */
  public static String phoneticKey(String word) {
    return collapseDoubles(rawKey(word));
  }

  /**
   * Consonants a Russian writer types for the letters of a Latin acronym ("трл" is TRL, "мцтс"
   * MCTS), and those letters; "ж", "х", "ч", "ш", "щ" say no one letter.
   */
  private static final String ACRONYM_CYRILLIC = "бвгдзклмнпрстфц";

  private static final String ACRONYM_LATIN = "BVGDZKLMNPRSTFC";

  /**
   * The Latin acronyms a text writes in Cyrillic consonants alone, as words of three to five
   * letters Russian does not have ("токенизирую через нлтк" gives NLTK; "млн", "ссср", "спб" are
   * Russian): Russian words have vowels, so such a word is letters read out. In order, each once.
   */
  public static List<String> cyrillicAcronyms(CharSequence text) {
    List<String> out = new ArrayList<>(0);
    int n = text.length();
    int i = 0;
    while (i < n) {
      if (!isLetterOrDigit(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < n && isLetterOrDigit(text.charAt(i))) {
        i++;
      }
      int length = i - start;
      if (length < 3 || length > 5 || !isCyrillic(text.charAt(start))) {
        continue;
      }
      String word = text.subSequence(start, i).toString().toLowerCase(Locale.ROOT);
      StringBuilder latin = new StringBuilder(length);
      for (int k = 0; k < length; k++) {
        int at = ACRONYM_CYRILLIC.indexOf(word.charAt(k));
        if (at < 0) {
          latin.setLength(0);
          break;
        }
        latin.append(ACRONYM_LATIN.charAt(at));
      }
      if (latin.length() == length
          && !Lexicon.russian().isWord(word)
          && !out.contains(latin.toString())) {
        out.add(latin.toString());
      }
    }
    return out;
  }

  /**
   * The phonetic key with doubled letters kept, for words read letter by letter: "ппо" gives "ppo",
   * as does "PPO" (see {@link EnglishSounds#letterKeys}).
   */
  public static String letterKey(String word) {
    return rawKey(word).toString();
  }

  private static CharSequence rawKey(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    StringBuilder raw = new StringBuilder(lower.length() + 4);
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      char next = i + 1 < lower.length() ? lower.charAt(i + 1) : '\0';
      if (isCyrillic(c)) {
        appendCyrillicKey(raw, c);
        continue;
      }
      switch (c) {
        case 'a', 'o' -> raw.append(c == 'a' ? 'a' : 'o');
        case 'e' -> {
          if (next == 'e') {
            raw.append('i');
            i++;
          } else {
            raw.append('e');
          }
        }
        case 'i', 'y', 'j' -> raw.append(c == 'j' ? "ds" : "i");
        case 'u' -> raw.append('u');
        case 'h' -> raw.append('g');
        case 'c' -> {
          if (next == 'h') {
            raw.append('c');
            i++;
          } else if (next == 'k') {
            raw.append('k');
            i++;
          } else if (next == 'e' || next == 'i' || next == 'y') {
            raw.append('s');
          } else {
            raw.append('k');
          }
        }
        case 'k', 'q' -> raw.append('k');
        case 's', 'z' -> {
          if (next == 'h') {
            raw.append('s');
            i++;
          } else {
            raw.append('s');
          }
        }
        case 'x' -> raw.append("ks");
        case 'w', 'v' -> raw.append('v');
        case 'p' -> {
          if (next == 'h') {
            raw.append('f');
            i++;
          } else {
            raw.append('p');
          }
        }
        case 't' -> {
          if (next == 'h') {
            i++;
          }
          raw.append('t');
        }
        default -> {
          if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
            raw.append(c);
          }
        }
      }
    }
    return raw;
  }

  /**
   * Phonetic keys of a Cyrillic word read as a transcribed name: {@link #phoneticKey} first, then
   * the keys where "ц" stands for a German or Polish "z" or "c" ("Цеттлмойер": Zettlemoyer), "ш"
   * for German "sch" ("Шмидхубер": Schmidhuber), "х" for German "ch" and "ай", "ой" for German
   * "ei", "eu" ("Хохрайтер": Hochreiter, "Нойман": Neumann), each occurrence either way, at most
   * {@code max} keys. Russian transcribes these sounds by ear, so the Latin spelling's key differs
   * from the single key of the Cyrillic word exactly there, and a prefix of the name ("цеттл",
   * "шмидху") only matches through one of these keys. A word with letters of both scripts gets its
   * one key.
   */
  public static List<String> transcriptionKeys(String word, int max) {
    String lower = word.toLowerCase(Locale.ROOT);
    List<StringBuilder> keys = new ArrayList<>();
    keys.add(new StringBuilder(lower.length() + 4));
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      if (!isCyrillic(c)) {
        if (Character.isLetter(c)) {
          return List.of(phoneticKey(word));
        }
        if (c >= '0' && c <= '9') {
          // digits stay in the key, as phoneticKey keeps them ("гпт4")
          keys.forEach(key -> key.append(c));
        }
        continue;
      }
      char next = i + 1 < lower.length() ? lower.charAt(i + 1) : '\0';
      boolean diphthong = next == 'й' && (c == 'а' || c == 'о');
      String other =
          diphthong
              ? (c == 'а' ? "ei" : "eu")
              : switch (c) {
                case 'ц' -> "s";
                case 'ш' -> "sc";
                case 'х' -> "c";
                default -> null;
              };
      int n = keys.size();
      boolean branch = other != null && n * 2 <= max;
      for (int k = 0; k < n; k++) {
        StringBuilder key = keys.get(k);
        if (branch) {
          keys.add(new StringBuilder(key).append(other));
        }
        appendCyrillicKey(key, c);
        if (diphthong) {
          appendCyrillicKey(key, next);
        }
      }
      if (diphthong) {
        i++;
      }
    }
    Set<String> out = new LinkedHashSet<>();
    for (StringBuilder key : keys) {
      out.add(collapseDoubles(key));
    }
    return List.copyOf(out);
  }

  private static void appendCyrillicKey(StringBuilder out, char c) {
    switch (c) {
      case 'а' -> out.append('a');
      case 'о' -> out.append('o');
      case 'е', 'э', 'ё' -> out.append('e');
      case 'и', 'ы', 'й' -> out.append('i');
      case 'у' -> out.append('u');
      case 'я' -> out.append("ia");
      case 'ю' -> out.append("iu");
      case 'б' -> out.append('b');
      case 'в' -> out.append('v');
      case 'г', 'х' -> out.append('g');
      case 'д' -> out.append('d');
      case 'ж' -> out.append('s');
      case 'з', 'с', 'ш', 'щ' -> out.append('s');
      case 'к' -> out.append('k');
      case 'л' -> out.append('l');
      case 'м' -> out.append('m');
      case 'н' -> out.append('n');
      case 'п' -> out.append('p');
      case 'р' -> out.append('r');
      case 'т' -> out.append('t');
      case 'ф' -> out.append('f');
      case 'ц' -> out.append("ts");
      case 'ч' -> out.append('c');
      default -> {
        // ь, ъ and letters of other Cyrillic alphabets carry no sound of their own here
      }
    }
  }

  static String collapseDoubles(CharSequence s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (out.length() == 0 || out.charAt(out.length() - 1) != c || Character.isDigit(c)) {
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * A readable Latin spelling of Cyrillic text (BGN/PCGN-like, ASCII only); other characters stay.
   */
  public static String toLatin(String s) {
    StringBuilder out = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      char lower = Character.toLowerCase(c);
      String latin = latinOf(lower);
      if (latin == null) {
        out.append(c);
      } else if (Character.isUpperCase(c) && !latin.isEmpty()) {
        out.append(Character.toUpperCase(latin.charAt(0))).append(latin, 1, latin.length());
      } else {
        out.append(latin);
      }
    }
    return out.toString();
  }

  private static String latinOf(char c) {
    return switch (c) {
      case 'а' -> "a";
      case 'б' -> "b";
      case 'в' -> "v";
      case 'г' -> "g";
      case 'д' -> "d";
      case 'е', 'э' -> "e";
      case 'ё' -> "yo";
      case 'ж' -> "zh";
      case 'з' -> "z";
      case 'и' -> "i";
      case 'й' -> "y";
      case 'к' -> "k";
      case 'л' -> "l";
      case 'м' -> "m";
      case 'н' -> "n";
      case 'о' -> "o";
      case 'п' -> "p";
      case 'р' -> "r";
      case 'с' -> "s";
      case 'т' -> "t";
      case 'у' -> "u";
      case 'ф' -> "f";
      case 'х' -> "kh";
      case 'ц' -> "ts";
      case 'ч' -> "ch";
      case 'ш' -> "sh";
      case 'щ' -> "shch";
      case 'ъ', 'ь' -> "";
      case 'ы' -> "y";
      case 'ю' -> "yu";
      case 'я' -> "ya";
      default -> null;
    };
  }

  /**
   * How a Russian reader would spell a Latin name in Cyrillic, following loanword habits ("hyena"
   * gives "гиена", "lora" gives "лора"). Non-letters stay as they are.
   */
  public static String toCyrillic(String s) {
    String lower = s.toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(lower.length());
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      char next = i + 1 < lower.length() ? lower.charAt(i + 1) : '\0';
      String two = i + 1 < lower.length() ? lower.substring(i, i + 2) : "";
      switch (two) {
        case "sh" -> {
          out.append('ш');
          i++;
          continue;
        }
        case "ch" -> {
          out.append('ч');
          i++;
          continue;
        }
        case "zh" -> {
          out.append('ж');
          i++;
          continue;
        }
        case "ph" -> {
          out.append('ф');
          i++;
          continue;
        }
        case "th" -> {
          out.append('т');
          i++;
          continue;
        }
        case "ck" -> {
          out.append('к');
          i++;
          continue;
        }
        case "ee" -> {
          out.append('и');
          i++;
          continue;
        }
        case "oo" -> {
          out.append('у');
          i++;
          continue;
        }
        default -> {}
      }
      String cyr =
          switch (c) {
            case 'a' -> "а";
            case 'b' -> "б";
            case 'c' -> (next == 'e' || next == 'i' || next == 'y') ? "с" : "к";
            case 'd' -> "д";
            case 'e' -> i == 0 ? "э" : "е";
            case 'f' -> "ф";
            case 'g' -> "г";
            case 'h' -> "х";
            case 'i' -> "и";
            case 'j' -> "дж";
            case 'k', 'q' -> "к";
            case 'l' -> "л";
            case 'm' -> "м";
            case 'n' -> "н";
            case 'o' -> "о";
            case 'p' -> "п";
            case 'r' -> "р";
            case 's' -> "с";
            case 't' -> "т";
            case 'u' -> "у";
            case 'v', 'w' -> "в";
            case 'x' -> "кс";
            case 'y' -> "и";
            case 'z' -> "з";
            default -> String.valueOf(c);
          };
      out.append(cyr);
    }
    return out.toString();
  }

  /**
   * The same keystrokes read in the other keyboard layout (QWERTY and the Russian ЙЦУКЕН):
   * "ртутфвтф" gives "hnenadna", "ptyjy" gives "зенон". Characters on neither layout stay as they
   * are.
   */
  public static String swapKeyboardLayout(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = Character.toLowerCase(s.charAt(i));
      int q = QWERTY.indexOf(c);
      int j = JCUKEN.indexOf(c);
      if (q >= 0 && !isCyrillic(c)) {
        out.append(JCUKEN.charAt(q));
      } else if (j >= 0) {
        out.append(QWERTY.charAt(j));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
