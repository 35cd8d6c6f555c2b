package dev.paperlens.corpus;

import dev.paperlens.text.LatinNames;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A name in quotes after a kind a demonstrative or "our" points back to ("Этот метод «Inner
 * Monologue»", "наш датасет «Zorbset»"): the thing the text has just described, named.
 */
final class QuotedNames {
  private QuotedNames() {}

  /**
   * "Этот метод «Inner Monologue»", "наш датасет «Zorbset»", "this method, \"X\"": a name in quotes
   * after a kind that a demonstrative or "our" points back to — the thing the text has just
   * described, named.
   */
  private static final Pattern KIND_BEFORE_QUOTE =
      Pattern.compile(
          "(?iu)(?<![\\p{L}])(?:эт(?:от|а|о|им|ом|ой|у)|так(?:ой|ая|ое|им)|наш(?:а|е|им|ем)?|свой"
              + "|сво(?:я|е|ю|им)|this|our)"
              + " (?:метод\\p{L}*|подход\\p{L}*|алгоритм\\p{L}*|модел\\p{L}*|датасет\\p{L}*"
              + "|бенчмарк\\p{L}*|фреймворк\\p{L}*|архитектур\\p{L}*|техник\\p{L}*|трюк\\p{L}*"
              + "|механизм\\p{L}*|при[её]м\\p{L}*|method|approach|technique|model|dataset|benchmark"
              + "|framework),? $");

  /** A Latin name of one to four words in quotes, from after the opening quote. */
  private static final Pattern QUOTED_NAME =
      Pattern.compile("(?<name>[A-Z][A-Za-z0-9-]*(?: [A-Za-z0-9][A-Za-z0-9-]*){0,3})[»\"”]");

  /** How far before its opening quote the demonstrative and the kind may start. */
  private static final int KIND_REACH = 40;

  /**
   * The names in quotes after a kind a demonstrative points back to ({@link #KIND_BEFORE_QUOTE}),
   * read from each opening quote back, so a body is scanned once for its quotes only.
   */
  static void quotedAfterKind(String body, Set<String> prior, Set<String> names) {
    Matcher kind = KIND_BEFORE_QUOTE.matcher(body).useTransparentBounds(true);
    Matcher quoted = QUOTED_NAME.matcher(body);
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if ((c != '«' && c != '"' && c != '“')
          || i < 6
          || body.charAt(i - 1) != ' '
          || !quoted.region(i + 1, body.length()).lookingAt()
          || !kind.region(Math.max(0, i - KIND_REACH), i).find()) {
        continue;
      }
      String name = quoted.group("name");
      int end = quoted.end();
      String sentence = Sentences.sentenceAround(body, i);
      if (!prior.contains(name)
          && !LatinNames.isGeneric(name)
          && !Sentences.setsLaterOrEarlier(sentence)
          && !NameDefinitions.cited(body.substring(end, Math.min(body.length(), end + 30)))) {
        names.add(name);
      }
    }
  }
}
