package dev.paperlens.text;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds where a text mentions known names, in Latin as written or in Cyrillic as Russian borrows
 * them. Built once from a vocabulary of canonical Latin names ("LoRA", "HyenaDNA", "Memory
 * Mosaics"); its answers depend only on the vocabulary and the text, and it is safe to share
 * between threads.
 *
 * <p>What counts as a mention, in order of preference at a position (the longest match wins):
 *
 * <ol>
 *   <li>The name's own tokens, case-insensitively, with spaces or hyphens between them ("lora",
 *       "FIFO-Diffusion"). All-caps names of up to three letters ("DT", "ISM") need their exact
 *       case, since their lower-case forms are ordinary words. A trailing plural "s" after a
 *       capital is kept ("LLMs" is "LLM").
 *   <li>A Russian phrase for a multi-word name, words in any order (Russian puts a genitive after
 *       its head: "мозаики памяти" is "Memory Mosaics"). Each word matches a part by spelling
 *       (phonetic key of a stem) or by meaning ({@link MlGlossary}); at least one must match by
 *       spelling.
 *   <li>A Cyrillic word whose stem, once a noun ending is stripped, has the name's phonetic key,
 *       allowing the name to lose a final vowel ("ЛоРЫ" is "LoRA") or an English plural "s"
 *       ("титанов" is "Titans").
 *   <li>A Cyrillic word spelling the distinctive part of a name: the leading part of a CamelCase or
 *       hyphenated compound ("гиена" is "HyenaDNA") or the one uncommon word of a two-word name
 *       ("мозаики" is "Memory Mosaics"). Common words ("памяти", "трансформера") are never
 *       distinctive.
 * </ol>
 *
 * <p>Cyrillic words shorter than four letters never match, nor do adjective endings ("слабый" is
 * not "SLAB"), since loanword names decline as nouns.
 */
public final class NameMatcher {

  /**
   * One mention found in a text.
   *
   * @param start offset of the first character (UTF-16, as in {@link String})
   * @param end offset after the last character
   * @param surface the text as written between start and end
   * @param name the canonical name it refers to
   */
  public record Match(int start, int end, String surface, String name) {}

  private static final int MIN_CYRILLIC_WORD = 4;
  private static final int MIN_KEY = 3;

  /** Shortest Cyrillic word looked up by its skeleton: a short one reads as too many names. */
  private static final int MIN_SKELETON_WORD = 6;

  private static final int MAX_WINDOW = 4;

  /** A name as a sequence of tokens to match exactly. */
  private record Exact(String name, List<String> tokens, boolean caseSensitive, boolean pluralS) {}

  /**
   * A multi-word name's parts, each with the keys and English word that match it. Compared by
   * identity: there is one per name, and sets of candidates are built on every scan.
   */
  private static final class Phrase {
    final String name;
    final List<Set<String>> partKeys;
    final List<String> partWords;

    Phrase(String name, List<Set<String>> partKeys, List<String> partWords) {
      this.name = name;
      this.partKeys = partKeys;
      this.partWords = partWords;
    }
  }

  /**
   * A key's owner; a null name marks a key two names share equally, which links to neither. The
   * weight is how many reviews write the owner in Latin (for a shared key, the most any of its
   * owners has).
   */
  private record Target(String name, int rank, boolean fuzzy, int weight) {
    Target(String name, int rank, boolean fuzzy) {
      this(name, rank, fuzzy, 0);
    }
  }

  /**
   * How many more reviews one name must be written in than another sharing its key to take the key:
   * "лама" is LLaMA, which a dozen reviews write, not LAMA, which one does.
   */
  private static final int DOMINANT = 3;

  /**
   * The owner of a key two names claim at the same rank: the one the corpus writes in at least
   * {@link #DOMINANT} times as many reviews (and in two at least), or neither.
   */
  private static Target shared(Target old, Target claim) {
    if (old.weight >= Math.max(2, DOMINANT * claim.weight) && old.name != null) {
      return old;
    }
    if (claim.weight >= Math.max(2, DOMINANT * old.weight)) {
      return claim;
    }
    return new Target(null, claim.rank, claim.fuzzy, Math.max(old.weight, claim.weight));
  }

  /** How many English readings of a spelling are indexed ({@link EnglishSounds#keys}). */
  private static final int SOUND_READINGS = 8;

  /** Names read letter by letter have at most this many letters ("PPO", "DiT", "T5", "RLHF"). */
  private static final int MAX_LETTER_NAME = 4;

  private final List<String> names;

  /** How many reviews write each name in Latin, by the name in lower case. */
  private final Map<String, Integer> usage;

  // Sized in the constructor for the entries they will get: growing them one rehash at a time was
  // a sixth of the single-threaded part of building a matcher. None is iterated.
  private final Map<String, List<Exact>> exactByFirstToken;
  private final KeyTable<Target> wholeKeys;
  private final KeyTable<Target> partKeys;
  private final KeyTable<Target> letterKeys;

  /** The two capitals of a name of two words run together ("tf" of TensorFlow). */
  private final KeyTable<Target> initialKeys;

  private final Set<String> letterPrefixes;
  private final Map<String, List<Exact>> exactByFirstKey;
  private final Map<String, List<Phrase>> phrasesByKey;
  private final Map<String, List<Phrase>> phrasesByWord;
  private final Set<String> keyPrefixes;

  /** Names by the consonant skeletons of their readings ({@link EnglishSounds#skeletons}). */
  private final Map<String, List<String>> bySkeleton;

  /** The first {@link #MIN_SKELETON} letters of every skeleton: most words start none. */
  private final Set<String> skeletonPrefixes;

  /** Whether any name is written in Cyrillic; if none is, Cyrillic words skip the exact lookup. */
  private final boolean cyrillicNames;

  /**
   * Words already analyzed, shared by all calls: prose repeats its words, and stemming each anew is
   * most of the cost of a scan. Bounded, since a corpus can hold millions of distinct words.
   */
  private final Map<String, Word> analyzed = new ConcurrentHashMap<>();

  /** {@link #englishLed}'s answers, by this matcher's name. */
  private final Map<String, Boolean> englishLedNames = new ConcurrentHashMap<>();

  /**
   * At most 262,144 words, and a word per 8 KB of the maximum heap (65,536 at the clients' 512 MB):
   * a word's analysis takes about 500 bytes, and a corpus's linker keeps its cache through the
   * whole build, beside what the build holds (docs/performance.md, "Build memory").
   */
  private static final int MAX_CACHED_WORDS = CacheBound.entries(1 << 18, 8192);

  /**
   * Whether names are read only whole: without their distinctive parts ({@link Kind#PART}) or a
   * Russian phrase for their words.
   */
  private final boolean wholeNamesOnly;

  private NameMatcher(
      Collection<String> vocabulary, Map<String, Integer> usage, boolean wholeNamesOnly) {
    this.usage = Map.copyOf(usage);
    this.wholeNamesOnly = wholeNamesOnly;
    this.names = distinct(vocabulary);
    this.cyrillicNames = names.stream().anyMatch(CrossScript::hasCyrillic);
    // What a name adds to the maps (its keys, English readings and skeletons) is most of the cost
    // of indexing it and independent per name: worked out on every core, then added in order, so
    // that ties between names resolve as they would one name after another. A chunk of names at a
    // time: the entries of 120,000 names at once (1.6 million, each with its key, prefix and
    // target) held as much heap again as the maps they fill.
    List<List<Entry>> first = entries(0);
    Map<Kind, Integer> counts = new EnumMap<>(Kind.class);
    for (List<Entry> ofName : first) {
      for (Entry e : ofName) {
        counts.merge(e.kind(), 1, Integer::sum);
      }
    }
    // the first chunk's entries per name, for all the names
    double scale = first.isEmpty() ? 1 : (double) names.size() / first.size();
    counts.replaceAll((kind, n) -> (int) Math.ceil(n * scale));
    exactByFirstToken = new HashMap<>(capacity(counts, Kind.EXACT_TOKEN));
    wholeKeys = new KeyTable<>(counts.getOrDefault(Kind.WHOLE, 0));
    partKeys = new KeyTable<>(counts.getOrDefault(Kind.PART, 0));
    letterKeys = new KeyTable<>(counts.getOrDefault(Kind.LETTER, 0));
    initialKeys = new KeyTable<>(counts.getOrDefault(Kind.INITIALS, 0));
    letterPrefixes = new HashSet<>(capacity(counts, Kind.LETTER));
    exactByFirstKey = new HashMap<>(capacity(counts, Kind.EXACT_KEY));
    phrasesByKey = new HashMap<>(capacity(counts, Kind.PHRASE_KEY));
    phrasesByWord = new HashMap<>(capacity(counts, Kind.PHRASE_WORD));
    keyPrefixes = new HashSet<>(capacity(counts, Kind.WHOLE, Kind.PART, Kind.PHRASE_KEY));
    bySkeleton = new HashMap<>(capacity(counts, Kind.SKELETON));
    skeletonPrefixes = new HashSet<>(capacity(counts, Kind.SKELETON));
    for (int from = 0; from < names.size(); from += CHUNK) {
      for (List<Entry> ofName : from == 0 ? first : entries(from)) {
        add(ofName);
      }
    }
    // Most keys lead to one or two names: a list sized for ten held five times what it holds.
    compact(exactByFirstToken);
    compact(exactByFirstKey);
    compact(phrasesByKey);
    compact(phrasesByWord);
    compact(bySkeleton);
    wholeKeys.trim();
    partKeys.trim();
    letterKeys.trim();
    initialKeys.trim();
  }

  /**
   * The names of a vocabulary, stripped, without blanks, and once each when equal but for case (the
   * first wins), in order: what a matcher and its {@link OnDemand} both read.
   */
  private static List<String> distinct(Collection<String> vocabulary) {
    Map<String, String> byLower = new LinkedHashMap<>();
    for (String name : vocabulary) {
      if (name != null && !name.isBlank()) {
        byLower.putIfAbsent(name.strip().toLowerCase(Locale.ROOT), name.strip());
      }
    }
    return List.copyOf(byLower.values());
  }

  /** Names whose entries are worked out and added at a time. */
  private static final int CHUNK = 4096;

  /** The entries of the chunk of names that starts at {@code from}, in name order. */
  private List<List<Entry>> entries(int from) {
    List<String> chunk = names.subList(from, Math.min(names.size(), from + CHUNK));
    return chunk.size() > 256
        ? chunk.parallelStream().map(NameMatcher::cachedEntries).toList()
        : chunk.stream().map(NameMatcher::cachedEntries).toList();
  }

  private static <T> void compact(Map<String, List<T>> map) {
    map.replaceAll((key, list) -> List.copyOf(list));
  }

  /** A matcher for these canonical names; names equal but for case count once (the first wins). */
  public static NameMatcher of(Collection<String> vocabulary) {
    return new NameMatcher(vocabulary, Map.of(), false);
  }

  /**
   * A matcher that reads a Cyrillic word only as a whole name, never as a name's distinctive part:
   * for names a text need not write at all (a list of libraries), where "рендер" must not be
   * RenderFormer nor "торча" TorchGeo.
   */
  public static NameMatcher ofWholeNames(Collection<String> vocabulary) {
    return new NameMatcher(vocabulary, Map.of(), true);
  }

  /**
   * The same, knowing how many reviews write each name in Latin ({@code usage}, by the name in
   * lower case): a key two names share goes to the one written far more often, and a rare Russian
   * word that reads like a well-known name is that name ({@link #WELL_KNOWN}).
   */
  public static NameMatcher of(Collection<String> vocabulary, Map<String, Integer> usage) {
    return new NameMatcher(vocabulary, usage, false);
  }

  private int weight(String name) {
    return usage.isEmpty() ? 0 : usage.getOrDefault(name.toLowerCase(Locale.ROOT), 0);
  }

  /** The canonical names this matcher knows. */
  public List<String> names() {
    return names;
  }

  /** The maps an entry goes to. */
  private enum Kind {
    EXACT_TOKEN,
    EXACT_KEY,
    LETTER,
    INITIALS,
    WHOLE,
    PART,
    SKELETON,
    PHRASE_KEY,
    PHRASE_WORD
  }

  /** A hash table's capacity for at most as many keys as entries of these kinds. */
  private static int capacity(Map<Kind, Integer> counts, Kind... kinds) {
    int n = 0;
    for (Kind kind : kinds) {
      n += counts.getOrDefault(kind, 0);
    }
    return (int) (n / 0.75f) + 1;
  }

  /** One thing indexing a name adds: a key of one of the maps, its prefix, what it leads to. */
  private record Entry(Kind kind, String key, String prefix, Object value) {
    Entry {
      // A string caches its hash once asked: asked here, on whichever core makes the entry,
      // rather than by the one thread that adds the entries to the maps.
      int unused = key.hashCode() + (prefix == null ? 0 : prefix.hashCode());
    }
  }

  /**
   * Puts a name under a key of a table of whole names (letters, initials): the name's own target,
   * or one shared with the name already there.
   */
  private void claimName(
      KeyTable<Target> table,
      String key,
      String name,
      Map<Target, Target> targets,
      Map<String, Integer> weights) {
    Target old = table.get(key);
    Target claim =
        targets.computeIfAbsent(
            new Target(name, 0, false, weights.computeIfAbsent(name, this::weight)), t -> t);
    if (old == null) {
      table.put(key, claim);
    } else if (!name.equals(old.name())) {
      table.put(key, shared(old, claim));
    }
  }

  /** Adds a name's entries, in the order {@link #entries} made them. */
  private void add(List<Entry> entries) {
    // one instance of each of the name's targets, which most of its keys share
    Map<Target, Target> targets = new HashMap<>();
    // how often the name is written, asked once for all its keys rather than once per key
    Map<String, Integer> weights = new HashMap<>(4);
    for (Entry e : entries) {
      switch (e.kind()) {
        case EXACT_TOKEN ->
            exactByFirstToken
                .computeIfAbsent(e.key(), k -> new ArrayList<>())
                .add((Exact) e.value());
        case EXACT_KEY ->
            exactByFirstKey.computeIfAbsent(e.key(), k -> new ArrayList<>()).add((Exact) e.value());
        case LETTER -> {
          letterPrefixes.add(e.prefix());
          claimName(letterKeys, e.key(), (String) e.value(), targets, weights);
        }
        case INITIALS -> claimName(initialKeys, e.key(), (String) e.value(), targets, weights);
        case WHOLE -> put(wholeKeys, e.key(), e.prefix(), (Target) e.value(), targets, weights);
        case PART -> {
          if (!wholeNamesOnly) {
            put(partKeys, e.key(), e.prefix(), (Target) e.value(), targets, weights);
          }
        }
        case SKELETON -> {
          String name = (String) e.value();
          skeletonPrefixes.add(e.prefix());
          List<String> owners = bySkeleton.computeIfAbsent(e.key(), k -> new ArrayList<>(1));
          if (!owners.contains(name)) {
            owners.add(name);
          }
        }
        case PHRASE_KEY -> {
          if (wholeNamesOnly) {
            continue; // a Russian phrase for a listed name ("трансформеры предложений") is prose
          }
          phrasesByKey.computeIfAbsent(e.key(), k -> new ArrayList<>()).add((Phrase) e.value());
          keyPrefixes.add(e.prefix());
        }
        case PHRASE_WORD -> {
          if (!wholeNamesOnly) {
            phrasesByWord.computeIfAbsent(e.key(), k -> new ArrayList<>()).add((Phrase) e.value());
          }
        }
      }
    }
  }

  /**
   * What names add to the maps, by name, shared by all matchers: a corpus's parsers build a small
   * matcher per review body over the Latin names it writes, and the linker's matcher indexes the
   * same names again, so most names are worked out more than once per build. Bounded like {@link
   * #MAX_CACHED_WORDS}; once full, names are worked out anew.
   */
  private static final Map<String, List<Entry>> ENTRIES = new ConcurrentHashMap<>();

  /**
   * At most 16,384 names, and a name per 256 KB of the maximum heap (2,048 at the clients' 512 MB):
   * a name's entries take about 3.8 KB (5,000 generated method names held 19 MB), so the cache
   * stays under 2% of the heap.
   */
  private static final int MAX_CACHED_NAMES = CacheBound.entries(1 << 14, 256 * 1024);

  /**
   * Empties the caches every matcher shares: each name's entries and each word's English readings
   * ({@link EnglishSounds#keys}). They pay while a corpus is linked, where the same names are
   * worked out again and again, and then only weigh on a server that keeps running: at 100,000
   * reviews the readings alone fill their 2 x 131,072 places, most of the live heap the server
   * keeps after its build (docs/performance.md, "The build's caches let go"). Matchers made later
   * fill them again as they need; answers do not change, only what is worked out anew.
   */
  public static void releaseSharedCaches() {
    ENTRIES.clear();
    PREFIXES.clear();
    PREFIX_STRINGS.clear();
    EnglishSounds.clearCache();
  }

  /** Names and words the shared caches hold: what {@link #releaseSharedCaches} lets go. */
  public static int sharedCacheSize() {
    return ENTRIES.size() + PREFIXES.size() + EnglishSounds.cachedWords();
  }

  private static List<Entry> cachedEntries(String name) {
    List<Entry> cached = ENTRIES.get(name);
    if (cached != null) {
      return cached;
    }
    if (ENTRIES.size() >= MAX_CACHED_NAMES) {
      // the cache is full (a large vocabulary): the entries are used once, so no compact copy
      return entries(name);
    }
    cached = List.copyOf(entries(name));
    ENTRIES.put(name, cached);
    return cached;
  }

  /** What indexing a name adds to the maps, in order; touches no state, so any thread may ask. */
  private static List<Entry> entries(String name) {
    List<Entry> out = new ArrayList<>();
    List<Token> tokens = tokenize(name);
    if (tokens.isEmpty()) {
      return out;
    }
    List<String> lower = tokens.stream().map(t -> t.lower).toList();
    // "DT" and "dt", "ZeRO" and "zero", "Whisper" and "whisper": where the lower-case form is an
    // ordinary word, only the name's own spelling is the name.
    boolean caseSensitive =
        tokens.size() == 1
            && (isShortAcronym(name)
                || (!name.equals(lower.get(0)) && Lexicon.english().isWord(lower.get(0))));
    boolean pluralS = Character.isUpperCase(name.charAt(name.length() - 1));
    out.add(
        new Entry(
            Kind.EXACT_TOKEN,
            caseSensitive ? tokens.get(0).text : lower.get(0),
            null,
            new Exact(
                name,
                caseSensitive ? List.of(tokens.get(0).text) : lower,
                caseSensitive,
                pluralS)));

    if (name.endsWith("+")) {
      return out; // "Transformer++" is written only with its pluses, never read as "трансформер"
    }
    if (tokens.size() >= 2 && !tokens.get(0).cyrillic && letterCount(tokens.get(0).text) > 0) {
      // "гемма 2", "гпт-4": a Cyrillic first word, the rest as written.
      Exact exact =
          new Exact(name, caseSensitive ? List.of(tokens.get(0).text) : lower, false, pluralS);
      Set<String> firstKeys = new LinkedHashSet<>(spellingKeys(tokens.get(0).text));
      if (letterCount(tokens.get(0).text) <= MAX_LETTER_NAME) {
        firstKeys.addAll(EnglishSounds.letterKeys(tokens.get(0).text, 8));
      }
      for (String key : firstKeys) {
        if (key.length() >= 2) {
          out.add(new Entry(Kind.EXACT_KEY, key, null, exact));
        }
      }
    }
    String initials = tokens.size() == 1 ? initialsOfTwoWords(name) : null;
    if (initials != null) {
      for (String key : EnglishSounds.letterKeys(initials, 4)) {
        out.add(new Entry(Kind.INITIALS, key, null, name));
      }
    }
    if (tokens.size() == 1 && isReadLetterByLetter(name)) {
      Set<String> said = new LinkedHashSet<>(EnglishSounds.letterKeys(name, 8));
      if (upperCount(name) == name.length()) {
        said.addAll(readings(name)); // "SAM" said as a word: "сэм"
      }
      for (String key : said) {
        out.add(new Entry(Kind.LETTER, key, firstTwo(key), name));
      }
    }
    List<String> words = splitWords(name);
    if (words.size() == 1) {
      List<String> parts = splitCompound(name);
      if (letterCount(name) >= MIN_CYRILLIC_WORD
          && !(parts.size() == 1 && MlGlossary.isCommonEnglish(name))) {
        addKeys(out, Kind.WHOLE, name, name);
        addSkeletons(out, name);
      } else if (parts.size() == 1 && isEnglishPlural(name)) {
        // Russian makes no plural in -с: a Cyrillic word that keeps the English plural's s
        // ("трансформерс", "трансформерсах") spells the name, where "трансформеры" is the noun
        List<Entry> keys = new ArrayList<>();
        addKeys(keys, Kind.WHOLE, name, name);
        for (Entry e : keys) {
          if (e.key().endsWith("s") || e.key().endsWith("z")) {
            out.add(e);
          }
        }
      }
      if (parts.size() > 1 && isDistinctive(parts.get(0))) {
        addKeys(out, Kind.PART, name, parts.get(0));
      }
    } else if (words.size() <= MAX_WINDOW) {
      if (name.indexOf(' ') < 0 && letterCount(name) >= MIN_CYRILLIC_WORD) {
        addKeys(out, Kind.WHOLE, name, name); // "Q-learning" is also "кулернинг", "ку-лернинг"
      }
      indexPhrase(out, name, words);
      // "Fast R-CNN" is also the two words "Fast" and "R-CNN", whose acronym Russian writes as one
      // word ("фаст рцнн")
      List<String> spaced = List.of(SPACES.split(name.strip()));
      if (spaced.size() >= 2
          && spaced.size() < words.size()
          && spaced.stream().anyMatch(w -> w.indexOf('-') > 0 && isReadLetterByLetter(w))) {
        indexPhrase(out, name, spaced);
      }
      if (words.size() == 2) {
        List<String> distinctive = words.stream().filter(NameMatcher::isDistinctive).toList();
        if (distinctive.size() == 1 && namesByPart(words, distinctive.get(0))) {
          addKeys(out, Kind.PART, name, distinctive.get(0));
        }
      }
    }
    return out;
  }

  /** Skeletons a Cyrillic word must have to be read as this name; none for an acronym. */
  private static final int SKELETONS = 16;

  /** Fewest consonants in a skeleton that finds a name: fewer find too many. */
  private static final int MIN_SKELETON = 3;

  private static void addSkeletons(List<Entry> out, String name) {
    if (readings(name).isEmpty()) {
      return;
    }
    for (String skeleton : EnglishSounds.skeletons(name, SKELETONS)) {
      if (skeleton.length() >= MIN_SKELETON) {
        out.add(new Entry(Kind.SKELETON, skeleton, skeleton.substring(0, MIN_SKELETON), name));
      }
    }
  }

  private boolean mayHaveSkeleton(String lower, String key) {
    return mayHaveSkeleton(lower, key, skeletonPrefixes);
  }

  private static boolean mayHaveSkeleton(String lower, String key, Set<String> skeletonPrefixes) {
    if (lower.length() < MIN_SKELETON_WORD) {
      return false;
    }
    String skeleton = EnglishSounds.skeleton(key);
    return skeleton.length() >= MIN_SKELETON
        && skeletonPrefixes.contains(skeleton.substring(0, MIN_SKELETON));
  }

  /** The most a reading found through its skeleton may cost ({@link EnglishSounds#readingCost}). */
  private static final int SKELETON_BUDGET = 3;

  /**
   * The name a Cyrillic word reads as when none of the name's few cheapest readings is its key: the
   * names sharing its consonant skeleton, each checked for a reading that is the key. The cheapest
   * wins; two names equally cheap give none.
   */
  private Target bySkeleton(List<String> keys) {
    String best = null;
    int bestCost = Integer.MAX_VALUE;
    boolean tie = false;
    for (String key : keys) {
      for (String name : bySkeleton.getOrDefault(EnglishSounds.skeleton(key), List.of())) {
        int cost = EnglishSounds.readingCost(name, key, SKELETON_BUDGET);
        if (cost < 0 || name.equals(best)) {
          continue;
        }
        if (cost < bestCost) {
          best = name;
          bestCost = cost;
          tie = false;
        } else if (cost == bestCost) {
          tie = true;
        }
      }
    }
    return best == null || tie ? null : new Target(best, 3, true);
  }

  /** The keys a Latin spelling may have: as spelled and as English reads it. */
  private static List<String> spellingKeys(String spelling) {
    List<String> out = new ArrayList<>();
    out.add(CrossScript.phoneticKey(spelling));
    for (String key : readings(spelling)) {
      if (!out.contains(key)) {
        out.add(key);
      }
    }
    return out;
  }

  /**
   * How English reads a spelling ({@link EnglishSounds#keys}); none for an all-caps acronym, which
   * Russian writes by its letters or as spelled ("ATLAS" is "атлас", never "эйтлэс").
   */
  private static List<String> readings(String spelling) {
    int lower = 0;
    for (int i = 0; i < spelling.length(); i++) {
      lower += Character.isLowerCase(spelling.charAt(i)) ? 1 : 0;
    }
    if (lower > 0) {
      return EnglishSounds.keys(spelling, SOUND_READINGS);
    }
    // a short acronym with a vowel may be said as a word: "SAM" is "сэм"; only its likeliest
    // readings, since "ATLAS" is "атлас", never "эйтлэс"
    int letters = letterCount(spelling);
    String word = spelling.toLowerCase(Locale.ROOT);
    boolean sayable =
        letters == spelling.length()
            && hasVowel(spelling)
            // a longer acronym is said as a word when it is one: "EAGLE" is "игл"
            && ((letters >= 3 && letters <= 4) || Lexicon.english().isWord(word));
    return sayable ? EnglishSounds.keys(word, 3) : List.of();
  }

  private static boolean hasVowel(String s) {
    for (int i = 0; i < s.length(); i++) {
      if ("AEIOUaeiou".indexOf(s.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * The two capitals of a name made of two capitalised English words of three letters or more run
   * together ("TF" of TensorFlow, "PT" of PyTorch), or null for any other name.
   */
  private static String initialsOfTwoWords(String name) {
    if (name.length() < 6 || !Character.isUpperCase(name.charAt(0))) {
      return null;
    }
    int second = -1;
    for (int i = 1; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c > 'z' || !Character.isLetter(c)) {
        return null;
      }
      if (Character.isUpperCase(c)) {
        if (second >= 0) {
          return null;
        }
        second = i;
      }
    }
    if (second < 3 || name.length() - second < 3) {
      return null;
    }
    return "" + name.charAt(0) + name.charAt(second);
  }

  /**
   * A short name people read out letter by letter: an acronym ("PPO", "VAE"), a capital with digits
   * ("T5") or a short mixed-case one ("DiT"); not a capitalised word ("Adam").
   */
  private static boolean isReadLetterByLetter(String name) {
    int letters = letterCount(name);
    if (letters == 0 || letters > MAX_LETTER_NAME || letters + digitCount(name) < 2) {
      return false;
    }
    int upper = 0;
    for (int i = 0; i < name.length(); i++) {
      upper += Character.isUpperCase(name.charAt(i)) ? 1 : 0;
    }
    return upper >= 2 || (upper == 1 && digitCount(name) > 0);
  }

  private static void indexPhrase(List<Entry> out, String name, List<String> words) {
    List<Set<String>> keys = new ArrayList<>();
    List<String> english = new ArrayList<>();
    Phrase phrase = new Phrase(name, keys, english);
    boolean anyDistinctive = words.stream().anyMatch(NameMatcher::isDistinctive);
    for (String word : words) {
      Set<String> variants = new HashSet<>(keyVariants(word));
      for (String sound : readings(word)) {
        if (sound.length() >= MIN_KEY) {
          variants.add(sound);
        }
      }
      // an acronym word is said letter by letter: "рцнн" of "Fast R-CNN", as it is alone
      if (isReadLetterByLetter(word) && upperCount(word) == letterCount(word)) {
        for (String said : EnglishSounds.letterKeys(word, 8)) {
          if (said.length() >= MIN_KEY) {
            variants.add(said);
          }
        }
      }
      keys.add(variants);
      String lower = word.toLowerCase(Locale.ROOT);
      english.add(lower);
      // A phrase is looked up by its distinctive words only: "2" or "Transformer" would make every
      // "X-2" or "X Transformer" a candidate wherever such a word is written.
      if ((anyDistinctive && !isDistinctive(word)) || letterCount(word) < 2) {
        continue;
      }
      for (String key : variants) {
        out.add(
            new Entry(
                Kind.PHRASE_KEY, key, key.substring(0, Math.min(MIN_KEY, key.length())), phrase));
      }
      out.add(new Entry(Kind.PHRASE_WORD, lower, null, phrase));
    }
  }

  private static void addKeys(List<Entry> out, Kind kind, String name, String spelling) {
    String key = CrossScript.phoneticKey(spelling);
    Set<String> exact = keyVariants(spelling);
    for (String variant : exact) {
      out.add(
          new Entry(
              kind,
              variant,
              variant.substring(0, MIN_KEY),
              new Target(name, variant.equals(key) ? 0 : 1, false)));
    }
    // English readings ("виспер" for "Whisper") rank after spellings and are fuzzy: a Russian word
    // may not match by them (see analyze).
    for (String sound : readings(spelling)) {
      for (String variant : List.of(sound, withoutFinalVowel(sound))) {
        if (variant.length() >= MIN_KEY && !exact.contains(variant)) {
          out.add(
              new Entry(kind, variant, variant.substring(0, MIN_KEY), new Target(name, 2, true)));
        }
      }
    }
  }

  private void put(
      KeyTable<Target> map,
      String key,
      String prefix,
      Target entry,
      Map<Target, Target> targets,
      Map<String, Integer> weights) {
    // entries are made without the usage, on every core; how often a name is written joins here
    int weight = weights.computeIfAbsent(entry.name, this::weight);
    Target target =
        targets.computeIfAbsent(new Target(entry.name, entry.rank, entry.fuzzy, weight), t -> t);
    Target old = map.get(key);
    if (old == null || old.rank > target.rank) {
      map.put(key, target);
    } else if (old.rank == target.rank && !target.name.equals(old.name)) {
      // a distinctive part is too weak a sign to choose between names by how often they are written
      map.put(
          key, map == partKeys ? new Target(null, target.rank, target.fuzzy) : shared(old, target));
    }
    keyPrefixes.add(prefix);
  }

  private static String withoutFinalVowel(String key) {
    return declinesByVowel(key) ? key.substring(0, key.length() - 1) : key;
  }

  /** The key of a Latin spelling, without a final vowel, and without an English plural "s". */
  private static Set<String> keyVariants(String spelling) {
    Set<String> out = new HashSet<>();
    String key = CrossScript.phoneticKey(spelling);
    if (key.length() < MIN_KEY) {
      return out;
    }
    out.add(key);
    if (declinesByVowel(key) && key.length() - 1 >= MIN_KEY) {
      out.add(key.substring(0, key.length() - 1));
    }
    int n = spelling.length();
    if (n >= 2
        && spelling.charAt(n - 1) == 's'
        && Character.isLowerCase(spelling.charAt(n - 2))
        && spelling.charAt(n - 2) != 's'
        && key.endsWith("s")
        && key.length() - 1 >= MIN_KEY) {
      String singular = key.substring(0, key.length() - 1);
      out.add(singular);
      if (declinesByVowel(singular) && singular.length() - 1 >= MIN_KEY) {
        out.add(singular.substring(0, singular.length() - 1));
      }
    }
    return out;
  }

  /**
   * Whether Russian declines a name by replacing its final vowel: only a final "a" does ("LoRA",
   * "ЛоРЫ"; "LLaMA", "ламу"); names ending in other vowels do not decline ("ZeRO" is never
   * "серия").
   */
  private static boolean declinesByVowel(String key) {
    return !key.isEmpty() && key.charAt(key.length() - 1) == 'a';
  }

  /**
   * Whether a two-word name is named by one of its words alone. English puts the kind or the size
   * last; where a coined word or an acronym leads ("MT-Bench", "o1-mini", "BIG-bench"), the English
   * word after it names the kind or the size, not this thing: "бенчам" is not MT-Bench, "мини" is
   * not o1-mini. A coined first word ("Swin" of "Swin Transformer"), a coined last one, or an
   * English word after another English word ("Mosaics" of "Memory Mosaics") does name it; an
   * English first word ("Robotics" of "Robotics Transformer") names the field, not the thing.
   */
  private static boolean namesByPart(List<String> words, String part) {
    Lexicon english = Lexicon.english();
    if (isProperNoun(part)) {
      // a proper noun of English ("Google" of "Google News") names a company, a person or a
      // place, which reviews write far more often than the product named after it
      return false;
    }
    String first = words.get(0);
    if (part.equals(first)) {
      // an English word leading the name ("Robotics" of "Robotics Transformer") is what Russian
      // borrows for the field itself ("в роботике"); a coined one ("Swin") names the thing
      return !english.isWord(part) || isAllCaps(part);
    }
    return !english.isWord(part)
        || (letterCount(first) > 0 && english.isWord(first) && !isAllCaps(first));
  }

  /**
   * Whether a word is written in capitals only, as an acronym or an initial is: "BIG" of
   * "BIG-bench" is an acronym (Beyond the Imitation Game) and so coined, though English has "big",
   * and so is "V" of "V-trace", though English has the letter.
   */
  private static boolean isAllCaps(String word) {
    return letterCount(word) >= 1
        && word.codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase);
  }

  /**
   * {@link #isEnglishLed} of one of this matcher's names, remembered: a name's distinctive part is
   * read from many different words ("гиена", "гиены", "гиеной"), and each asked it anew (a split by
   * a pattern and a word list's answer). Bounded like {@link #analyzed}.
   */
  private boolean englishLed(String name) {
    Boolean led = englishLedNames.get(name);
    if (led == null) {
      led = isEnglishLed(name);
      if (englishLedNames.size() < MAX_CACHED_WORDS) {
        englishLedNames.put(name, led);
      }
    }
    return led;
  }

  /**
   * Whether a one-word compound leads with an English word: "StyleGAN", "FasterTransformer",
   * "HyenaDNA", whose first part texts also write for itself, while a coined part ("Megatron" of
   * Megatron-LM) is not.
   */
  private static boolean isEnglishLed(String name) {
    if (splitWords(name).size() != 1) {
      return false;
    }
    List<String> parts = splitCompound(name);
    return parts.size() > 1 && Lexicon.english().isWord(parts.get(0));
  }

  /** Whether English writes the word capitalised more often than not: "Google", not "hyena". */
  private static boolean isProperNoun(String part) {
    Lexicon english = Lexicon.english();
    String capitalised = Character.toUpperCase(part.charAt(0)) + part.substring(1);
    return english.frequency(capitalised) > english.frequency(capitalised.toLowerCase(Locale.ROOT));
  }

  private static boolean isDistinctive(String part) {
    return letterCount(part) >= MIN_CYRILLIC_WORD && !MlGlossary.isCommonEnglish(part);
  }

  /**
   * What Russian glues to a borrowed name after a hyphen: a noun's ending, or a diminutive in -к or
   * -шк with one ("-шка", "-шки", "-ка", "-ом"); never a word of its own ("-модели", "-блок").
   */
  private static boolean isGluedSuffix(String lower) {
    if (lower.length() > 4) {
      return false;
    }
    if (lower.startsWith("шк") || lower.startsWith("к")) {
      String rest = lower.substring(lower.startsWith("шк") ? 2 : 1);
      return !rest.isEmpty() && RussianInflection.isNounEnding(rest);
    }
    return RussianInflection.isNounEnding(lower) && !isRussianWord(lower);
  }

  /**
   * Whether a Cyrillic word after a hyphen or an apostrophe right after a name is its ending: after
   * a hyphen a glued suffix ({@link #isGluedSuffix}); after an apostrophe any noun ending or
   * diminutive, since no Russian word follows one ("BERT'а" is not "BERT" and the word "а").
   */
  private static boolean isEndingAfter(char mark, String lower) {
    if (mark == '-') {
      return isGluedSuffix(lower) || isHyphenatedEnding(lower);
    }
    return (mark == '\'' || mark == '\u2019')
        && (RussianInflection.isNounEnding(lower) || isGluedSuffix(lower));
  }

  /** Suffixes of a noun of a person or thing made of a name: "Kaldi-шник", "GPT-щик". */
  private static final List<String> MAKER_SUFFIXES = List.of("шник", "щик");

  /** Particles Russian joins to a word by a hyphen ("BERT-то", "GPT-таки"): no ending of a name. */
  private static final Set<String> HYPHENATED_PARTICLES =
      Set.of("то", "ка", "де", "с", "таки", "либо", "нибудь", "кое");

  /**
   * What Russian writes after a hyphen to decline a borrowed name, beyond a glued suffix: any noun
   * ending, also one that is a word when it stands alone ("DQN-а", "DCN-у", "BERT-ом"; a word glued
   * by a hyphen is no word of its own), and a noun of a person or a thing made with "-шник" or
   * "-щик" ("Kaldi-шников"); never a particle ("BERT-то").
   */
  private static boolean isHyphenatedEnding(String lower) {
    if (HYPHENATED_PARTICLES.contains(lower)) {
      return false;
    }
    if (RussianInflection.isNounEnding(lower)) {
      return true;
    }
    for (String suffix : MAKER_SUFFIXES) {
      if (lower.startsWith(suffix)) {
        String rest = lower.substring(suffix.length());
        return rest.isEmpty() || RussianInflection.isNounEnding(rest);
      }
    }
    return ADJECTIVE_SUFFIX.matcher(lower).matches();
  }

  /**
   * A suffix that makes an adjective of a name, with its ending, as Russian glues it after a
   * hyphen: "InstructGPT-шные", "BERT-овский", "GAN-овские" (the same suffixes {@link
   * RussianInflection#adjectiveStem} strips from a Cyrillic word).
   */
  private static final java.util.regex.Pattern ADJECTIVE_SUFFIX =
      java.util.regex.Pattern.compile(
          "(?:овск|евск|ов|ев|шн)(?:ый|ий|ой|ая|яя|ое|ее|ые|ие|ого|его|ому|ему|ым|им|ом|ем"
              + "|ую|юю|ых|их|ыми|ими)");

  /** An English plural of five letters or more: "Transformers", "datasets"; not "Adam". */
  private static boolean isEnglishPlural(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.length() >= 5
        && lower.endsWith("s")
        && !lower.endsWith("ss")
        && lower.chars().allMatch(c -> c >= 'a' && c <= 'z')
        && MlGlossary.isCommonEnglish(lower.substring(0, lower.length() - 1));
  }

  private static boolean isShortAcronym(String name) {
    int letters = 0;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isLetter(c)) {
        if (!Character.isUpperCase(c)) {
          return false;
        }
        letters++;
      }
    }
    return letters > 0 && letters <= 3;
  }

  private static int letterCount(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetter(s.charAt(i))) {
        n++;
      }
    }
    return n;
  }

  private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

  private static final java.util.regex.Pattern WORD_BREAKS =
      java.util.regex.Pattern.compile("[\\s\\-–_/]+");

  /** Words separated by spaces or hyphens: "FIFO-Diffusion" gives [FIFO, Diffusion]. */
  private static List<String> splitWords(String name) {
    List<String> out = new ArrayList<>();
    for (String w : WORD_BREAKS.split(name)) {
      if (!w.isEmpty() && letterCount(w) + digitCount(w) > 0) {
        out.add(w);
      }
    }
    return out;
  }

  private static int digitCount(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (Character.isDigit(s.charAt(i))) {
        n++;
      }
    }
    return n;
  }

  /**
   * Parts of a compound: split at hyphens and at CamelCase humps, where a lower-case letter meets
   * an upper-case one or an acronym meets a capitalized word ("HyenaDNA" gives [Hyena, DNA],
   * "OpenRLHF" gives [Open, RLHF], "XMLParser" gives [XML, Parser]).
   */
  static List<String> splitCompound(String name) {
    List<String> out = new ArrayList<>();
    for (String word : splitWords(name)) {
      int start = 0;
      for (int i = 1; i < word.length(); i++) {
        char prev = word.charAt(i - 1);
        char c = word.charAt(i);
        char next = i + 1 < word.length() ? word.charAt(i + 1) : '\0';
        boolean hump = Character.isLowerCase(prev) && Character.isUpperCase(c);
        boolean acronymEnd =
            Character.isUpperCase(prev) && Character.isUpperCase(c) && Character.isLowerCase(next);
        if (hump || acronymEnd) {
          out.add(word.substring(start, i));
          start = i;
        }
      }
      out.add(word.substring(start));
    }
    return out;
  }

  // ---------------------------------------------------------------- matching

  /** Every mention in the text, in order, not overlapping; none for a null or empty text. */
  public List<Match> find(CharSequence text) {
    return find(text, null);
  }

  /**
   * The same in a review's body under its title: a name the title writes in Latin ("ATLAS: …") is
   * written by the text too, so a Russian common noun spelling it ("атласа") is that name.
   */
  public List<Match> find(CharSequence text, CharSequence title) {
    if (text == null || names.isEmpty() || text.length() == 0) {
      return List.of();
    }
    String s = text.toString();
    List<Token> tokens = tokenize(s);
    int n = tokens.size();
    Map<String, Word> cache = new HashMap<>();
    Word[] words = new Word[n];
    boolean[] phraseHint = new boolean[n];
    for (int j = 0; j < n; j++) {
      Token t = tokens.get(j);
      if (t.cyrillic) {
        if (t.text.length() >= MIN_CYRILLIC_WORD || isShortCandidate(t.text)) {
          words[j] = analyze(t.lower, cache);
          phraseHint[j] = !words[j].phrases.isEmpty();
        }
      } else if (!phrasesByWord.isEmpty()) {
        phraseHint[j] = phrasesByWord.containsKey(t.lower);
      }
    }
    List<Match> out = new ArrayList<>();
    // Russian words that read like a name, kept until the text shows whether it writes the name
    List<Match> blocked = new ArrayList<>();
    List<Match> spelled = new ArrayList<>();
    List<Match> englishLed = new ArrayList<>();
    int i = 0;
    while (i < n) {
      Token first = tokens.get(i);
      Match best = null;
      int bestTokens = 0;
      for (int variant = 0; variant < 4 && (!first.cyrillic || cyrillicNames); variant++) {
        String firstKey = firstTokenKey(first, variant);
        List<Exact> exacts = firstKey == null ? null : exactByFirstToken.get(firstKey);
        if (exacts == null) {
          continue;
        }
        for (Exact exact : exacts) {
          int end = withPluses(s, matchExact(s, tokens, i, exact), exact.name);
          if (end >= 0
              && (exact.tokens.size() > bestTokens
                  || (exact.tokens.size() == bestTokens
                      && best != null
                      && (end > best.end()
                          || (end == best.end()
                              && writtenAs(s, first.start, end, exact, best)))))) {
            bestTokens = exact.tokens.size();
            best = new Match(first.start, end, s.substring(first.start, end), exact.name);
          }
        }
      }

      if (first.cyrillic
          && !exactByFirstKey.isEmpty()
          && i + 1 < n
          && !tokens.get(i + 1).cyrillic
          && isJoiner(s, first.end, tokens.get(i + 1).start)) {
        Match keyed = matchByFirstKey(s, tokens, i, bestTokens);
        if (keyed != null) {
          best = keyed;
          bestTokens = countTokens(tokens, i, keyed.end);
        }
      }

      if (best == null && first.cyrillic && !exactByFirstKey.isEmpty()) {
        Match glued = matchGluedVersion(s, tokens, i);
        if (glued != null) {
          best = glued;
          bestTokens = countTokens(tokens, i, glued.end);
        }
      }

      if (hintInWindow(phraseHint, i)) {
        Match phrase = matchPhrase(s, tokens, i, words, cache, bestTokens);
        if (phrase != null) {
          best = phrase;
          bestTokens = countTokens(tokens, i, phrase.end);
        }
      }

      if (best == null
          && first.cyrillic
          && i + 1 < n
          && tokens.get(i + 1).cyrillic
          && tokens.get(i + 1).start == first.end + 1
          && s.charAt(first.end) == '-') {
        // "ку-лернинг": a hyphenated Russian spelling read as one word ("Q-learning")
        Token second = tokens.get(i + 1);
        Word joined = analyze(first.lower + second.lower, cache);
        if (joined.whole != null) {
          best =
              new Match(
                  first.start, second.end, s.substring(first.start, second.end), joined.whole);
          bestTokens = 2;
        } else {
          best = spelledApart(s, tokens, i, cache);
          bestTokens = best == null ? 0 : countTokens(tokens, i, best.end());
        }
      }

      if (best == null && words[i] != null) {
        Word w = words[i];
        // Capitals say an acronym even where Russian has the word: "ГАНы", "МоЕ".
        boolean capitals = upperCount(first.text) >= 2;
        String whole = capitals && w.wholeAny != null ? w.wholeAny : w.whole;
        String letters = capitals && w.lettersAny != null ? w.lettersAny : w.letters;
        String name = whole != null ? whole : letters != null ? letters : w.part;
        if (name != null && whole == null && letters == null && englishLed(name)) {
          // "фастер" of FasterTransformer, "гиена" of HyenaDNA: an English word leading a
          // compound is written for itself too, so it is the compound only where the text or
          // its title writes the compound; a common Russian word ("стиле" of StyleGAN) never is
          if (!isRussianWord(w.lower) || isRareRussianWord(w.lower)) {
            englishLed.add(new Match(first.start, first.end, first.text, name));
          }
        } else if (name != null
            && whole == null
            && letters == null
            && isRussianWord(w.lower)
            && !isRareRussianWord(w.lower)) {
          // a common Russian word that spells a part of a name ("стиле", "Style" of StyleGAN) is
          // the name only where the text writes it
          blocked.add(new Match(first.start, first.end, first.text, name));
        } else if (name != null
            && whole != null
            && !capitals
            && NameContext.isCommonNoun(w.lower)) {
          // "лама", "клип": a Russian common noun spelling a name is the name only where the
          // words around it say so
          spelled.add(new Match(first.start, first.end, first.text, name));
        } else if (name != null) {
          best = new Match(first.start, first.end, first.text, name);
          bestTokens = 1;
        } else if ((w.wholeAny != null || w.lettersAny != null) && isRareRussianWord(w.lower)) {
          String any = w.wholeAny != null ? w.wholeAny : w.lettersAny;
          Match rare = new Match(first.start, first.end, first.text, any);
          if (weight(any) >= WELL_KNOWN) {
            // "юнет", "вита" where the user's reviews write U-Net and ViT again and again: a rare
            // word of Russian is far likelier the name this corpus keeps writing
            best = rare;
            bestTokens = 1;
          } else {
            blocked.add(rare);
          }
        }
      }

      if (best == null && first.cyrillic && !initialKeys.isEmpty()) {
        Target t = initialsOf(first.lower);
        if (t != null && t.weight() >= WELL_KNOWN) {
          // "код на тф": the capitals of a name the user writes again and again, where the words
          // around say it is a name
          spelled.add(new Match(first.start, first.end, first.text, t.name()));
        }
      }

      if (best != null
          && bestTokens <= 1
          && first.cyrillic
          && best.end() == first.end
          && NameContext.isRussianProperNoun(first.text)
          && !NameContext.hasNameSign(s, first.start, first.end)) {
        // "к Лиону во Франции", "Альберт Эйнштейн": a capitalised word Russian has only as a
        // person's or a place's name is that person or place, not a spelling of a Latin name
        i++;
        continue;
      }
      if (best != null && continuesVersion(s, best)) {
        // "Qwen2.5", "Llama 3.1" where only "Qwen2", "Llama 3" are known: another release, whose
        // name the matcher does not know; linking it to the one it knows would be wrong.
        i += Math.max(1, countTokens(tokens, i, best.end()));
        continue;
      }
      if (best != null) {
        int used = Math.max(1, bestTokens);
        if (!first.cyrillic
            && i + used < n
            && tokens.get(i + used).cyrillic
            && tokens.get(i + used).start == best.end) {
          // "LoRAшка", "GANы": Russian glues its endings to a Latin name; the word is the mention
          Token ending = tokens.get(i + used);
          best = new Match(best.start, ending.end, s.substring(best.start, ending.end), best.name);
          used++;
        } else if (i + used < n
            && tokens.get(i + used).cyrillic
            && tokens.get(i + used).start == best.end + 1
            && isEndingAfter(s.charAt(best.end), tokens.get(i + used).lower)) {
          // "PaLI-X-шка", "s1-шки", "рпн-ка": an ending or a diminutive after a hyphen, or after an
          // apostrophe, as Russian also declines a Latin name ("BERT'а", "GPT’шка")
          Token ending = tokens.get(i + used);
          best = new Match(best.start, ending.end, s.substring(best.start, ending.end), best.name);
          used++;
        }
        out.add(best);
        i += used;
      } else {
        i++;
      }
    }
    Set<String> titled = new HashSet<>();
    if (!spelled.isEmpty() || !englishLed.isEmpty() || !blocked.isEmpty()) {
      for (Match m : title == null ? List.<Match>of() : find(title)) {
        if (LatinNames.hasAsciiLetter(m.surface())) {
          titled.add(m.name());
        }
      }
    }
    if (!spelled.isEmpty() || !englishLed.isEmpty()) {
      if (!spelled.isEmpty()) {
        withNameContext(s, out, spelled, titled);
      }
      for (Match m : englishLed) {
        if (titled.contains(m.name()) || writes(out, m.name())) {
          out.add(m);
        }
      }
      out.sort(Comparator.comparingInt(Match::start));
    }
    List<Match> all = blocked.isEmpty() ? out : withNamesTheTextWrites(out, blocked, titled);
    all = withoutMeasuredWords(s, all);
    if (wholeNamesOnly) {
      return all; // a list's names are read whole, for the vocabulary
    }
    return withOrdinalReleases(s, all);
  }

  /**
   * The matches less the lower-case Russian words right after a number in digits ("под 90 гигов",
   * "по 4 гига", "примерно 3.5 гига"): Russian puts what a figure measures after it, a unit or a
   * common noun, while a name takes its number after it ("гемма 2"). A number in words counts
   * things, names among them ("двумя клипами и T5"), and is left alone.
   */
  static List<Match> withoutMeasuredWords(String s, List<Match> found) {
    List<Match> out = null;
    for (int k = 0; k < found.size(); k++) {
      Match m = found.get(k);
      boolean measured = isMeasured(s, m.start(), m.surface());
      if (measured && out == null) {
        out = new ArrayList<>(found.subList(0, k));
      } else if (!measured && out != null) {
        out.add(m);
      }
    }
    return out == null ? found : out;
  }

  /**
   * Whether the word written at {@code start} is a lower-case Cyrillic word right after a figure in
   * digits ("90 гигов"): what the figure measures, no name. Hover in a note asks the same.
   */
  public static boolean isMeasured(CharSequence text, int start, String word) {
    return isLowerCaseCyrillicWord(word) && followsFigure(text, start);
  }

  private static boolean isLowerCaseCyrillicWord(String surface) {
    if (surface.isEmpty() || !Character.isLowerCase(surface.charAt(0))) {
      return false;
    }
    for (int i = 0; i < surface.length(); i++) {
      char c = surface.charAt(i);
      if (!CrossScript.isCyrillic(c) || !CrossScript.isLetter(c)) {
        return false;
      }
    }
    return true;
  }

  /** Whether a figure in digits ("90", "3.5", "2,5") stands right before, after spaces. */
  private static boolean followsFigure(CharSequence s, int start) {
    int end = start;
    while (end > 0 && s.charAt(end - 1) == ' ') {
      end--;
    }
    if (end == start || end == 0 || !Character.isDigit(s.charAt(end - 1))) {
      return false;
    }
    int from = end;
    while (from > 0
        && (Character.isDigit(s.charAt(from - 1))
            || (from > 1
                && (s.charAt(from - 1) == '.' || s.charAt(from - 1) == ',')
                && Character.isDigit(s.charAt(from - 2))))) {
      from--;
    }
    // the figure stands alone: not the version of a name ("GPT-4 гпт") nor a word's digits
    return from == 0
        || !(Character.isLetterOrDigit(s.charAt(from - 1)) || s.charAt(from - 1) == '-');
  }

  /**
   * A family's name said in Russian after an ordinal ("третью ламу", "вторая гемма") is the release
   * the ordinal counts, where the vocabulary holds it ("Llama 3", "Gemma 2"): Russian counts
   * releases where English writes the version after the name. The mention takes the ordinal in. The
   * first of a family ("первая лама") is the family's own name, not a release "1".
   */
  private List<Match> withOrdinalReleases(String s, List<Match> found) {
    List<Match> out = null;
    int previousEnd = 0;
    for (int k = 0; k < found.size(); k++) {
      Match m = found.get(k);
      int[] ordinal;
      String release;
      if (CrossScript.hasCyrillic(m.surface())
          && digitCount(m.surface()) == 0
          && digitCount(m.name()) == 0
          && (ordinal = NameContext.ordinalBefore(s, m.start())) != null
          && ordinal[1] > 1
          && ordinal[0] >= previousEnd
          && (release = release(m.name(), ordinal[1])) != null) {
        if (out == null) {
          out = new ArrayList<>(found.subList(0, k));
        }
        out.add(new Match(ordinal[0], m.end(), s.substring(ordinal[0], m.end()), release));
      } else if (out != null) {
        out.add(m);
      }
      previousEnd = m.end();
    }
    return out == null ? found : out;
  }

  /** The vocabulary's name for a family's release by number: "Llama 3", "Gemma-2", "Qwen3". */
  private String release(String family, int number) {
    for (String candidate :
        List.of(family + " " + number, family + "-" + number, family + number)) {
      List<Token> tokens = tokenize(candidate);
      for (String key : List.of(tokens.get(0).lower, tokens.get(0).text)) {
        for (Exact exact : exactByFirstToken.getOrDefault(key, List.of())) {
          if (exact.name.equalsIgnoreCase(candidate)) {
            return exact.name;
          }
        }
      }
    }
    return null;
  }

  /** Whether a match ending in a digit is cut out of a longer version number: "2" of "2.5". */
  private static boolean continuesVersion(String s, Match m) {
    int end = m.end();
    return end + 1 < s.length()
        && Character.isDigit(s.charAt(end - 1))
        && s.charAt(end) == '.'
        && Character.isDigit(s.charAt(end + 1));
  }

  /**
   * Where an exact match of a name ending in pluses ends: after the same pluses, or -1. Without
   * them "Transformer++" would be "Transformer", whose tokens it shares.
   */
  private static int withPluses(String s, int end, String name) {
    int pluses = 0;
    while (pluses < name.length() && name.charAt(name.length() - 1 - pluses) == '+') {
      pluses++;
    }
    if (pluses == 0 || end < 0) {
      return end;
    }
    int k = end;
    while (k < s.length() && s.charAt(k) == '+') {
      k++;
    }
    return k - end == pluses ? k : -1;
  }

  /**
   * A Russian word that reads like a name ("юнет", "вита") is that name where the same text, or its
   * title, also writes the name by its own spelling: one text, one sense. A blocked word took no
   * token, so it overlaps no match.
   */
  private static List<Match> withNamesTheTextWrites(
      List<Match> found, List<Match> blocked, Set<String> titled) {
    Set<String> written = new HashSet<>(titled);
    for (Match m : found) {
      if (LatinNames.hasAsciiLetter(m.surface())) {
        written.add(m.name());
      }
    }
    List<Match> out = new ArrayList<>(found);
    for (Match m : blocked) {
      if (written.contains(m.name())) {
        out.add(m);
      }
    }
    if (out.size() > found.size()) {
      out.sort(Comparator.comparingInt(Match::start));
    }
    return out;
  }

  /**
   * Adds the Russian common nouns that spell a name ("лама", "клип") where the text says they are
   * the name: it or its title writes the name in Latin, a kind noun, a version, quotes or a capital
   * stand by ({@link NameContext}), or the word is listed with names ("CLIP, ламу и мистраль", one
   * leading to the next). A blocked word took no token, so it overlaps no match.
   */
  private static void withNameContext(
      String s, List<Match> out, List<Match> spelled, Set<String> titled) {
    List<Match> left = new ArrayList<>(spelled);
    boolean added = true;
    while (added && !left.isEmpty()) {
      added = false;
      for (java.util.Iterator<Match> it = left.iterator(); it.hasNext(); ) {
        Match m = it.next();
        if (titled.contains(m.name())
            || writes(out, m.name())
            || NameContext.isNameContext(s, m.start(), m.end())
            || listedWithNames(s, out, m)) {
          out.add(m);
          it.remove();
          added = true;
        }
      }
    }
    out.sort(Comparator.comparingInt(Match::start));
  }

  /** Whether the text writes the name in Latin. */
  private static boolean writes(List<Match> found, String name) {
    for (Match m : found) {
      if (m.name().equals(name) && LatinNames.hasAsciiLetter(m.surface())) {
        return true;
      }
    }
    return false;
  }

  /** Whether the word stands in a list with a name the text links: "X, Y и Z", "X или Y". */
  private static boolean listedWithNames(String s, List<Match> found, Match m) {
    for (int[] span : NameContext.listNeighbours(s, m.start(), m.end())) {
      for (Match other : found) {
        if (other.start() <= span[0] && span[1] <= other.end()) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether Russian has the word (any form): such a word matches a name only by its spelling. */
  private static boolean isRussianWord(String lower) {
    return Lexicon.russian().isWord(lower);
  }

  /**
   * In how many reviews the corpus must write a name in Latin for a rare Russian word that reads
   * like it to be the name without the text writing it too.
   */
  private static final int WELL_KNOWN = 3;

  /** Most frequent lemma frequency at or below which a Russian word may still be a name. */
  private static final int RARE_LEMMA = 3;

  /**
   * Whether a Russian word is rare enough to be a name's spelling where the text supports it: the
   * dictionary's frequency counts lemmas, so the word's likeliest lemmas are looked up ("сама" is
   * "сам", a common word; "юнет", "вита" and "ганы" are rare).
   */
  private static boolean isRareRussianWord(String lower) {
    Lexicon russian = Lexicon.russian();
    if (russian.frequency(lower) > RARE_LEMMA) {
      return false;
    }
    for (String lemma : RussianInflection.lemmas(lower, 2)) {
      if (russian.frequency(lemma) > RARE_LEMMA) {
        return false;
      }
    }
    // the dictionary's own lemmas: "музыки" is "музыка", "дала" is "дать", which no ending stripped
    // off the form gives
    for (String lemma : RussianLemmas.get().of(lower)) {
      if (russian.frequency(lemma) > RARE_LEMMA) {
        return false;
      }
    }
    return true;
  }

  private static int upperCount(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      n += Character.isUpperCase(s.charAt(i)) ? 1 : 0;
    }
    return n;
  }

  /** A Cyrillic word too short for a loanword that may still spell a short name: "ппо", "т5". */
  private boolean isShortCandidate(String text) {
    if (letterKeys.isEmpty() && exactByFirstKey.isEmpty()) {
      return false;
    }
    return text.length() == 3 || (text.length() == 2 && digitCount(text) > 0);
  }

  /**
   * A name of several tokens whose first is written in Cyrillic and the rest as in the name: "гемма
   * 2" is "Gemma 2", "гпт-4" is "GPT-4".
   */
  private Match matchByFirstKey(String s, List<Token> tokens, int i, int mustBeat) {
    Token first = tokens.get(i);
    Set<String> keys = new LinkedHashSet<>();
    keys.add(CrossScript.phoneticKey(first.lower));
    keys.add(CrossScript.letterKey(first.lower));
    if (!isRussianWord(first.lower)) {
      // Russian declines the first word and leaves the version: "на скваде 2.0", "с геммой 2"
      keys.addAll(nounKeys(first.lower, CrossScript.phoneticKey(first.lower)));
    }
    Match best = null;
    int bestSize = mustBeat;
    for (String key : keys) {
      for (Exact exact : exactByFirstKey.getOrDefault(key, List.of())) {
        int size = exact.tokens.size();
        if (size <= mustBeat
            || size < bestSize
            || (best != null && size == bestSize && !isPreferred(exact.name, best.name()))) {
          continue;
        }
        int end = matchExact(s, tokens, i, exact, 1);
        if (end >= 0) {
          best = new Match(first.start, end, s.substring(first.start, end), exact.name);
          bestSize = size;
        }
      }
    }
    return best;
  }

  /**
   * A Cyrillic word with a version glued to it, as a name written with a space or a hyphen before
   * its version: "гпт3" is "GPT-3", "квен2" "Qwen2", "гпт3.5" "GPT-3.5".
   */
  private Match matchGluedVersion(String s, List<Token> tokens, int i) {
    Token first = tokens.get(i);
    int digits = first.lower.length();
    while (digits > 0 && Character.isDigit(first.lower.charAt(digits - 1))) {
      digits--;
    }
    if (digits < 2
        || digits == first.lower.length()
        || !CrossScript.isCyrillic(first.lower.charAt(digits - 1))) {
      return null;
    }
    String word = first.lower.substring(0, digits);
    String version = first.lower.substring(digits);
    Set<String> keys = new LinkedHashSet<>();
    keys.add(CrossScript.phoneticKey(word));
    keys.add(CrossScript.letterKey(word));
    Match best = null;
    int bestSize = 1;
    for (String key : keys) {
      for (Exact exact : exactByFirstKey.getOrDefault(key, List.of())) {
        int size = exact.tokens.size();
        if (size <= 1
            || size < bestSize
            || (best != null && size == bestSize && !isPreferred(exact.name, best.name()))
            || !exact.tokens.get(1).equals(version)
            || i + size - 1 > tokens.size()) {
          continue;
        }
        int end = first.end;
        boolean fits = true;
        for (int k = 2; k < size && fits; k++) {
          Token t = tokens.get(i + k - 1);
          fits =
              isJoiner(s, tokens.get(i + k - 2).end, t.start)
                  && t.lower.equals(exact.tokens.get(k));
          end = t.end;
        }
        if (fits) {
          best = new Match(first.start, end, s.substring(first.start, end), exact.name);
          bestSize = size;
        }
      }
    }
    return best;
  }

  private static boolean hintInWindow(boolean[] hints, int i) {
    for (int j = i; j < hints.length && j < i + MAX_WINDOW; j++) {
      if (hints[j]) {
        return true;
      }
    }
    return false;
  }

  /**
   * The index keys a first token may be filed under: lower case, as written, and both without a
   * plural "s"; null where a variant does not apply.
   */
  private static String firstTokenKey(Token t, int variant) {
    boolean plural = t.text.length() > 2 && t.text.charAt(t.text.length() - 1) == 's';
    boolean upper = !t.text.equals(t.lower);
    return switch (variant) {
      case 0 -> t.lower;
      case 1 -> upper ? t.text : null;
      case 2 -> plural ? t.lower.substring(0, t.lower.length() - 1) : null;
      default -> plural && upper ? t.text.substring(0, t.text.length() - 1) : null;
    };
  }

  private static int countTokens(List<Token> tokens, int from, int end) {
    int n = 0;
    for (int j = from; j < tokens.size() && tokens.get(j).start < end; j++) {
      n++;
    }
    return n;
  }

  /**
   * Whether a name that matches the same words as the best so far is the one the text writes letter
   * for letter, case aside, where the best is not: of "MovieLens 1M" and "MovieLens-1M" the
   * spelling written. The two are one thing to the index, which keys a name by its letters and
   * digits, so each mention keeps its own spelling.
   */
  private static boolean writtenAs(String s, int start, int end, Exact exact, Match best) {
    int length = end - start;
    return exact.name.length() == length
        && s.regionMatches(true, start, exact.name, 0, length)
        && !(best.name().length() == length
            && s.regionMatches(true, start, best.name(), 0, length));
  }

  /** The end offset of the exact match starting at token i, or -1. */
  private static int matchExact(String s, List<Token> tokens, int i, Exact exact) {
    return matchExact(s, tokens, i, exact, 0);
  }

  /** The same, comparing tokens from the {@code from}-th on (the ones before matched otherwise). */
  private static int matchExact(String s, List<Token> tokens, int i, Exact exact, int from) {
    int n = exact.tokens.size();
    if (i + n > tokens.size()) {
      return -1;
    }
    for (int k = from; k < n; k++) {
      Token t = tokens.get(i + k);
      if (k > 0
          && !isJoiner(s, tokens.get(i + k - 1).end, t.start)
          && !isNamesOwnPunctuation(s, tokens.get(i + k - 1).end, t.start, exact.name)) {
        return -1;
      }
      String want = exact.tokens.get(k);
      String have = exact.caseSensitive ? t.text : t.lower;
      if (have.equals(want)) {
        continue;
      }
      boolean last = k == n - 1;
      if (last
          && exact.pluralS
          && have.length() == want.length() + 1
          && have.startsWith(want)
          && t.text.charAt(t.text.length() - 1) == 's') {
        continue;
      }
      return -1;
    }
    Token last = tokens.get(i + n - 1);
    // "LoRA" must not match the first half of "LoRAшка" glued to a Latin word, but may be followed
    // by
    // Cyrillic (Russians glue suffixes to Latin names).
    return last.end;
  }

  /** Whether the gap between two tokens joins them into one name: spaces or one hyphen. */
  private static boolean isJoiner(String s, int from, int to) {
    if (to - from < 1 || to - from > 3) {
      return false;
    }
    if (to - from == 1 && s.charAt(from) == '.') {
      return true; // "Qwen1.5", "llama.cpp"
    }
    if (to - from == 1 && s.charAt(from) == '/' && Character.isDigit(s.charAt(to))) {
      return true; // "ViT-B/16"
    }
    int hyphens = 0;
    for (int k = from; k < to; k++) {
      char c = s.charAt(k);
      if (c == '-' || c == '‐' || c == '–') {
        hyphens++;
      } else if (c != ' ' && c != '\u00a0') {
        return false;
      }
    }
    return hyphens <= 1;
  }

  /**
   * Whether the gap between two tokens is a punctuation mark the name itself has between words, as
   * a title does ("Hyena Hierarchy: Towards Larger…", "Mamba, Mamba-2"): one mark and spaces.
   */
  private static boolean isNamesOwnPunctuation(String s, int from, int to, String name) {
    if (to - from < 1 || to - from > 3) {
      return false;
    }
    char mark = 0;
    for (int k = from; k < to; k++) {
      char c = s.charAt(k);
      if (c == ' ' || c == '\u00a0') {
        continue;
      }
      if (mark != 0 || TITLE_PUNCTUATION.indexOf(c) < 0) {
        return false;
      }
      mark = c;
    }
    return mark != 0 && name.indexOf(mark) >= 0;
  }

  private static final String TITLE_PUNCTUATION = ":,;!?—–";

  private Match matchPhrase(
      String s, List<Token> tokens, int i, Word[] words, Map<String, Word> cache, int mustBeat) {
    Set<Phrase> candidates = new HashSet<>();
    int limit = Math.min(tokens.size(), i + MAX_WINDOW);
    for (int j = i; j < limit; j++) {
      if (j > i && !isJoiner(s, tokens.get(j - 1).end, tokens.get(j).start)) {
        limit = j;
        break;
      }
      Token t = tokens.get(j);
      if (t.cyrillic) {
        if (words[j] != null) {
          candidates.addAll(words[j].phrases);
        }
      } else {
        candidates.addAll(phrasesByWord.getOrDefault(t.lower, List.of()));
      }
    }
    // The candidates are a hash set of phrases compared by identity, met in an order that differs
    // between runs: of two phrases of one size that fit ("ламу 2" as "Llama 2" and as "LLaMa-2"),
    // the choice is made by the names alone (isPreferred), never by which was met first.
    Match best = null;
    int bestSize = mustBeat;
    for (Phrase phrase : candidates) {
      int n = phrase.partKeys.size();
      if (n <= mustBeat || n < bestSize || i + n > limit) {
        continue;
      }
      if (best != null && n == bestSize && !isPreferred(phrase.name, best.name())) {
        continue;
      }
      if (fits(phrase, tokens, i, n, cache)) {
        Token last = tokens.get(i + n - 1);
        Match m =
            new Match(
                tokens.get(i).start,
                last.end,
                s.substring(tokens.get(i).start, last.end),
                phrase.name);
        best = m;
        bestSize = n;
      }
    }
    return best;
  }

  /**
   * Whether a name goes before another of the same size that fits the same words (a phrase, or a
   * name keyed by its first word): the one more reviews write in Latin, then the first in
   * code-point order, whatever order the vocabulary or a hash set gives them.
   */
  private boolean isPreferred(String name, String other) {
    int byUsage = Integer.compare(weight(name), weight(other));
    return byUsage != 0 ? byUsage > 0 : name.compareTo(other) < 0;
  }

  /**
   * Whether tokens i..i+n-1 cover the phrase's parts one to one, with a Cyrillic word among them.
   */
  private boolean fits(Phrase phrase, List<Token> tokens, int i, int n, Map<String, Word> words) {
    boolean anyCyrillic = false;
    boolean anySpelling = false;
    boolean[][] can = new boolean[n][n];
    for (int a = 0; a < n; a++) {
      Token t = tokens.get(i + a);
      anyCyrillic |= t.cyrillic;
      Word w = t.cyrillic ? analyze(t.lower, words) : null;
      // a word no name starts like was not keyed, yet may spell a common word of this phrase:
      // "войс" of "коммон войс" (Common Voice)
      List<String> keys =
          w == null || !w.keys.isEmpty() || t.lower.length() < MIN_CYRILLIC_WORD
              ? (w == null ? List.of() : w.keys)
              : nounKeys(t.lower, CrossScript.phoneticKey(t.lower));
      if (t.cyrillic) {
        List<String> letters = consonantLetterKeys(t.lower);
        if (!letters.isEmpty()) {
          keys = new ArrayList<>(keys);
          keys.addAll(letters);
        }
      }
      for (int p = 0; p < n; p++) {
        boolean spelled =
            t.cyrillic
                ? intersects(keys, phrase.partKeys.get(p))
                : t.lower.equals(phrase.partWords.get(p));
        anySpelling |= spelled;
        can[a][p] =
            spelled
                || (t.cyrillic
                    && w.english() != null
                    && (phrase.partWords.get(p).equals(w.english())
                        || phrase.partWords.get(p).equals(w.english() + "s")));
      }
    }
    return anyCyrillic && anySpelling && assign(can, 0, new boolean[n]);
  }

  /**
   * The letter keys of a Cyrillic word of consonants only, as written and before a noun ending
   * ("рцнн", "рцнна"): an acronym read out, matched against a phrase's acronym word.
   */
  private static List<String> consonantLetterKeys(String lower) {
    List<String> out = new ArrayList<>(2);
    for (String stem : RussianInflection.stems(lower, MIN_KEY)) {
      boolean whole = stem.length() == lower.length();
      if ((whole || RussianInflection.isNounEnding(lower.substring(stem.length())))
          && CONSONANTS_ONLY.matcher(stem).matches()) {
        String key = CrossScript.letterKey(stem);
        if (!out.contains(key)) {
          out.add(key);
        }
      }
    }
    return out;
  }

  /** Cyrillic consonants that each stand for a Latin letter, three to five of them. */
  private static final java.util.regex.Pattern CONSONANTS_ONLY =
      java.util.regex.Pattern.compile("[бвгдзклмнпрстфхцчш]{3,5}");

  private static boolean intersects(List<String> keys, Set<String> wanted) {
    for (String k : keys) {
      if (wanted.contains(k)) {
        return true;
      }
    }
    return false;
  }

  private static boolean assign(boolean[][] can, int row, boolean[] used) {
    if (row == can.length) {
      return true;
    }
    for (int p = 0; p < can.length; p++) {
      if (can[row][p] && !used[p]) {
        used[p] = true;
        if (assign(can, row + 1, used)) {
          return true;
        }
        used[p] = false;
      }
    }
    return false;
  }

  /**
   * Whether a Cyrillic word (lower case) may spell a short name letter by letter, by the first two
   * letters of the names' letter keys: false means {@link #lettersName} finds none.
   */
  private static boolean maySpellLetters(String lower, Set<String> letterPrefixes) {
    return lower.length() <= MAX_LETTER_NAME + 7
        && lower.length() >= 2
        && letterPrefixes.contains(firstTwo(CrossScript.letterKey(lower)));
  }

  /**
   * Whether a Cyrillic word (lower case) says by its letters' names an acronym a short name's
   * letter keys begin like ("дэкуэн"): false means {@link #lettersName} finds none so.
   */
  private static boolean saysLetters(String lower, Set<String> letterPrefixes) {
    for (String latin : LetterNames.readings(lower)) {
      for (String key : EnglishSounds.letterKeys(latin, 8)) {
        if (letterPrefixes.contains(firstTwo(key))) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether a Cyrillic word (lower case, with its phonetic key) may read as a name whole, by a part
   * or in a phrase, by the prefixes of the names' keys and skeletons: false means {@link #analyze}
   * finds nothing for it but a short name spelled letter by letter.
   */
  private static boolean mayHaveKey(
      String lower, String key, Set<String> keyPrefixes, Set<String> skeletonPrefixes) {
    return key.length() >= MIN_KEY
        && (keyPrefixes.contains(key.substring(0, MIN_KEY))
            || mayHaveSkeleton(lower, key, skeletonPrefixes));
  }

  /**
   * A matcher of a few names ({@link #of(Collection)}), built only when a word may read as one of
   * them: whether {@code find(word)} may find anything in one word is told from the prefixes of the
   * names' entries, without filling a matcher's maps, and the matcher, when needed, is built from
   * the same entries. The parsers read one Cyrillic word after a cue against a body's Latin names;
   * most such words are Russian ("представили новый") and read as none of them: building the body's
   * matcher for them was 5% of a parse, filling its maps a third of that. Not for use by several
   * threads at once.
   */
  public static final class OnDemand {
    private final List<String> names;
    private boolean prefixesKnown;
    private boolean cyrillic;
    private final Set<String> letterPrefixes = new HashSet<>();
    private final Set<String> keyPrefixes = new HashSet<>();
    private final Set<String> skeletonPrefixes = new HashSet<>();
    private NameMatcher matcher;

    private OnDemand(Collection<String> vocabulary) {
      this.names = distinct(vocabulary);
    }

    /** Whether the matcher has no names. */
    public boolean isEmpty() {
      return names.isEmpty();
    }

    /**
     * Whether {@link #matcher()}'s {@code find(word)} may find anything in this one word: false
     * only where it would find nothing. A word of Cyrillic letters reaches a Latin name only
     * through its analysis ({@link #analyze}), whose first test is these prefixes; anything else (a
     * digit, a hyphen, another script, a name written in Cyrillic) may.
     */
    public boolean mayFindIn(String word) {
      if (word == null || word.isEmpty() || names.isEmpty()) {
        return false;
      }
      for (int i = 0; i < word.length(); i++) {
        char c = word.charAt(i);
        if (!CrossScript.isCyrillic(c) || !Character.isLetter(c)) {
          return true;
        }
      }
      if (!prefixesKnown) {
        prefixesKnown = true;
        for (String name : names) {
          Prefixes p = prefixes(name);
          cyrillic |= p.cyrillic;
          Collections.addAll(letterPrefixes, p.letters);
          Collections.addAll(keyPrefixes, p.keys);
          Collections.addAll(skeletonPrefixes, p.skeletons);
        }
      }
      if (cyrillic) {
        return true;
      }
      String lower = word.toLowerCase(Locale.ROOT);
      return maySpellLetters(lower, letterPrefixes)
          || saysLetters(lower, letterPrefixes)
          || (lower.length() >= MIN_CYRILLIC_WORD
              && mayHaveKey(lower, CrossScript.phoneticKey(lower), keyPrefixes, skeletonPrefixes));
    }

    /** The matcher of the names, built once. */
    public NameMatcher matcher() {
      if (matcher == null) {
        matcher = new NameMatcher(names, Map.of(), false);
      }
      return matcher;
    }
  }

  /**
   * The prefixes of a name's entries that {@link OnDemand#mayFindIn} tests a word against, by the
   * map they lead to, each prefix once; and whether the name is written in Cyrillic.
   */
  private static final class Prefixes {
    final boolean cyrillic;
    final String[] letters;
    final String[] keys;
    final String[] skeletons;

    Prefixes(boolean cyrillic, String[] letters, String[] keys, String[] skeletons) {
      this.cyrillic = cyrillic;
      this.letters = letters;
      this.keys = keys;
      this.skeletons = skeletons;
    }
  }

  /**
   * Each name's {@link Prefixes}, shared by all {@link OnDemand} matchers: the parsers test the
   * word after a cue against the prefixes of the body's Latin names, and a corpus writes the same
   * names in body after body. The entries they come from take about 3.8 KB a name and their cache
   * ({@link #ENTRIES}) holds 2,048 names at the clients' 512 MB; past it every body worked its
   * names' entries out anew for a few prefixes (3% of a parse of 30,000 reviews, where 33,000 names
   * outgrow even a large heap's 16,384). A name's prefixes take a few hundred bytes (three small
   * arrays of shared strings), so this holds a name per 16 KB of the maximum heap (32,768 at 512
   * MB, under 2% of it), 65,536 at most.
   */
  private static final Map<String, Prefixes> PREFIXES = new ConcurrentHashMap<>();

  private static final int MAX_CACHED_PREFIXES = CacheBound.entries(1 << 16, 16 * 1024);

  /** One instance of each prefix (two or three letters) for all the names' {@link Prefixes}. */
  private static final Map<String, String> PREFIX_STRINGS = new ConcurrentHashMap<>();

  private static Prefixes prefixes(String name) {
    Prefixes cached = PREFIXES.get(name);
    if (cached != null) {
      return cached;
    }
    Set<String> letters = new LinkedHashSet<>();
    Set<String> keys = new LinkedHashSet<>();
    Set<String> skeletons = new LinkedHashSet<>();
    for (Entry e : cachedEntries(name)) {
      switch (e.kind()) {
        case LETTER -> letters.add(e.prefix());
        case WHOLE, PART, PHRASE_KEY -> keys.add(e.prefix());
        case SKELETON -> skeletons.add(e.prefix());
        default -> {}
      }
    }
    Prefixes made =
        new Prefixes(
            CrossScript.hasCyrillic(name), shared(letters), shared(keys), shared(skeletons));
    if (PREFIXES.size() < MAX_CACHED_PREFIXES) {
      PREFIXES.put(name, made);
    }
    return made;
  }

  private static String[] shared(Set<String> prefixes) {
    String[] out = new String[prefixes.size()];
    int i = 0;
    for (String prefix : prefixes) {
      String one = PREFIX_STRINGS.putIfAbsent(prefix, prefix);
      out[i++] = one == null ? prefix : one;
    }
    return out;
  }

  /** {@link #of(Collection)} of these names, built only if needed ({@link OnDemand}). */
  public static OnDemand onDemand(Collection<String> vocabulary) {
    return new OnDemand(vocabulary);
  }

  /** What a Cyrillic word (lower case) can match; cached per call of {@link #find}. */
  private Word analyze(String lower, Map<String, Word> cache) {
    Word cached = analyzed.get(lower);
    if (cached == null) {
      cached = cache.get(lower);
      if (cached == null) {
        cached = analyze(lower);
        if (analyzed.size() < MAX_CACHED_WORDS) {
          analyzed.put(lower, cached);
        } else {
          cache.put(lower, cached);
        }
      }
    }
    return cached;
  }

  private Word analyze(String lower) {
    String lettersAny = lettersName(lower);
    boolean russian = lettersAny != null && isRussianWord(lower);
    String letters = russian ? null : lettersAny;
    if (lower.length() < MIN_CYRILLIC_WORD) {
      return new Word(lower, List.of(), null, null, letters, lettersAny, null, Set.of());
    }
    String key = CrossScript.phoneticKey(lower);
    if (!mayHaveKey(lower, key, keyPrefixes, skeletonPrefixes)) {
      return new Word(lower, List.of(), null, null, letters, lettersAny, null, Set.of());
    }
    List<String> keys = nounKeys(lower, key);
    String adjective = RussianInflection.adjectiveStem(lower);
    if (adjective != null && !isRussianWord(lower) && !isRussianWord(adjective)) {
      // "гиеновый" is Russian's own adjective, and so is "чатовый", made of Russian's "чат";
      // "висперовский" is made of a name
      String stemKey = CrossScript.phoneticKey(adjective);
      if (stemKey.length() >= MIN_KEY && !keys.contains(stemKey)) {
        keys.add(stemKey);
      }
    }
    Set<Phrase> phrases = new HashSet<>();
    for (String k : keys) {
      phrases.addAll(phrasesByKey.getOrDefault(k, List.of()));
    }
    for (String k : consonantLetterKeys(lower)) {
      phrases.addAll(phrasesByKey.getOrDefault(k, List.of()));
    }
    Target wholeTarget = best(wholeKeys, keys);
    if (wholeTarget == null && mayHaveSkeleton(lower, key)) {
      wholeTarget = bySkeleton(keys);
    }
    String wholeAny = wholeTarget == null ? null : wholeTarget.name;
    return new Word(
        lower,
        List.copyOf(keys),
        wholeAny != null && wholeTarget.fuzzy && isRussianWord(lower) ? null : wholeAny,
        wholeAny,
        letters,
        lettersAny,
        lookup(partKeys, keys, lower),
        phrases);
  }

  /** The keys of a Cyrillic word as written and of its stems before a noun ending. */
  private static List<String> nounKeys(String lower, String key) {
    List<String> keys = new ArrayList<>(3);
    keys.add(key);
    for (String stem : RussianInflection.stems(lower, MIN_KEY)) {
      String fond = RussianInflection.beforeDiminutiveIk(stem);
      if (fond != null
          && fond.length() >= MIN_CYRILLIC_WORD
          && (stem.length() == lower.length()
              || RussianInflection.isNounEnding(lower.substring(stem.length())))) {
        // "бартика", "квенчик": the diminutive a writer makes of a name it likes
        String fondKey = CrossScript.phoneticKey(fond);
        if (fondKey.length() >= MIN_KEY && !keys.contains(fondKey)) {
          keys.add(fondKey);
        }
      }
      if (stem.length() < lower.length()
          && RussianInflection.isNounEnding(lower.substring(stem.length()))) {
        String stemKey = CrossScript.phoneticKey(stem);
        if (stemKey.length() >= MIN_KEY && !keys.contains(stemKey)) {
          keys.add(stemKey);
        }
        String base = RussianInflection.beforeDiminutiveK(stem);
        // a base as long as a word read whole must be ("влмки" is VLMs, not vLLM)
        if (base != null && base.length() >= MIN_CYRILLIC_WORD) {
          String baseKey = CrossScript.phoneticKey(base);
          if (baseKey.length() >= MIN_KEY && !keys.contains(baseKey)) {
            keys.add(baseKey);
          }
        }
      }
    }
    return keys;
  }

  private static String firstTwo(String key) {
    return key.length() <= 2 ? key : key.substring(0, 2);
  }

  /**
   * The name a Cyrillic word of two consonants gives the capitals of, or null: one owner, and the
   * word no Russian one ("тф" is TensorFlow's, "пт" and "тв" are Russian's).
   */
  private Target initialsOf(String lower) {
    if (lower.length() != 2
        || CrossScript.letterKey(lower).length() != 2
        || !RussianInflection.isConsonant(lower.charAt(0))
        || !RussianInflection.isConsonant(lower.charAt(1))
        || isRussianWord(lower)) {
      return null;
    }
    Target t = initialKeys.get(CrossScript.letterKey(lower));
    return t == null || t.name() == null ? null : t;
  }

  /**
   * An acronym said by its letters' names written apart ("джи-си-эн" is GCN, "эр-эс-эс-эм" RSSM):
   * the hyphenated Cyrillic words from {@code i} read as one, longest first, or null.
   */
  private Match spelledApart(String s, List<Token> tokens, int i, Map<String, Word> cache) {
    int last = i;
    StringBuilder joined = new StringBuilder(tokens.get(i).lower);
    List<String> prefixes = new ArrayList<>();
    while (last + 1 < tokens.size()
        && last - i < MAX_LETTER_NAME + 1
        && tokens.get(last + 1).cyrillic
        && tokens.get(last + 1).start == tokens.get(last).end + 1
        && s.charAt(tokens.get(last).end) == '-') {
      last++;
      joined.append(tokens.get(last).lower);
      prefixes.add(joined.toString());
    }
    for (int k = prefixes.size() - 1; k >= 0; k--) {
      String word = prefixes.get(k);
      if (!LetterNames.mayBeSpelled(word)) {
        continue;
      }
      Word w = analyze(word, cache);
      if (w.letters != null) {
        Token end = tokens.get(i + k + 1);
        return new Match(
            tokens.get(i).start, end.end, s.substring(tokens.get(i).start, end.end), w.letters);
      }
    }
    return null;
  }

  /**
   * The short name a Cyrillic word spells letter by letter, as written or before a noun ending or a
   * diminutive ("ппо", "ппошка", "ганов", "т5"); null when it spells none. The caller drops it for
   * a Russian word ("мое" is not MoE) unless capitals say otherwise ("МоЕ").
   */
  private String lettersName(String lower) {
    if (letterKeys.isEmpty()) {
      return null;
    }
    String sounds = maySpellLetters(lower, letterPrefixes) ? soundsName(lower) : null;
    if (sounds != null) {
      return sounds;
    }
    for (String latin : LetterNames.readings(lower)) {
      // "дэкуэн", "эсдэшка": the letters said by their names
      Target t = best(letterKeys, EnglishSounds.letterKeys(latin, 8));
      if (t != null && t.name != null) {
        return t.name;
      }
    }
    return null;
  }

  /** The short name a word spells by its letters' sounds ("ппошка"), or null. */
  private String soundsName(String lower) {
    List<String> forms = new ArrayList<>();
    forms.add(lower);
    String adjective = RussianInflection.adjectiveStem(lower);
    if (adjective != null) {
      forms.add(adjective);
    }
    for (String stem : RussianInflection.stems(lower, 2)) {
      if (stem.length() < lower.length()
          && RussianInflection.isNounEnding(lower.substring(stem.length()))) {
        forms.add(stem);
        if (stem.endsWith("шк") && stem.length() >= 4) {
          forms.add(stem.substring(0, stem.length() - 2));
        }
        String base = RussianInflection.beforeDiminutiveK(stem);
        if (base != null) {
          forms.add(base);
        }
      }
    }
    for (String form : forms) {
      if (form.length() < 2 || (form.length() == 2 && digitCount(form) == 0)) {
        continue;
      }
      Target t = letterKeys.get(CrossScript.letterKey(form));
      if (t != null && t.name != null) {
        return t.name;
      }
    }
    return null;
  }

  /**
   * The best owner among the word's keys (the unstripped word first, then its stems), or null when
   * none or when two names share it. A fuzzy key (an English reading) is taken only for a word that
   * is not Russian: "виспер" is "Whisper", but "серия" names nothing.
   */
  private static String lookup(KeyTable<Target> map, List<String> keys, String lower) {
    Target best = best(map, keys);
    if (best == null || best.name == null) {
      return null;
    }
    return best.fuzzy && isRussianWord(lower) ? null : best.name;
  }

  private static Target best(KeyTable<Target> map, List<String> keys) {
    Target best = null;
    for (String k : keys) {
      Target t = map.get(k);
      if (t != null && (best == null || t.rank < best.rank)) {
        best = t;
      }
    }
    return best;
  }

  /** What a Cyrillic word can match. Shared between threads, so immutable but for a memo. */
  private static final class Word {
    final String lower;
    final List<String> keys;
    final String whole;
    final String wholeAny;
    final String letters;
    final String lettersAny;
    final String part;
    final Set<Phrase> phrases;

    /** The English word this one translates, once looked up: empty when there is none. */
    private volatile Optional<String> english;

    Word(
        String lower,
        List<String> keys,
        String whole,
        String wholeAny,
        String letters,
        String lettersAny,
        String part,
        Set<Phrase> phrases) {
      this.lower = lower;
      this.keys = keys;
      this.whole = whole;
      this.wholeAny = wholeAny;
      this.letters = letters;
      this.lettersAny = lettersAny;
      this.part = part;
      this.phrases = phrases;
    }

    String english() {
      Optional<String> e = english;
      if (e == null) {
        e = Optional.ofNullable(MlGlossary.english(lower));
        english = e;
      }
      return e.orElse(null);
    }
  }

  // ---------------------------------------------------------------- tokens

  private record Token(int start, int end, String text, String lower, boolean cyrillic) {}

  /**
   * Runs of letters and digits in one script; a change between Latin and Cyrillic letters starts a
   * new token, so a Russian suffix glued to a Latin name ("LoRAшка") leaves the name whole.
   */
  private static List<Token> tokenize(String s) {
    List<Token> out = new ArrayList<>();
    int n = s.length();
    int i = 0;
    while (i < n) {
      char c = s.charAt(i);
      int script = tokenScript(c);
      if (script < 0 || (script == 0 && !Character.isLetterOrDigit(c))) {
        i++;
        continue;
      }
      int start = i;
      i++;
      while (i < n) {
        int sd = tokenScript(s.charAt(i));
        if (sd < 0) {
          break;
        }
        if (script == 0) {
          script = sd;
        } else if (sd != 0 && sd != script) {
          break;
        }
        i++;
      }
      String text = s.substring(start, i);
      out.add(new Token(start, i, text, text.toLowerCase(Locale.ROOT), script == 2));
    }
    return out;
  }

  /**
   * What a character is inside a token: -1 where a token ends (neither a letter, a digit nor a
   * non-spacing mark), else {@link #scriptOf}. ASCII and the Russian alphabet, most of a review,
   * are told without the character tables, which a tokenizer asked two or three times per
   * character.
   */
  static int tokenScript(char c) {
    if (c < 128) {
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
        return 1;
      }
      return c >= '0' && c <= '9' ? 0 : -1;
    }
    if ((c >= 'А' && c <= 'я') || c == 'ё' || c == 'Ё') {
      return 2;
    }
    if (!Character.isLetterOrDigit(c) && Character.getType(c) != Character.NON_SPACING_MARK) {
      return -1;
    }
    return scriptOf(c);
  }

  /** 0 for digits and marks, 1 for Latin and other letters, 2 for Cyrillic. */
  private static int scriptOf(char c) {
    if (!Character.isLetter(c)) {
      return 0;
    }
    return c >= 'Ѐ' && c <= 'ӿ' ? 2 : 1;
  }
}
