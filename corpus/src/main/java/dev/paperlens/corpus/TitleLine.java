package dev.paperlens.corpus;

import java.lang.Character.UnicodeScript;

/**
 * Whether a line reads like a paper title: the reviews we read are Russian prose under an English
 * title, so a title is a short, mostly Latin line that is not a sentence ("Mamba: Linear-Time
 * Sequence Modeling with Selective State Spaces", "xLSTM: Extended Long Short-Term Memory").
 */
final class TitleLine {
  private TitleLine() {}

  static final int MIN_LENGTH = 8;
  static final int MAX_LENGTH = 250;

  /** The line without leading decoration (emoji, bullets, markdown stars), trimmed. */
  static String clean(String line) {
    int i = 0;
    while (i < line.length()) {
      int cp = line.codePointAt(i);
      if (Character.isLetterOrDigit(cp) || "\"'«([".indexOf(cp) >= 0) {
        break;
      }
      i += Character.charCount(cp);
    }
    return line.substring(i).strip();
  }

  static boolean looksLikeTitle(String line) {
    String title = clean(line);
    if (title.length() < MIN_LENGTH || title.length() > MAX_LENGTH) {
      return false;
    }
    if (title.contains("://") || title.startsWith("www.") || title.split("\\s+").length < 2) {
      return false;
    }
    char last = title.charAt(title.length() - 1);
    if ((last == '.' && !title.endsWith("...")) || last == ',' || last == ';') {
      return false;
    }
    int letters = 0;
    int latin = 0;
    for (int i = 0; i < title.length(); ) {
      int cp = title.codePointAt(i);
      if (Character.isLetter(cp)) {
        letters++;
        if (UnicodeScript.of(cp) == UnicodeScript.LATIN) {
          latin++;
        }
      }
      i += Character.charCount(cp);
    }
    if (letters < 5 || latin * 10 < letters * 7) {
      return false;
    }
    return startsLikeAName(title);
  }

  /** Capitalized, a digit, or a first word with a capital or digit inside ("xLSTM", "wav2vec"). */
  private static boolean startsLikeAName(String title) {
    int first = title.codePointAt(0);
    if (!Character.isLetter(first) || Character.isUpperCase(first)) {
      return true;
    }
    String word = title.split("[\\s:]+", 2)[0];
    for (int i = 1; i < word.length(); i++) {
      char c = word.charAt(i);
      if (Character.isUpperCase(c) || Character.isDigit(c)) {
        return true;
      }
    }
    return false;
  }
}
