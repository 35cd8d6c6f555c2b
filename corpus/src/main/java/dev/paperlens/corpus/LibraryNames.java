package dev.paperlens.corpus;

import dev.paperlens.text.CrossScript;
import dev.paperlens.text.LatinNames;
import dev.paperlens.text.Lexicon;
import dev.paperlens.text.NameContext;
import dev.paperlens.text.NameMatcher;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names of ML libraries, tools and model architectures that a review may write only in Cyrillic
 * ("через керас", "на спейси", "дистилберт"), where no Latin text of the user's material spells
 * them, or in lower-case Latin that reads as English words run together ("из audiocraft"). The
 * lists are Hugging Face's, bundled and regenerated from pinned versions of npm packages: the model
 * libraries, dataset libraries and local apps of {@code @huggingface/tasks} (MIT licence, {@code
 * library-names.txt}, by {@code corpus/src/main/scripts/library-names.sh}) and the model
 * architectures transformers.js runs, {@code @huggingface/transformers} (Apache-2.0, {@code
 * model-names.txt}, by {@code corpus/src/main/scripts/model-names.sh}); and the Python packages
 * that Pyodide builds, from the package list of the npm package {@code pyodide} (MPL-2.0, {@code
 * python-names.txt}, by {@code corpus/src/main/scripts/python-names.sh}); and the classic network
 * architectures and datasets of PyTorch's vision and audio libraries, the public classes of
 * Debian's {@code python3-torchvision} (BSD-3-Clause) and {@code python3-torchaudio} (BSD-2-Clause)
 * spelled as their docstrings name them ({@code torch-names.txt}, by {@code
 * corpus/src/main/scripts/torch-names.sh}).
 *
 * <p>A Cyrillic word reaches such a name only through the readings every name has ({@link
 * NameMatcher}), and the name joins a corpus's vocabulary only where a review writes it so; a name
 * the list holds is never a mention by being listed. Names a Latin text would not tell from words
 * stay out: English words and proper nouns ("Transformers", "Datasets", "Merlin"), names of under
 * four letters ("Pi", "Jan") and names of several words ("Big Vision").
 */
public final class LibraryNames {
  static final List<String> RESOURCES =
      List.of("library-names.txt", "model-names.txt", "python-names.txt", "torch-names.txt");

  private LibraryNames() {}

  /** The listed names that may be read from a Cyrillic word, in the list's order. */
  public static List<String> names() {
    return Holder.NAMES;
  }

  /**
   * The listed names a text writes in Cyrillic where it says they are names: "модель на керасе",
   * "из timm или из керас", "через нлтк или спейси" give Keras and spaCy. The text must say so, as
   * for a Russian common noun ({@link NameContext}): a kind noun, quotes, a capital, a version, or
   * a list with a name the text writes (in Latin, in Cyrillic consonants, or another listed name,
   * also one with no other sign: "живы ретинанет и денснет"); a loanword that reads like a listed
   * name ("скейл данных" is no Skala) has none. A name the text writes in Latin is not given, since
   * the text's own names take care of it.
   */
  public static List<String> writtenInCyrillic(CharSequence text) {
    if (text == null || !CrossScript.hasCyrillic(text)) {
      return List.of();
    }
    // one scan gives both the Cyrillic candidates and the names the text writes in Latin
    List<NameMatcher.Match> found = Holder.MATCHER.find(text);
    List<NameMatcher.Match> candidates = new ArrayList<>();
    // a name the text also writes in Latin ("в fairseq, в фейрсеке"), as for any Russian word
    Set<String> inLatin = new HashSet<>();
    Set<String> names = new HashSet<>();
    for (NameMatcher.Match m : found) {
      if (CrossScript.hasCyrillic(m.surface())) {
        candidates.add(m);
      } else {
        inLatin.add(m.name());
        names.add(m.surface().toLowerCase(Locale.ROOT));
      }
    }
    if (candidates.isEmpty()) {
      return List.of();
    }
    for (String name : LatinNames.find(text.toString())) {
      for (String word : name.toLowerCase(Locale.ROOT).split("[\\s-]+")) {
        names.add(word);
      }
    }
    // Two listed names written side by side ("живы ретинанет и денснет") say so of each other,
    // once no other sign gives more: a name so given leads no further.
    Set<String> listedBeside = new HashSet<>();
    for (NameMatcher.Match m : candidates) {
      listedBeside.add(m.surface().toLowerCase(Locale.ROOT));
    }
    Set<String> out = new LinkedHashSet<>();
    boolean besideOnly = false;
    while (true) {
      boolean added = false;
      for (Iterator<NameMatcher.Match> it = candidates.iterator(); it.hasNext(); ) {
        NameMatcher.Match m = it.next();
        if (besideOnly
            ? listedWithNames(text, m, listedBeside)
            : inLatin.contains(m.name())
                || NameContext.isNameContextWithKindBefore(text, m.start(), m.end())
                || listedWithNames(text, m, names)) {
          out.add(m.name());
          names.add(m.surface().toLowerCase(Locale.ROOT));
          it.remove();
          added = true;
        }
      }
      if (besideOnly || candidates.isEmpty()) {
        break;
      }
      besideOnly = !added;
    }
    return List.copyOf(out);
  }

  /**
   * The listed names a text writes in lower-case Latin within Russian prose, as written: "берите
   * EnCodec из audiocraft" gives "audiocraft". Russian prose writes a Latin word for a name or for
   * code, so a lower-case word that a list holds is that name where a Russian word stands right
   * before or after it; the shape rules of {@link LatinNames} would take it for English words run
   * together ("audio" + "craft"). A listed name that is an English word is no listed name here
   * ({@link #readable}) and keeps needing what says it is code or a library.
   */
  public static List<String> writtenInLowerCase(CharSequence text) {
    if (text == null || !CrossScript.hasCyrillic(text)) {
      return List.of();
    }
    Set<String> out = new LinkedHashSet<>();
    // tried only at a lower-case letter that starts a word: a scan tried the pattern and its
    // lookbehind at every character of every body (3% of a parse)
    MatchStarts words =
        MatchStarts.ofWordStarts(LOWER_CASE_WORD, text.toString(), MatchStarts.ASCII_LOWER);
    Matcher m = words.matcher();
    while (words.find()) {
      String word = m.group();
      if (Holder.BY_LOWER.containsKey(word)
          && (russianWordAt(text, m.start(), -1) || russianWordAt(text, m.end(), 1))) {
        out.add(word);
      }
    }
    return List.copyOf(out);
  }

  /**
   * A lower-case Latin word, with its inner hyphens and dots, not part of a path, an address or an
   * identifier ("facebookresearch/audiocraft", "audiocraft_utils", "x.audiocraft").
   */
  static final Pattern LOWER_CASE_WORD =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}_/.@#:$-])[a-z][a-z0-9]*(?:[-.][a-z0-9]+)*(?![\\p{L}\\p{N}_/@-]|\\.\\w)");

  /**
   * Whether the nearest word before ({@code step} -1, from {@code at}) or after (+1) is Russian,
   * across spaces and the punctuation of prose, on the same line.
   */
  static boolean russianWordAt(CharSequence text, int at, int step) {
    int i = step < 0 ? at - 1 : at;
    while (i >= 0 && i < text.length()) {
      char c = text.charAt(i);
      if (c == '\n') {
        return false;
      }
      if (Character.isLetterOrDigit(c)) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC;
      }
      if (" \t,;:()«»\"'—–".indexOf(c) < 0) {
        return false;
      }
      i += step;
    }
    return false;
  }

  /**
   * Whether a word next to the match in a list ("X, Y", "X или Y", or with the preposition said
   * again, "из X или из Y") is one of the names.
   */
  private static boolean listedWithNames(
      CharSequence text, NameMatcher.Match m, Set<String> names) {
    for (int[] span : NameContext.listNeighbours(text, m.start(), m.end())) {
      if (isName(text.subSequence(span[0], span[1]).toString(), names)) {
        return true;
      }
    }
    String before = text.subSequence(Math.max(0, m.start() - 80), m.start()).toString();
    // both patterns below end with a short word after a space or comma, then spaces: where the
    // text before does not, neither is tried (each was a scan of the 80 characters before every
    // candidate)
    if (!mayEndWithPreposition(before)) {
      return false;
    }
    Matcher b = PREPOSITION_LIST_BEFORE.matcher(before);
    if (b.find() && b.group(1).equalsIgnoreCase(b.group(3)) && isName(b.group(2), names)) {
      return true;
    }
    String after = text.subSequence(m.end(), Math.min(text.length(), m.end() + 80)).toString();
    Matcher a = PREPOSITION_LIST_AFTER.matcher(after);
    Matcher own = PREPOSITION_BEFORE.matcher(before);
    return a.find()
        && own.find()
        && own.group(1).equalsIgnoreCase(a.group(1))
        && isName(a.group(2), names);
  }

  /**
   * Whether {@code s} may end as {@link #PREPOSITION_BEFORE} and {@link #PREPOSITION_LIST_BEFORE}
   * do: a word of one to five letters of {@link #PREPOSITION} that starts the text or follows a
   * space or a comma (the end of {@code JOIN}), then one or more spaces. The space test takes every
   * character those patterns' {@code \s} takes (and a few more), so a no here is the patterns' no.
   */
  static boolean mayEndWithPreposition(String s) {
    int i = s.length() - 1;
    if (i < 0 || !maySpace(s.charAt(i))) {
      return false;
    }
    while (i >= 0 && maySpace(s.charAt(i))) {
      i--;
    }
    int letters = 0;
    while (i >= 0 && letters <= 5 && isPrepositionLetter(s.charAt(i))) {
      i--;
      letters++;
    }
    return letters >= 1 && letters <= 5 && (i < 0 || s.charAt(i) == ',' || maySpace(s.charAt(i)));
  }

  private static boolean isPrepositionLetter(char c) {
    return (c >= 'а' && c <= 'я') || c == 'ё';
  }

  /** Every Unicode space ({@code (?U)\s}) and a few control characters besides. */
  private static boolean maySpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u0085';
  }

  /** A word of the names, or an acronym in Cyrillic consonants ("нлтк"). */
  private static boolean isName(String word, Set<String> names) {
    return names.contains(word.toLowerCase(Locale.ROOT))
        || !CrossScript.cyrillicAcronyms(word).isEmpty();
  }

  /** A short word before an item, said again before the next: "из X или из Y", "в X, в Y". */
  private static final String PREPOSITION = "([а-яё]{1,5})";

  private static final String JOIN = "(?:\\s*,\\s*|\\s+(?:и|или|либо)\\s+)";

  /** "из timm или из " before a word: the preposition, the item, the preposition again. */
  static final Pattern PREPOSITION_LIST_BEFORE =
      Pattern.compile(
          "(?U)(?:^|\\s)" + PREPOSITION + "\\s+([\\w.+-]+)" + JOIN + PREPOSITION + "\\s+$");

  /** " или из timm" after a word: the preposition and the item. */
  private static final Pattern PREPOSITION_LIST_AFTER =
      Pattern.compile("(?U)^" + JOIN + PREPOSITION + "\\s+([\\w.+-]+)");

  /** The preposition right before a word. */
  static final Pattern PREPOSITION_BEFORE =
      Pattern.compile("(?U)(?:^|\\s)" + PREPOSITION + "\\s+$");

  /** Whether a listed name is one a Cyrillic word may be read as (see the class comment). */
  static boolean readable(String name) {
    if (name.isEmpty() || name.indexOf(' ') >= 0) {
      return false;
    }
    int letters = 0;
    for (int i = 0; i < name.length(); i++) {
      if (Character.isLetter(name.charAt(i))) {
        letters++;
      }
    }
    if (letters < 4) {
      return false;
    }
    Lexicon english = Lexicon.english();
    String lower = name.toLowerCase(Locale.ROOT);
    String capitalised = Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    return !english.isWord(lower) && !english.contains(capitalised);
  }

  static List<String> read(InputStream in) throws IOException {
    List<String> out = new ArrayList<>();
    for (String name : readAll(in)) {
      if (readable(name)) {
        out.add(name);
      }
    }
    return List.copyOf(out);
  }

  /**
   * The families a list holds in two or more versions, by their head: "MobileNet" of MobileNetV1 to
   * MobileNetV4, "YOLO" of YOLOv5 and YOLOv8, "Qwen" of Qwen2 and Qwen3, spelled as the first
   * version writes it. A list names each release of a family and never the family, which is what a
   * review says ("сравнили с мобайлнетом"); one version alone ("Inception3") says no family. Each
   * head must be {@link #readable} as a listed name is.
   */
  static List<String> familyHeads(List<String> names) {
    Map<String, String> first = new LinkedHashMap<>();
    Map<String, Set<String>> versions = new java.util.HashMap<>();
    for (String name : names) {
      Matcher m = VERSIONED.matcher(name);
      if (m.matches()) {
        String key = m.group(1).toLowerCase(Locale.ROOT);
        first.putIfAbsent(key, m.group(1));
        versions
            .computeIfAbsent(key, k -> new HashSet<>())
            .add(name.substring(m.end(1)).toLowerCase(Locale.ROOT));
      }
    }
    List<String> out = new ArrayList<>();
    first.forEach(
        (key, head) -> {
          if (versions.get(key).size() >= 2 && readable(head)) {
            out.add(head);
          }
        });
    return out;
  }

  /** A head ending in a letter and a version after it, a "v" or "V" before it or not. */
  private static final Pattern VERSIONED =
      Pattern.compile("(\\p{L}[\\p{L}\\p{N}]*?\\p{L})[Vv]?\\d+(?:\\.\\d+)?");

  /** Every name of a list, readable or not, in its order. */
  static List<String> readAll(InputStream in) throws IOException {
    List<String> out = new ArrayList<>();
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        int tab = line.indexOf('\t');
        String name = (tab < 0 ? line : line.substring(0, tab)).strip();
        if (!name.isEmpty()) {
          out.add(name);
        }
      }
    }
    return List.copyOf(out);
  }

  /**
   * Whether any list holds the name, in any case, readable from Cyrillic or not: "diffusers" (the
   * list's "Diffusers", an English word).
   */
  static boolean holds(String name) {
    return Holder.ALL_LOWER.contains(name.toLowerCase(Locale.ROOT));
  }

  private static final class Holder {
    static final Set<String> ALL_LOWER = new HashSet<>();
    static final List<String> NAMES = load();
    static final NameMatcher MATCHER = NameMatcher.ofWholeNames(NAMES);
    static final Map<String, String> BY_LOWER = byLower(NAMES);

    private static Map<String, String> byLower(List<String> names) {
      Map<String, String> out = new java.util.HashMap<>();
      for (String name : names) {
        out.putIfAbsent(name.toLowerCase(Locale.ROOT), name);
      }
      return Map.copyOf(out);
    }

    private static List<String> load() {
      Map<String, String> names = new LinkedHashMap<>();
      List<String> all = new ArrayList<>();
      for (String resource : RESOURCES) {
        try (InputStream in = LibraryNames.class.getResourceAsStream(resource)) {
          if (in == null) {
            continue;
          }
          // a name both lists hold is read once
          all.addAll(readAll(in));
        } catch (IOException e) {
          throw new UncheckedIOException("cannot read " + resource, e);
        }
      }
      for (String name : all) {
        ALL_LOWER.add(name.toLowerCase(Locale.ROOT));
        if (readable(name)) {
          names.putIfAbsent(name.toLowerCase(Locale.ROOT), name);
        }
      }
      for (String head : familyHeads(all)) {
        names.putIfAbsent(head.toLowerCase(Locale.ROOT), head);
      }
      return List.copyOf(names.values());
    }
  }
}
