package dev.paperlens.corpus;

import dev.paperlens.text.Abbreviation;
import dev.paperlens.text.CrossScript;
import dev.paperlens.text.LatinNames;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names a body defines ("Ghost Attention (GAtt)", "CLIP (Contrastive Language-Image
 * Pre-training)", "Querying Transformer, dubbed Q-Former", "генерации, дополненной поиском (RAG)"),
 * each weighed as evidence that the reviewed paper introduces it: where it stands, whether an
 * authors' cue leads to it, how often the body uses it after, whether the title shares its words,
 * and whether the sentence says it is prior work ("et al.", "до этого", "в отличие от"). A
 * definition is taken when its evidence reaches {@link #THRESHOLD}; a definition whose one side is
 * already the paper's name gives the other side whatever its score, unless it is prior work.
 */
final class NameDefinitions {
  /** The evidence a definition needs to be the paper's. */
  static final double THRESHOLD = 2.5;

  /** "Long Name (ABBR)": a short form in brackets after the words it abbreviates. */
  private static final Pattern BRACKETED_SHORT =
      Pattern.compile("\\((?<short>[A-Za-z][A-Za-z0-9]*(?:[-.][A-Za-z0-9]+)*)\\)");

  /** "ABBR (Long Name)": the long form in brackets after the short one. */
  private static final Pattern BRACKETED_LONG =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}])(?<short>[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*) \\((?<long>[A-Z][A-Za-z0-9-]*(?: [A-Za-z][A-Za-z0-9-]*){1,7})\\)");

  /** "Long Name, dubbed ABBR", "Long Name, он же ABBR": an aliasing phrase between the two. */
  private static final Pattern ALIASED =
      Pattern.compile(
          ",? (?:dubbed|termed|called|named|aka|a\\.k\\.a\\.|он же|она же|или просто|или"
              + " коротко|сокращённо|сокращенно|для краткости) (?<short>[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*)");

  /**
   * How the word after the space of every match of {@link #ALIASED} starts, to skip a body that has
   * none in one pass (a {@code contains} per word made eleven passes over every abstract).
   */
  static final MatchStarts.Beginnings ALIAS_WORDS =
      MatchStarts.Beginnings.of(
          "dubbed",
          "termed",
          "called",
          "named",
          "aka",
          "a.k.a.",
          "он же",
          "она же",
          "или",
          "сокращ",
          "для краткости");

  /** Words that say a name is someone else's, in the sentence that defines it. */
  private static final Pattern PRIOR_WORK =
      Pattern.compile(
          "(?iu)(?<![\\p{L}])(?:et al|предыдущ\\p{L}*|прошл(?:ой|ых|ом|ая) работ\\p{L}*|ранее|раньше"
              + "|до этого|незадолго|в отличие от|previous\\p{L}*|prior work|earlier|unlike"
              + "|ещ[её] в (?:19|20)\\d\\d)(?![\\p{L}])|\\((?:19|20)\\d\\d\\)");

  /**
   * "Instead of": what it governs is someone else's, up to a dash or a colon, after which the
   * sentence gives what replaces it ("вместо NSP из BERT'а — предсказание порядка предложений
   * (SOP)").
   */
  private static final Pattern INSTEAD =
      Pattern.compile("(?iu)(?<![\\p{L}])(?:вместо|instead of)(?![\\p{L}])");

  /** What closes the phrase "instead of" governs: a dash between spaces, a colon. */
  private static final Pattern REPLACEMENT_FOLLOWS = Pattern.compile(" [—–-] |: ");

  /** Words before a cue that set it in the past: "незадолго до этого Сонг предложили X". */
  private static final Pattern EARLIER =
      Pattern.compile(
          "(?iu)(?<![\\p{L}])(?:предыдущ\\p{L}*|прошл(?:ой|ых|ом|ая) работ\\p{L}*|ранее|раньше"
              + "|до этого|незадолго|previously|earlier|in prior work)(?![\\p{L}])");

  /** A citation right after a name: "X (Liu et al.)", "придумали ее Liu et al. еще в 2022". */
  private static final Pattern CITED =
      Pattern.compile("(?iu)(?<![\\p{L}])et al(?![\\p{L}])|\\((?:19|20)\\d\\d\\)");

  /** Words that set a name as what the paper is compared with: "в отличие от ISM", "unlike ISM". */
  private static final Pattern COMPARED =
      Pattern.compile(
          "(?iu)(?<![\\p{L}])(?:в отличие от|по сравнению с|сравнива\\p{L}* с|unlike|compared"
              + " (?:to|with)|than|чем"
              + "|вместо|instead of|outperform\\p{L}*|превосход\\p{L}*|обход\\p{L}*|бь[её]т)$");

  /**
   * A cue that names what follows ("авторы называют это обучением … (RLAIF)"): a Russian
   * description it leads to needs no later uses to be the paper's, as one after "предлагаем" does.
   */
  private static final Pattern NAMING_CUE =
      Pattern.compile(
          "(?iu)(?:назва\\p{L}*|называ\\p{L}*|зов\\p{L}*|окрести\\p{L}*|dubbed|called|named|termed)"
              + "(?: (?:это|его|ее|её|их|it|them))?$");

  /** Words that say the authors speak of their own work. */
  private static final Pattern OWN =
      Pattern.compile("(?iu)(?<![\\p{L}])(?:мы|наш\\p{L}*|we|our|авторы)(?![\\p{L}])");

  private NameDefinitions() {}

  /** One definition and its evidence. */
  record Definition(String shortForm, String longForm, double score, boolean prior) {}

  /**
   * Adds to {@code names} the definitions of {@code body} that are the paper's.
   *
   * @param title the post's title, or null
   * @param body the post's body
   * @param cues where the body's authors' cues end, to tell a definition they lead to
   * @param names the names found so far, added to in place
   * @return the short forms of the definitions that are prior work, which are not the paper's
   */
  static Set<String> add(String title, String body, List<Integer> cues, Set<String> names) {
    Set<String> prior = new HashSet<>();
    for (Definition d : find(title, body, cues, Set.copyOf(names))) {
      if (d.prior()) {
        prior.add(d.shortForm());
        continue;
      }
      boolean known =
          names.contains(d.shortForm()) || (d.longForm() != null && names.contains(d.longForm()));
      if (known || d.score() >= THRESHOLD) {
        if (d.longForm() != null) {
          names.add(d.longForm());
        }
        names.add(d.shortForm());
      }
    }
    return prior;
  }

  /** Every definition the body writes, scored. */
  static List<Definition> find(String title, String body, List<Integer> cues, Set<String> named) {
    List<Definition> found = new ArrayList<>();
    if (body.indexOf('(') >= 0) {
      Matcher m = BRACKETED_SHORT.matcher(body);
      while (m.find() && found.size() < 64) {
        String shortForm = m.group("short");
        if (!acceptableShort(shortForm)) {
          continue;
        }
        List<String> before = wordsBefore(body, m.start());
        String longForm = Abbreviation.longFormOf(shortForm, before);
        boolean russian =
            longForm == null
                && !before.isEmpty()
                && CrossScript.hasCyrillic(before.get(before.size() - 1));
        if (longForm == null && !russian) {
          continue;
        }
        int from = before.isEmpty() ? m.start() : m.start() - joinedLength(before, longForm);
        found.add(score(title, body, cues, named, shortForm, longForm, from, m.end()));
      }
      // The pattern is tried only from the word before each " (" to the ")" after it, where all
      // its matches are: run over the whole body it tried every word and was the costliest step
      // of reading a library's abstracts, for the same matches.
      m = BRACKETED_LONG.matcher(body).useTransparentBounds(true).useAnchoringBounds(false);
      int from = 0;
      while (found.size() < 64) {
        int open = body.indexOf(" (", from);
        int close = open < 0 ? -1 : body.indexOf(')', open);
        if (close < 0) {
          break;
        }
        int start = open;
        while (start > from && isShortFormChar(body.charAt(start - 1))) {
          start--;
        }
        if (!m.region(start, close + 1).find()) {
          from = open + 1;
          continue;
        }
        from = m.end();
        String shortForm = m.group("short");
        String longForm = m.group("long");
        if (acceptableShort(shortForm)
            && (Abbreviation.abbreviates(shortForm, longForm)
                || InnerCapitals.spells(shortForm, longForm))) {
          found.add(score(title, body, cues, named, shortForm, longForm, m.start(), m.end()));
        }
      }
    }
    if (!writesAfterSpace(body, ALIAS_WORDS)) {
      return found;
    }
    Matcher m = ALIASED.matcher(body);
    while (m.find() && found.size() < 64) {
      String shortForm = m.group("short");
      if (!acceptableShort(shortForm)) {
        continue;
      }
      String longForm = Abbreviation.longFormOf(shortForm, wordsBefore(body, m.start()));
      if (longForm != null) {
        int from = Math.max(0, m.start() - longForm.length());
        found.add(score(title, body, cues, named, shortForm, longForm, from, m.end()));
      }
    }
    return found;
  }

  /** A character {@link #BRACKETED_LONG}'s short form may have. */
  private static boolean isShortFormChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
  }

  // Patterns String.split and replaceAll compiled again on every call, compiled once.
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern QUOTES_AROUND = Pattern.compile("^[«\"“(]+|[»\"”),;:]+$");

  /** Whether a word after a space in {@code body} starts as one of {@code words} does. */
  static boolean writesAfterSpace(String body, MatchStarts.Beginnings words) {
    return words.afterSpaceIn(body);
  }

  /** Whether every name in {@code names} is the short form with a suffix: "RAG-Token" of "RAG". */
  private static boolean variantsOf(String shortForm, Set<String> names) {
    for (String name : names) {
      if (!name.startsWith(shortForm + "-") && !name.startsWith(shortForm + " ")) {
        return false;
      }
    }
    return true;
  }

  private static boolean acceptableShort(String shortForm) {
    return shortForm.length() >= 2
        && shortForm.length() <= 16
        && shortForm.chars().anyMatch(c -> c >= 'A' && c <= 'Z')
        && !LatinNames.isGeneric(shortForm);
  }

  private static Definition score(
      String title,
      String body,
      List<Integer> cues,
      Set<String> named,
      String shortForm,
      String longForm,
      int from,
      int to) {
    int sentenceStart = sentenceStart(body, from);
    int sentenceEnd = sentenceEnd(body, to);
    String sentence = body.substring(sentenceStart, sentenceEnd);
    boolean prior =
        PRIOR_WORK.matcher(sentence).find()
            || insteadOf(sentence, from - sentenceStart)
            || comparedWith(body, shortForm, to);
    double score = longForm != null ? 1.0 : 0.5;
    boolean cued = false;
    boolean calledByCue = false;
    for (int cue : cues) {
      if (cue >= sentenceStart && cue <= from && leadsTo(body, cue, from)) {
        cued = true;
        calledByCue |= NAMING_CUE.matcher(body.substring(Math.max(0, cue - 24), cue)).find();
      }
    }
    score += cued ? 1.5 : 0;
    int uses = usesAfter(body, shortForm, to, 3);
    score += 0.5 * uses;
    if (lineOf(body, sentenceStart) <= 1) {
      score += 0.5; // the first two lines say what the post is about
    }
    if (longForm != null && InnerCapitals.spells(shortForm, longForm)) {
      score += THRESHOLD; // capitals marked inside words: the spelling of whoever coined it
    }
    if (title != null && sharesWord(title, shortForm, longForm)) {
      score += 1.0;
    }
    if (OWN.matcher(sentence).find()) {
      score += 0.5;
    }
    if (named.isEmpty()) {
      score += 0.5; // nothing else names the paper
    } else if (!cued && !variantsOf(shortForm, named)) {
      score -= 1.0; // the paper is named already: an uncued definition is of something else
    }
    if (longForm == null && uses < 2 && !calledByCue) {
      score = Math.min(score, THRESHOLD - 0.5); // a Russian description alone is ambiguous
    }
    return new Definition(shortForm, longForm, score, prior);
  }

  /**
   * Whether the cue ending at {@code cue} leads to the definition starting at {@code from}: at most
   * a short Russian description between them ("придумали трюк Ghost Attention (GAtt)"), no other
   * name ("предлагаем TSM, который … в методе ISM (…)" leads to TSM only).
   */
  private static boolean leadsTo(String body, int cue, int from) {
    if (from - cue > 100) {
      return false;
    }
    for (int i = cue; i < from; i++) {
      char c = body.charAt(i);
      if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '(' || c == '.') {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether "вместо" or "instead of" in {@code sentence} governs the definition at {@code at}: it
   * does unless a dash or a colon stands between them, after which comes what replaces it.
   */
  private static boolean insteadOf(String sentence, int at) {
    Matcher m = INSTEAD.matcher(sentence);
    while (m.find()) {
      if (m.start() >= at || !REPLACEMENT_FOLLOWS.matcher(sentence.substring(m.end(), at)).find()) {
        return true;
      }
    }
    return false;
  }

  /** Whether the words before a cue set it in the past: the cue is someone else's. */
  static boolean earlier(String clauseBeforeCue) {
    return EARLIER.matcher(clauseBeforeCue).find();
  }

  /** Whether the words right after a name cite its authors: the name is someone else's. */
  static boolean cited(String afterName) {
    return CITED.matcher(afterName).find();
  }

  private static int lineOf(String body, int at) {
    int lines = 0;
    for (int i = body.indexOf('\n'); i >= 0 && i < at && lines < 2; i = body.indexOf('\n', i + 1)) {
      lines++;
    }
    return lines;
  }

  private static boolean sharesWord(String title, String shortForm, String longForm) {
    String lower = title.toLowerCase(Locale.ROOT);
    if (Pattern.compile("(?<![A-Za-z0-9])" + Pattern.quote(shortForm.toLowerCase(Locale.ROOT)))
        .matcher(lower)
        .find()) {
      return true;
    }
    return longForm != null && lower.contains(longForm.toLowerCase(Locale.ROOT));
  }

  /** Whether the body, after the definition, compares its method with the short form. */
  static boolean comparedWith(String body, String shortForm, int from) {
    Matcher use =
        Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(shortForm) + "(?![A-Za-z0-9])")
            .matcher(body);
    use.region(from, body.length());
    for (int seen = 0; seen < 8 && use.find(); seen++) {
      String before = body.substring(Math.max(0, use.start() - 24), use.start()).stripTrailing();
      if (COMPARED.matcher(before).find()) {
        return true;
      }
    }
    return false;
  }

  private static int usesAfter(String body, String shortForm, int from, int most) {
    Matcher use =
        Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(shortForm) + "(?![A-Za-z0-9])")
            .matcher(body);
    use.region(from, body.length());
    int uses = 0;
    while (uses < most && use.find()) {
      uses++;
    }
    return uses;
  }

  /** The words of the clause before {@code end}, at most twenty, Latin ones or Russian ones. */
  private static List<String> wordsBefore(String body, int end) {
    int from = Math.max(0, end - 200);
    String[] raw = SPACES.split(body.substring(from, end).strip());
    List<String> words = new ArrayList<>();
    for (int i = raw.length - 1; i >= 0 && words.size() < 20; i--) {
      String w = raw[i];
      if (w.isEmpty()) {
        break;
      }
      char last = w.charAt(w.length() - 1);
      if (!words.isEmpty() && (last == ',' || last == ';' || last == ':' || last == '.')) {
        break;
      }
      w = QUOTES_AROUND.matcher(w).replaceAll("");
      if (w.isEmpty()) {
        break;
      }
      words.add(0, w);
    }
    return words;
  }

  private static int joinedLength(List<String> before, String longForm) {
    return longForm != null ? longForm.length() + 1 : before.get(before.size() - 1).length() + 1;
  }

  private static int sentenceStart(String body, int at) {
    for (int i = Math.min(at, body.length()) - 1; i > 0; i--) {
      char c = body.charAt(i);
      if (c == '\n' || c == '!' || c == '?') {
        return i + 1;
      }
      if (c == '.' && i + 2 < body.length() && body.charAt(i + 1) == ' ') {
        if (endsSentenceAt(body, i)) {
          return i + 2;
        }
      }
    }
    return 0;
  }

  private static int sentenceEnd(String body, int at) {
    for (int i = at; i < body.length(); i++) {
      char c = body.charAt(i);
      if (c == '\n' || c == '!' || c == '?') {
        return i;
      }
      if (c == '.' && i + 2 < body.length() && body.charAt(i + 1) == ' ') {
        if (endsSentenceAt(body, i)) {
          return i;
        }
      }
    }
    return body.length();
  }

  /** Words that end in a dot without ending their sentence: "Liu et al. предложили". */
  private static final Set<String> ABBREVIATIONS =
      Set.of(
          "al", "e.g", "i.e", "cf", "vs", "fig", "eq", "см", "ср", "т.е", "т.к", "т.н", "напр",
          "рис", "англ", "др", "им");

  /**
   * Whether the dot at {@code dot}, a space after it, ends a sentence. A capital after it does; so
   * does a lower-case word, as posts start their sentences ("… (GAT). вместо …"), unless the dot
   * closes an abbreviation ("et al. предложили", "т.е. модель").
   */
  private static boolean endsSentenceAt(String body, int dot) {
    char next = body.charAt(dot + 2);
    if (Character.isUpperCase(next)) {
      return true;
    }
    if (!Character.isLetter(next)) {
      return false;
    }
    int start = dot;
    while (start > 0
        && (Character.isLetter(body.charAt(start - 1)) || body.charAt(start - 1) == '.')) {
      start--;
    }
    String word = body.substring(start, dot).toLowerCase(Locale.ROOT);
    return word.length() != 1 && !ABBREVIATIONS.contains(word);
  }
}
