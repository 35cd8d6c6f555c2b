package dev.paperlens.corpus;

import java.util.regex.Pattern;

/**
 * Where the sentence or the clause around a place of a body starts and ends, and whether a sentence
 * sets the names in it as later or earlier work: the bounds the rules of {@link IntroducedNames}
 * weigh a name within.
 */
final class Sentences {
  private Sentences() {}

  /** Words that set a name as later work: "впоследствии появилась версия Mamba-2". */
  private static final Pattern LATER =
      Pattern.compile(
          "(?iu)(?<![\\p{L}])(?:впоследствии|позже|позднее|потом|затем появил\\p{L}*|later"
              + "|subsequently|follow-up)(?![\\p{L}])");

  /** Whether a sentence sets the names in it as later work ("впоследствии появилась Mamba-2"). */
  static boolean setsLater(String sentence) {
    return LATER.matcher(sentence).find();
  }

  /**
   * Whether a sentence sets the names in it as later work or as earlier work ({@link
   * NameDefinitions#earlier}): a variant or a member written there is not the paper's.
   */
  static boolean setsLaterOrEarlier(String sentence) {
    return setsLater(sentence) || NameDefinitions.earlier(sentence);
  }

  /** The sentence holding {@code at}: from the last sentence end before it to the next. */
  static String sentenceAround(String body, int at) {
    int start = at;
    while (start > 0 && !endsSentence(body, start - 1)) {
      start--;
    }
    int end = at;
    while (end < body.length() && !endsSentence(body, end)) {
      end++;
    }
    return body.substring(start, end);
  }

  /** Whether the character at {@code i} ends a sentence; a dot inside "1.5" does not. */
  private static boolean endsSentence(String body, int i) {
    char c = body.charAt(i);
    if (c == '.') {
      return i + 1 >= body.length() || !Character.isLetterOrDigit(body.charAt(i + 1));
    }
    return "!?\n;".indexOf(c) >= 0;
  }

  /** Where the clause holding {@code at} starts: after a comma, colon, semicolon or a sentence. */
  static int clauseStart(String body, int at) {
    for (int k = at - 1; k >= 0 && k >= at - 300; k--) {
      char c = body.charAt(k);
      if (c == ',' || c == ';' || c == ':' || c == '\n' || c == '!' || c == '?' || c == '.') {
        return k + 1;
      }
    }
    return Math.max(0, at - 300);
  }
}
