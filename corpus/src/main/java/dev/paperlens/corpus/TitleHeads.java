package dev.paperlens.corpus;

import dev.paperlens.text.Lexicon;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Where a title's head before the colon is a name that the word-shape rules of {@link
 * IntroducedNames} miss: a head led by a coined capitalised word ("Swin Transformer: …", where
 * "Swin" is no English word), and a head that is a name followed by what the document is ("Phi-3
 * Technical Report: …", which the body writes as "Phi-3").
 */
final class TitleHeads {
  private TitleHeads() {}

  private static final Pattern CAPITALISED_WORD = Pattern.compile("[A-Z][a-z]{2,}");

  private static final Pattern WORD = Pattern.compile("[A-Za-z]+");

  /**
   * Whether a head of two to four words starts with a capitalised word English does not have ("Swin
   * Transformer"): a coined word heading a title is the name the paper gives. The other words must
   * be capitalised or joined by a short function word, as a name's are; a head in sentence case
   * ("Sparse attention for long inputs") is a phrase.
   */
  static boolean ledByCoinedWord(String head) {
    String[] words = head.split(" ");
    if (words.length < 2 || words.length > 4 || !CAPITALISED_WORD.matcher(words[0]).matches()) {
      return false;
    }
    for (int i = 1; i < words.length; i++) {
      if (words[i].isEmpty() || !Character.isUpperCase(words[i].charAt(0))) {
        return false;
      }
    }
    return !Lexicon.english().isWord(words[0]);
  }

  /**
   * The leading words of a title's head that the body writes, when the body never writes the whole
   * head and the words left over are ordinary English ("Technical Report", "Model Card"): the head
   * names the document, the body the model. The kept part must itself look coined ({@code
   * nameLike}), so "Stable Diffusion XL" never becomes "Stable Diffusion". Null when the head
   * stays.
   */
  static String asWrittenInBody(
      String head, String body, java.util.function.Predicate<String> nameLike) {
    if (body == null || head.indexOf(' ') < 0) {
      return null;
    }
    String lowerBody = body.toLowerCase(Locale.ROOT);
    if (writesLower(lowerBody, head.toLowerCase(Locale.ROOT))) {
      return null;
    }
    String[] words = head.split(" ");
    for (int keep = words.length - 1; keep >= 1; keep--) {
      String part = String.join(" ", java.util.Arrays.asList(words).subList(0, keep));
      if (!writesLower(lowerBody, part.toLowerCase(Locale.ROOT))) {
        continue;
      }
      boolean coined = false;
      for (int i = 0; i < keep; i++) {
        coined |= nameLike.test(words[i]);
      }
      for (int i = keep; i < words.length; i++) {
        if (!WORD.matcher(words[i]).matches()
            || !Lexicon.english().isWord(words[i])
            || nameLike.test(words[i])) {
          return null;
        }
      }
      return coined ? part : null;
    }
    return null;
  }

  /** What a title's head may say the document is, after the name: "Phi-3 Technical Report". */
  private static final Pattern DOCUMENT =
      Pattern.compile(
          "(?<name>.+?) (?:Technical Report|Tech(?:nical)? Report|Report|Model Card|System Card|White ?[Pp]aper)");

  /**
   * The name before the words that say what the document is ("Phi-3" of "Phi-3 Technical Report"),
   * when that name carries a digit or a capital inside, as a model's name does; null otherwise.
   */
  static String documentOf(String head) {
    java.util.regex.Matcher m = DOCUMENT.matcher(head);
    if (!m.matches()) {
      return null;
    }
    String name = m.group("name");
    return name.indexOf(' ') < 0
            && name.chars().skip(1).anyMatch(c -> Character.isDigit(c) || Character.isUpperCase(c))
        ? name
        : null;
  }

  /** Whether {@code body} writes {@code phrase} whole, case aside. */
  static boolean writes(String body, String phrase) {
    return writesLower(body.toLowerCase(Locale.ROOT), phrase.toLowerCase(Locale.ROOT));
  }

  /** Whether {@code text} holds {@code phrase} with no letter or digit glued to either side. */
  private static boolean writesLower(String text, String phrase) {
    int from = 0;
    while (true) {
      int at = text.indexOf(phrase, from);
      if (at < 0) {
        return false;
      }
      int end = at + phrase.length();
      if ((at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)))
          && (end == text.length()
              || !(Character.isLetterOrDigit(text.charAt(end))
                  || (text.charAt(end) == '-'
                      && end + 1 < text.length()
                      && Character.isLetterOrDigit(text.charAt(end + 1)))))) {
        return true;
      }
      from = at + 1;
    }
  }
}
