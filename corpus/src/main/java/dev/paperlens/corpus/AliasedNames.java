package dev.paperlens.corpus;

import dev.paperlens.text.Abbreviation;
import dev.paperlens.text.LatinNames;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The short form a body gives an introduced name with an aliasing word: "Deep Q-Network, он же
 * DQN", "asynchronous advantage actor-critic, он же A3C", ", или TD3" after a spelled-out name, and
 * what the writer says they will call it from now on ("дальше буду писать 3DGS").
 */
final class AliasedNames {
  private AliasedNames() {}

  /** "дальше буду писать 3DGS", "далее — MRL", "hereafter X". */
  private static final Pattern HEREAFTER =
      Pattern.compile(
          "(?iu)(?<![\\p{L}])(?:далее|дальше|hereafter|henceforth)(?: \\p{Ll}+){0,3},?(?: [—–-])? (?<abbr>"
              + NameShapes.NAME_TOKEN
              + ")");

  /**
   * The short form the writer says they will use from now on for an introduced spelled-out name
   * ("называется 3D Gaussian Splatting, дальше буду писать 3DGS"), when it abbreviates it.
   */
  private static void hereafter(String body, Set<String> names) {
    if (names.isEmpty() || !writesHereafter(body)) {
      return;
    }
    Matcher m = HEREAFTER.matcher(body);
    while (m.find()) {
      String abbr = m.group("abbr");
      for (String name : List.copyOf(names)) {
        if (name.indexOf(' ') > 0 && Abbreviation.abbreviates(abbr, name)) {
          names.add(abbr);
          break;
        }
      }
    }
  }

  /** A character that folds to the first letter of one of {@link #HEREAFTER_WORDS}. */
  private static final MatchStarts.Starts HEREAFTER_START =
      MatchStarts.remembered(
          c -> {
            char folded =
                c < 0x80
                    ? (char) (c | 0x20)
                    : Character.toLowerCase(Character.toUpperCase((char) c));
            return folded == 'h' || folded == 'д';
          });

  private static final List<String> HEREAFTER_WORDS =
      List.of("далее", "дальше", "hereafter", "henceforth");

  /**
   * Whether the body writes one of {@link #HEREAFTER}'s words at the start of a word, in any case:
   * that pattern, with its look-behind at every character, was a tenth of reading a library whose
   * abstracts write none. Only a character that folds to 'h' or 'д' can start one; the words are
   * compared as {@link String#regionMatches(boolean, int, String, int, int)} does, which accepts
   * every pair of characters the pattern's case-insensitive match does.
   */
  static boolean writesHereafter(String body) {
    for (int i = 0; i < body.length(); i++) {
      if (!HEREAFTER_START.test(body.charAt(i))
          || (i > 0 && Character.isLetter(body.charAt(i - 1)))) {
        continue; // the words start a word: "the", "which" and "where" need no comparing
      }
      for (String word : HEREAFTER_WORDS) {
        if (body.regionMatches(true, i, word, 0, word.length())) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * How the word after a space in every match of {@link #ALIAS} starts, to skip a body that has
   * none in one pass (seven {@code indexOf} passes over every abstract before).
   */
  private static final MatchStarts.Beginnings ALIAS_WORDS =
      MatchStarts.Beginnings.of(
          "он же", "она же", "оно же", "или", "то есть", "т.е.", "aka", "a.k.a.", "i.e.");

  /** "Long Name, он же ABBR", "Long Name, или просто ABBR", "Long Name, aka ABBR". */
  private static final Pattern ALIAS =
      Pattern.compile(
          "(?<long>"
              + NameShapes.LONG_WORD
              + "(?: "
              + NameShapes.LONG_WORD
              + "){0,5}),? (?:он же|она же|оно же|или просто|или|то есть|т\\.е\\.|aka|a\\.k\\.a\\.|i\\.e\\.) (?<abbr>"
              + NameShapes.NAME_TOKEN
              + ")");

  /**
   * The other name of an introduced one, where the body gives both: "Deep Q-Network, он же DQN",
   * "Diffusion Transformer, или просто DiT". Taken only when the short one spells the long one's
   * initials, so a list ("BERT или RoBERTa") adds nothing.
   */
  static void aliases(String body, Set<String> names) {
    hereafter(body, names);
    if (!NameDefinitions.writesAfterSpace(body, ALIAS_WORDS)) {
      return;
    }
    aliasesOfPhrases(body, names);
    Matcher m = ALIAS.matcher(body);
    while (m.find()) {
      String abbr = m.group("abbr");
      String phrase = AcronymNames.spelledBy(abbr, List.of(m.group("long").split(" ")));
      if (phrase != null && (names.contains(abbr) || names.contains(phrase) || names.isEmpty())) {
        names.add(phrase);
        names.add(abbr);
      }
    }
    lowerCaseAliases(body, names);
  }

  /** "asynchronous advantage actor-critic, он же A3C": a lower-case long form, then its acronym. */
  private static final Pattern LOWER_CASE_ALIAS =
      Pattern.compile(
          "(?<long>[a-z][a-z0-9]*(?:[ -][a-z][a-z0-9]*){1,7}),? (?:он же|она же|оно же|или просто"
              + "|aka|a\\.k\\.a\\.) (?<abbr>"
              + NameShapes.NAME_TOKEN
              + ")(?![\\p{L}\\p{N}])");

  /**
   * A long form written in lower case and the acronym an aliasing word gives it ("звезда программы
   * — asynchronous advantage actor-critic, он же A3C"), taken as {@link #ALIAS} takes a capitalised
   * one: the last words of the phrase (hyphenated parts each a word) whose first letters are the
   * acronym's, a count after a capital repeating a letter ("A3C": a, a, a, c), since a lower-case
   * phrase gives no capitals to tell its letters; only where the paper has no other name yet or the
   * acronym is already one of its names.
   */
  private static void lowerCaseAliases(String body, Set<String> names) {
    Matcher m = LOWER_CASE_ALIAS.matcher(body);
    while (m.find()) {
      String abbr = m.group("abbr");
      if (!NameShapes.hasCapital(abbr) || abbr.length() < 3 || LatinNames.isGeneric(abbr)) {
        continue;
      }
      String initials = spelledLetters(abbr);
      String[] words = m.group("long").split("(?=[ -])");
      String phrase = null;
      if (initials != null && initials.length() <= words.length) {
        String run =
            String.join("", List.of(words).subList(words.length - initials.length(), words.length))
                .strip();
        StringBuilder firsts = new StringBuilder();
        for (String part : run.split("[ -]")) {
          firsts.append(part.charAt(0));
        }
        phrase = firsts.toString().equals(initials) ? run : null;
      }
      if (phrase != null && (names.contains(abbr) || names.isEmpty())) {
        names.add(phrase);
        names.add(abbr);
      }
    }
  }

  /** The aliasing words after an introduced phrase, then the short form: ", или TD3". */
  private static final Pattern ALIAS_AFTER =
      Pattern.compile(
          ",? (?:он же|она же|оно же|или просто|или|то есть|aka|a\\.k\\.a\\.) (?<abbr>"
              + NameShapes.NAME_TOKEN
              + ")(?![\\p{L}\\p{N}])");

  /**
   * The short form an aliasing word gives right after an introduced spelled-out name, whatever the
   * case of the phrase's words ("Twin Delayed Deep Deterministic policy gradient, или TD3"), when
   * it abbreviates the whole phrase by the Schwartz–Hearst rule ({@link Abbreviation}), which reads
   * a count after a capital ("TD3": T, D, D, D).
   */
  private static void aliasesOfPhrases(String body, Set<String> names) {
    Set<String> added = new LinkedHashSet<>();
    for (String phrase : names) {
      if (phrase.indexOf(' ') < 0) {
        continue;
      }
      for (int at = body.indexOf(phrase); at >= 0; at = body.indexOf(phrase, at + 1)) {
        Matcher m = ALIAS_AFTER.matcher(body).region(at + phrase.length(), body.length());
        if (m.lookingAt()
            && NameShapes.hasCapital(m.group("abbr"))
            && Abbreviation.abbreviatesCountingRepeats(m.group("abbr"), phrase)
            && !LatinNames.isGeneric(m.group("abbr"))) {
          added.add(m.group("abbr"));
        }
      }
    }
    names.addAll(added);
  }

  /**
   * The letters an acronym spells, lower-cased, a count after a capital repeating it ("A3C" spells
   * "aaac"), or null when it holds another digit.
   */
  private static String spelledLetters(String acronym) {
    StringBuilder letters = new StringBuilder();
    for (int i = 0; i < acronym.length(); i++) {
      char c = acronym.charAt(i);
      if (c >= '2' && c <= '9' && i > 0 && Character.isUpperCase(acronym.charAt(i - 1))) {
        letters.append(
            String.valueOf(Character.toLowerCase(acronym.charAt(i - 1))).repeat(c - '1'));
      } else if (Character.isLetter(c)) {
        letters.append(Character.toLowerCase(c));
      } else if (Character.isDigit(c)) {
        return null;
      }
    }
    return letters.toString();
  }
}
