package dev.paperlens.corpus;

import dev.paperlens.text.LatinNames;
import dev.paperlens.text.Lexicon;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The named variants of an introduced family that the body writes with a suffix after a hyphen:
 * sizes as words ("phi-3-mini", "phi-3-medium" of Phi-3), letter codes ("Swin-T", "Swin-L" of Swin
 * Transformer), and variant tags ("GraphSAGE-mean", "GraphSAGE-pool"; "BN-x5", "BN-Inception" of
 * Batch Normalization, abbreviated BN). A paper that gives its model in variants introduces each of
 * them; a single suffixed form is not enough ("BERT-based" is an adjective), so a family needs two
 * different suffixes. Numeric sizes and versions ("Falcon-180B", "Medusa-2") are read by {@link
 * IntroducedNames}.
 */
final class NameFamilies {
  private NameFamilies() {}

  /**
   * A hyphen-joined suffix of Latin letters and digits, possibly with more parts: "-x5-Sigmoid".
   */
  private static final Pattern SUFFIX =
      Pattern.compile("-(?<suffix>[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*)");

  /**
   * English words that make an adjective of the name before them ("BERT-based", "GAN-like",
   * "Transformer-style"): English morphology, not variants.
   */
  private static final Set<String> ADJECTIVE_FORMERS =
      Set.of(
          "based",
          "like",
          "style",
          "free",
          "only",
          "level",
          "wise",
          "aware",
          "specific",
          "sized",
          "scale",
          "friendly",
          "type",
          "driven",
          "powered",
          "inspired",
          "compatible",
          "ready",
          "native",
          "centric",
          "agnostic",
          "guided",
          "conditioned",
          "enhanced",
          "augmented");

  /**
   * Whether a suffix after a family's name and a hyphen can name a variant: not one that makes an
   * adjective ("-based", "-like", an English past participle), and of at most two parts
   * ("DeepSeek-R1-Distill-Qwen-32B" is another model distilled from it).
   *
   * @param suffix the suffix without its leading hyphen
   */
  static boolean namesVariant(String suffix) {
    String[] parts = suffix.split("-");
    if (parts.length > 2) {
      return false;
    }
    String first = parts[0].toLowerCase(Locale.ROOT);
    return !ADJECTIVE_FORMERS.contains(first)
        && !(first.endsWith("ed") && Lexicon.english().isWord(first));
  }

  /** "есть вариант MuZero Reanalyze", "a variant, MuZero Reanalyze": a variant with a word. */
  private static final Pattern VARIANT_WORD =
      Pattern.compile(
          "(?iu)(?<![\\p{L}])(?:вариант|модификаци\\p{L}*|variant|version)(?:,| —| -|:)? $");

  /**
   * Adds the suffixed members of each introduced family, and the abbreviation a family is written
   * with in them when the paper only spells it out ("BN" of "Batch Normalization").
   *
   * @param body the post's body
   * @param prior names the body gives to earlier work
   * @param names the names introduced so far, added to
   */
  static void add(String body, Set<String> prior, Set<String> names) {
    Map<String, Boolean> families = new LinkedHashMap<>();
    for (String name : names) {
      if (name.indexOf(' ') < 0) {
        families.putIfAbsent(name, false);
        continue;
      }
      String[] words = name.split(" ");
      if (TitleHeads.ledByCoinedWord(name)) {
        families.putIfAbsent(words[0], false); // "Swin" of "Swin Transformer": "Swin-T"
      }
      String initials = initials(words);
      if (initials != null && !names.contains(initials)) {
        families.putIfAbsent(initials, true);
      }
    }
    String lowerBody = body.toLowerCase(Locale.ROOT);
    for (Map.Entry<String, Boolean> family : families.entrySet()) {
      List<String> members = suffixed(body, lowerBody, family.getKey(), prior);
      if (members.size() < 2) {
        continue;
      }
      if (family.getValue()) {
        names.add(family.getKey());
      }
      names.addAll(members);
    }
    variantsWithWord(body, prior, names);
  }

  /** The capitals of a spelled-out name of two to five capitalised words, or null. */
  private static String initials(String[] words) {
    if (words.length < 2 || words.length > 5) {
      return null;
    }
    StringBuilder out = new StringBuilder();
    for (String word : words) {
      if (word.isEmpty() || !Character.isUpperCase(word.charAt(0)) || word.charAt(0) > 'Z') {
        return null;
      }
      out.append(word.charAt(0));
    }
    return out.toString();
  }

  /**
   * The distinct members the body writes as the family, a hyphen and a suffix, the family matched
   * in any case ("phi-3-mini" of "Phi-3"), each as first written; none whose sentence sets it as
   * later or earlier work.
   */
  private static List<String> suffixed(
      String body, String lowerBody, String family, Set<String> prior) {
    Map<String, String> bySuffix = new LinkedHashMap<>();
    String key = family.toLowerCase(Locale.ROOT);
    if (key.length() < 2) {
      return List.of();
    }
    int from = 0;
    while (true) {
      int at = lowerBody.indexOf(key, from);
      if (at < 0) {
        break;
      }
      from = at + key.length();
      if (at > 0
          && (Character.isLetterOrDigit(body.charAt(at - 1)) || body.charAt(at - 1) == '-')) {
        continue;
      }
      Matcher m = SUFFIX.matcher(body).region(from, body.length());
      if (!m.lookingAt()) {
        continue;
      }
      int end = m.end();
      if (end < body.length()
          && (Character.isLetterOrDigit(body.charAt(end)) || body.charAt(end) == '/')) {
        continue; // a Cyrillic ending or a path: not a name as written
      }
      String suffix = m.group("suffix");
      if (!namesVariant(suffix)) {
        continue;
      }
      String member = body.substring(at, end);
      String sentence = IntroducedNames.sentenceAround(body, at);
      if (prior.contains(member)
          || LatinNames.isGeneric(member)
          || IntroducedNames.setsLater(sentence)
          || NameDefinitions.earlier(sentence)) {
        continue;
      }
      bySuffix.putIfAbsent(suffix.toLowerCase(Locale.ROOT), member);
    }
    return new ArrayList<>(bySuffix.values());
  }

  /** The capitalised word after a family's name: " Reanalyze". */
  private static final Pattern MEMBER_WORD =
      Pattern.compile(" (?<word>[A-Z][a-z]{2,})(?![\\p{L}\\d-])");

  /**
   * "есть вариант MuZero Reanalyze": a variant named by a capitalised word after the family's name.
   */
  private static void variantsWithWord(String body, Set<String> prior, Set<String> names) {
    Set<String> added = new LinkedHashSet<>();
    for (String family : names) {
      if (family.indexOf(' ') >= 0) {
        continue;
      }
      // The family's name where the body writes it, then the word: a pattern compiled per family
      // and scanned over the body was about half of this class's cost.
      Matcher word = MEMBER_WORD.matcher(body);
      int from = 0;
      while (true) {
        int start = body.indexOf(family, from);
        if (start < 0) {
          break;
        }
        int after = start + family.length();
        if (!word.region(after, body.length()).lookingAt()) {
          from = start + 1;
          continue;
        }
        from = word.end();
        int lineStart = Math.max(0, start - 40);
        if (!VARIANT_WORD.matcher(body.substring(lineStart, start)).find()) {
          continue;
        }
        String name = body.substring(start, word.end());
        String sentence = IntroducedNames.sentenceAround(body, start);
        if (!prior.contains(name)
            && !IntroducedNames.setsLater(sentence)
            && !NameDefinitions.earlier(sentence)) {
          added.add(name);
        }
      }
    }
    names.addAll(added);
  }
}
