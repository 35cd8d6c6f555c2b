package dev.paperlens.corpus;

import dev.paperlens.text.LatinNames;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names the words right after them give to the paper's authors: "датасет X, который собрали
 * авторы", "X, предложенный в статье", "X, which we propose", "X, introduced in this paper", "X (30
 * задач, которые сами и собрали)": "сами" with no one named is the authors, and a clause inside a
 * gloss in brackets gives the name the gloss follows. Russian and English put the maker after the
 * thing in a relative clause or a participle; a cue before the name ({@link IntroducedNames})
 * misses this order.
 */
final class AttributedNames {
  private AttributedNames() {}

  /** A name of one to three Latin words: "LLaVA-Instruct-158K", "Zorb Bench". */
  private static final String NAME =
      "(?<name>[A-Za-z0-9]*[A-Z][A-Za-z0-9]*(?:[-_.+][A-Za-z0-9]+)*"
          + "(?: [A-Z0-9][A-Za-z0-9]*(?:[-_.+][A-Za-z0-9]+)*){0,2})";

  /** A gloss in brackets between the name and the clause: "X (158 тысяч примеров),". */
  private static final String GLOSS = "(?: \\([^()\\n]{1,60}\\))?";

  /** Russian making verbs in the past, as a relative clause sets them. */
  private static final String MADE_RU =
      "(?:собрали|сделали|предложили|обучили|построили|разработали|создали|придумали"
          + "|выпустили|представили|натренировали|разметили|сгенерировали)";

  /** Russian past participles of making, declined. */
  private static final String MADE_PARTICIPLE_RU =
      "(?:собранн|предложенн|созданн|разработанн|обученн|построенн|придуманн|представленн"
          + "|размеченн|сгенерированн)\\p{L}*";

  /** Who made it, when the words say it is the paper: the authors, this paper, here. */
  private static final String BY_AUTHORS_RU =
      "(?:авторами(?: статьи| работы)?|в (?:этой|данной|самой) (?:статье|работе)|здесь|тут)";

  /** The clause after a name that gives it to the authors. */
  static final Pattern CLAUSE =
      Pattern.compile(
          "(?<![\\p{L}])(?:"
              // "X, который собрали авторы", "X, которую авторы предложили"
              + "котор\\p{L}+ (?:(?:авторы|мы|они|сами авторы|сами(?: и)?) "
              + MADE_RU
              + "|"
              + MADE_RU
              + " (?:авторы|мы|они|сами авторы))(?![\\p{L}])"
              // "X, собранный авторами", "X, предложенный в этой статье"
              + "|"
              + MADE_PARTICIPLE_RU
              + " "
              + BY_AUTHORS_RU
              + "(?![\\p{L}])"
              // "X, which we propose", "X, that the authors collected"
              + "|(?:which|that) (?:we|the authors) (?:propose|introduce|present|build|collect"
              + "|construct|train|release|create|design)(?:d|ed)?\\b"
              // "X, introduced in this paper", "X, proposed by the authors"
              + "|(?:proposed|introduced|presented|collected|built|constructed|released|created)"
              + " (?:in this (?:paper|work)|here|by the authors)\\b)");

  /**
   * The first three characters of every word {@link #CLAUSE} starts with: the pattern is tried only
   * there (a scan tried its lookbehind and a dozen alternatives at every character of every body, a
   * fifth of reading a library's abstracts). {@code AttributedNamesTest} checks the list against
   * the pattern.
   */
  static final MatchStarts.Beginnings CLAUSE_BEGINNINGS =
      MatchStarts.Beginnings.ofWords(
          "котор",
          "собранн",
          "предложенн",
          "созданн",
          "разработанн",
          "обученн",
          "построенн",
          "придуманн",
          "представленн",
          "размеченн",
          "сгенерированн",
          "which",
          "that",
          "proposed",
          "introduced",
          "presented",
          "collected",
          "built",
          "constructed",
          "released",
          "created");

  /** The name right before such a clause, with a gloss and a comma or a dash between. */
  private static final Pattern NAME_BEFORE =
      Pattern.compile("(?<![\\p{L}\\p{N}-])" + NAME + GLOSS + "(?:,| —| -)? ?$");

  /** How far inside a gloss in brackets a clause may stand and still give the glossed name. */
  private static final int GLOSS_REACH = 80;

  /** How far before its clause a name may start. */
  private static final int REACH = 120;

  /**
   * Adds each name the clause after it gives to the authors, unless its sentence sets it earlier or
   * the body already gave it to prior work. The clause is found first, the name read back from it,
   * so a body with no such clause costs one scan.
   */
  static void add(String body, Set<String> prior, Set<String> names) {
    MatchStarts clauses = MatchStarts.of(CLAUSE, body, CLAUSE_BEGINNINGS);
    Matcher clause = clauses.matcher();
    while (clauses.find()) {
      int end = clause.start();
      int open = body.lastIndexOf('(', end);
      if (open > 0 && end - open < GLOSS_REACH && body.indexOf(')', open) > end) {
        // "DMLab-30 (30 задач в DeepMind Lab, которые сами и собрали)": a clause inside a gloss
        // gives the glossed name, not the last word of the gloss
        end = open;
      }
      Matcher m = NAME_BEFORE.matcher(body).region(Math.max(0, end - REACH), end);
      m.useTransparentBounds(true);
      if (!m.find()) {
        continue;
      }
      String name = m.group("name");
      if (prior.contains(name)
          || LatinNames.isGeneric(name)
          || !LatinNames.hasAsciiLetter(name)
          || NameDefinitions.earlier(Sentences.sentenceAround(body, m.start()))) {
        continue;
      }
      names.add(name);
    }
  }
}
