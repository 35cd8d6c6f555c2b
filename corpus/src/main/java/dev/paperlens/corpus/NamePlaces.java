package dev.paperlens.corpus;

import dev.paperlens.text.LatinNames;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names that stand outside the prose's cues: a picture's caption ("на картинке — схема MuZero",
 * "Figure 1: overview of Zorblax"). A post shows a diagram of the thing it is about, so a name a
 * caption shows that the body keeps writing is the paper's.
 */
final class NamePlaces {
  private NamePlaces() {}

  /** How often the body must write a caption's name, the caption included. */
  static final int MIN_USES = 3;

  /**
   * A caption: where a picture is ("на картинке", "на схеме", "Figure 2:"), a dash or colon, at
   * most one word for what the picture shows (схема, архитектура, overview …), then the name.
   */
  private static final Pattern CAPTION =
      Pattern.compile(
          "(?iu)(?<![\\p{L}])(?:на (?:картинке|картинках|рисунке|схеме|фото|иллюстрации|скрине"
              + "|слайде|диаграмме)|(?:fig\\.|figure|рис\\.|рисунок) ?\\d+)\\s*[—–:-]?\\s*"
              + "(?:(?:схема|архитектура|устройство|пайплайн|общая схема|overview of|architecture"
              + " of|the architecture of|the)\\s+)?(?<name>[A-Za-z][A-Za-z0-9]*(?:[-.][A-Za-z0-9]+)*)"
              + "(?![\\p{L}\\d])");

  /**
   * Adds the name a caption shows when the body writes it at least {@link #MIN_USES} times and does
   * not give it to earlier work.
   */
  static void captions(String body, Set<String> prior, Set<String> names) {
    if (body.indexOf("на ") < 0 && body.indexOf("ig") < 0 && body.indexOf("рис") < 0) {
      return;
    }
    MatchStarts captions = MatchStarts.of(CAPTION, body, NamePlaces::mayStartCaption);
    Matcher m = captions.matcher();
    while (captions.find()) {
      String name = m.group("name");
      if (!hasCapitalInside(name)
          || prior.contains(name)
          || LatinNames.isGeneric(name)
          || uses(body, name) < MIN_USES
          || NameDefinitions.earlier(IntroducedNames.sentenceAround(body, m.start()))) {
        continue;
      }
      names.add(name);
    }
  }

  /**
   * A character {@link #CAPTION} can start with (case folded): "на …", "fig …", "figure …", "рис
   * …", "рисунок …": the pattern is tried only there, since almost every body writes "на " and a
   * scan tried it at every position.
   */
  private static boolean mayStartCaption(int c) {
    return MatchStarts.foldsTo(c, 'н')
        || MatchStarts.foldsTo(c, 'f')
        || MatchStarts.foldsTo(c, 'р');
  }

  /** A coined shape: a capital after a letter or a digit ("MuZero", "GPT4", "T5"). */
  private static boolean hasCapitalInside(String name) {
    for (int i = 1; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isDigit(c)
          || (c >= 'A' && c <= 'Z' && Character.isLetter(name.charAt(i - 1)))) {
        return true;
      }
    }
    return false;
  }

  /** How often the body writes the name as a word of its own. */
  private static int uses(String body, String name) {
    int count = 0;
    int from = 0;
    while (true) {
      int at = body.indexOf(name, from);
      if (at < 0) {
        return count;
      }
      int end = at + name.length();
      if ((at == 0 || !Character.isLetterOrDigit(body.charAt(at - 1)))
          && (end == body.length() || !Character.isLetterOrDigit(body.charAt(end)))) {
        count++;
      }
      from = end;
    }
  }
}
