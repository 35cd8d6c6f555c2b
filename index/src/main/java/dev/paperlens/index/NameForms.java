package dev.paperlens.index;

import dev.paperlens.corpus.Mention;
import dev.paperlens.text.CrossScript;
import dev.paperlens.text.EnglishSounds;
import dev.paperlens.text.Lexicon;
import dev.paperlens.text.RussianInflection;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The spellings under which a name is indexed and looked up. Names are short and few per entry, so
 * their variants are generated here, in plain Java, and indexed as untokenized terms: prefix, infix
 * and cross-script matching then become term and prefix queries, which stay fast at a million docs.
 */
public final class NameForms {
  private NameForms() {}

  /** Shortest suffix indexed for infix matching: shorter ones would match almost every name. */
  static final int MIN_SUFFIX = 3;

  /** Whole names longer than this are matched by their words only (titles). */
  static final int MAX_WHOLE_SUFFIXED = 24;

  /**
   * Lower case letters and digits only, "ё" read as "е": "LoRA-based" gives "lorabased"; the key a
   * mention's thing has ({@link Mention#key}), so the index finds what the parser linked.
   */
  public static String normalize(String s) {
    return Mention.key(s);
  }

  /**
   * The normalized words of a name or title, split at anything but letters and numbers (what the
   * pattern {@code [^\p{L}\p{N}]+} matches, code point by code point). A scan rather than that
   * pattern's split: every name and author of every entry passes here, in a build and in a first
   * stage, and the pattern was a tenth of what a first stage's documents cost to make.
   */
  static List<String> words(String s) {
    List<String> out = new ArrayList<>();
    if (s == null) {
      return out;
    }
    int start = -1;
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      if (isWordCodePoint(c)) {
        if (start < 0) {
          start = i;
        }
      } else if (start >= 0) {
        addWord(s.substring(start, i), out);
        start = -1;
      }
      i += Character.charCount(c);
    }
    if (start >= 0) {
      addWord(s.substring(start), out);
    }
    return out;
  }

  /** A letter or a number of any kind: {@code \p{L}} or {@code \p{N}}. */
  private static boolean isWordCodePoint(int c) {
    if (c < 0x80) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
    if (Character.isLetter(c)) {
      return true;
    }
    int type = Character.getType(c);
    return type == Character.DECIMAL_DIGIT_NUMBER
        || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER;
  }

  private static void addWord(String part, List<String> out) {
    String word = normalize(part);
    if (!word.isEmpty()) {
      out.add(word);
    }
  }

  /** Longest indexed prefix of a name for fuzzy matching; longer input is cut to this length. */
  static final int MAX_EDGE = 12;

  /**
   * Leading slices of a name and of its words, 3 to {@link #MAX_EDGE} characters long, so that a
   * fuzzy query of the typed prefix against them finds names within an edit or two of what was
   * typed so far.
   */
  static Set<String> edgeTerms(String name) {
    Set<String> out = new LinkedHashSet<>();
    addEdges(normalize(name), out);
    for (String word : words(name)) {
      addEdges(word, out);
    }
    return out;
  }

  static void addEdges(String normalized, Set<String> out) {
    int longest = Math.min(MAX_EDGE, normalized.length());
    for (int length = MIN_SUFFIX; length <= longest; length++) {
      out.add(normalized.substring(0, length));
    }
  }

  /**
   * Every proper suffix of at least {@link #MIN_SUFFIX} characters: "qlora" gives "lora", "ora".
   */
  static void addSuffixes(String normalized, Set<String> out) {
    // A word this long is a broken source, not a name: its suffixes would be quadratic in size.
    if (normalized.length() > 2 * MAX_WHOLE_SUFFIXED) {
      return;
    }
    for (int i = 1; i + MIN_SUFFIX <= normalized.length(); i++) {
      out.add(normalized.substring(i));
    }
  }

  /**
   * Terms for infix matching: suffixes of each word and, for short names, of the whole name, so
   * that a prefix query on them finds "lora" inside "QLoRA" and "lora" inside "DoRA-LoRA".
   */
  static Set<String> infixTerms(String name) {
    Set<String> out = new LinkedHashSet<>();
    String whole = normalize(name);
    if (whole.length() <= MAX_WHOLE_SUFFIXED) {
      addSuffixes(whole, out);
    }
    for (String word : words(name)) {
      addSuffixes(word, out);
    }
    return out;
  }

  /**
   * Phonetic keys shared by a name's Latin and Cyrillic spellings, of the whole name and of each
   * word: "гиен" is a prefix of the key of "HyenaDNA", "мозаик" of the key of "Mosaics".
   */
  static Set<String> phoneticTerms(String name) {
    Set<String> out = new LinkedHashSet<>();
    String whole = CrossScript.phoneticKey(name);
    if (!whole.isEmpty()) {
      out.add(whole);
    }
    for (String word : words(name)) {
      String key = CrossScript.phoneticKey(word);
      if (!key.isEmpty()) {
        out.add(key);
      }
    }
    return out;
  }

  /** Suffixes of the phonetic keys, so that "лора" finds "QLoRA" across scripts. */
  static Set<String> phoneticInfixTerms(String name) {
    Set<String> out = new LinkedHashSet<>();
    if (normalize(name).length() <= MAX_WHOLE_SUFFIXED) {
      addSuffixes(CrossScript.phoneticKey(name), out);
    }
    for (String word : words(name)) {
      addSuffixes(CrossScript.phoneticKey(word), out);
    }
    return out;
  }

  /**
   * Phonetic keys of the stems of a name as Russian would decline it, for resolving inflected
   * mentions: "LoRA" is spelled "лора", whose stems "лора", "лор" give keys "lora", "lor"; "ЛоРЫ"
   * gives "lori", "lor", and the shared "lor" links them.
   */
  static Set<String> stemKeys(String name) {
    Set<String> out = new LinkedHashSet<>();
    String cyrillic = CrossScript.hasCyrillic(name) ? name : CrossScript.toCyrillic(name);
    String compact = normalize(cyrillic);
    if (compact.isEmpty()) {
      return out;
    }
    addStemKeys(compact, out);
    // A version after the name is not declined: "гемма", "геммой" are "Gemma 2".
    java.util.regex.Matcher version = TRAILING_VERSION.matcher(name.strip());
    if (!CrossScript.hasCyrillic(name) && version.matches()) {
      String head = normalize(CrossScript.toCyrillic(version.group(1)));
      if (head.length() >= 3) {
        addStemKeys(head, out);
      }
    }
    // Russian declines an English plural from its singular: "Titans" is "титаны", "титанов".
    if (!CrossScript.hasCyrillic(name) && isEnglishPlural(name) && compact.length() > 4) {
      addStemKeys(compact.substring(0, compact.length() - 1), out);
    }
    return out;
  }

  private static void addStemKeys(String compact, Set<String> out) {
    for (String stem : RussianInflection.stems(compact, 3)) {
      String key = CrossScript.phoneticKey(stem);
      if (!key.isEmpty()) {
        out.add(key);
      }
      // A diminutive: "ппошка" is PPO, "лорка" LoRA's, "табпфнка" TabPFN.
      if (stem.endsWith("шк") && stem.length() >= 5) {
        out.add(CrossScript.phoneticKey(stem.substring(0, stem.length() - 2)));
      }
      String beforeK = RussianInflection.beforeDiminutiveK(stem);
      if (beforeK != null && beforeK.length() >= 4) {
        out.add(CrossScript.phoneticKey(beforeK));
      }
      // A noun of a person or a thing made of the name: "Kaldi-шников", "s1-щика".
      for (String suffix : new String[] {"шник", "щик"}) {
        if (stem.endsWith(suffix) && stem.length() >= suffix.length() + 2) {
          String base = CrossScript.phoneticKey(stem.substring(0, stem.length() - suffix.length()));
          if (!base.isEmpty()) {
            out.add(base);
          }
        }
      }
    }
  }

  /**
   * The key of the name a Russian adjective is made of: "гановские" is GAN's, "бертовский" BERT's;
   * none for Russian's own adjectives ("гиеновый"). For resolving a word only: as a prefix it would
   * be too short to mean anything.
   */
  static Set<String> adjectiveKeys(String surface) {
    Set<String> out = new LinkedHashSet<>();
    String compact = normalize(surface);
    if (!CrossScript.hasCyrillic(compact)) {
      return out;
    }
    String adjective = RussianInflection.adjectiveStem(compact);
    if (adjective != null && !Lexicon.russian().isWord(compact)) {
      out.add(CrossScript.phoneticKey(adjective));
    }
    return out;
  }

  /** A name with a version or size after a space or a hyphen: "Gemma 2", "Llama-3.1". */
  private static final java.util.regex.Pattern TRAILING_VERSION =
      java.util.regex.Pattern.compile("(\\p{L}[\\p{L}\\p{N}]*)[ -]v?\\d+(?:\\.\\d+)*[A-Za-z]?");

  /** How many English readings of a name are indexed: the likeliest few, the index stays small. */
  static final int READINGS = 6;

  /**
   * Phonetic keys of the likeliest English readings of a Latin name ({@link EnglishSounds}), other
   * than its spelling's own key: "Whisper" gives "visper", "PyTorch" "paitorc".
   */
  static Set<String> readings(String name) {
    Set<String> out = new LinkedHashSet<>();
    if (name == null || CrossScript.hasCyrillic(name)) {
      return out;
    }
    String own = CrossScript.phoneticKey(name);
    for (String key : EnglishSounds.keys(name, READINGS)) {
      if (key.length() >= 3 && !key.equals(own)) {
        out.add(key);
      }
    }
    return out;
  }

  /** Most parts of a name read word by word: longer names are titles. */
  static final int MAX_PARTS = 4;

  /** Readings kept of each part of a name of several words: the likeliest few. */
  static final int PART_READINGS = 4;

  /**
   * The parts of a Latin name of two to {@link #MAX_PARTS} words between spaces, a hyphenated
   * acronym kept whole ("Fast R-CNN" gives "Fast", "R-CNN"); empty for other names.
   */
  static List<String> parts(String name) {
    if (name == null || CrossScript.hasCyrillic(name)) {
      return List.of();
    }
    String[] parts = name.strip().split("\\s+");
    return parts.length < 2 || parts.length > MAX_PARTS ? List.of() : List.of(parts);
  }

  /**
   * The phonetic keys of each part of a Latin name of several words ({@link #parts}), its
   * spelling's and its likeliest English readings: "Stable Diffusion" gives "stable", "steibl"…,
   * "difusion", "difiusn"…; "Fast R-CNN" gives "rkn" for its acronym, which Russian writes as one
   * word ("рцнн").
   */
  static Set<String> partReadings(String name) {
    Set<String> out = new LinkedHashSet<>();
    for (String part : parts(name)) {
      String key = CrossScript.phoneticKey(part);
      if (!key.isEmpty()) {
        out.add(key);
      }
      for (String reading : EnglishSounds.keys(part, PART_READINGS)) {
        if (reading.length() >= 2) {
          out.add(reading);
        }
      }
    }
    return out;
  }

  /**
   * The keys a word of a typed or written phrase may match a part of a name by ({@link
   * #partReadings}): its own key; for a Cyrillic word also the keys of its stems as Russian
   * declines it ("диффьюжна" gives "difiusn" too) and of the Latin acronym its consonants spell
   * ("рцнн" gives "rkn").
   */
  static Set<String> wordKeys(String word) {
    Set<String> out = new LinkedHashSet<>();
    String key = CrossScript.phoneticKey(word);
    if (key.isEmpty()) {
      return out;
    }
    out.add(key);
    if (CrossScript.hasCyrillic(word)) {
      String compact = normalize(word);
      for (String stem : RussianInflection.stems(compact, 3)) {
        out.add(CrossScript.phoneticKey(stem));
        for (String acronym : CrossScript.cyrillicAcronyms(stem)) {
          out.add(CrossScript.phoneticKey(acronym));
        }
      }
    }
    out.remove("");
    return out;
  }

  /**
   * The stems a reading is declined from: itself, and without a final "a" as Russian declines it
   * ("kulora" also gives "kulor", for "кулору", "кулорой" of QLoRA).
   */
  static List<String> readingStems(String reading) {
    return reading.length() > 3 && reading.endsWith("a")
        ? List.of(reading, reading.substring(0, reading.length() - 1))
        : List.of(reading);
  }

  /** A Latin name whose last word ends in a plural "s" ("Titans", "Transformers"; not "Class"). */
  private static boolean isEnglishPlural(String name) {
    String lower = name.strip().toLowerCase(Locale.ROOT);
    return lower.length() > 3
        && lower.endsWith("s")
        && !lower.endsWith("ss")
        && !lower.endsWith("us")
        && !lower.endsWith("is")
        && Character.isLetter(lower.charAt(lower.length() - 2));
  }

  /**
   * What one normalized word of a name is indexed under: its leading slices ({@link #edgeTerms}),
   * its suffixes ({@link #infixTerms}), its phonetic key ({@link #phoneticTerms}, empty when it has
   * none) and that key's suffixes ({@link #phoneticInfixTerms}).
   */
  record WordTerms(
      String word,
      List<String> edges,
      List<String> suffixes,
      String phoneticKey,
      List<String> phoneticSuffixes) {

    static WordTerms of(String word) {
      Set<String> edges = new LinkedHashSet<>();
      addEdges(word, edges);
      Set<String> suffixes = new LinkedHashSet<>();
      addSuffixes(word, suffixes);
      String key = CrossScript.phoneticKey(word);
      Set<String> keySuffixes = new LinkedHashSet<>();
      addSuffixes(key, keySuffixes);
      return new WordTerms(
          word, List.copyOf(edges), List.copyOf(suffixes), key, List.copyOf(keySuffixes));
    }
  }

  /**
   * The {@link WordTerms} of words met before, for one build: title words recur across thousands of
   * papers ("learning", "efficient"), so each is worked out once. Bounded (one slot per hash, the
   * newest word wins it), so a build of unique names holds no more than a few megabytes. Safe to
   * share between indexing threads: a slot holds an immutable record, and a thread that misses
   * another's write only computes the same terms again.
   */
  static final class WordMemo {
    private static final int SLOTS = 1 << 14;
    private final WordTerms[] slots = new WordTerms[SLOTS];

    WordTerms get(String word) {
      int hash = word.hashCode();
      int slot = (hash ^ (hash >>> 16)) & (SLOTS - 1);
      WordTerms known = slots[slot];
      if (known != null && known.word().equals(word)) {
        return known;
      }
      WordTerms terms = WordTerms.of(word);
      slots[slot] = terms;
      return terms;
    }
  }

  /** The phonetic key of the whole name, or "" when it has no letters or digits. */
  static String phoneticKey(String name) {
    return CrossScript.phoneticKey(name == null ? "" : name);
  }
}
