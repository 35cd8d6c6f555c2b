package dev.paperlens.corpus;

import dev.paperlens.text.CrossScript;
import dev.paperlens.text.LatinNames;
import dev.paperlens.text.Lexicon;
import dev.paperlens.text.MlGlossary;
import dev.paperlens.text.NameContext;
import dev.paperlens.text.NameMatcher;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Names a corpus writes both in plain Latin and in a Cyrillic spelling that reads as it: "через
 * gensim" in one review and "генсим" in another, "в diffusers" and "в диффузерсах", "Skip-gram" and
 * "скипграм". Written alone, such a Latin word is English words run together or an English word,
 * which {@link LatinNames} rightly does not take; and a Cyrillic word no Latin text spells has no
 * name to be read as. Russian prose borrows a library's or a model's name by how it sounds, so
 * where the two agree, the Latin word is the name, from the two sources together.
 *
 * <p>A Latin word counts where Russian prose stands right before or after it (not in an English
 * sentence), has four letters or more and no capital after its first letter (acronyms and CamelCase
 * are names by their shape already), and a bundled list holds it ({@link LibraryNames#holds}) or
 * English has no such word or proper noun; a field's term ("datasets") never. A Cyrillic word
 * counts where Russian has no such word (LanguageTool's Russian dictionary, every form) and the
 * glossary does not translate ("датасетах" is the field's Russian word); a capital may start it. An
 * unlisted Latin word needs a Cyrillic spelling that stands where names stand, since the field's
 * words are said both ways too ("softmax", "софтмакс").
 */
public final class SpelledInBoth {
  private SpelledInBoth() {}

  /**
   * What one body gives: its plain Latin words in Russian prose, its unknown Cyrillic words, and
   * those of them with a sign of a name ({@link NameContext#isNameContextWithKindBefore}).
   */
  public record Words(List<String> latin, List<String> cyrillic, List<String> signed) {
    public Words {
      latin = List.copyOf(latin);
      cyrillic = List.copyOf(cyrillic);
      signed = List.copyOf(signed);
    }

    static final Words NONE = new Words(List.of(), List.of(), List.of());
  }

  /** The words of one body this class weighs (see the class comment), each once. */
  public static Words of(CharSequence text) {
    if (text == null || !CrossScript.hasCyrillic(text)) {
      return Words.NONE;
    }
    Set<String> latin = new LinkedHashSet<>();
    Set<String> cyrillic = new LinkedHashSet<>();
    Set<String> signed = new LinkedHashSet<>();
    Lexicon russian = Lexicon.russian();
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char ch = text.charAt(i);
      if (ch < 0x80) {
        int end = plainLatinEnd(text, i);
        if (end < 0) {
          continue;
        }
        if (end - i >= 4) {
          String word = text.subSequence(i, end).toString();
          if (letters(word) >= 4
              && (LibraryNames.russianWordAt(text, i, -1)
                  || LibraryNames.russianWordAt(text, end, 1))
              && mayBeName(word)) {
            latin.add(word);
          }
        }
        i = end - 1;
      } else if (isCyrillicLetter(ch)) {
        int end = cyrillicWordEnd(text, i);
        if (end < 0) {
          continue;
        }
        String word = lowerFirst(text.subSequence(i, end).toString());
        if (!russian.isWord(word) && MlGlossary.english(word) == null) {
          // a corpus read in passes keeps these for every body: one copy of each word for all
          word = word.intern();
          cyrillic.add(word);
          if (NameContext.isNameContextWithKindBefore(text, i, end)) {
            signed.add(word);
          }
        }
        i = end - 1;
      }
    }
    return new Words(new ArrayList<>(latin), new ArrayList<>(cyrillic), new ArrayList<>(signed));
  }

  /**
   * Where a plain Latin word starting at {@code start} ends, or -1 where none starts there: a
   * letter with at most a capital first, then lower-case letters and digits with inner hyphens, not
   * part of a path, an address or an identifier ("gensim", "diffusers", "Skip-gram"; not "LoRA",
   * "VAE", "a/b", "x.py"). No shorter word is ever taken: what ends one early is a letter, a digit
   * or a hyphen, which no word may stand before.
   */
  static int plainLatinEnd(CharSequence text, int start) {
    if (!isAsciiLetter(text.charAt(start))) {
      return -1;
    }
    if (start > 0 && isBeforeNoLatinWord(text.charAt(start - 1))) {
      return -1;
    }
    int n = text.length();
    int j = start + 1;
    while (j < n && isLowerOrDigit(text.charAt(j))) {
      j++;
    }
    while (j + 1 < n && text.charAt(j) == '-' && isLowerOrDigit(text.charAt(j + 1))) {
      j += 2;
      while (j < n && isLowerOrDigit(text.charAt(j))) {
        j++;
      }
    }
    if (j < n) {
      int next = Character.codePointAt(text, j);
      if (isLetterOrNumber(next) || next == '_' || next == '/' || next == '@' || next == '-') {
        return -1;
      }
      if (next == '.' && j + 1 < n && isAsciiWordChar(text.charAt(j + 1))) {
        return -1;
      }
    }
    return j;
  }

  /**
   * Where a Cyrillic word of five letters or more starting at {@code start} ends, or -1 where none
   * starts there: a capital or a lower-case letter, then lower-case ones only, whole.
   */
  static int cyrillicWordEnd(CharSequence text, int start) {
    if (!isCyrillicLetter(text.charAt(start))) {
      return -1;
    }
    if (start > 0 && isLetterOrNumber(text.charAt(start - 1))) {
      return -1;
    }
    int n = text.length();
    int j = start + 1;
    while (j < n && isCyrillicLower(text.charAt(j))) {
      j++;
    }
    if (j - start < 5 || (j < n && isLetterOrNumber(Character.codePointAt(text, j)))) {
      return -1;
    }
    return j;
  }

  private static String lowerFirst(String word) {
    char first = word.charAt(0);
    return isCyrillicLower(first) ? word : Character.toLowerCase(first) + word.substring(1);
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean isLowerOrDigit(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
  }

  private static boolean isAsciiWordChar(char c) {
    return isAsciiLetter(c) || (c >= '0' && c <= '9') || c == '_';
  }

  /** What no plain Latin word may follow: a letter, a digit or a sign of a path or identifier. */
  private static boolean isBeforeNoLatinWord(char c) {
    return switch (c) {
      case '_', '/', '.', '@', '#', ':', '$', '-' -> true;
      default -> isLetterOrNumber(c);
    };
  }

  private static boolean isCyrillicLetter(char c) {
    return (c >= 'А' && c <= 'я') || c == 'Ё' || c == 'ё';
  }

  private static boolean isCyrillicLower(char c) {
    return (c >= 'а' && c <= 'я') || c == 'ё';
  }

  /** A letter or a number of any script, as {@code [\p{L}\p{N}]} reads it. */
  private static boolean isLetterOrNumber(int codePoint) {
    return switch (Character.getType(codePoint)) {
      case Character.UPPERCASE_LETTER,
          Character.LOWERCASE_LETTER,
          Character.TITLECASE_LETTER,
          Character.MODIFIER_LETTER,
          Character.OTHER_LETTER,
          Character.DECIMAL_DIGIT_NUMBER,
          Character.LETTER_NUMBER,
          Character.OTHER_NUMBER ->
          true;
      default -> false;
    };
  }

  /**
   * The Latin words of the bodies that a Cyrillic word of the bodies reads as, whole ({@link
   * NameMatcher#ofWholeNames}), each in its most frequent spelling: a word a bundled list holds
   * ({@link LibraryNames#holds}: "diffusers") by any such Cyrillic word, a word that is neither an
   * English word nor a proper noun ("gensim", which the shape rules read as "gen" and "sim") only
   * by one standing where names stand ({@link NameContext#isNameContextWithKindBefore}: "из
   * библиотеки генсим"), since the field's own words are said both ways too ("softmax",
   * "софтмакс"). Words a vocabulary holds already ({@code known}, lower case) and the field's terms
   * are not asked.
   */
  public static List<String> names(Collection<Words> bodies, Set<String> known) {
    Map<String, Map<String, Integer>> listed = new LinkedHashMap<>();
    Map<String, Map<String, Integer>> coined = new LinkedHashMap<>();
    Set<String> cyrillic = new LinkedHashSet<>();
    Set<String> signed = new LinkedHashSet<>();
    for (Words w : bodies) {
      for (String latin : w.latin()) {
        String key = latin.toLowerCase(Locale.ROOT);
        if (known.contains(key)) {
          continue;
        }
        if (LibraryNames.holds(key)) {
          listed.computeIfAbsent(key, k -> new LinkedHashMap<>()).merge(latin, 1, Integer::sum);
        } else if (isNoEnglishWord(key)) {
          coined.computeIfAbsent(key, k -> new LinkedHashMap<>()).merge(latin, 1, Integer::sum);
        }
      }
      cyrillic.addAll(w.cyrillic());
      signed.addAll(w.signed());
    }
    Set<String> out = new LinkedHashSet<>();
    out.addAll(readAs(listed, cyrillic));
    out.addAll(readAs(coined, signed));
    return List.copyOf(out);
  }

  /**
   * Whether a plain Latin word may be a name for {@link #names}: a listed one or one English lacks,
   * and no field's term; the rest is not kept.
   */
  private static boolean mayBeName(String word) {
    if (LatinNames.isGeneric(word) || MlGlossary.isCommonEnglish(word)) {
      return false;
    }
    String lower = word.toLowerCase(Locale.ROOT);
    return LibraryNames.holds(lower) || isNoEnglishWord(lower);
  }

  /** Neither an English word nor, capitalised, a proper noun: "gensim", "skip-gram". */
  private static boolean isNoEnglishWord(String lower) {
    Lexicon english = Lexicon.english();
    String capitalised = Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    return !english.isWord(lower) && !english.contains(capitalised);
  }

  /**
   * The Latin words (by lower case, with their spellings) that one of the Cyrillic words reads as.
   */
  private static List<String> readAs(
      Map<String, Map<String, Integer>> spellings, Set<String> words) {
    if (spellings.isEmpty() || words.isEmpty()) {
      return List.of();
    }
    Map<String, String> byLower = new LinkedHashMap<>();
    spellings.forEach((key, counts) -> byLower.put(key, mostFrequent(counts)));
    NameMatcher matcher = NameMatcher.ofWholeNames(byLower.values());
    Set<String> out = new LinkedHashSet<>();
    Set<String> read = new HashSet<>();
    for (String word : words) {
      for (NameMatcher.Match match : matcher.find(word)) {
        if (match.start() == 0 && match.end() == word.length() && read.add(match.name())) {
          out.add(match.name());
        }
      }
    }
    return List.copyOf(out);
  }

  private static String mostFrequent(Map<String, Integer> counts) {
    String best = null;
    int bestCount = 0;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      if (e.getValue() > bestCount) {
        best = e.getKey();
        bestCount = e.getValue();
      }
    }
    return best;
  }

  private static int letters(String word) {
    int n = 0;
    for (int i = 0; i < word.length(); i++) {
      if (Character.isLetter(word.charAt(i))) {
        n++;
      }
    }
    return n;
  }
}
