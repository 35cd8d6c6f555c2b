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
   * A hyphen-joined suffix of Latin letters and digits, possibly with more parts: "-x5-Sigmoid"; or
   * a Greek letter, as papers tell apart two checkpoints of one recipe ("-α", "-β").
   */
  private static final Pattern SUFFIX =
      Pattern.compile("-(?<suffix>[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*|[α-ω](?![\\p{L}\\d]))");

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
    return namesVariant(suffix, false);
  }

  /**
   * {@link #namesVariant(String)}, where a participle names a variant too when the line announces
   * variants ("варианты: TabM-mini - …; TabM-packed - …", {@link #VARIANTS_ANNOUNCED}).
   */
  private static boolean namesVariant(String suffix, boolean announced) {
    String[] parts = suffix.split("-");
    if (parts.length > 2) {
      return false;
    }
    String first = parts[0].toLowerCase(Locale.ROOT);
    return !ADJECTIVE_FORMERS.contains(first)
        && (announced || !(first.endsWith("ed") && Lexicon.english().isWord(first)));
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
    add(body, prior, names, null);
  }

  /**
   * {@link #add(String, Set, Set)} with the name of a document the title heads ("Phi-3" of "Phi-3
   * Technical Report"), whose members are the paper's though the name alone may not be.
   *
   * @param documentFamily that name, or null
   */
  static void add(String body, Set<String> prior, Set<String> names, String documentFamily) {
    Map<String, Boolean> families = new LinkedHashMap<>();
    if (documentFamily != null) {
      families.put(documentFamily, false);
    }
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
    String lowerBody = null;
    for (Map.Entry<String, Boolean> family : families.entrySet()) {
      String key = lowerKeepingOffsets(family.getKey());
      List<Member> found;
      if (key.length() < 2) {
        found = List.of();
      } else if (!overlapsItself(key)) {
        found = suffixedAtHyphens(body, key, prior);
      } else {
        lowerBody = lowerBody == null ? lowerKeepingOffsets(body) : lowerBody;
        found = suffixed(body, lowerBody, key, prior);
      }
      List<Member> plain = new ArrayList<>();
      List<Member> based = new ArrayList<>();
      for (Member member : found) {
        (member.prefix().isEmpty() ? plain : based).add(member);
      }
      // A variant written on a base model ("Mistral-ORPO-α и Mistral-ORPO-β") only as listed
      names.addAll(writtenSideBySide(body, based));
      List<String> members = distinct(plain);
      if (members.size() < 2 || !sideBySide(body, plain)) {
        continue;
      }
      if (family.getValue()) {
        names.add(family.getKey());
      }
      names.addAll(members);
    }
    variantsWithWord(body, prior, names);
    variantsByWordBefore(body, prior, names);
    variantsByTag(body, prior, names);
  }

  /**
   * What tells a variant from its family after a space: an acronym ("A3C FF", "A3C LSTM": the
   * network inside) or a rate with its unit ("EnCodec 24 kHz", "EnCodec 48 kHz": the audio each
   * model takes). Not a letter in brackets ("CQL(H)", "CQL(ρ)"): a mention ends at a bracket, so
   * such a name would be linked as its letter alone (docs/names.md, Known limits).
   */
  private static final Pattern TAG =
      Pattern.compile(
          " (?<tag>[A-Z][A-Z0-9]{1,5}|\\d+(?:[.,]\\d+)? ?(?:[kMG]?Hz|[kM]?bps))(?![\\p{L}\\d-])");

  /**
   * Variants the body names by a tag after an introduced name and a space ({@link #TAG}), as a
   * paper gives the configurations it ships: two different tags must be written side by side
   * ({@link #sideBySide}: "A3C FF (сверточный торс) и A3C LSTM"), and only those so written are
   * taken; a tag alone ("BERT LARGE" once) may be anyone's configuration, and a tag that names a
   * field or a device ("LLM", "GPU") is no variant.
   */
  private static void variantsByTag(String body, Set<String> prior, Set<String> names) {
    Set<String> added = new LinkedHashSet<>();
    Matcher tag = TAG.matcher(body);
    for (String family : names) {
      if (family.length() < 2 || family.split(" ").length > 2) {
        continue;
      }
      List<Member> found = new ArrayList<>();
      for (int at = body.indexOf(family); at >= 0; at = body.indexOf(family, at + 1)) {
        int end = at + family.length();
        if ((at > 0
                && (Character.isLetterOrDigit(body.charAt(at - 1)) || body.charAt(at - 1) == '-'))
            || !tag.region(end, body.length()).lookingAt()
            || LatinNames.isGeneric(tag.group("tag"))) {
          continue;
        }
        String label = tag.group("tag");
        String member = body.substring(at, tag.end());
        // The clause before it, not its sentence: "CQL(ρ) - с KL к предыдущей политике" says what
        // the variant does, not that it is earlier work.
        String clause = body.substring(Sentences.clauseStart(body, at), at);
        if (prior.contains(member)
            || Sentences.setsLater(clause)
            || NameDefinitions.earlier(clause)) {
          continue;
        }
        found.add(new Member(member, label.toLowerCase(Locale.ROOT), "", at, tag.end()));
      }
      added.addAll(writtenSideBySide(body, found));
    }
    names.addAll(added);
  }

  /** A capitalised word right before a family's name: "Kernel" of "Kernel SHAP". */
  private static final Pattern WORD_BEFORE = Pattern.compile("[A-Z][a-z]{2,}");

  /**
   * Capitalised words before a name that say which one of several it is rather than name a variant:
   * English's little words at a sentence's start, and words for the unchanged method.
   */
  private static final Set<String> NOT_VARIANT_WORDS =
      Set.of(
          "the",
          "our",
          "their",
          "its",
          "this",
          "that",
          "these",
          "those",
          "with",
          "for",
          "and",
          "from",
          "each",
          "every",
          "both",
          "all",
          "any",
          "some",
          "via",
          "into",
          "original",
          "vanilla",
          "standard",
          "plain",
          "default",
          "naive",
          "baseline",
          "new",
          "old",
          "full");

  /**
   * Variants the body names by a capitalised word before an introduced name: "Kernel SHAP", "Deep
   * SHAP", "Linear SHAP" of SHAP. English puts the qualifier first, and a paper that gives its
   * method in several forms names them so; as with suffixes, two different words must be written
   * side by side ({@link #sideBySide}: listed together or heading two items in a row), only those
   * so written are taken, and the name must be coined (no English word), so "Vision Transformer"
   * and "Sparse Transformer" stay someone else's.
   */
  private static void variantsByWordBefore(String body, Set<String> prior, Set<String> names) {
    Set<String> added = new LinkedHashSet<>();
    Matcher word = WORD_BEFORE.matcher(body);
    for (String family : names) {
      if (family.length() < 3
          || family.indexOf(' ') >= 0
          || family.chars().noneMatch(c -> c >= 'A' && c <= 'Z')
          || Lexicon.english().isWord(family.toLowerCase(Locale.ROOT))) {
        continue;
      }
      List<Member> found = new ArrayList<>();
      for (int at = body.indexOf(family); at >= 0; at = body.indexOf(family, at + 1)) {
        int end = at + family.length();
        if (at < 4
            || body.charAt(at - 1) != ' '
            || (end < body.length()
                && (Character.isLetterOrDigit(body.charAt(end)) || body.charAt(end) == '-'))) {
          continue;
        }
        int start = at - 1;
        while (start > 0 && Character.isLetter(body.charAt(start - 1)) && at - start < 24) {
          start--;
        }
        if ((start > 0
                && (Character.isLetterOrDigit(body.charAt(start - 1))
                    || body.charAt(start - 1) == '-'))
            || !word.region(start, at - 1).matches()) {
          continue;
        }
        String qualifier = body.substring(start, at - 1);
        if (NOT_VARIANT_WORDS.contains(qualifier.toLowerCase(Locale.ROOT))) {
          continue;
        }
        String member = body.substring(start, end);
        String sentence = Sentences.sentenceAround(body, start);
        if (prior.contains(member) || Sentences.setsLaterOrEarlier(sentence)) {
          continue;
        }
        found.add(new Member(member, qualifier.toLowerCase(Locale.ROOT), "", start, end));
      }
      added.addAll(writtenSideBySide(body, found));
    }
    names.addAll(added);
  }

  /**
   * The members written side by side with another of a different name ({@link #sideBySide}): a word
   * before a name is a variant only where the body shows it among the others ("Tree SHAP", named
   * once as the next paper, is not one).
   */
  private static Set<String> writtenSideBySide(String body, List<Member> found) {
    Set<String> members = new LinkedHashSet<>();
    for (int i = 0; i + 1 < found.size(); i++) {
      if (sideBySide(body, found.subList(i, i + 2))) {
        members.add(found.get(i).name());
        members.add(found.get(i + 1).name());
      }
    }
    return members;
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
   * Lower case one UTF-16 unit at a time, so an offset in the result is the same offset in {@code
   * text}: {@code toLowerCase} turns "İ" into two units and would shift every position after it.
   */
  static String lowerKeepingOffsets(String text) {
    char[] lower = text.toCharArray();
    for (int i = 0; i < lower.length; i++) {
      char c = lower[i];
      lower[i] = c < LATIN1_LOWER.length ? LATIN1_LOWER[c] : Character.toLowerCase(c);
    }
    return new String(lower);
  }

  /**
   * {@link Character#toLowerCase(char)} of U+0000 to U+00FF, from a table: a body is lower-cased
   * whenever it has a family to look for, and asking the JDK's character data for each of its
   * characters was most of the time.
   */
  private static final char[] LATIN1_LOWER = latin1Lower();

  private static char[] latin1Lower() {
    char[] table = new char[0x100];
    for (char c = 0; c < table.length; c++) {
      table[c] = Character.toLowerCase(c);
    }
    return table;
  }

  /**
   * Whether two places of {@code key} in a text can overlap (a proper prefix of it is also its
   * suffix, as in "aa" or "abab"): then a scan that skips past each place it finds ({@link
   * #suffixed}) may skip a place that a hyphen follows.
   */
  static boolean overlapsItself(String key) {
    for (int k = 1; k < key.length(); k++) {
      if (key.startsWith(key.substring(key.length() - k))) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@link #suffixed} for a key whose places cannot overlap, found from the body's hyphens instead
   * of a lower-cased copy of the body: every member has a hyphen right after its family ({@link
   * #SUFFIX}), and lower-casing each abstract whole, for a family almost every one has, was a
   * twentieth of reading a library. The same places in the same order.
   */
  static List<Member> suffixedAtHyphens(String body, String key, Set<String> prior) {
    List<Member> found = new ArrayList<>();
    int length = key.length();
    for (int hyphen = body.indexOf('-', length);
        hyphen >= 0;
        hyphen = body.indexOf('-', hyphen + 1)) {
      int at = hyphen - length;
      if (writesLowerCased(body, at, key)) {
        member(body, at, hyphen, prior, found);
      }
    }
    return found;
  }

  /** Whether {@code body} at {@code at}, lower-cased as {@link #lowerKeepingOffsets}, is key. */
  private static boolean writesLowerCased(String body, int at, String key) {
    for (int j = 0; j < key.length(); j++) {
      char c = body.charAt(at + j);
      char lower = c < LATIN1_LOWER.length ? LATIN1_LOWER[c] : Character.toLowerCase(c);
      if (lower != key.charAt(j)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The distinct members the body writes as the family, a hyphen and a suffix, the family matched
   * in any case ("phi-3-mini" of "Phi-3"), each as first written; none whose sentence sets it as
   * later or earlier work.
   */
  static List<Member> suffixed(String body, String lowerBody, String key, Set<String> prior) {
    List<Member> found = new ArrayList<>();
    int from = 0;
    while (true) {
      int at = lowerBody.indexOf(key, from);
      if (at < 0) {
        break;
      }
      from = at + key.length();
      member(body, at, from, prior, found);
    }
    return found;
  }

  /**
   * Adds the member written at {@code at}, its family ending at {@code from}, if it is one; a
   * capitalised word and a hyphen before the family ("Mistral-" of "Mistral-ORPO-α", the base model
   * a recipe was applied to) is kept as the member's prefix.
   */
  private static void member(String body, int at, int from, Set<String> prior, List<Member> found) {
    int start = at;
    if (at > 0 && body.charAt(at - 1) == '-') {
      start = prefixStart(body, at - 1);
      if (start < 0) {
        return;
      }
    } else if (at > 0 && Character.isLetterOrDigit(body.charAt(at - 1))) {
      return;
    }
    Matcher m = SUFFIX.matcher(body).region(from, body.length());
    if (!m.lookingAt()) {
      return;
    }
    int end = m.end();
    if (end < body.length()
        && (Character.isLetterOrDigit(body.charAt(end)) || body.charAt(end) == '/')) {
      return; // a Cyrillic ending or a path: not a name as written
    }
    String suffix = m.group("suffix");
    if (!namesVariant(suffix, announcedBefore(body, start))) {
      return;
    }
    String member = body.substring(start, end);
    String sentence = Sentences.sentenceAround(body, start);
    if (prior.contains(member)
        || LatinNames.isGeneric(member)
        || Sentences.setsLaterOrEarlier(sentence)) {
      return;
    }
    String prefix = body.substring(start, at).toLowerCase(Locale.ROOT);
    found.add(new Member(member, suffix.toLowerCase(Locale.ROOT), prefix, start, end));
  }

  /** A capitalised word that may lead a member before its family and a hyphen: "Mistral". */
  private static final Pattern PREFIX_WORD = Pattern.compile("[A-Z][A-Za-z0-9]{2,}");

  /**
   * Where the capitalised word ending right before the hyphen at {@code hyphen} starts, or -1 when
   * none does or it is an English prefix ("Non-", "Multi-"), which makes a word rather than names
   * the base a variant is made on.
   */
  private static int prefixStart(String body, int hyphen) {
    int start = hyphen;
    while (start > 0 && Character.isLetterOrDigit(body.charAt(start - 1)) && hyphen - start < 24) {
      start--;
    }
    if ((start > 0
            && (Character.isLetterOrDigit(body.charAt(start - 1)) || body.charAt(start - 1) == '-'))
        || !PREFIX_WORD.matcher(body).region(start, hyphen).matches()
        || NameVariants.englishPrefix(body.substring(start, hyphen))) {
      return -1;
    }
    return start;
  }

  /**
   * One place the body writes a member: its spelling, its suffix and the prefix before its family
   * ("mistral-", or empty) in lower case, where it is.
   */
  record Member(String name, String suffix, String prefix, int start, int end) {}

  /** Each suffix's member as first written. */
  private static List<String> distinct(List<Member> found) {
    Map<String, String> bySuffix = new LinkedHashMap<>();
    for (Member member : found) {
      bySuffix.putIfAbsent(member.prefix() + member.suffix(), member.name());
    }
    return new ArrayList<>(bySuffix.values());
  }

  /**
   * What may stand between two variants listed together: "Swin-T, Swin-S и Swin-B", "X-a/X-b", and
   * a gloss in brackets after the first ("s1-prob (задачи по статистике) и s1-teasers").
   */
  private static final Pattern LIST_JOIN =
      Pattern.compile(
          "(?iu)(?:\\s*\\([^()\\n]{1,160}\\))?\\s*(?:[,/;]|,?\\s*(?:и|или|and|or|vs\\.?|&))?\\s*");

  /** A list item's start: a bullet or a number, or nothing, at a line's start. */
  private static final Pattern ITEM_START = Pattern.compile("[ \\t]*(?:[-•*–—]|\\d+[.)])?[ \\t]*");

  /**
   * Whether two different variants are written side by side: listed together in one run ("BN-x5 и
   * BN-x30", "Swin-T, Swin-S"), or heading two list items in a row ("- phi-3-small, 7B: …", "-
   * phi-3-medium, 14B: …"). A paper shows its variants together, in a list or a table; a variant
   * named alone in passing ("MobileNetV3-Large", "DiT-XL") is more often someone's configuration.
   */
  private static boolean sideBySide(String body, List<Member> found) {
    for (int i = 0; i + 1 < found.size(); i++) {
      Member a = found.get(i);
      Member b = found.get(i + 1);
      if (a.suffix().equals(b.suffix()) || !a.prefix().equals(b.prefix())) {
        continue; // "PaLM-SayCan" and "FLAN-SayCan" are two bases, not two variants of one
      }
      if (LIST_JOIN.matcher(body).region(a.end(), b.start()).matches()) {
        return true;
      }
      if (announcedOnOneLine(body, a, b)) {
        return true;
      }
      if (headsItem(body, a.start()) && headsItem(body, b.start())) {
        int aLineEnd = body.indexOf('\n', a.start());
        int bLineStart = body.lastIndexOf('\n', b.start() - 1);
        if (aLineEnd >= 0 && aLineEnd == bLineStart) {
          return true;
        }
      }
    }
    return false;
  }

  /** A line's words announcing variants, then a colon: "варианты:", "вариантов два:". */
  private static final Pattern VARIANTS_ANNOUNCED =
      Pattern.compile(
          "(?iu)(?<![\\p{L}])(?:вариант\\p{L}*|модификаци\\p{L}*|конфигураци\\p{L}*|variants?"
              + "|versions|configurations)(?![\\p{L}])[^:\\n]{0,30}:");

  /**
   * Whether both members stand on one line after words that announce variants and a colon
   * ("конкретных вариантов два: CQL(H) - с энтропийным регуляризатором; и CQL(ρ) - с KL"): the line
   * lists the variants, whatever it says of each between them.
   */
  private static boolean announcedOnOneLine(String body, Member a, Member b) {
    int lineEnd = body.indexOf('\n', a.end());
    return (lineEnd < 0 || b.start() < lineEnd) && announcedBefore(body, a.start());
  }

  /**
   * Whether the line holding {@code at} announces variants before it ({@link #VARIANTS_ANNOUNCED}).
   */
  private static boolean announcedBefore(String body, int at) {
    int lineStart = body.lastIndexOf('\n', at - 1) + 1;
    return VARIANTS_ANNOUNCED.matcher(body).region(lineStart, at).find();
  }

  /** Whether the member at {@code at} opens its line, after a bullet or a number at most. */
  private static boolean headsItem(String body, int at) {
    int lineStart = body.lastIndexOf('\n', at - 1) + 1;
    return ITEM_START.matcher(body).region(lineStart, at).matches();
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
        String sentence = Sentences.sentenceAround(body, start);
        if (!prior.contains(name) && !Sentences.setsLaterOrEarlier(sentence)) {
          added.add(name);
        }
      }
    }
    names.addAll(added);
  }
}
