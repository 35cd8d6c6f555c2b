package dev.paperlens.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How Russian writes an English name by its sound rather than letter for letter: "Whisper" is
 * "виспер" (wh), "PyTorch" is "пайторч" (y as in "my"), "WaveNet" is "вейвнет" (a as in "wave"),
 * "CatBoost" is "кэтбуст" (oo), "TensorFlow" is "тензорфлоу" (ow), "Diffusion" is "диффьюжн" (u
 * after a consonant, -sion). English spelling gives several readings of most letters; this class
 * spells each reading in the alphabet of {@link CrossScript#phoneticKey}, so that a reading and the
 * Cyrillic word share a key.
 *
 * <p>The readings are those of English spelling in general (the grapheme table below), ranked by
 * how unusual each is; only the {@code cap} cheapest readings of a word are kept, so a long word
 * does not explode into thousands.
 */
public final class EnglishSounds {
  private EnglishSounds() {}

  /** A grapheme and its readings, most usual first; a reading is written in key letters. */
  private record Rule(String grapheme, List<String> readings, List<Integer> costs) {
    Rule(String grapheme, List<String> readings) {
      this(grapheme, readings, null);
    }
  }

  /** Longest graphemes first, since "tion" must win over "t". */
  private static final List<Rule> RULES =
      List.of(
          new Rule("tion", List.of("sn", "tsion", "tion")),
          new Rule("sion", List.of("sn", "sion")),
          new Rule("igh", List.of("ai")),
          new Rule("wh", List.of("v")),
          new Rule("ph", List.of("f")),
          new Rule("th", List.of("t", "s")),
          new Rule("sh", List.of("s")),
          new Rule("ch", List.of("c", "k", "s")),
          new Rule("ck", List.of("k")),
          new Rule("qu", List.of("kv", "k")),
          new Rule("gh", List.of("", "g")),
          new Rule("ee", List.of("i")),
          new Rule("ea", List.of("i", "e")),
          new Rule("oo", List.of("u")),
          new Rule("ou", List.of("au", "u", "o"), List.of(0, 1, 1)),
          new Rule("ow", List.of("ou", "o", "au", "ov")),
          new Rule("ai", List.of("ei", "ai")),
          new Rule("ay", List.of("ei", "ai")),
          new Rule("ei", List.of("ei", "ai", "i")),
          new Rule("ey", List.of("ei", "ai", "i")),
          new Rule("au", List.of("o", "au")),
          new Rule("aw", List.of("o", "ou", "av")),
          // -cial, -cient, -cious: "эффишент"
          new Rule("cia", List.of("sa", "sia")),
          new Rule("cie", List.of("se", "sie", "sai")),
          new Rule("cio", List.of("so", "sio")),
          new Rule("oa", List.of("o")),
          // "al" before k is /ɔː/: "walk", "talk", "chalk" ("DeepWalk" is "дипволк")
          new Rule("alk", List.of("olk", "ok", "alk"), List.of(0, 1, 1)),
          // "ie" is /iː/ or /aɪ/: "movie", "field", "pie" ("MovieLens" is "мувиленс")
          new Rule("ie", List.of("i", "ai", "ie"), List.of(0, 1, 1)),
          new Rule("ew", List.of("iu")),
          new Rule("ue", List.of("iu", "u")),
          new Rule("gg", List.of("g")),
          // /æ/ is "э" ("флэш", "кэт"), /eɪ/ "ей" ("вейв"): both as usual as "а"
          new Rule("a", List.of("a", "e", "ei"), List.of(0, 1, 1)),
          new Rule("e", List.of("e", "i"), List.of(0, 2)),
          new Rule("i", List.of("i", "ai")),
          new Rule("y", List.of("i", "ai")),
          // /uː/ in "move", "movie", "do", "to", "prove": rarer than the others
          new Rule("o", List.of("o", "a", "ou", "u"), List.of(0, 1, 2, 2)),
          // /ʌ/ is "а" ("хаггинг"), /juː/ "ю" ("юнет")
          new Rule("u", List.of("u", "a", "iu"), List.of(0, 1, 1)),
          new Rule("j", List.of("ds", "i")),
          new Rule("h", List.of("g", "")),
          new Rule("x", List.of("ks", "g")),
          new Rule("w", List.of("v", "u"), List.of(0, 2)),
          new Rule("q", List.of("k")),
          new Rule("z", List.of("s")));

  /**
   * The keys of a Latin word's likeliest readings, cheapest first, at most {@code cap}; doubled
   * letters are single, as in {@link CrossScript#phoneticKey}. Characters other than Latin letters
   * and digits are dropped.
   */
  public static List<String> keys(String word, int cap) {
    Map<String, List<String>> cache = cap == 8 ? CACHE_8 : CACHE;
    String cacheKey = cap == 8 ? word : cap + ":" + word;
    List<String> cached = cache.get(cacheKey);
    if (cached == null) {
      cached = compute(word, cap);
      if (cache.size() < MAX_CACHED) {
        cache.put(cacheKey, cached);
      }
    }
    return cached;
  }

  /**
   * Readings already worked out: names share words ("Net", "Transformer"), corpora repeat names.
   */
  private static final Map<String, List<String>> CACHE =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** The matcher's readings, the commonest request, keyed by the word alone. */
  private static final Map<String, List<String>> CACHE_8 =
      new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * At most 131,072 words in each cache, and one per 16 KB of the maximum heap (32,768 at the
   * clients' 512 MB): a word with its readings takes a few hundred bytes, and at 100,000 generated
   * reviews, bounded so, what stayed live after the start-up pass's first read fell from 315 to 263
   * MB of the 512 MB heap, where full caches had helped run it out of memory (docs/performance.md,
   * "100k under 512 MB again").
   */
  private static final int MAX_CACHED = CacheBound.entries(1 << 17, 16 * 1024);

  /** Empties the readings cache ({@link NameMatcher#releaseSharedCaches}). */
  static void clearCache() {
    CACHE.clear();
    CACHE_8.clear();
  }

  /** Readings held in the cache, for tests. */
  static int cachedWords() {
    return CACHE.size() + CACHE_8.size();
  }

  /** A stretch of the word with its readings and what each costs. */
  private record Segment(List<String> readings, List<Integer> costs) {}

  /**
   * The word as segments, each with its readings and their costs; a run of letters with one reading
   * each is one segment.
   */
  private static List<Segment> segments(String word) {
    // Where a part of the name ends ("Wave|Net", "Deep-|Q"), as a final e is silent there too.
    StringBuilder letters = new StringBuilder(word.length());
    java.util.BitSet partEnds = new java.util.BitSet();
    // letters of two capitals opening a name, said by their names or read as letters of a word
    java.util.BitSet spelledOut = new java.util.BitSet();
    // letters of an acronym of consonants closing a CamelCase name ("Light|GCN", "Share|GPT"),
    // said letter by letter as Russian writes an acronym: "лайтгцн", "шерджпт"
    java.util.BitSet acronym = new java.util.BitSet();
    boolean[] closingAcronym = closingAcronym(word);
    for (int k = 0; k < word.length(); k++) {
      char c = word.charAt(k);
      if (closingAcronym[k]) {
        acronym.set(letters.length());
      }
      boolean ascii = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
      if (!ascii) {
        if (letters.length() > 0) {
          partEnds.set(letters.length() - 1);
        }
        continue;
      }
      if (k > 0 && Character.isUpperCase(c) && Character.isLowerCase(word.charAt(k - 1))) {
        if (letters.length() > 0) {
          partEnds.set(letters.length() - 1);
        }
      }
      if (k > 1
          && Character.isDigit(c)
          && Character.isLetter(word.charAt(k - 1))
          && Character.isLetter(word.charAt(k - 2))) {
        // a word before a digit ends there, as before a capital: "node|2vec" is "нод2век"
        partEnds.set(letters.length() - 1);
      }
      letters.append(c);
      if (Character.isUpperCase(c)
          && (k == 0 || !Character.isLetter(word.charAt(k - 1)))
          && k + 2 < word.length()
          && Character.isUpperCase(word.charAt(k + 1))
          && Character.isLowerCase(word.charAt(k + 2))) {
        // one capital before a capitalised part stands alone: "Q|LoRA" is "кулора", "кьюлора"
        partEnds.set(letters.length() - 1);
      }
      if (Character.isUpperCase(c)
          && k == 0
          && k + 4 < word.length()
          && Character.isUpperCase(word.charAt(k + 1))
          && Character.isUpperCase(word.charAt(k + 2))
          && Character.isLowerCase(word.charAt(k + 3))
          && Character.isLowerCase(word.charAt(k + 4))) {
        // so do two capitals opening a name before a capitalised word: "X|G|Boost" is
        // "иксджибуст", as an acronym is said by its letters
        partEnds.set(letters.length() - 1);
        partEnds.set(letters.length());
        spelledOut.set(letters.length() - 1);
        spelledOut.set(letters.length());
      }
    }
    String w = letters.toString().toLowerCase(Locale.ROOT);
    // The word as segments; a run of letters with one reading each is one segment, so the beam
    // below grows only where English spelling is ambiguous.
    List<Segment> segments = new ArrayList<>();
    StringBuilder plain = new StringBuilder();
    int i = 0;
    while (i < w.length()) {
      Rule rule = ruleAt(w, i, partEnds);
      List<String> readings;
      List<Integer> costs = null;
      int length;
      boolean alone = (i == 0 || partEnds.get(i - 1)) && (i == w.length() - 1 || partEnds.get(i));
      if (acronym.get(i)) {
        readings = acronymLetter(w.charAt(i));
        length = 1;
      } else if (alone && Character.isLetter(w.charAt(i))) {
        // a letter standing alone is read by its name: "Q-learning" is "кью-лернинг" or "ку-"
        readings = letterName(w.charAt(i));
        if (spelledOut.get(i) && rule != null && rule.grapheme().length() == 1) {
          // the letter's own readings come first: "XGBoost" is "хгбуст" as well as "иксджибуст"
          List<String> own = new ArrayList<>(rule.readings());
          for (String name : readings) {
            if (!own.contains(name)) {
              own.add(name);
            }
          }
          readings = own;
        }
        length = 1;
      } else if (rule == null && w.charAt(i) == 'c' && contextual(w, i).equals("s")) {
        // c before e, i, y is also "ц" as Russian writes Latin: "Inception" is "инцепшн"
        readings = List.of("s", "ts");
        costs = List.of(0, 1);
        length = 1;
      } else if (rule == null && w.charAt(i) == 'g' && contextual(w, i).equals("ds")) {
        // g before e, i, y is soft in English words, often hard in names: "Gen" is "ген"
        readings = List.of("ds", "g");
        costs = List.of(0, 1);
        length = 1;
      } else if (rule == null) {
        readings = List.of(contextual(w, i));
        length = 1;
      } else {
        readings = rule.readings();
        costs = rule.costs();
        length = rule.grapheme().length();
        if (rule.grapheme().equals("e")
            && i > 0
            && (i == w.length() - 1 || partEnds.get(i))
            && !isVowel(w.charAt(i - 1))
            && (hasVowelBefore(w, i - 1, partEnds) || endsSyllableBefore(w, i, partEnds))) {
          readings = List.of("", "e"); // a final e is silent: "Stable" is "стейбл"
          costs = List.of(0, 2);
        }
      }
      if (readings.size() == 1) {
        plain.append(readings.get(0));
      } else {
        if (plain.length() > 0) {
          segments.add(new Segment(List.of(plain.toString()), null));
          plain.setLength(0);
        }
        segments.add(new Segment(readings, costs));
      }
      i += length;
    }
    if (plain.length() > 0) {
      segments.add(new Segment(List.of(plain.toString()), null));
    }
    return segments;
  }

  private static List<String> compute(String word, int cap) {
    List<Segment> segments = segments(word);
    // The beam holds the cheapest readings so far, cheapest first; equal costs keep the order in
    // which they were made, so the result does not depend on anything but the word.
    List<String> beam = new ArrayList<>(List.of(""));
    List<Integer> costs = new ArrayList<>(List.of(0));
    for (Segment segment : segments) {
      List<String> readings = segment.readings();
      if (readings.size() == 1) {
        String only = readings.get(0);
        beam.replaceAll(prefix -> prefix + only);
        continue;
      }
      int maxCost = costs.get(costs.size() - 1) + readings.size() + 2;
      List<List<String>> buckets = new ArrayList<>(maxCost + 1);
      for (int c = 0; c <= maxCost; c++) {
        buckets.add(new ArrayList<>());
      }
      for (int r = 0; r < beam.size(); r++) {
        for (int k = 0; k < readings.size(); k++) {
          int cost = costs.get(r) + (segment.costs() == null ? k : segment.costs().get(k));
          buckets.get(Math.min(cost, maxCost)).add(beam.get(r) + readings.get(k));
        }
      }
      beam = new ArrayList<>(cap);
      costs = new ArrayList<>(cap);
      for (int c = 0; c <= maxCost && beam.size() < cap; c++) {
        for (String key : buckets.get(c)) {
          if (beam.size() >= cap) {
            break;
          }
          beam.add(key);
          costs.add(c);
        }
      }
    }
    java.util.Set<String> out = new java.util.LinkedHashSet<>();
    for (String key : beam) {
      out.add(CrossScript.collapseDoubles(key));
    }
    return List.copyOf(out);
  }

  /**
   * The consonant skeletons of a word's readings: each reading's key without vowels, doubled
   * letters single ("HuggingFace" gives "gngfs" and "ngfs", h being г or silent). Vowels are where
   * English spelling is most ambiguous, so a word has few skeletons however many readings it has;
   * they find the names a Cyrillic word may read as, which {@link #readingCost} then checks.
   */
  public static List<String> skeletons(String word, int cap) {
    List<String> beam = new ArrayList<>(List.of(""));
    for (Segment segment : segments(word)) {
      Set<String> consonants = new java.util.LinkedHashSet<>();
      for (String reading : segment.readings()) {
        consonants.add(withoutVowels(reading));
      }
      List<String> next = new ArrayList<>();
      for (String prefix : beam) {
        for (String c : consonants) {
          if (next.size() < cap) {
            next.add(prefix + c);
          }
        }
      }
      beam = next;
    }
    Set<String> out = new java.util.LinkedHashSet<>();
    for (String b : beam) {
      out.add(CrossScript.collapseDoubles(b));
    }
    return List.copyOf(out);
  }

  /** The consonant skeleton of a phonetic key: vowels dropped, doubled letters single. */
  public static String skeleton(String key) {
    return CrossScript.collapseDoubles(withoutVowels(key));
  }

  private static String withoutVowels(String key) {
    StringBuilder out = new StringBuilder(key.length());
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (!isVowel(c)) {
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * The cost of the cheapest reading of {@code word} whose key is {@code key}, or -1 when no
   * reading costing at most {@code budget} has it. Unlike {@link #keys}, no reading is left out for
   * being one of too many: a long compound ("HuggingFace", "EfficientNet") has thousands of
   * readings, and the one a Russian writer chose is rarely among the few cheapest.
   */
  public static int readingCost(String word, String key, int budget) {
    List<Segment> segments = segments(word);
    int[] best = {Integer.MAX_VALUE};
    search(segments, 0, key, 0, '\0', 0, budget, best);
    return best[0] == Integer.MAX_VALUE ? -1 : best[0];
  }

  /**
   * Depth-first over the segments, emitting each reading into the key as {@link
   * CrossScript#collapseDoubles} would (a letter repeating the last one is dropped, digits kept); a
   * branch stops as soon as it leaves the key or costs more than the best so far.
   */
  private static void search(
      List<Segment> segments,
      int s,
      String key,
      int at,
      char last,
      int cost,
      int budget,
      int[] best) {
    if (cost > budget || cost >= best[0]) {
      return;
    }
    if (s == segments.size()) {
      if (at == key.length()) {
        best[0] = cost;
      }
      return;
    }
    Segment segment = segments.get(s);
    List<String> readings = segment.readings();
    for (int r = 0; r < readings.size(); r++) {
      String reading = readings.get(r);
      int pos = at;
      char prev = last;
      boolean fits = true;
      for (int i = 0; i < reading.length() && fits; i++) {
        char c = reading.charAt(i);
        if (c == prev && !Character.isDigit(c)) {
          continue;
        }
        if (pos < key.length() && key.charAt(pos) == c) {
          pos++;
          prev = c;
        } else {
          fits = false;
        }
      }
      if (fits) {
        int step = segment.costs() == null ? r : segment.costs().get(r);
        search(segments, s + 1, key, pos, prev, cost + step, budget, best);
      }
    }
  }

  private static final String[] LETTER_NAMES = {
    "ei", "bi", "si", "di", "i", "ef", "dsi", "eic", "ai", "dsei", "kei", "el", "em", "en", "ou",
    "pi", "kiu", "ar", "es", "ti", "iu", "vi", "dabliu", "iks", "uai", "set"
  };

  private static List<String> letterName(char c) {
    String plain = contextual(String.valueOf(c), 0);
    String name = LETTER_NAMES[c - 'a'];
    return c == 'q' ? List.of(name, "ku", "k") : List.of(plain, name);
  }

  /**
   * Whether the part holding position {@code i} has a vowel at or before it: a final e is silent
   * only after another vowel of its part ("Stable"), never in a part it is the only vowel of
   * ("Ze|RO" is "зеро", "зиро").
   */
  private static boolean hasVowelBefore(String w, int i, java.util.BitSet partEnds) {
    for (int k = i; k >= 0 && (k == i || !partEnds.get(k)); k--) {
      if (isVowel(w.charAt(k))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a part of a consonant and a final e ("Glo|Ve", "Goog|Le") ends the English syllable of
   * the part before it, as a capital may split one word: its e is silent where English writes "-ve"
   * after a vowel ("glove") or "-le" after a consonant ("google", "stable"), so "GloVe" is "глоув"
   * and "GoogLeNet" "гуглнет". A part opening the name ("Ze|RO", "Le|Net") or another consonant
   * ("Conv|Ne|Xt") keeps its e.
   */
  private static boolean endsSyllableBefore(String w, int e, java.util.BitSet partEnds) {
    if (e < 2 || !partEnds.get(e - 2)) {
      return false;
    }
    char consonant = w.charAt(e - 1);
    char before = w.charAt(e - 2);
    boolean beforeIsLetter = before >= 'a' && before <= 'z';
    if (!beforeIsLetter || !hasVowelBefore(w, e - 2, partEnds)) {
      return false;
    }
    return (consonant == 'v' && isVowel(before)) || (consonant == 'l' && !isVowel(before));
  }

  private static boolean isVowel(char c) {
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
  }

  /** The rules by the letter their grapheme starts with, longest grapheme first. */
  private static final List<List<Rule>> RULES_BY_LETTER = byLetter();

  private static List<List<Rule>> byLetter() {
    List<List<Rule>> out = new ArrayList<>(26);
    for (char c = 'a'; c <= 'z'; c++) {
      List<Rule> starting = new ArrayList<>();
      for (Rule rule : RULES) {
        if (rule.grapheme().charAt(0) == c) {
          starting.add(rule);
        }
      }
      out.add(List.copyOf(starting));
    }
    return List.copyOf(out);
  }

  /** The rule whose grapheme starts at i and ends within the part: "GitHub" has no "th". */
  private static Rule ruleAt(String w, int i, java.util.BitSet partEnds) {
    char c = w.charAt(i);
    if (c < 'a' || c > 'z') {
      return null;
    }
    int partEnd = partEnds.nextSetBit(i);
    for (Rule rule : RULES_BY_LETTER.get(c - 'a')) {
      int length = rule.grapheme().length();
      if (w.startsWith(rule.grapheme(), i) && (partEnd < 0 || i + length - 1 <= partEnd)) {
        return rule;
      }
    }
    return null;
  }

  /**
   * Which characters of a word belong to an acronym closing a CamelCase name: two capitals or more
   * after a lower-case letter, up to the word's end, a digit or a hyphen, with no vowel among them
   * ("LightGCN", "ShareGPT", "NeuMF"; not "DistilBERT", whose acronym is said as a word).
   */
  private static boolean[] closingAcronym(String word) {
    boolean[] out = new boolean[word.length()];
    for (int k = 1; k < word.length(); k++) {
      if (!Character.isUpperCase(word.charAt(k)) || !Character.isLowerCase(word.charAt(k - 1))) {
        continue;
      }
      int end = k;
      while (end < word.length() && Character.isUpperCase(word.charAt(end))) {
        end++;
      }
      if (end - k < 2 || (end < word.length() && Character.isLetter(word.charAt(end)))) {
        continue;
      }
      boolean vowel = false;
      for (int j = k; j < end; j++) {
        vowel |= "AEIOUY".indexOf(word.charAt(j)) >= 0;
      }
      if (!vowel) {
        java.util.Arrays.fill(out, k, end, true);
      }
    }
    return out;
  }

  /**
   * A consonant of an acronym as Russian writes it letter by letter: mostly the letter itself, c
   * also as "ц" ("рцнн", "гцн") and g also as "дж", the start of its name ("шерджпт").
   */
  private static List<String> acronymLetter(char c) {
    return switch (c) {
      case 'c' -> List.of("k", "ts", "s");
      case 'g' -> List.of("g", "ds");
      case 'h' -> List.of("g", "");
      case 'x' -> List.of("ks", "g");
      case 'j' -> List.of("ds");
      case 'w' -> List.of("v");
      case 'q' -> List.of("k");
      case 'z' -> List.of("s");
      default -> List.of(String.valueOf(c));
    };
  }

  /** A consonant without a rule: c and g soften before e, i and y. */
  private static String contextual(String w, int i) {
    char c = w.charAt(i);
    char next = i + 1 < w.length() ? w.charAt(i + 1) : '\0';
    boolean soft = next == 'e' || next == 'i' || next == 'y';
    return switch (c) {
      case 'c' -> soft ? "s" : "k";
      case 'g' -> soft ? "ds" : "g";
      case 's' -> "s";
      case 'k' -> "k";
      case 'v' -> "v";
      default -> String.valueOf(c);
    };
  }

  /**
   * The key of a short name read letter by letter, doubled letters kept: "PPO" is "ppo" like "ппо",
   * "DiT" is "dit" like "дит", "T5" is "t5" like "т5". Each ambiguous letter gives each of its
   * readings (h as г or silent, x as кс or х), at most {@code cap} keys.
   */
  public static List<String> letterKeys(String name, int cap) {
    StringBuilder kept = new StringBuilder(name.length());
    for (int i = 0; i < name.length(); i++) {
      char c = Character.toLowerCase(name.charAt(i));
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        kept.append(c);
      }
    }
    String w = kept.toString();
    List<String> beam = new ArrayList<>(List.of(""));
    for (int i = 0; i < w.length(); i++) {
      List<String> readings = letterReadings(w.charAt(i));
      List<String> next = new ArrayList<>();
      for (String prefix : beam) {
        for (String r : readings) {
          if (next.size() < cap) {
            next.add(prefix + r);
          }
        }
      }
      beam = next;
    }
    return List.copyOf(new java.util.LinkedHashSet<>(beam));
  }

  private static final Set<Character> AMBIGUOUS = Set.of('c', 'h', 'x', 'u', 'j');

  private static List<String> letterReadings(char c) {
    if (!AMBIGUOUS.contains(c)) {
      return List.of(
          switch (c) {
            case 'y' -> "i";
            case 'w' -> "v";
            case 'q' -> "k";
            case 'z' -> "s";
            default -> String.valueOf(c);
          });
    }
    return switch (c) {
      case 'c' -> List.of("k", "s", "ts"); // "ц" in Cyrillic acronyms: "мцтс" is MCTS
      case 'h' -> List.of("g", "");
      case 'x' -> List.of("ks", "g");
      case 'u' -> List.of("u", "iu");
      default -> List.of("ds", "s");
    };
  }
}
