package dev.paperlens.corpus;

import dev.paperlens.text.LatinNames;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Variants of an introduced name the body writes: one it calls a variant ("AdaMax — вариант Adam"),
 * one named by a letter glued to the version ("FastSpeech 2s") and one named by a word and a hyphen
 * before an abbreviation ("Const-GAT"). A paper introduces its variants.
 */
final class NameVariants {
  private NameVariants() {}

  /** "AdaMax — вариант Adam", "X, a variant of Y": a variant of an introduced name. */
  private static final Pattern VARIANT_OF =
      Pattern.compile(
          "(?<name>"
              + NameShapes.NAME_TOKEN
              + ")(?: [—–-]|,) (?:это |is )?(?:вариант|версия|модификация|расширение|an? variant of"
              + "|an? version of|an extension of) (?<of>"
              + NameShapes.NAME_TOKEN
              + ")");

  /** How the word after a space in every match of {@link #VARIANT_OF} starts: one pass. */
  private static final MatchStarts.Beginnings VARIANT_WORDS =
      MatchStarts.Beginnings.of(
          "вариант", "версия", "модификация", "расширение", "variant", "version", "extension");

  /**
   * The names the body calls a variant of an introduced one ("AdaMax — вариант Adam"): a paper
   * introduces its variants.
   */
  static void variants(String body, Set<String> names) {
    if (names.isEmpty()) {
      return;
    }
    List<String> introduced = List.copyOf(names);
    if (NameDefinitions.writesAfterSpace(body, VARIANT_WORDS)) {
      Matcher m = VARIANT_OF.matcher(body);
      while (m.find()) {
        if (introduced.contains(m.group("of")) && !LatinNames.isGeneric(m.group("name"))) {
          names.add(m.group("name"));
        }
      }
    }
  }

  /** A name that ends in a version after a space or a hyphen: "FastSpeech 2", "Zorb-3". */
  private static final Pattern ENDS_IN_VERSION = Pattern.compile(".*[A-Za-z][ -]\\d+(?:\\.\\d+)?");

  /**
   * A variant the body names by a lower-case letter glued to the version of an introduced name
   * ("FastSpeech 2s" of FastSpeech 2), as a paper names the second form of its model: taken when
   * the body writes it twice or more, and not in a sentence that sets it earlier or later.
   */
  static void lettered(String body, Set<String> prior, Set<String> names) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (String name : names) {
      if (!ENDS_IN_VERSION.matcher(name).matches()) {
        continue;
      }
      for (int at = body.indexOf(name); at >= 0; at = body.indexOf(name, at + 1)) {
        int end = at + name.length();
        int letters = end;
        while (letters < body.length()
            && letters - end < 3
            && NameShapes.isLowerLatin(body.charAt(letters))) {
          letters++;
        }
        if ((at > 0 && NameShapes.isWordChar(body.charAt(at - 1)))
            || letters == end
            || letters - end > 2
            || (letters < body.length()
                && (Character.isLetterOrDigit(body.charAt(letters))
                    || body.charAt(letters) == '-'))) {
          continue;
        }
        String variant = body.substring(at, letters);
        String sentence = Sentences.sentenceAround(body, at);
        if (!prior.contains(variant) && !Sentences.setsLaterOrEarlier(sentence)) {
          counts.merge(variant, 1, Integer::sum);
        }
      }
    }
    counts.forEach(
        (variant, count) -> {
          if (count >= 2) {
            names.add(variant);
          }
        });
  }

  /** English prefixes that make a word of a name, not a variant: "Non-GAT", "Pre-LN". */
  private static final Set<String> ENGLISH_PREFIXES =
      Set.of(
          "non", "pre", "post", "anti", "semi", "pseudo", "quasi", "self", "cross", "inter",
          "intra", "over", "under", "sub", "super", "multi", "extra", "ultra");

  /** Whether a word before a hyphen is an English prefix ("Non-", "Multi-"), in any case. */
  static boolean englishPrefix(String word) {
    return ENGLISH_PREFIXES.contains(word.toLowerCase(Locale.ROOT));
  }

  /** A capitalised word and a hyphen before a name: "Const-" of "Const-GAT". */
  private static final Pattern PREFIX = Pattern.compile("[A-Z][a-z]{2,}-$");

  /**
   * A variant the body names by a capitalised word and a hyphen before an introduced abbreviation
   * ("Const-GAT (те же головы, но все соседи с одинаковым весом)"), as an ablation of the method is
   * named; an English prefix ("Non-GAT", "Multi-GAT") makes a word of it, and a sentence that sets
   * the variant as earlier or later work leaves it out.
   */
  static void prefixed(String body, Set<String> prior, Set<String> names) {
    Set<String> added = new LinkedHashSet<>();
    for (String name : names) {
      if (name.length() < 3 || !name.chars().allMatch(c -> c >= 'A' && c <= 'Z')) {
        continue;
      }
      int from = 0;
      while (true) {
        int at = body.indexOf("-" + name, from);
        if (at < 0) {
          break;
        }
        int end = at + 1 + name.length();
        from = end;
        if (end < body.length()
            && (NameShapes.isWordChar(body.charAt(end)) || body.charAt(end) == '-')) {
          continue;
        }
        int start = at;
        while (start > 0 && Character.isLetter(body.charAt(start - 1)) && start > at - 24) {
          start--;
        }
        if ((start > 0
                && (NameShapes.isWordChar(body.charAt(start - 1)) || body.charAt(start - 1) == '-'))
            || !PREFIX.matcher(body.substring(start, at + 1)).matches()
            || ENGLISH_PREFIXES.contains(body.substring(start, at).toLowerCase(Locale.ROOT))) {
          continue;
        }
        String variant = body.substring(start, end);
        String sentence = Sentences.sentenceAround(body, start);
        if (!prior.contains(variant) && !Sentences.setsLaterOrEarlier(sentence)) {
          added.add(variant);
        }
      }
    }
    names.addAll(added);
  }
}
