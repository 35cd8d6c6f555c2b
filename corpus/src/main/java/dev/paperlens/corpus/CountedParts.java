package dev.paperlens.corpus;

import dev.paperlens.text.NumberWords;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The named parts an introduced name is made of, where the body counts them right after it and
 * lists them after a colon: "представляем LRGB с 5 наборами данных: PascalVOC-SP, COCO-SP, …", "a
 * suite with three tasks: A, B and C". A benchmark or a suite the paper builds is its parts, and a
 * list whose length is the number the text gives is the whole of them, not examples of what the
 * paper is measured on.
 */
final class CountedParts {
  private CountedParts() {}

  /**
   * After the name (and its abbreviation in brackets, if any): a word that makes it of its parts,
   * their count, a few words saying what they are, and a colon.
   */
  private static final Pattern COUNTED =
      Pattern.compile(
          "(?iu)^(?: ?\\([^()\\n]{1,40}\\)|\\))?,? (?:с|со|из|with|of|containing|comprising)"
              + " (?<count>\\d{1,2}|\\p{L}+)(?![\\p{L}\\d])[^:.!?;\\n]{1,60}:\\s*");

  /** One named part: a Latin name with a capital, its hyphenated parts ("Peptides-func"). */
  private static final String PART = "[a-z0-9]*[A-Z][A-Za-z0-9]*(?:[-_.+][A-Za-z0-9]+)*";

  /** The listed parts: names joined by commas and a last "и" or "and". */
  private static final Pattern LIST =
      Pattern.compile(
          "^(?<list>" + PART + "(?:, " + PART + ")*,? (?:и|and) " + PART + ")(?![\\p{L}\\d(-])");

  private static final Pattern JOIN = Pattern.compile(",? (?:и|and) |, ");

  /**
   * Words of a comparison: "сравнили Zorb с тремя бейзлайнами: A, B и C" counts what the paper is
   * measured against, not what it is made of.
   */
  private static final Pattern COMPARED =
      Pattern.compile(
          "(?iu)(?<![\\p{L}])(?:сравн\\p{L}*|бейзлайн\\p{L}*|против|обгоня\\p{L}*|превосход\\p{L}*"
              + "|лучше|хуже|compar\\p{L}*|baseline\\p{L}*|against|outperform\\p{L}*|vs)(?![\\p{L}])");

  /**
   * Adds the parts each introduced name is counted out into ({@link CountedParts}): only a list of
   * exactly as many names as the count says, none of them a name the body gives to earlier work, in
   * a sentence that does not set them earlier or later.
   *
   * @param body the post's body
   * @param prior names the body gives to earlier work
   * @param names the names introduced so far, added to
   */
  static void add(String body, Set<String> prior, Set<String> names) {
    List<String> added = new ArrayList<>();
    Matcher counted = COUNTED.matcher(body);
    Matcher list = LIST.matcher(body);
    for (String name : names) {
      for (int at = body.indexOf(name); at >= 0; at = body.indexOf(name, at + 1)) {
        int end = at + name.length();
        if ((at > 0 && Character.isLetterOrDigit(body.charAt(at - 1)))
            || !counted.region(end, body.length()).lookingAt()
            || !list.region(counted.end(), body.length()).lookingAt()) {
          continue;
        }
        Integer count = count(counted.group("count"));
        List<String> parts = List.of(JOIN.split(list.group("list")));
        String sentence = Sentences.sentenceAround(body, at);
        String clause = body.substring(Sentences.clauseStart(body, at), counted.end());
        if (count == null
            || COMPARED.matcher(clause).find()
            || parts.size() != count
            || parts.stream().anyMatch(prior::contains)
            || Sentences.setsLater(sentence)
            || NameDefinitions.earlier(clause)) {
          continue;
        }
        added.addAll(parts);
      }
    }
    names.addAll(added);
  }

  /** The number a count says, or null when it is none from two to twelve. */
  private static Integer count(String word) {
    if (Character.isDigit(word.charAt(0))) {
      int n = Integer.parseInt(word);
      return n >= 2 && n <= 12 ? n : null;
    }
    OptionalInt n = NumberWords.value(word); // two to eight in words
    return n.isPresent() ? n.getAsInt() : null;
  }
}
