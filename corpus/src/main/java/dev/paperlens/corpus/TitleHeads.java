package dev.paperlens.corpus;

import dev.paperlens.text.LatinNames;
import dev.paperlens.text.Lexicon;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names a title gives its paper: the head before the colon when it is a name ("LoRA: …", "Gemma
 * 2: …", "The Hedgehog & the Porcupine: …", a head led by a coined capitalised word, "Swin
 * Transformer: …", where "Swin" is no English word), a title of one or two capitalised words, a
 * long name with its abbreviation in brackets, and a coined word anywhere in a title whose head
 * names nothing when the body writes it too; and a head that is a name followed by what the
 * document is ("Phi-3 Technical Report: …", which the body writes as "Phi-3").
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

  private static final Pattern ARTICLE_NAME =
      Pattern.compile(
          "(?:The|A|An) (?<word>[A-Z][A-Za-z0-9-]*)(?: (?:&|and) (?:the )?[A-Z][A-Za-z0-9-]*)?");

  private static final Pattern SHORT_NAME_TITLE =
      Pattern.compile(
          "[A-Z0-9][A-Za-z0-9]*(?:[-_.+][A-Za-z0-9]+)*(?:"
              + " [A-Z0-9][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*)?");

  private static final Pattern SINGLE_TOKEN =
      Pattern.compile("[A-Za-z0-9]+(?:[-_.+][A-Za-z0-9]+)*");

  private static final int MAX_PREFIX_CHARS = 48;

  /** What separates a title's words; compiled once rather than by String.split on each call. */
  static final Pattern TITLE_WORD_BREAK = Pattern.compile("[\\s:,;!?()]+");

  static final Pattern NAME_WITH_VERSION =
      Pattern.compile("[A-Z][A-Za-z0-9-]*(?: v?\\d+(?:\\.\\d+)*[A-Za-z]?)");

  static void fromTitle(String title, Set<String> names) {
    if (title.isEmpty() || title.length() > 400) {
      return;
    }
    int colon = title.indexOf(':');
    if (colon > 0) {
      String prefix = title.substring(0, colon).strip();
      if (prefix.length() <= MAX_PREFIX_CHARS) {
        fromTitlePrefix(prefix, names);
      }
    } else if (SHORT_NAME_TITLE.matcher(title).matches()) {
      // "Memory Mosaics": a title of one or two capitalised words is the name itself.
      names.add(title);
    }
    if (title.contains(" (")) { // every match holds one; most titles have none
      Matcher abbreviation = NameShapes.LONG_WITH_ABBREVIATION.matcher(title);
      while (abbreviation.find()) {
        NameShapes.addSpelledOut(abbreviation, names, false);
      }
    }
  }

  private static void fromTitlePrefix(String prefix, Set<String> names) {
    Matcher whole = NameShapes.LONG_WITH_ABBREVIATION.matcher(prefix);
    if (prefix.endsWith(")") && whole.matches()) {
      NameShapes.addSpelledOut(whole, names, false);
      return;
    }
    if (SINGLE_TOKEN.matcher(prefix).matches() && LatinNames.hasAsciiLetter(prefix)) {
      names.add(prefix);
      return;
    }
    int comma = prefix.indexOf(", ");
    if (comma > 0 && SINGLE_TOKEN.matcher(prefix.substring(0, comma)).matches()) {
      // "DistilBERT, a distilled version of BERT": the name, then what it is.
      String head = prefix.substring(0, comma);
      if (LatinNames.hasAsciiLetter(head) && Character.isUpperCase(head.charAt(0))) {
        names.add(head);
        return;
      }
    }
    if (NAME_WITH_VERSION.matcher(prefix).matches()) {
      names.add(prefix); // "Gemma 2", "Llama 3.1"
      return;
    }
    Matcher article = ARTICLE_NAME.matcher(prefix);
    if (article.matches()) {
      // "The Hedgehog & the Porcupine": the phrase is the display name, the noun what people say.
      names.add(prefix);
      names.add(article.group("word"));
      return;
    }
    if (TitleHeads.ledByCoinedWord(prefix)) {
      names.add(prefix); // "Swin Transformer": a coined word heads the title
      return;
    }
    String[] words = prefix.split(" ");
    if (words.length <= 4) {
      for (String word : words) {
        if (NameShapes.isNameLike(word)) {
          // "Stable Diffusion XL": a prefix with a coined word is a name, "Scaling Laws" is not.
          names.add(prefix);
          return;
        }
      }
    }
  }

  /** A word of a title, with its hyphenated and dotted parts: "MobileNetV3", "GPT-4". */
  private static final Pattern TITLE_WORD =
      Pattern.compile("(?<![\\p{L}\\p{N}])[A-Za-z][A-Za-z0-9]*(?:[-.][A-Za-z0-9]+)*");

  /**
   * A coined word anywhere in a title whose head names nothing ("Searching for MobileNetV3", "GPT-4
   * Technical Report"), when the body writes it too: titles name the paper's own thing in a coined
   * word, and a body that reviews it writes it. Words the body cites or sets as earlier work are
   * left out.
   */
  static void coinedTitleWords(String title, String body, Set<String> names) {
    if (title.length() > 400) {
      return;
    }
    Matcher m = TITLE_WORD.matcher(title);
    while (m.find()) {
      String word = m.group();
      if (!NameShapes.isNameLike(word)
          || NameShapes.letterCount(word) < 2
          || LatinNames.isGeneric(word)) {
        continue;
      }
      int at = NameShapes.wordAt(body, word, 0);
      if (at < 0) {
        continue;
      }
      String after =
          body.substring(at + word.length(), Math.min(body.length(), at + word.length() + 30));
      String sentence = Sentences.sentenceAround(body, at);
      if (!NameDefinitions.cited(after) && !NameDefinitions.earlier(sentence)) {
        names.add(word);
      }
    }
  }
}
