package dev.paperlens.corpus;

import dev.paperlens.text.CrossScript;
import dev.paperlens.text.LatinNames;
import dev.paperlens.text.Lexicon;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a Latin name looks like inside a review's prose, for the rules of {@link IntroducedNames}:
 * the name patterns they share (a name token with a capital, a spelled-out name with its
 * abbreviation in brackets, a lower-case name with a version), where a name at a place ends, and
 * the character and word tests every rule asks of a body.
 */
final class NameShapes {
  private NameShapes() {}

  /** A Latin name token that carries a capital: "HyenaDNA", "FIFO-Diffusion", "vLLM", "Imp". */
  static final String NAME_TOKEN = "[a-z0-9]*[A-Z][A-Za-z0-9]*(?:[-_.+][A-Za-z0-9]+)*";

  /** A capitalised word of a spelled-out name: "Trajectory", "Cross-Layer". */
  static final String LONG_WORD = "[A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*";

  /** "Trajectory Score Matching (TSM)", "NeuroEvolution of Augmenting Topologies (NEAT)". */
  static final Pattern LONG_WITH_ABBREVIATION =
      Pattern.compile(
          "(?<long>"
              + LONG_WORD
              + "(?: (?:(?:of|for|and|the|with|in|on|to|via|a|an|&) )?"
              + LONG_WORD
              + "){0,7}) \\((?<abbr>[A-Za-z0-9][A-Za-z0-9-]{0,15})\\)");

  /** A name of up to four words: "OpenRLHF", "Stable Diffusion XL", "Mamba 2". */
  static final Pattern NAME =
      Pattern.compile(NAME_TOKEN + "(?: [A-Z0-9][A-Za-z0-9]*(?:[-_.+][A-Za-z0-9]+)*){0,3}");

  /** Whether English lists the word as written, in lower case or with only its first capital. */
  private static boolean englishWord(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    return Lexicon.english().contains(word)
        || Lexicon.english().contains(lower)
        || Lexicon.english().contains(word.charAt(0) + lower.substring(1));
  }

  /** Where {@code word} starts a word of {@code body} at or after {@code from}, or -1. */
  static int wordAt(String body, String word, int from) {
    for (int at = body.indexOf(word, from); at >= 0; at = body.indexOf(word, at + 1)) {
      int end = at + word.length();
      if ((at == 0 || !isWordChar(body.charAt(at - 1)))
          && (end >= body.length() || !isLatinOrDigit(body.charAt(end)))) {
        return at;
      }
    }
    return -1;
  }

  static int letterCount(String word) {
    int letters = 0;
    for (int i = 0; i < word.length(); i++) {
      letters += Character.isLetter(word.charAt(i)) ? 1 : 0;
    }
    return letters;
  }

  /**
   * A coined word: a capital right after a letter, or a digit ("LLaVA", "GPT4", "XL"), or a capital
   * letter standing alone before a hyphen and a word ("X-Embodiment", "U-Net", "Q-Former"), which
   * English writes only in "X-ray" and its like; "A" and "I" are English words.
   */
  static boolean isNameLike(String word) {
    boolean latin = false;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (c > 'z') {
        return false;
      }
      boolean afterLetter = i > 0 && Character.isLetter(word.charAt(i - 1));
      if ((c >= 'A' && c <= 'Z' && afterLetter) || (c >= '0' && c <= '9')) {
        latin = true;
      }
    }
    if (!latin
        && word.length() > 3
        && word.charAt(1) == '-'
        && Character.isUpperCase(word.charAt(0))
        && word.charAt(0) != 'A'
        && word.charAt(0) != 'I'
        && Character.isUpperCase(word.charAt(2))
        && !englishWord(word)) {
      latin = true; // "X-Embodiment": a letter is no English word of its own
    }
    return latin && LatinNames.hasAsciiLetter(word);
  }

  /** A lower-case English word: "ordered", "finite". */
  private static final Pattern LOWER_CASE_WORD = Pattern.compile("[a-z][a-z0-9]*(?:-[a-z0-9]+)*");

  /**
   * The end of a phrase of two to four lower-case English words at {@code at} that no other Latin
   * follows ("ordered boosting: …", "compressed finite state machine для …", "budget forcing."), or
   * -1.
   */
  static int lowerCasePhrase(String text, int at) {
    Matcher word = LOWER_CASE_WORD.matcher(text);
    int end = at;
    int words = 0;
    while (words < 5 && word.region(end, text.length()).lookingAt()) {
      words++;
      end = word.end();
      if (end + 1 < text.length()
          && text.charAt(end) == ' '
          && isLatinOrDigit(text.charAt(end + 1))) {
        end++;
      } else {
        break;
      }
    }
    if (words < 2 || words > 4 || (end < text.length() && isLatinOrDigit(text.charAt(end)))) {
      return -1;
    }
    return end;
  }

  /**
   * The end of a lower-case English phrase ({@link #lowerCasePhrase}) at {@code at} that a
   * punctuation mark or the line's end closes ("chain-of-thought prompting, в народе …",
   * "iteration-level scheduling: планировщик …"), or -1: English set inside Russian prose and
   * closed there is a term the sentence gives, where English words running on into Russian ones
   * ("предлагают fine-tune модели") are a verb borrowed into the sentence.
   */
  static int closedPhrase(String body, int at) {
    int end = lowerCasePhrase(body, at);
    if (end < 0 || !CrossScript.hasCyrillic(body.substring(Math.max(0, at - 60), at))) {
      return -1;
    }
    if (end == body.length() || ":,;.\n".indexOf(body.charAt(end)) >= 0) {
      return end;
    }
    return end + 1 < body.length()
            && body.charAt(end) == ' '
            && (isDash(body.charAt(end + 1)) || body.charAt(end + 1) == '(')
        ? end
        : -1;
  }

  static boolean isLowerLatin(char c) {
    return c >= 'a' && c <= 'z';
  }

  /**
   * Adds the name at {@code at} (spelled out with its abbreviation, or a name) and returns where it
   * ends; -1 when none starts there.
   */
  static int nameAt(
      String body, int at, boolean coordinated, Matcher spelled, Matcher name, Set<String> names) {
    int n = body.length();
    spelled.region(at, n);
    if (spelled.lookingAt() && hasCapital(spelled.group("abbr"))) {
      addSpelledOut(spelled, names, true);
      return spelled.end();
    }
    name.region(at, n);
    if (!name.lookingAt()) {
      // a coined lower-case name with a version: "названная phi-1", "we introduce wav2vec"
      Matcher lower = LOWER_CASE_NAME.matcher(body).region(at, n);
      if (!coordinated && lower.lookingAt() && !LatinNames.isGeneric(lower.group())) {
        names.add(lower.group());
        return lower.end();
      }
      return -1;
    }
    // In brackets after a Russian description, only an English phrase translating it is a name
    // ("автоэнкодер (Variational Auto-Encoder)"); an acronym there may be anything's, unless it
    // is joined to a name the cue introduced ("и датасет (SA-1B)").
    boolean bracketed = at > 0 && body.charAt(at - 1) == '(';
    if (!LatinNames.isGeneric(name.group())
        && (coordinated || !(bracketed && name.group().indexOf(' ') < 0))) {
      names.add(name.group()); // "создаем облегченную LMM" introduces no name
    }
    return name.end();
  }

  /** A lower-case name with a digit in it: "phi-1", "wav2vec", "t5-small". */
  private static final Pattern LOWER_CASE_NAME =
      Pattern.compile(
          "(?:[a-z]+-\\d+(?:\\.\\d+)*[a-z]?|[a-z]+\\d+[a-z]+\\d*)(?:-[a-z0-9]+)*(?![A-Za-z0-9])");

  static int skipSpacesAndQuotes(String text, int pos) {
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (c == ' ' || c == '\t' || c == '\u00a0' || c == '«' || c == '"' || c == '“') {
        pos++;
      } else {
        break;
      }
    }
    return pos;
  }

  /**
   * Where {@code name} next stands in {@code body} at or after {@code from} with no word character
   * before it ({@link #isWordChar}), or -1; an occurrence passed over is skipped whole, so the
   * search goes on after it, not inside it.
   */
  static int atWordStart(String body, String name, int from) {
    int at = body.indexOf(name, from);
    while (at > 0 && isWordChar(body.charAt(at - 1))) {
      at = body.indexOf(name, at + name.length());
    }
    return at;
  }

  static boolean isWordChar(char c) {
    return WORD_CHAR.test(c);
  }

  /**
   * Whether a UTF-16 unit is a word character (Cyrillic, ASCII letter or digit, another letter or
   * digit), each answer kept once asked: the cue scan asks it of every character of every body.
   * Worked out for all 65,536 units when the class loaded, the table cost every start about 30 ms
   * of the interpreter's time.
   */
  private static final MatchStarts.Starts WORD_CHAR =
      MatchStarts.remembered(
          c ->
              CrossScript.isCyrillic((char) c)
                  || isLatinOrDigit((char) c)
                  || (c >= 0x80 && Character.isLetterOrDigit(c)));

  static boolean isDash(char c) {
    return c == '-' || c == '—' || c == '–';
  }

  static boolean isLatinOrDigit(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
  }

  static boolean hasCapital(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 'A' && s.charAt(i) <= 'Z') {
        return true;
      }
    }
    return false;
  }

  /**
   * A spelled-out name with its abbreviation. In running text the phrase as written is the display
   * name; in a title the title itself is the display, so only the two names are kept.
   */
  static void addSpelledOut(Matcher m, Set<String> names, boolean keepAsWritten) {
    String spelled = m.group("long");
    String abbreviation = m.group("abbr");
    if (!hasCapital(abbreviation)) {
      return;
    }
    if (keepAsWritten) {
      names.add(m.group());
      names.add(abbreviation);
      names.add(spelled);
    } else {
      names.add(spelled);
      names.add(abbreviation);
    }
  }
}
