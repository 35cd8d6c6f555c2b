package dev.paperlens.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A long form whose capitals, inside its words too, spell its short form: "SHapley Additive
 * exPlanations" of SHAP, "Microbatched-Fast Attention Leveraging Cacheable OperatioNs" of M-FALCON.
 * A capital must stand after a lower-case letter somewhere ("exPlanations"): capitals only after
 * capitals ("DEtection TRansformer", "AI Feedback") are left to the initials and Schwartz–Hearst
 * rules, since an all-capital word in a long form marks nothing. Whoever coins an acronym that does
 * not follow the initials marks its letters with capitals where English has none, and a post copies
 * the spelling from the paper that coined it; a capital inside a word is no accident of writing. So
 * such a definition weighs as the authors' own ({@link NameDefinitions}), and the body's phrase so
 * spelled is another spelling of an introduced short form wherever it stands ("SHAP - это SHapley
 * Additive exPlanations").
 */
final class InnerCapitals {
  private InnerCapitals() {}

  /**
   * A run of Latin words, each holding a capital, with little words between: "SHapley Additive
   * exPlanations", "Microbatched-Fast Attention Leveraging Cacheable OperatioNs".
   */
  static final Pattern RUN =
      Pattern.compile(
          "(?<![A-Za-z0-9-])[a-z]*[A-Z][A-Za-z]*(?:-[A-Za-z]+)*"
              + "(?: (?:(?:of|for|and|the|with|in|on|to|via|from|a|an|&) )?"
              + "[a-z]*[A-Z][A-Za-z]*(?:-[A-Za-z]+)*){1,7}(?![A-Za-z0-9])");

  /**
   * Whether the capitals of {@code longForm} spell the letters of {@code shortForm} exactly, in
   * order and case aside, and one of them stands inside a word after a lower-case letter ("SHapley"
   * has none, "exPlanations" has one). Initials alone ("Proximal Policy Optimization") are what
   * {@link AcronymNames#spelledBy} reads; this is for the spellings that mark other letters.
   */
  static boolean spells(String shortForm, String longForm) {
    if (longForm.indexOf(' ') < 0) {
      return false;
    }
    StringBuilder letters = new StringBuilder();
    for (int i = 0; i < shortForm.length(); i++) {
      char c = shortForm.charAt(i);
      if (c >= 'a' && c <= 'z') {
        letters.append((char) (c - 'a' + 'A'));
      } else if (c >= 'A' && c <= 'Z') {
        letters.append(c);
      } else if (c != '-') {
        return false; // a digit or a dot: a version, not letters a long form marks
      }
    }
    if (letters.length() < 3) {
      return false;
    }
    StringBuilder capitals = new StringBuilder();
    boolean inside = false;
    for (int i = 0; i < longForm.length(); i++) {
      char c = longForm.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        capitals.append(c);
        char before = i > 0 ? longForm.charAt(i - 1) : ' ';
        inside |= before >= 'a' && before <= 'z';
      }
    }
    return inside && capitals.toString().contentEquals(letters);
  }

  /**
   * Adds every run of words the body writes whose capitals spell an introduced short form, marking
   * a letter inside a word ({@link #spells}): the long form of a name the paper introduces.
   *
   * @param body the post's body
   * @param names the names introduced so far, added to
   */
  static void add(String body, Set<String> names) {
    List<String> shorts = new ArrayList<>();
    for (String name : names) {
      if (name.indexOf(' ') < 0 && name.length() >= 3) {
        shorts.add(name);
      }
    }
    if (shorts.isEmpty() || !hasInnerCapital(body)) {
      return; // no phrase of the body can spell a short form: skip the scan of its every word
    }
    List<String> found = new ArrayList<>();
    forEachRun(
        body,
        run -> {
          String[] words = run.split(" ");
          // the run may start or end with words of the sentence around: try its parts
          for (int from = 0; from < words.length - 1; from++) {
            for (int to = words.length; to > from + 1; to--) {
              if (!hasCapital(words[from]) || !hasCapital(words[to - 1])) {
                continue; // a little word at either end is the sentence's
              }
              String phrase = String.join(" ", List.of(words).subList(from, to));
              for (String shortForm : shorts) {
                if (spells(shortForm, phrase)) {
                  found.add(phrase);
                }
              }
            }
          }
          return found.size() < 16;
        });
    names.addAll(found);
  }

  /**
   * Hands {@code run} the body's runs ({@link #RUN}) in order, as {@link MatchStarts#find} finds
   * them from its word starts, while it answers true. The pattern is tried only at a word start
   * whose word holds a capital ({@link #startsCapitalWord}), as every run's first word does: most
   * words hold none, and the test is cheaper than the pattern's.
   */
  static void forEachRun(String body, Predicate<String> run) {
    WordStarts starts = WordStarts.of(body);
    Matcher m = RUN.matcher(body);
    int n = body.length();
    int from = 0;
    for (int k = 0; k < starts.count(); k++) {
      int i = starts.at(k);
      if (i < from || !startsCapitalWord(body, i) || !m.region(i, n).lookingAt()) {
        continue;
      }
      from = m.end() > i ? m.end() : i + 1;
      if (!run.test(m.group())) {
        return;
      }
    }
  }

  /**
   * Whether a capital follows a lower-case ASCII letter anywhere in {@code text}: what {@link
   * #spells} needs of a long form, which stands in the body as written. Most bodies have none, and
   * one pass over their characters is cheaper than trying the run at each of their words.
   */
  static boolean hasInnerCapital(String text) {
    for (int i = 1; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        char before = text.charAt(i - 1);
        if (before >= 'a' && before <= 'z') {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether an ASCII capital follows ASCII lower-case letters only, from {@code i} on: how every
   * run's first word begins ({@code [a-z]*[A-Z]}), tested before the run's pattern is.
   */
  static boolean startsCapitalWord(String text, int i) {
    int n = text.length();
    for (int j = i; j < n; j++) {
      char c = text.charAt(j);
      if (c >= 'A' && c <= 'Z') {
        return true;
      }
      if (c < 'a' || c > 'z') {
        return false;
      }
    }
    return false;
  }

  private static boolean hasCapital(String word) {
    return word.chars().anyMatch(c -> c >= 'A' && c <= 'Z');
  }
}
