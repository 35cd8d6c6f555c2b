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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
    Matcher m = PLAIN_LATIN.matcher(text);
    while (m.find()) {
      String word = m.group();
      if (letters(word) >= 4
          && (LibraryNames.russianWordAt(text, m.start(), -1)
              || LibraryNames.russianWordAt(text, m.end(), 1))
          && mayBeName(word)) {
        latin.add(word);
      }
    }
    Set<String> cyrillic = new LinkedHashSet<>();
    Set<String> signed = new LinkedHashSet<>();
    Matcher c = CYRILLIC_WORD.matcher(text);
    Lexicon russian = Lexicon.russian();
    while (c.find()) {
      String word = c.group().toLowerCase(Locale.ROOT);
      if (!russian.isWord(word) && MlGlossary.english(word) == null) {
        // a corpus read in passes keeps these for every body: one copy of each word for all
        word = word.intern();
        cyrillic.add(word);
        if (NameContext.isNameContextWithKindBefore(text, c.start(), c.end())) {
          signed.add(word);
        }
      }
    }
    return new Words(new ArrayList<>(latin), new ArrayList<>(cyrillic), new ArrayList<>(signed));
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

  /**
   * A Latin word with at most a capital first, with its inner hyphens, not part of a path, an
   * address or an identifier: "gensim", "diffusers", "Skip-gram"; not "LoRA" or "VAE".
   */
  private static final Pattern PLAIN_LATIN =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}_/.@#:$-])[A-Za-z][a-z0-9]*(?:-[a-z0-9]+)*(?![\\p{L}\\p{N}_/@-]|\\.\\w)");

  /** A lower-case Cyrillic word of five letters or more. */
  private static final Pattern CYRILLIC_WORD =
      Pattern.compile("(?<![\\p{L}\\p{N}])[А-ЯЁа-яё][а-яё]{4,}(?![\\p{L}\\p{N}])");
}
