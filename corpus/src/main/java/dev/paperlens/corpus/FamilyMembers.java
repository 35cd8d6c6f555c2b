package dev.paperlens.corpus;

import dev.paperlens.text.LatinNames;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The members of an introduced family the body writes: the sizes it lists after the name ("Falcon
 * размером 7B, 40B и 180B") and the members it names with a size or version ("Medusa-2", "Mixtral
 * 8x7B"). A paper introduces the models it gives.
 */
final class FamilyMembers {
  private FamilyMembers() {}

  private static final Pattern TRAILING_NUMBERS = Pattern.compile("(?: \\d+(?:\\.\\d+)?)+$");

  /**
   * A model size: "7B", "1.5B", "340M"; a mixture of experts writes its active parameters after its
   * total ("30B-A3B", "235B-A22B").
   */
  private static final String SIZE = "\\d+(?:\\.\\d+)?[BMK](?:-A\\d+(?:\\.\\d+)?[BMK])?";

  /** What separates the sizes of a list: "7B/13B", "7B, 13B и 70B", "7B or 13B". */
  private static final Pattern SIZE_LIST_SEPARATOR =
      Pattern.compile("/|,? и |,? and | or | или |, ?");

  /** A name ending in a size after a hyphen: "Zorblax-1.5B". */
  private static final Pattern SIZED_NAME = Pattern.compile("(.+)-" + SIZE);

  /**
   * Sizes listed after a name: "Falcon размером 7B, 40B и 180B", "Llama 2 (7B, 13B and 70B)",
   * "Falcon-7B/40B/180B". At most two words (a preposition, "размером", "sizes") may stand between
   * the name and the list, and the list needs two sizes.
   */
  private static final Pattern SIZE_LIST =
      Pattern.compile(
          "^(?<joint>-|(?: \\p{Ll}+){0,2} \\(?)(?<sizes>"
              + SIZE
              + "(?:(?:/|, ?| и | and | or | или |, и |, and )"
              + SIZE
              + ")+)(?![\\p{L}\\d])");

  /**
   * The sizes of an introduced family that the body lists with its name ("семейство Falcon размером
   * 7B, 40B и 180B"): a paper that gives its model in sizes introduces each of them, named as the
   * body joins a size to a name ("Falcon-180B"), else with a hyphen, or a space after a version
   * ("Gemma 2 27B").
   */
  static void sizes(String body, Set<String> names) {
    // One matcher for every place of the body, made when first wanted: a region with the default
    // opaque and anchoring bounds sees what a copy of that stretch of the body would.
    Matcher list = null;
    for (String name : List.copyOf(names)) {
      Matcher sized = SIZED_NAME.matcher(name);
      if (sized.matches() && body.contains(name + "/")) {
        // "Zorblax-1.5B/7B": the family, and each size after the slash below
        names.add(sized.group(1));
        names.add(name);
        int at = body.indexOf(name + "/");
        Matcher m = SIZE_LIST.matcher(body.substring(at + sized.group(1).length()));
        if (m.find()) {
          for (String size : m.group("sizes").split("/")) {
            names.add(sized.group(1) + "-" + size.strip());
          }
        }
      }
      if (name.indexOf(' ') >= 0 && !TitleHeads.NAME_WITH_VERSION.matcher(name).matches()) {
        continue; // a spelled-out phrase is not listed with sizes
      }
      for (int at = NameShapes.atWordStart(body, name, 0);
          at >= 0;
          at = NameShapes.atWordStart(body, name, at + name.length())) {
        int from = at + name.length();
        if (from >= body.length() || (body.charAt(from) != '-' && body.charAt(from) != ' ')) {
          continue; // every match of SIZE_LIST starts with its joint, a hyphen or a space
        }
        // The 80 characters after the name. SIZE_LIST starts with "^": looking at the start is
        // what find does, without trying the anchor at every other position
        if (list == null) {
          list = SIZE_LIST.matcher(body);
        }
        Matcher m = list.region(from, Math.min(body.length(), from + 80));
        if (!m.lookingAt()) {
          continue;
        }
        String joint = joinsWithSpace(body, name) ? " " : "-";
        for (String size : SIZE_LIST_SEPARATOR.split(m.group("sizes"))) {
          if (!size.isBlank()) {
            names.add(name + joint + size.strip());
          }
        }
      }
    }
  }

  /**
   * Whether a size follows the name after a space: when the body writes it so and never with a
   * hyphen, or when the name ends in a version the body never hyphenates ("Gemma 2 27B").
   */
  private static boolean joinsWithSpace(String body, String name) {
    if (Pattern.compile(Pattern.quote(name) + "-" + SIZE).matcher(body).find()) {
      return false;
    }
    return Character.isDigit(name.charAt(name.length() - 1))
        || Pattern.compile(Pattern.quote(name) + " " + SIZE + "(?![\\p{L}\\d])")
            .matcher(body)
            .find();
  }

  /** A member of a family with its size or version after the name, or null. */
  private static final Pattern MEMBER =
      Pattern.compile(
          "(?<family>.+?)(?:-| )(?:\\d+(?:\\.\\d+)?[BMK]?|\\d+x\\d+[BMK])(?:-A\\d+(?:\\.\\d+)?[BMK])?(?: .*)?");

  /** The family a name is a member of ("Falcon" of "Falcon-180B", "Mixtral 8x7B"), or null. */
  static String familyOf(String name) {
    Matcher m = MEMBER.matcher(name);
    return m.matches() && LatinNames.hasAsciiLetter(m.group("family")) ? m.group("family") : null;
  }

  /** Words that order steps: "сначала учили SFT, потом DPO". */
  private static final Pattern STEPS =
      Pattern.compile("(?iu)(?<![\\p{L}])(?:сначала|вначале|first)(?![\\p{L}])");

  /**
   * The members of an introduced family the body writes, with a size or version after its name
   * ("Medusa-1 учит только головы, Medusa-2 дообучает", "Mixtral 8x7B Instruct", "s1-32B",
   * "RT-2-PaLI-X-55B" of a variant found before): a paper introduces the models it gives, and a
   * size is one of them wherever the body names it. A sentence that sets the member as later or
   * earlier work ("впоследствии появилась Mamba-2") leaves it out.
   */
  static void members(String body, Set<String> prior, Set<String> names) {
    Set<String> families = new LinkedHashSet<>();
    for (String name : names) {
      if (!name.isBlank()) {
        families.add(name); // "s1-32B" of s1, "Gemma 2 27B" of Gemma 2
      }
    }
    if (families.isEmpty()) {
      return;
    }
    for (String family : families) {
      for (int at = NameShapes.atWordStart(body, family, 0);
          at >= 0;
          at = NameShapes.atWordStart(body, family, at + family.length())) {
        int from = at + family.length();
        if (from + 1 >= body.length()
            || (body.charAt(from) != '-' && body.charAt(from) != ' ')
            || !Character.isDigit(body.charAt(from + 1))) {
          continue;
        }
        Matcher member = NameShapes.NAME.matcher(body).region(at, body.length());
        Matcher lowerCase = LOWER_CASE_MEMBER.matcher(body).region(from, body.length());
        String name;
        if (member.lookingAt()) {
          name = trimmedMember(member.group());
        } else if (lowerCase.lookingAt()) {
          name = family + lowerCase.group(); // "s1-32B": no capital before its hyphen
        } else {
          continue;
        }
        String sentence = Sentences.sentenceAround(body, at);
        // "сначала учили SFT, потом DPO" orders steps; it does not set the member later
        boolean steps = STEPS.matcher(sentence).find();
        if (family.equals(familyOf(name))
            && !prior.contains(name)
            && (steps || !Sentences.setsLater(sentence))
            && !NameDefinitions.earlier(sentence)) {
          names.add(name);
        }
      }
    }
  }

  /**
   * A size after a lower-case family's name, which {@link NameShapes#NAME} does not read: "-32B" of
   * s1.
   */
  private static final Pattern LOWER_CASE_MEMBER =
      Pattern.compile("[- ](?:\\d+x\\d+[BMK]|\\d+(?:\\.\\d+)?[BMK])(?![\\p{L}\\d])");

  /** A member's name without a trailing number that is no size ("Mixtral 8x7B 13"). */
  private static String trimmedMember(String name) {
    return TRAILING_NUMBERS.matcher(name).replaceAll("");
  }
}
