package dev.paperlens.corpus;

import dev.paperlens.text.LatinNames;
import dev.paperlens.text.NameMatcher;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The name a post opens by showing: "OpenAI вчера показали GPT-2 и…", "FAIR вместе с Inria выложили
 * DINO, и это…", "из него вылупился Lion". A channel post whose title does not name the paper
 * ("Language Models are Unsupervised Multitask Learners") says in its first sentence who shows
 * what, and the thing shown is what the post is about when the body comes back to it.
 *
 * <p>Read in channel posts, which have a title, and not in abstracts (digests, library entries),
 * which open with the work they build on ("Recently, Meta released LLaMA, …"). Read only when
 * nothing found so far names the paper in the opening sentence and no name the title gives is
 * written in the body: then the opening is the post's own word on its subject. A verb of showing or
 * releasing is not a cue anywhere else in a body ("подставили PaLM", "выложили Detectron, так что
 * самое время разобрать статью" under a title that names Mask R-CNN), because later sentences show
 * other people's things as often as the paper's.
 */
final class OpeningNames {
  private OpeningNames() {}

  /** How far into a body its opening sentence may reach. */
  private static final int OPENING = 400;

  /** Verbs of showing or releasing a thing, in the past tense, then a space. */
  private static final Pattern SHOWN =
      Pattern.compile(
          "(?<![\\p{L}])(?:[Пп]оказал\\p{L}*|[Вв]ыложил\\p{L}*|[Вв]ыпустил\\p{L}*"
              + "|[Пп]редставил\\p{L}*|[Вв]ыкатил\\p{L}*|[Рр]елизнул\\p{L}*|[Оо]публиковал\\p{L}*"
              + "|[Аа]нонсировал\\p{L}*|[Вв]ылупил\\p{L}*|[Ss]howed"
              + "|[Rr]eleased|[Uu]nveiled|[Pp]resented|[Ii]ntroduced|[Oo]pen-sourced) ");

  private static final Pattern NAME = NameShapes.NAME;

  /**
   * Adds the name right after the opening sentence's verb of showing when the body writes it again
   * (in either script) and nothing sets it as earlier work.
   *
   * @param titleNames the names the title gave, before the body was read
   * @param prior names the body sets as prior work
   */
  static void add(String body, Set<String> titleNames, Set<String> prior, Set<String> names) {
    String opening = opening(body);
    for (String name : names) {
      if (NameShapes.atWordStart(opening, name, 0) >= 0) {
        return; // the opening already names the paper
      }
    }
    for (String head : titleNames) {
      if (TitleHeads.writes(body, head)) {
        return; // the title names the paper and the body agrees
      }
    }
    Matcher verb = SHOWN.matcher(opening);
    if (!verb.find()) {
      return;
    }
    int at = NameShapes.skipSpacesAndQuotes(opening, verb.end());
    Matcher name = NAME.matcher(opening).region(at, opening.length());
    if (!name.lookingAt()) {
      return;
    }
    String shown = name.group();
    if (LatinNames.isGeneric(shown)
        || prior.contains(shown)
        || NameDefinitions.earlier(
            opening.substring(Sentences.clauseStart(opening, verb.start()), verb.start()))
        || NameDefinitions.cited(
            opening.substring(name.end(), Math.min(opening.length(), name.end() + 30)))) {
      return;
    }
    List<NameMatcher.Match> uses = NameMatcher.of(List.of(shown)).find(body);
    if (uses.size() >= 2) {
      names.add(shown);
    }
  }

  /** The body's first sentence, or its first {@link #OPENING} characters. */
  private static String opening(String body) {
    String start = body.substring(0, Math.min(body.length(), OPENING));
    return Sentences.sentenceAround(start, 0);
  }
}
