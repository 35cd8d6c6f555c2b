package dev.paperlens.corpus;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The gist of a review for a hover card: the one or two sentences that say what the paper did, at
 * most {@value #MAX} characters, cut at a word with "…".
 *
 * <p>A post often opens with a joke or a lead-in ("ну что, наконец-то дошли руки до мамбы"), so the
 * first sentence is a poor gist. Sentences are scored the way Edmundson's extractive method does
 * (cue words, the title's words, location), with weights small enough to read:
 *
 * <ul>
 *   <li>+2 for each kind of cue that a sentence says what was done (propose, introduce, show,
 *       outperform, train; "идея", "метод", "авторы"...), at most three;
 *   <li>+1 for each figure (a number, "3B", "10%", "вдвое"), at most two: results;
 *   <li>+1 for each word of the paper's title or a Latin name (SSM, FlashAttention), at most two;
 *   <li>−3 for a lead-in or a joke at the start ("ну что", "наконец", "итак", "so,", "finally"), −2
 *       for a question or a heading ending in ":", −1 for an exclamation, an opinion marker
 *       ("имхо", "imho"), a drawback ("минус", "limitation") or a sentence of fewer than four
 *       words;
 *   <li>a tie goes to the earlier sentence (+0.5 for the first, less for later ones).
 * </ul>
 *
 * The best sentence is taken, and the second best too when it scores above zero and both fit; they
 * are shown in the order the review has them. When no sentence scores above zero the review starts
 * with its content, and its first two sentences are the gist. TextRank-style summarizers
 * (centrality among sentences) need more sentences than a post has and favour the longest; no
 * maintained Java library ranks Russian and English sentences of a short post better than these
 * cues.
 */
public final class ReviewSummary {
  private ReviewSummary() {}

  public static final int MAX = 280;

  /** The score from which a sentence says what was done: one cue, or a figure and a name. */
  private static final double CONTENT = 2;

  /** Sentences chosen at most. */
  private static final int SENTENCES = 2;

  /**
   * Word starts that say what the paper did, by kind: one kind counts once, so a sentence full of
   * "модель" does not outweigh one that proposes and shows.
   */
  private static final List<List<String>> CUES =
      List.of(
          List.of(
              "предлага",
              "предлож",
              "представля",
              "представи",
              "вводя",
              "введ",
              "propos",
              "introduc",
              "present"),
          List.of("показыва", "показа", "доказ", "демонстрир", "show", "demonstrat", "prove"),
          List.of(
              "превосход",
              "обгоня",
              "улучша",
              "ускоря",
              "сокраща",
              "достига",
              "добива",
              "бьют",
              "outperform",
              "improv",
              "reduc",
              "achiev",
              "speed",
              "beat"),
          List.of(
              "обуча", "обучи", "дообуч", "учит", "заменя", "замени", "делают", "делаем", "берут",
              "берём", "берем", "строят", "использ", "train", "replac", "learn", "use"),
          List.of(
              "идея",
              "суть",
              "метод",
              "подход",
              "архитектур",
              "модул",
              "авторы",
              "идею",
              "method",
              "approach",
              "architectur",
              "module",
              "idea",
              "we",
              "мы"));

  /** Whole words that are cues only as themselves: "we" is no prefix ("well", "weight"). */
  private static final Set<String> WHOLE_CUES = Set.of("we", "мы");

  private static final List<String> LEAD_INS =
      List.of(
          "ну что",
          "ну вот",
          "наконец",
          "итак",
          "сегодня",
          "вот и",
          "вот ",
          "кек",
          "лол",
          "так,",
          "так вот",
          "друзья",
          "всем привет",
          "привет",
          "ок,",
          "so,",
          "so ",
          "finally",
          "today",
          "well,",
          "ok,",
          "okay",
          "hey",
          "lol");

  /** A drawback is said after what was done: it is not the gist. */
  private static final List<String> DRAWBACKS =
      List.of("минус", "недостат", "ограничени", "downside", "drawback", "limitation");

  private static final List<String> OPINIONS =
      List.of("имхо", "imho", "по-моему", "кажется", "как по мне", "in my opinion", "i think");

  private static final Pattern FIGURE =
      Pattern.compile(
          "\\d+(?:[.,]\\d+)?\\s?(?:%|x|×|[kmbкмб]\\b)|\\b\\d+[.,]?\\d*\\b|вдвое|втрое|вчетверо|twice",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private static final Pattern SPACES = Pattern.compile("\\s+");

  private static final Pattern LATIN_NAME =
      Pattern.compile("\\b(?:[A-Z][A-Za-z0-9]*[A-Z0-9][A-Za-z0-9-]*|[A-Z]{2,}[a-z]*)\\b");

  public static String of(String text) {
    return of(text, null);
  }

  /**
   * The gist of a review of the paper with this title.
   *
   * @param title the paper's title, whose words mark sentences about the paper; may be null
   */
  public static String of(String text, String title) {
    if (text == null || text.isBlank()) {
      return "";
    }
    List<String> sentences = sentences(text);
    if (sentences.isEmpty()) {
      return "";
    }
    Set<String> titleWords = titleWords(title);
    List<Scored> scored = new ArrayList<>();
    for (int i = 0; i < sentences.size(); i++) {
      scored.add(new Scored(i, sentences.get(i), score(sentences.get(i), i, titleWords)));
    }
    List<Scored> best = new ArrayList<>(scored);
    best.sort(Comparator.comparingDouble(Scored::score).reversed());
    List<Scored> chosen = new ArrayList<>();
    if (best.get(0).score() < CONTENT) {
      chosen.addAll(scored.subList(0, Math.min(SENTENCES, scored.size())));
    } else {
      chosen.add(best.get(0));
      for (Scored next : best.subList(1, best.size())) {
        if (chosen.size() >= SENTENCES || next.score() < best.get(0).score() / 2) {
          break;
        }
        if (chosen.get(0).text().length() + 1 + next.text().length() <= MAX) {
          chosen.add(next);
        }
      }
      chosen.sort(Comparator.comparingInt(Scored::index));
    }
    StringBuilder gist = new StringBuilder();
    for (Scored s : chosen) {
      gist.append(gist.length() == 0 ? "" : " ").append(s.text());
    }
    return clip(gist.toString());
  }

  private record Scored(int index, String text, double score) {}

  static double score(String sentence, int index, Set<String> titleWords) {
    String lower = sentence.toLowerCase(Locale.ROOT);
    List<String> words = words(lower);
    double score = 0.5 / (1 + index);
    score += 2 * Math.min(3, cueKinds(words));
    score += figures(sentence);
    Set<String> named = new HashSet<>();
    for (String w : words) {
      if (titleWords.contains(w)) {
        named.add(w);
      }
    }
    // A Latin name starts at an ASCII capital: the matcher is tried only there, as a scan would
    // fail at every position in between.
    Matcher latin = at(LATIN_NAME, sentence);
    int from = nextCapital(sentence, 0);
    while (from >= 0) {
      if (latin.region(from, sentence.length()).lookingAt()) {
        named.add(latin.group().toLowerCase(Locale.ROOT));
        from = nextCapital(sentence, latin.end());
      } else {
        from = nextCapital(sentence, from + 1);
      }
    }
    score += Math.min(2, named.size());
    String start = lower.substring(leadingMarks(lower));
    if (startsWithAny(start, LEAD_INS)) {
      score -= 3;
    }
    String end = sentence.strip();
    if (end.endsWith("?") || end.endsWith(":")) {
      score -= 2;
    }
    if (end.endsWith("!") || end.contains(")))")) {
      score -= 1;
    }
    if (startsWithAny(start, DRAWBACKS)) {
      score -= 1;
    }
    if (containsAny(lower, OPINIONS)) {
      score -= 1;
    }
    if (words.size() < 4) {
      score -= 1;
    }
    return score;
  }

  /**
   * How many leading characters are white space ({@code \s}), dashes, bullets or asterisks: a
   * sentence's list marks, skipped before its lead-in is read.
   */
  private static int leadingMarks(String s) {
    int i = 0;
    while (i < s.length() && isLeadingMark(s.charAt(i))) {
      i++;
    }
    return i;
  }

  private static boolean isLeadingMark(char c) {
    return c == ' '
        || c == '\t'
        || c == '\n'
        || c == '\u000B'
        || c == '\f'
        || c == '\r'
        || c == '-'
        || c == '–'
        || c == '—'
        || c == '•'
        || c == '*';
  }

  private static boolean startsWithAny(String s, List<String> prefixes) {
    for (String prefix : prefixes) {
      if (s.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }

  private static boolean containsAny(String s, List<String> parts) {
    for (String part : parts) {
      if (s.contains(part)) {
        return true;
      }
    }
    return false;
  }

  /**
   * How many kinds of cue the words say. Cues are looked up by a word's first letter: most words
   * start no cue, and comparing each word with every cue was the largest cost of a summary.
   */
  private static int cueKinds(List<String> words) {
    int kinds = 0;
    for (String word : words) {
      List<Cue> cues = word.isEmpty() ? null : CUES_BY_FIRST.get(word.charAt(0));
      if (cues == null) {
        continue;
      }
      for (Cue cue : cues) {
        if ((kinds & (1 << cue.kind())) == 0
            && (cue.whole() ? word.equals(cue.text()) : word.startsWith(cue.text()))) {
          kinds |= 1 << cue.kind();
        }
      }
    }
    return Integer.bitCount(kinds);
  }

  /** One cue of a kind ({@link #CUES}): a word start, or a whole word ({@link #WHOLE_CUES}). */
  private record Cue(String text, int kind, boolean whole) {}

  private static final Map<Character, List<Cue>> CUES_BY_FIRST = cuesByFirst();

  private static Map<Character, List<Cue>> cuesByFirst() {
    Map<Character, List<Cue>> out = new HashMap<>();
    for (int kind = 0; kind < CUES.size(); kind++) {
      for (String cue : CUES.get(kind)) {
        out.computeIfAbsent(cue.charAt(0), k -> new ArrayList<>())
            .add(new Cue(cue, kind, WHOLE_CUES.contains(cue)));
      }
    }
    return Map.copyOf(out);
  }

  /**
   * Figures in the sentence, at most two. A figure starts at a digit or at the first letter of a
   * word figure ({@link #FIGURE}), so the matcher is tried only where one may start: running it
   * over every position of every sentence was most of the cost of a summary.
   */
  private static int figures(String sentence) {
    int figures = 0;
    Matcher f = at(FIGURE, sentence);
    int from = nextFigureStart(sentence, 0);
    while (from >= 0 && figures < 2) {
      if (f.region(from, sentence.length()).lookingAt()) {
        figures++;
        from = nextFigureStart(sentence, f.end());
      } else {
        from = nextFigureStart(sentence, from + 1);
      }
    }
    return figures;
  }

  /**
   * A matcher tried at chosen positions, as a scan would try them: word boundaries see the text
   * before the position.
   */
  private static Matcher at(Pattern pattern, String text) {
    return pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
  }

  /**
   * Where a match of {@link #FIGURE} may start at or after {@code from}, or -1: a digit, or a
   * character that the pattern's Unicode case-insensitive matching takes for the first letter of
   * "вдвое", "втрое", "вчетверо" or "twice".
   */
  private static int nextFigureStart(String s, int from) {
    for (int i = from; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        return i;
      }
      int folded = MatchStarts.fold(c);
      if (folded == 'в' || folded == 't') {
        return i;
      }
    }
    return -1;
  }

  /** Where the next ASCII capital stands at or after {@code from}, or -1. */
  private static int nextCapital(String s, int from) {
    for (int i = from; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        return i;
      }
    }
    return -1;
  }

  private static Set<String> titleWords(String title) {
    Set<String> out = new HashSet<>();
    if (title == null) {
      return out;
    }
    for (String word : words(title.toLowerCase(Locale.ROOT))) {
      if (word.length() >= 4) {
        out.add(word);
      }
    }
    return out;
  }

  /**
   * The words of a text, as the matches of {@code [\p{L}\p{N}]+(?:[.,]\p{N}+)*} would give them
   * ("3.5", "1,2", "llama"), read in one pass over the characters rather than by the pattern's
   * scan.
   */
  static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    int n = text.length();
    int i = 0;
    while (i < n) {
      int c = text.codePointAt(i);
      if (!isLetterOrNumber(c)) {
        i += Character.charCount(c);
        continue;
      }
      int start = i;
      i = skip(text, i, true);
      while (i + 1 < n
          && (text.charAt(i) == '.' || text.charAt(i) == ',')
          && isNumber(text.codePointAt(i + 1))) {
        i = skip(text, i + 1, false);
      }
      out.add(text.substring(start, i));
    }
    return out;
  }

  /** Past the letters and numbers (or numbers only) from {@code i}. */
  private static int skip(String text, int i, boolean letters) {
    int n = text.length();
    while (i < n) {
      int c = text.codePointAt(i);
      if (!(letters ? isLetterOrNumber(c) : isNumber(c))) {
        break;
      }
      i += Character.charCount(c);
    }
    return i;
  }

  /**
   * {@code \p{L}} or {@code \p{N}}; ASCII and the Russian alphabet answered without the character
   * tables, as most characters of a review are.
   */
  private static boolean isLetterOrNumber(int c) {
    if (c < 128) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
    if (c >= 'А' && c <= 'я') {
      return true;
    }
    return Character.isLetter(c) || isNumber(c);
  }

  /** {@code \p{N}}: a decimal digit, a letter number or another number ("²", "Ⅻ"). */
  private static boolean isNumber(int c) {
    if (c < 128) {
      return c >= '0' && c <= '9';
    }
    int type = Character.getType(c);
    return type == Character.DECIMAL_DIGIT_NUMBER
        || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER;
  }

  /**
   * The review's sentences: a line break ends one too, since posts often skip the full stop; a line
   * without letters (a link marker, a row of emoji) is none.
   */
  static List<String> sentences(String text) {
    List<String> out = new ArrayList<>();
    for (String line : lines(text)) {
      StringBuilder sentence = new StringBuilder();
      String flat = (hasSpaceToFold(line) ? SPACES.matcher(line).replaceAll(" ") : line).strip();
      for (int i = 0; i < flat.length(); i++) {
        char c = flat.charAt(i);
        sentence.append(c);
        boolean end = c == '.' || c == '!' || c == '?' || c == '…';
        if (end
            && (i + 1 == flat.length() || flat.charAt(i + 1) == ' ')
            && !(c == '.' && abbreviation(sentence))) {
          add(out, sentence.toString());
          sentence.setLength(0);
        }
      }
      add(out, sentence.toString());
    }
    return out;
  }

  /**
   * The text cut at every line break ({@code \R}: CR LF, or one of LF, VT, FF, CR, NEL, LS, PS), as
   * {@code Pattern.compile("\\R").split} would cut it but for trailing empty lines, which hold no
   * sentence; one pass over the characters instead of the pattern's scan.
   */
  static List<String> lines(String text) {
    List<String> out = new ArrayList<>();
    int start = 0;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == '\n'
          || c == '\u000B'
          || c == '\f'
          || c == '\r'
          || c == '\u0085'
          || c == '\u2028'
          || c == '\u2029') {
        out.add(text.substring(start, i));
        if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
          i++;
        }
        start = i + 1;
      }
    }
    out.add(text.substring(start));
    return out;
  }

  /** Whether {@link #SPACES} would change the line: a run of spaces or another white space. */
  private static boolean hasSpaceToFold(String line) {
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
        return true;
      }
      if (c == ' ' && i + 1 < line.length() && line.charAt(i + 1) == ' ') {
        return true;
      }
    }
    return false;
  }

  private static void add(List<String> out, String sentence) {
    String s = sentence.strip();
    int letters = 0;
    for (int i = 0; i < s.length() && letters < 2; ) {
      int c = s.codePointAt(i);
      if (Character.isLetter(c)) {
        letters++;
      }
      i += Character.charCount(c);
    }
    if (letters >= 2) {
      out.add(s);
    }
  }

  private static final Set<String> ABBREVIATIONS =
      Set.of("al.", "vs.", "fig.", "eq.", "см.", "рис.", "др.", "etc.");

  /** "т.е.", "e.g.", "et al.", "vs.": a full stop that ends no sentence. */
  private static boolean abbreviation(CharSequence sentence) {
    String s = sentence.toString();
    int space = s.lastIndexOf(' ');
    String last = s.substring(space + 1).toLowerCase(Locale.ROOT);
    int dot = last.indexOf('.');
    return (dot >= 0 && dot < last.length() - 1) || ABBREVIATIONS.contains(last);
  }

  /** Whole sentences as they are; a gist past {@link #MAX} cut at a word, with "…". */
  private static String clip(String gist) {
    if (gist.length() <= MAX) {
      return gist;
    }
    int cut = gist.lastIndexOf(' ', MAX - 1);
    if (cut < MAX / 2) {
      cut = MAX - 1;
    }
    return gist.substring(0, cut).replaceAll("[\\s,;:–-]+$", "") + "…";
  }
}
