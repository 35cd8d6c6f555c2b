package dev.paperlens.corpus;

import dev.paperlens.text.LatinNames;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An acronym and the phrase whose initials it spells: the acronym a body writes for a phrase of the
 * title ("PPO" of "Proximal Policy Optimization Algorithms"), and the other spelling of a name
 * already introduced that the body writes anywhere ("LLaVA" of "Large Language and Vision
 * Assistant"). {@link #spelledBy} is the one reading of initials these share.
 */
final class AcronymNames {
  private AcronymNames() {}

  /** A Latin acronym, possibly with lower-case letters inside: "PPO", "LDM", "DiT", "ViT". */
  static final Pattern ACRONYM =
      Pattern.compile(
          "(?<![A-Za-z0-9-])[A-Z][A-Za-z]{0,2}[A-Z][A-Za-z]{0,2}(?:[A-Z][A-Za-z]?){0,4}(?![A-Za-z0-9])");

  /** Words an acronym skips: "Variational Bayes of ..." */
  private static final Set<String> FUNCTION_WORDS =
      Set.of("of", "for", "and", "the", "with", "in", "on", "to", "via", "a", "an", "by", "from");

  /**
   * An acronym the body writes whose letters start the words of a phrase of the title: "PPO" of
   * "Proximal Policy Optimization Algorithms", "LDM" of "… with Latent Diffusion Models", "YOLO" of
   * "You Only Look Once: …". Both the phrase and the acronym are the paper's names. Two letters
   * spell too many phrases, so a two-letter acronym counts only for the whole of a two-word head
   * ("GR" of "Generative Recommenders: …"), and not where the body compares the paper with it
   * ("сравниваем с SW").
   */
  static void fromInitials(String title, String body, Set<String> names) {
    // The title's words, split when the body first writes an acronym: most bodies write none.
    List<String> words = null;
    Set<String> seen = new LinkedHashSet<>();
    // Tried only where a capital starts a word, not at every character: same matches, a fraction
    // of the attempts on a long abstract.
    Matcher m = ACRONYM.matcher(body).useTransparentBounds(true).useAnchoringBounds(false);
    // The body's word starts are the places that follow no acronym neighbour (shared with the
    // other rules, WordStarts).
    int n = body.length();
    WordStarts starts = WordStarts.of(body);
    for (int k = 0; k < starts.count() && seen.size() < 64; k++) {
      int i = starts.at(k);
      char c = body.charAt(i);
      if (c < 'A' || c > 'Z' || !secondCapitalFollows(body, i)) {
        continue;
      }
      if (!m.region(i, n).lookingAt()) {
        continue;
      }
      k = starts.firstFrom(m.end()) - 1;
      String acronym = m.group();
      if (!seen.add(acronym) || LatinNames.isGeneric(acronym)) {
        continue; // "LLM" names a field
      }
      if (acronym.length() < 3) {
        // two letters spell too many phrases, but not the whole of a two-word head
        String head = twoWordHeadSpelledBy(title, acronym);
        if (head == null) {
          head = tailSpelledBy(title, acronym);
        }
        if (head != null && !NameDefinitions.comparedWith(body, acronym, 0)) {
          names.add(head);
          names.add(acronym);
        }
        continue;
      }
      if (titleNamesLaterVersion(title, acronym)) {
        continue; // "BLIP-2: Bootstrapping Language-Image Pre-training…": BLIP is the prior one
      }
      if (words == null) {
        words = List.of(TitleHeads.TITLE_WORD_BREAK.split(title));
      }
      String phrase = spelledBy(acronym, words);
      if (phrase != null) {
        names.add(phrase);
        names.add(acronym);
      }
    }
  }

  /**
   * The head of a title, before its colon, when it is two capitalised words whose initials are the
   * two capitals of {@code acronym} ("Decision Gizmo: …" and "DG"), or null: the body's
   * abbreviation of the paper's spelled-out name.
   */
  static String twoWordHeadSpelledBy(String title, String acronym) {
    int colon = title.indexOf(':');
    if (colon < 0
        || acronym.length() != 2
        || !Character.isUpperCase(acronym.charAt(1))
        || acronym.charAt(1) > 'Z') {
      return null;
    }
    String head = title.substring(0, colon).strip();
    int space = head.indexOf(' ');
    if (space <= 0
        || space + 1 >= head.length()
        || head.indexOf(' ', space + 1) >= 0
        || head.charAt(0) != acronym.charAt(0)
        || head.charAt(space + 1) != acronym.charAt(1)) {
      return null;
    }
    return head;
  }

  /**
   * The words right after a title's colon that {@code acronym} spells, when the head before the
   * colon is that acronym, with or without a version ("RT-1: Robotics Transformer for …" and "RT"),
   * or null: the title spells out its own head, so the words are the paper's name and not any
   * phrase that happens to share two initials.
   */
  static String tailSpelledBy(String title, String acronym) {
    int colon = title.indexOf(':');
    if (colon < 0) {
      return null;
    }
    String head = title.substring(0, colon).strip();
    if (!TWO_LETTER_HEAD.matcher(head).matches() || !head.startsWith(acronym)) {
      return null;
    }
    List<String> words =
        List.of(TitleHeads.TITLE_WORD_BREAK.split(title.substring(colon + 1).strip()));
    int end = consume(acronym, 0, words, 0);
    return end > 1 ? String.join(" ", words.subList(0, end)) : null;
  }

  /** A head that is two capitals, then a version or none: "RT-1", "VQ", "PG 2". */
  private static final Pattern TWO_LETTER_HEAD = Pattern.compile("[A-Z]{2}(?:[- ]?[0-9][0-9.]*)?");

  /**
   * Whether a capital follows the one at {@code i} within three places, after ASCII letters only:
   * what {@link #ACRONYM} needs before it can match there. Most capitals start a word ("We", "Our",
   * "Griffin"), and the pattern is not tried at them.
   */
  static boolean secondCapitalFollows(String body, int i) {
    int end = Math.min(body.length(), i + 4);
    for (int j = i + 1; j < end; j++) {
      char c = body.charAt(j);
      if (c >= 'A' && c <= 'Z') {
        return true;
      }
      if (c < 'a' || c > 'z') {
        return false;
      }
    }
    return false;
  }

  /** A short name of one token: "LLaVA", "RLAIF", "SW-MSA". */
  private static final Pattern SHORT_NAME =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}-])[A-Za-z][A-Za-z0-9]*[A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*(?![\\p{L}\\p{N}])");

  /**
   * The other spelling of an introduced name that the body writes anywhere: the abbreviation of an
   * introduced spelled-out name ("зовется Large Language and Vision Assistant, но все говорят
   * просто LLaVA") and the spelled-out phrase an introduced abbreviation stands for ("(RLAIF), в
   * английском тексте — Reinforcement Learning from AI Feedback"). Both are one thing, so both are
   * the paper's. The short form must spell the phrase's initials ({@link #spelledBy}) and have
   * three letters or more.
   */
  static void otherSpellings(String body, Set<String> names) {
    List<String> phrases = new ArrayList<>();
    List<String> shorts = new ArrayList<>();
    for (String name : names) {
      if (name.indexOf(' ') > 0 && name.indexOf('(') < 0) {
        phrases.add(name);
      } else if (name.indexOf(' ') < 0 && NameShapes.letterCount(name) >= 3) {
        shorts.add(name);
      }
    }
    if (!phrases.isEmpty()) {
      MatchStarts found = MatchStarts.ofWordStarts(SHORT_NAME, body, MatchStarts.ASCII_LETTER);
      Matcher m = found.matcher();
      for (int seen = 0; seen < 200 && found.find(); seen++) {
        String word = m.group();
        if (NameShapes.letterCount(word) < 3
            || names.contains(word)
            || LatinNames.isGeneric(word)) {
          continue;
        }
        for (String phrase : phrases) {
          if (spellsWhole(word, phrase)) {
            names.add(word);
            break;
          }
        }
      }
    }
    if (!shorts.isEmpty()) {
      MatchStarts found = MatchStarts.ofWordStarts(SPELLED_PHRASE, body, MatchStarts.ASCII_UPPER);
      Matcher m = found.matcher();
      for (int seen = 0; seen < 200 && found.find(); seen++) {
        String phrase = m.group();
        if (names.contains(phrase)) {
          continue;
        }
        for (String word : shorts) {
          if (spellsWhole(word, phrase)) {
            names.add(phrase);
            break;
          }
        }
      }
    }
  }

  /**
   * Whether {@code word} abbreviates the whole of {@code phrase}: "DPG" of "Deep Deterministic
   * Policy Gradient" is the earlier Deterministic Policy Gradient it builds on, not another
   * spelling of it.
   */
  private static boolean spellsWhole(String word, String phrase) {
    return phrase.equals(spelledBy(word, List.of(phrase.split(" "))));
  }

  /** Whether the title's head is a later version of the acronym: "BLIP-2: …" of "BLIP". */
  private static boolean titleNamesLaterVersion(String title, String acronym) {
    return title.startsWith(acronym)
        && title.length() > acronym.length() + 1
        && (title.charAt(acronym.length()) == '-' || title.charAt(acronym.length()) == ' ')
        && Character.isDigit(title.charAt(acronym.length() + 1));
  }

  /**
   * The run of words whose initials spell the acronym, as written, or null. Capitals of the acronym
   * start words, its lower-case letters continue them ("DiT": Diffusion Transformer); hyphenated
   * parts may each give a letter ("DQN": Deep Q-Network); little words may be skipped inside the
   * run.
   */
  static String spelledBy(String acronym, List<String> words) {
    for (int start = 0; start < words.size(); start++) {
      int end = consume(acronym, 0, words, start);
      if (end > start + 1) {
        return String.join(" ", words.subList(start, end));
      }
    }
    return null;
  }

  /** The end of the run spelling acronym[from..] from word i, or -1. */
  private static int consume(String acronym, int from, List<String> words, int i) {
    if (from == acronym.length()) {
      return i;
    }
    if (i >= words.size()) {
      return -1;
    }
    String word = words.get(i);
    if (word.isEmpty() || !Character.isUpperCase(word.charAt(0))) {
      if (from > 0 && FUNCTION_WORDS.contains(word)) {
        return consume(acronym, from, words, i + 1);
      }
      return -1;
    }
    for (String part : partsOf(word)) {
      // the letters this word (or its hyphenated parts) give: an initial and the lower-case
      // letters of the acronym that follow it in the word
      if (part.isEmpty()) {
        return -1;
      }
    }
    if (word.length() >= 2
        && word.chars().allMatch(c -> c >= 'A' && c <= 'Z')
        && acronym.startsWith(word, from)) {
      return consume(acronym, from + word.length(), words, i + 1); // "AI" of "AI Feedback"
    }
    int at = from;
    List<String> parts = partsOf(word);
    for (int p = 0; p < parts.size(); p++) {
      String part = parts.get(p);
      if (at >= acronym.length()) {
        break;
      }
      if (Character.toUpperCase(part.charAt(0)) != Character.toUpperCase(acronym.charAt(at))) {
        if (p == 0) {
          return -1;
        }
        break; // later parts of a hyphenated word may give no letter ("Auto-Encoding": A)
      }
      at++;
      int k = 1;
      while (at < acronym.length()
          && Character.isLowerCase(acronym.charAt(at))
          && k < part.length()
          && part.charAt(k) == acronym.charAt(at)) {
        at++;
        k++;
      }
      if (at < acronym.length() && Character.isLowerCase(acronym.charAt(at))) {
        return -1;
      }
    }
    return consume(acronym, at, words, i + 1);
  }

  private static List<String> partsOf(String word) {
    return List.of(word.split("-"));
  }

  /** A spelled-out name with its little words: "Large Language and Vision Assistant". */
  static final Pattern SPELLED_PHRASE =
      Pattern.compile(
          "(?<![A-Za-z0-9-])"
              + NameShapes.LONG_WORD
              + "(?: (?:(?:of|for|and|the|with|in|on|to|via|from|a|an|&) )?"
              + NameShapes.LONG_WORD
              + "){1,7}(?![A-Za-z0-9])");
}
