package dev.paperlens.corpus;

import dev.paperlens.text.Abbreviation;
import dev.paperlens.text.CrossScript;
import dev.paperlens.text.LatinNames;
import dev.paperlens.text.Lexicon;
import dev.paperlens.text.NameMatcher;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Links the names a corpus knows to where its reviews mention them. The vocabulary is what the
 * corpus itself names: the methods papers introduce, titles short enough to be names ("Memory
 * Mosaics", the "HyenaDNA" of "HyenaDNA: Long-Range…"), and names written in Latin inside review
 * bodies that look like names rather than words: CamelCase ("HyenaDNA", "DeepTransformer"),
 * acronyms ("NEAT", "HILP"), letters with digits ("GPT-2") and hyphenated compounds with such a
 * part ("FIFO-Diffusion").
 */
public final class MentionLinker {
  private final NameMatcher matcher;
  private final Map<String, String> projectOf;
  private final Map<String, String> spelledOut;

  public MentionLinker(Collection<String> vocabulary) {
    this.matcher = NameMatcher.of(vocabulary);
    this.projectOf = importNames(vocabulary);
    this.spelledOut = CapitalSpellings.of(vocabulary);
    this.spelledOut.putAll(releasesOfMakers(vocabulary));
  }

  /**
   * A library's short import name for the project name the same vocabulary writes: "sklearn" for
   * "scikit-learn", "skimage" for "scikit-image". Python projects are imported by a name that
   * abbreviates their project name and keeps its last part, so a lower-case name is the project's
   * when it abbreviates a hyphenated lower-case name (Schwartz–Hearst: its letters in order, the
   * first one starting the name) and ends in that name's last part.
   */
  static Map<String, String> importNames(Collection<String> vocabulary) {
    Map<String, List<String>> byLastPart = new HashMap<>();
    for (String name : vocabulary) {
      int hyphen = name.lastIndexOf('-');
      if (hyphen > 0 && hyphen < name.length() - 3 && name.equals(name.toLowerCase(Locale.ROOT))) {
        byLastPart.computeIfAbsent(name.substring(hyphen + 1), k -> new ArrayList<>()).add(name);
      }
    }
    Map<String, String> out = new HashMap<>();
    if (byLastPart.isEmpty()) {
      return out;
    }
    for (String name : vocabulary) {
      if (!IMPORT_NAME.matcher(name).matches()) {
        continue;
      }
      for (int cut = 1; cut <= name.length() - 3; cut++) {
        List<String> projects = byLastPart.get(name.substring(cut));
        if (projects == null) {
          continue;
        }
        for (String project : projects) {
          if (project.charAt(0) == name.charAt(0)
              && project.length() > name.length() + 1
              && !project.replace("-", "").equals(name)
              && Abbreviation.abbreviates(name, project)) {
            out.putIfAbsent(name, project);
          }
        }
      }
    }
    return out;
  }

  /** A lower-case word of letters and digits, as Python modules are named: "sklearn". */
  private static final Pattern IMPORT_NAME = Pattern.compile("[a-z][a-z0-9]{3,}");

  /**
   * A linker over a vocabulary that knows how many reviews write each name in Latin, which decides
   * between names sharing a Cyrillic spelling ({@link NameMatcher#of(Collection, Map)}).
   */
  public MentionLinker(Vocabulary vocabulary) {
    this.matcher = NameMatcher.of(vocabulary.names(), vocabulary.reviews());
    this.projectOf = importNames(vocabulary.names());
    this.spelledOut = CapitalSpellings.of(vocabulary.names());
    this.spelledOut.putAll(releasesOfMakers(vocabulary.names()));
    // "ML-1M" of "MovieLens 1M" is of the thing most reviews spell "MovieLens-1M"
    Map<String, String> usual = usualSpellings(vocabulary.names(), vocabulary.reviews());
    this.spelledOut.replaceAll((name, thing) -> usual.getOrDefault(thing, thing));
    usual.forEach(this.spelledOut::putIfAbsent);
  }

  /**
   * For each spelling of a thing that differs from another spelling of it only in spaces, hyphens
   * and signs ("CIFAR10" and "CIFAR-10", "LLaMa-2" and "Llama 2"), the spelling the user's reviews
   * write most: the thing's usual name, which a mention in another spelling keeps beside its own. A
   * spelling must be written in two reviews at least and in more than any other to be the usual
   * one; otherwise each keeps its own.
   *
   * @param reviews how many reviews write each name in Latin, by the name in lower case
   */
  static Map<String, String> usualSpellings(
      Collection<String> vocabulary, Map<String, Integer> reviews) {
    Map<String, List<String>> byKey = new HashMap<>();
    for (String name : vocabulary) {
      byKey.computeIfAbsent(Mention.key(name), k -> new ArrayList<>(1)).add(name);
    }
    Map<String, String> out = new HashMap<>();
    for (List<String> spellings : byKey.values()) {
      if (spellings.size() < 2) {
        continue;
      }
      String usual = null;
      int most = 0;
      boolean tie = false;
      for (String name : spellings) {
        int count = reviews.getOrDefault(name.toLowerCase(Locale.ROOT), 0);
        if (count > most) {
          usual = name;
          most = count;
          tie = false;
        } else if (count == most) {
          tie = true;
        }
      }
      if (usual == null || tie || most < 2) {
        continue;
      }
      for (String name : spellings) {
        if (!name.equals(usual)) {
          out.put(name, usual);
        }
      }
    }
    return out;
  }

  /**
   * The names a corpus knows and, by each name in lower case, how many reviews write it in Latin.
   *
   * @param names the names, as {@link #vocabulary} gives them
   * @param reviews reviews writing each name, told apart by their text
   */
  public record Vocabulary(List<String> names, Map<String, Integer> reviews) {
    public Vocabulary {
      names = List.copyOf(names);
      reviews = Map.copyOf(reviews);
    }
  }

  /** The matcher over this linker's vocabulary, for finding the same names elsewhere. */
  public NameMatcher matcher() {
    return matcher;
  }

  /**
   * The names a corpus knows: the given names first (methods as written, titles through {@link
   * #nameOf}), then names found in review bodies, each in its most frequent spelling. Names equal
   * but for case count once.
   *
   * @param methods method names of the corpus's papers
   * @param titles titles of the corpus's papers
   * @param drafts the reviews whose bodies may name more
   */
  public static List<String> vocabulary(
      Collection<String> methods, Collection<String> titles, Collection<ReviewDraft> drafts) {
    return vocabularyWithUsage(methods, titles, drafts).names();
  }

  /** The same names with how many reviews write each in Latin. */
  public static Vocabulary vocabularyWithUsage(
      Collection<String> methods, Collection<String> titles, Collection<ReviewDraft> drafts) {
    // Scanning bodies is the costly part and independent per review; counting stays in order.
    List<BodyNames> found = List.copyOf(drafts).parallelStream().map(BodyNames::of).toList();
    return vocabularyWithUsage(methods, titles, found);
  }

  /**
   * What a vocabulary needs of one review body: the names it writes in Latin, what tells its text
   * apart from another's, the acronyms it writes in Cyrillic letters, and the hyphenated lower-case
   * words that may be a project's name (each with the part after its hyphen), and the listed
   * library names it writes only in Cyrillic ({@link LibraryNames}), the Cyrillic words it writes
   * with a version after them ({@link FamilyVersions}), and its plain Latin words and unknown
   * Cyrillic words ({@link SpelledInBoth}). A corpus read in passes keeps this rather than the
   * body.
   */
  public record BodyNames(
      List<LatinNames.Found> names,
      int textHash,
      List<String> cyrillicAcronyms,
      List<String> projectNames,
      List<String> projectSuffixes,
      List<String> libraryNames,
      List<String> cyrillicVersions,
      SpelledInBoth.Words spelledInBoth) {
    public BodyNames {
      cyrillicVersions = List.copyOf(cyrillicVersions);
      names = List.copyOf(names);
      cyrillicAcronyms = List.copyOf(cyrillicAcronyms);
      projectNames = List.copyOf(projectNames);
      projectSuffixes = List.copyOf(projectSuffixes);
      libraryNames = List.copyOf(libraryNames);
    }

    public static BodyNames of(ReviewDraft draft) {
      List<LatinNames.Found> names = new ArrayList<>();
      List<String> acronyms = new ArrayList<>();
      List<String> projects = new ArrayList<>();
      List<String> suffixes = new ArrayList<>();
      int length = 0;
      for (SourceLine line : draft.body()) {
        length += line.text().length() + 1;
      }
      StringBuilder body = new StringBuilder(length); // sized once, not copied as it grows
      for (SourceLine line : draft.body()) {
        names.addAll(LatinNames.findWeighed(line.text()));
        acronyms.addAll(CrossScript.cyrillicAcronyms(line.text()));
        hyphenatedWords(line.text(), projects, suffixes);
        body.append(line.text()).append('\n');
      }
      String text = body.toString();
      return new BodyNames(
          names,
          names.isEmpty() ? 0 : MentionLinker.textHash(draft),
          acronyms,
          projects,
          suffixes,
          listedNames(text),
          FamilyVersions.written(text),
          SpelledInBoth.of(text));
    }
  }

  /**
   * The listed names a body writes only in Cyrillic ("через керас") and those it writes in
   * lower-case Latin within Russian prose ("из audiocraft"), which its Latin names' shape rules
   * would read as English words run together.
   */
  private static List<String> listedNames(CharSequence body) {
    List<String> cyrillic = LibraryNames.writtenInCyrillic(body);
    List<String> lowerCase = LibraryNames.writtenInLowerCase(body);
    if (lowerCase.isEmpty()) {
      return cyrillic;
    }
    List<String> out = new ArrayList<>(cyrillic);
    out.addAll(lowerCase);
    return out;
  }

  /**
   * As {@link #vocabularyWithUsage(Collection, Collection, Collection)}, from each body's names.
   */
  public static Vocabulary vocabularyWithUsage(
      Collection<String> methods, Collection<String> titles, List<BodyNames> found) {
    Map<String, String> byLower = new LinkedHashMap<>();
    for (String method : methods) {
      for (String name : spellingsOf(method)) {
        byLower.putIfAbsent(name.toLowerCase(Locale.ROOT), name);
      }
    }
    for (String title : titles) {
      String asName = nameOf(title);
      if (asName != null) {
        byLower.putIfAbsent(asName.toLowerCase(Locale.ROOT), asName);
      }
    }
    Map<String, Map<String, Integer>> spellings = new LinkedHashMap<>();
    // A tentative name ("Safety" in Russian prose) needs a second review, or one occurrence with
    // evidence; reviews are told apart by their text, since a post exported twice is one review.
    Map<String, Set<Integer>> tentativeIn = new HashMap<>();
    Set<String> confirmed = new java.util.HashSet<>();
    // How often each name is used as a common noun ("FFN-блок") and how often otherwise.
    Map<String, int[]> commonUses = new HashMap<>();
    Map<String, Set<Integer>> writtenIn = new HashMap<>();
    for (int d = 0; d < found.size(); d++) {
      int text = found.get(d).textHash();
      for (LatinNames.Found entity : found.get(d).names()) {
        String key = entity.name().toLowerCase(Locale.ROOT);
        commonUses.computeIfAbsent(key, k -> new int[2])[entity.common() ? 1 : 0]++;
        writtenIn.computeIfAbsent(key, k -> new java.util.HashSet<>()).add(text);
        spellings
            .computeIfAbsent(key, k -> new LinkedHashMap<>())
            .merge(entity.name(), 1, Integer::sum);
        if (!entity.tentative()) {
          confirmed.add(key);
        } else if (!confirmed.contains(key)) {
          tentativeIn.computeIfAbsent(key, k -> new java.util.HashSet<>()).add(text);
        }
      }
    }
    tentativeIn.forEach(
        (key, texts) -> {
          if (!confirmed.contains(key) && texts.size() < 2) {
            spellings.remove(key);
          }
        });
    // A field's term is used as a common noun at least as often as it is named: "FFN-блок",
    // "PCA-компоненты" and "компоненты PCA". A paper's own name is kept whatever its uses.
    commonUses.forEach(
        (key, uses) -> {
          if (uses[1] > 0 && uses[1] >= uses[0] && !byLower.containsKey(key)) {
            spellings.remove(key);
          }
        });
    Set<String> given = new LinkedHashSet<>(byLower.keySet());
    for (Map.Entry<String, Map<String, Integer>> e : spellings.entrySet()) {
      if (!byLower.containsKey(e.getKey())) {
        String best = null;
        int bestCount = 0;
        for (Map.Entry<String, Integer> s : e.getValue().entrySet()) {
          if (s.getValue() > bestCount) {
            best = s.getKey();
            bestCount = s.getValue();
          }
        }
        byLower.put(e.getKey(), best);
      }
    }
    // Acronyms written only in Cyrillic letters ("через нлтк"): a name no Latin text of the user
    // writes, spelled in Latin letter for letter.
    for (BodyNames body : found) {
      for (String acronym : body.cyrillicAcronyms()) {
        byLower.putIfAbsent(acronym.toLowerCase(Locale.ROOT), acronym);
      }
    }
    // Library names a review writes only in Cyrillic ("через керас"): the listed name in Latin.
    // A listed name that leads a longer name of the user's own ("Swin" of "Swin Transformer") is
    // that name's distinctive part, which the matcher reads as the longer name already.
    Set<String> leadingWords = leadingWords(byLower.values());
    for (BodyNames body : found) {
      for (String library : body.libraryNames()) {
        String key = library.toLowerCase(Locale.ROOT);
        if (!leadingWords.contains(key)) {
          byLower.putIfAbsent(key, library);
        }
      }
    }
    // A new version of a known family written only in Cyrillic ("ламу 4" after Llama 3).
    List<String> pairs = new ArrayList<>();
    for (BodyNames body : found) {
      pairs.addAll(body.cyrillicVersions());
    }
    for (String name : FamilyVersions.names(byLower.values(), pairs)) {
      byLower.putIfAbsent(name.toLowerCase(Locale.ROOT), name);
    }
    // A plain Latin word ("gensim", "diffusers") that some Cyrillic word reads as ("генсим"):
    // the two spellings agree that it is a name.
    List<SpelledInBoth.Words> words = new ArrayList<>(found.size());
    for (BodyNames body : found) {
      words.add(body.spelledInBoth());
    }
    // A word that leads a longer name of the user's own ("Swin" of "Swin Transformer") is that
    // name's distinctive part, as for the listed names above.
    Set<String> asked = new java.util.HashSet<>(byLower.keySet());
    asked.addAll(leadingWords(byLower.values()));
    for (String name : SpelledInBoth.names(words, asked)) {
      byLower.putIfAbsent(name.toLowerCase(Locale.ROOT), name);
    }
    dropFragmentsAndTerms(byLower, given);
    addProjectNames(byLower, found);
    Map<String, Integer> usage = new HashMap<>();
    for (String key : byLower.keySet()) {
      Set<Integer> texts = writtenIn.get(key);
      if (texts != null) {
        usage.put(key, texts.size());
      }
    }
    return new Vocabulary(List.copyOf(byLower.values()), usage);
  }

  /**
   * The first words of the names made of a word and more words ("swin" of "Swin Transformer",
   * "megatron" of "Megatron-LM"), in lower case; a version after the word ("Gemma 2") makes no
   * longer name of it.
   */
  static Set<String> leadingWords(Collection<String> names) {
    Set<String> out = new java.util.HashSet<>();
    for (String name : names) {
      Matcher m = LEADING_WORD.matcher(name);
      if (m.matches()) {
        out.add(m.group(1).toLowerCase(Locale.ROOT));
      }
    }
    return out;
  }

  /** A word, then a space or a hyphen and a word of letters. */
  private static final Pattern LEADING_WORD = Pattern.compile("(?U)(\\w+)[\\s-]+\\p{L}.*");

  /**
   * Adds the hyphenated lower-case project names ("scikit-learn") the reviews write whose import
   * name ("sklearn") the vocabulary holds: English words joined by a hyphen are no name by their
   * shape, but the import name abbreviating one says it is a library.
   */
  private static void addProjectNames(Map<String, String> byLower, List<BodyNames> bodies) {
    Map<String, List<String>> importNamesBySuffix = new HashMap<>();
    for (String name : byLower.values()) {
      if (IMPORT_NAME.matcher(name).matches()) {
        for (int cut = 1; cut <= name.length() - 3; cut++) {
          importNamesBySuffix
              .computeIfAbsent(name.substring(cut), k -> new ArrayList<>())
              .add(name);
        }
      }
    }
    // lower-case names that are English words: libraries the reviews wrote as code or listed
    Set<String> libraries = new java.util.HashSet<>();
    for (String name : byLower.values()) {
      if (name.length() >= 5
          && IMPORT_NAME.matcher(name).matches()
          && Lexicon.english().isWord(name)) {
        libraries.add(name);
      }
    }
    if (importNamesBySuffix.isEmpty() && libraries.isEmpty()) {
      return;
    }
    for (BodyNames body : bodies) {
      for (int i = 0; i < body.projectNames().size(); i++) {
        String project = body.projectNames().get(i);
        String lastPart = body.projectSuffixes().get(i);
        if (libraries.contains(lastPart)) {
          // "sentence-transformers": a library's name with a word before it names another
          byLower.putIfAbsent(project, project);
          continue;
        }
        List<String> names = importNamesBySuffix.get(lastPart);
        if (names != null && !importNames(concat(names, project)).isEmpty()) {
          byLower.putIfAbsent(project, project);
        }
      }
    }
  }

  /**
   * The words of a line shaped like a project's name: lower-case ASCII words joined by hyphens,
   * standing alone, each with the part after its last hyphen.
   */
  private static void hyphenatedWords(String text, List<String> words, List<String> suffixes) {
    for (int hyphen = text.indexOf('-'); hyphen > 0; hyphen = text.indexOf('-', hyphen + 1)) {
      if (hyphen + 1 >= text.length()
          || !isLowerAscii(text.charAt(hyphen - 1))
          || !isLowerAscii(text.charAt(hyphen + 1))) {
        continue;
      }
      int start = hyphen;
      while (start > 0 && (isLowerAscii(text.charAt(start - 1)) || text.charAt(start - 1) == '-')) {
        start--;
      }
      int end = hyphen + 1;
      while (end < text.length() && isLowerAscii(text.charAt(end))) {
        end++;
      }
      if ((start > 0 && Character.isLetterOrDigit(text.charAt(start - 1)))
          || (end < text.length() && Character.isLetterOrDigit(text.charAt(end)))) {
        continue; // a part of a longer word: "sentence-transformers3", "ку-learn"
      }
      if (text.lastIndexOf('-', end - 1) != hyphen) {
        continue;
      }
      words.add(text.substring(start, end));
      suffixes.add(text.substring(hyphen + 1, end));
    }
  }

  private static List<String> concat(List<String> names, String project) {
    List<String> out = new ArrayList<>(names);
    out.add(project);
    return out;
  }

  private static boolean isLowerAscii(char c) {
    return c >= 'a' && c <= 'z';
  }

  /**
   * Removes what only looks like a name: a field's term (LLM, RL) from any source, and an English
   * word found on its own in a body that is also a word of a longer name the corpus knows
   * ("Diffusion" of "Stable Diffusion"), unless a paper introduces it ("Transformer") or the
   * reviews write it only in lower case, as code names a package ("transformers").
   */
  private static void dropFragmentsAndTerms(Map<String, String> byLower, Set<String> given) {
    Set<String> wordsOfLonger = new java.util.HashSet<>();
    for (String name : byLower.values()) {
      // "Mistral 7B" is the Mistral family's: a name and a version are not two words of a name
      List<String> words = new ArrayList<>();
      for (String word : name.split(" +")) {
        if (word.chars().noneMatch(Character::isDigit)) {
          words.add(word.toLowerCase(Locale.ROOT));
        }
      }
      if (words.size() >= 2) {
        wordsOfLonger.addAll(words);
      }
    }
    byLower
        .entrySet()
        .removeIf(
            e -> {
              String name = e.getValue();
              if (LatinNames.isGeneric(name)) {
                return true;
              }
              if (!given.contains(e.getKey()) && Places.isVenue(name)) {
                return true; // "ICLR 2021": where a paper was accepted, not what it is about
              }
              // An English word the reviews write only in lower case came in as code or beside
              // other libraries ("голые transformers", "`datasets`"): the writer's mark of a
              // package, not a capitalised word cut from a title ("Transformers are SSMs").
              return !given.contains(e.getKey())
                  && name.indexOf(' ') < 0
                  && !name.equals(e.getKey())
                  && wordsOfLonger.contains(e.getKey())
                  && Lexicon.english().isWord(name);
            });
  }

  private static int textHash(ReviewDraft draft) {
    int hash = 1;
    for (SourceLine line : draft.body()) {
      hash = 31 * hash + line.text().hashCode();
    }
    return hash;
  }

  private static final Pattern WITH_ABBREVIATION = Pattern.compile("(.+?)\\s*\\(([^()]+)\\)\\s*");

  /**
   * The names a method is written as: "Trajectory Score Matching (TSM)" is both "Trajectory Score
   * Matching" and "TSM"; anything else is itself.
   */
  public static List<String> spellingsOf(String method) {
    if (method == null || method.isBlank()) {
      return List.of();
    }
    Matcher m = WITH_ABBREVIATION.matcher(method.strip());
    if (m.matches()) {
      return List.of(m.group(1).strip(), m.group(2).strip());
    }
    return List.of(method.strip());
  }

  /**
   * A title or method as a name: the part before a colon when it is at most three words ("HyenaDNA"
   * from "HyenaDNA: Long-Range…"), a title of at most three words as a whole ("Memory Mosaics"), or
   * null for a longer title, which names nothing.
   */
  public static String nameOf(String titleOrMethod) {
    if (titleOrMethod == null || titleOrMethod.isBlank()) {
      return null;
    }
    String t = titleOrMethod.strip();
    int colon = t.indexOf(':');
    if (colon > 0) {
      String head = t.substring(0, colon).strip();
      return wordCount(head) <= 3 && hasLetter(head) ? head : null;
    }
    return wordCount(t) <= 3 && hasLetter(t) ? t : null;
  }

  private static int wordCount(String s) {
    return s.isBlank() ? 0 : s.strip().split("\\s+").length;
  }

  private static boolean hasLetter(String s) {
    return s.codePoints().anyMatch(Character::isLetter);
  }

  /**
   * Every name the body mentions, in order of first mention, with each surface as written and the
   * 1-based source lines it stands on.
   */
  public List<Mention> mentions(List<SourceLine> body) {
    if (body.isEmpty() || matcher.names().isEmpty()) {
      return List.of();
    }
    return mentions(body, SourceLine.join(body));
  }

  /**
   * The same, given the body's lines already joined by '\n' ({@link ReviewDraft#text()}), which
   * saves joining them twice.
   */
  public List<Mention> mentions(List<SourceLine> body, String joined) {
    return mentions(body, joined, null);
  }

  /**
   * The same under the review's title, which may write in Latin a name the body spells only in
   * Russian words ("ATLAS: …" over "в виде атласа").
   */
  public List<Mention> mentions(List<SourceLine> body, String joined, String title) {
    if (body.isEmpty() || matcher.names().isEmpty()) {
      return List.of();
    }
    CharSequence text = joined;
    int[] starts = new int[body.size()];
    int offset = 0;
    for (int i = 0; i < body.size(); i++) {
      starts[i] = offset;
      offset += body.get(i).text().length() + 1;
    }
    Map<String, Set<String>> surfaces = new LinkedHashMap<>();
    Map<String, Set<Integer>> lines = new HashMap<>();
    Map<String, String> entities = new HashMap<>();
    int lineIndex = 0;
    List<NameMatcher.Match> matches = matcher.find(text, title);
    Map<String, String> shortFor = shortForms(matches);
    List<int[]> titles = titleSpans(joined, title);
    for (NameMatcher.Match match : matches) {
      if (insideTitle(titles, match)
          || Places.isSiteWrittenAsAPlace(match.surface(), match.name())
          || Places.isInsideAddress(joined, match.start(), match.end())
          || Places.isOrganisation(joined, match.start(), match.end())) {
        continue;
      }
      while (lineIndex + 1 < starts.length && starts[lineIndex + 1] <= match.start()) {
        lineIndex++;
      }
      // An import name keeps its spelling ("sklearn") and says whose it is ("scikit-learn"), and
      // so does an acronym of a name's capitals ("SD" of "Stable Diffusion").
      String name = shortFor.getOrDefault(match.name(), match.name());
      String project = projectOf.get(match.name());
      if (project == null && name.equals(match.name())) {
        project = spelledOut.get(match.name());
      }
      if (project != null) {
        entities.putIfAbsent(name, project);
      }
      surfaces.computeIfAbsent(name, k -> new LinkedHashSet<>()).add(match.surface());
      lines.computeIfAbsent(name, k -> new TreeSet<>()).add(body.get(lineIndex).line());
    }
    List<Mention> out = new ArrayList<>(surfaces.size());
    surfaces.forEach(
        (name, s) ->
            out.add(
                new Mention(
                    name, List.copyOf(s), List.copyOf(lines.get(name)), entities.get(name))));
    return out;
  }

  /** Fewer words than this make a title that is itself a name ("Consistency Models"). */
  private static final int TITLE_WORDS = 3;

  /**
   * Where the body writes its paper's whole title ("Semi-Supervised Classification with Graph
   * Convolutional Networks" again under the post's heading): a title names the paper, and the
   * phrases inside it are its words there, not names of their own.
   */
  static List<int[]> titleSpans(String text, String title) {
    if (title == null || text == null) {
      return List.of();
    }
    String t = title.strip();
    if (t.split("\\s+").length < TITLE_WORDS) {
      return List.of();
    }
    // Compared in place, ignoring case, so that the offsets are the text's own and no lower-cased
    // copy of every body is made.
    List<int[]> out = new ArrayList<>();
    char first = Character.toLowerCase(t.charAt(0));
    for (int at = 0; at + t.length() <= text.length(); at++) {
      if (Character.toLowerCase(text.charAt(at)) == first
          && text.regionMatches(true, at, t, 0, t.length())) {
        out.add(new int[] {at, at + t.length()});
      }
    }
    return out;
  }

  /** Whether a match lies within a written title and is not the whole of it. */
  private static boolean insideTitle(List<int[]> titles, NameMatcher.Match match) {
    for (int[] span : titles) {
      if (match.start() >= span[0]
          && match.end() <= span[1]
          && (match.start() > span[0] || match.end() < span[1])) {
        return true;
      }
    }
    return false;
  }

  /**
   * The names a review writes as short forms of a longer name it wrote before: the longer name's
   * tail after its maker ("R1" after "DeepSeek-R1", "R1-Zero" after "DeepSeek-R1-Zero"). Each maps
   * to the longer name. (An abbreviation is a name of its own: "EFB" after "Exclusive Feature
   * Bundling" stays EFB.)
   */
  static Map<String, String> shortForms(List<NameMatcher.Match> matches) {
    Map<String, String> out = new HashMap<>();
    Set<String> seen = new java.util.HashSet<>();
    // each name seen so far by its tail after the first hyphen: "R1" -> "DeepSeek-R1"
    Map<String, String> byTail = new HashMap<>();
    for (NameMatcher.Match match : matches) {
      String name = match.name();
      if (!seen.add(name)) {
        continue;
      }
      String longer = byTail.get(name);
      if (longer != null && isTailAfterMaker(name, longer)) {
        out.put(name, longer);
      }
      int hyphen = name.indexOf('-');
      if (hyphen >= 3 && hyphen < name.length() - 1) {
        byTail.putIfAbsent(name.substring(hyphen + 1), name);
      }
    }
    return out;
  }

  /** A release's code: a capital and digits, maybe a word after a hyphen ("R1", "R1-Zero"). */
  private static final Pattern RELEASE = Pattern.compile("[A-Z]\\d{1,2}(?:-[A-Z][a-z]+)?");

  /**
   * A release's code the vocabulary holds alone ("R1") with the one name of its maker and it
   * ("DeepSeek-R1"): wherever a review writes the code without the maker, it names that release.
   * Two makers with the same code ("Zorb-R1", "Wug-R1") leave the code its own.
   */
  static Map<String, String> releasesOfMakers(Collection<String> vocabulary) {
    Map<String, List<String>> byTail = new HashMap<>();
    for (String name : vocabulary) {
      int hyphen = name.indexOf('-');
      if (hyphen >= 3 && RELEASE.matcher(name.substring(hyphen + 1)).matches()) {
        byTail.computeIfAbsent(name.substring(hyphen + 1), k -> new ArrayList<>()).add(name);
      }
    }
    Map<String, String> out = new HashMap<>();
    for (String name : vocabulary) {
      List<String> longer = byTail.get(name);
      if (longer == null) {
        continue;
      }
      List<String> makers = longer.stream().filter(l -> isTailAfterMaker(name, l)).toList();
      if (makers.stream().map(Mention::key).distinct().count() == 1) {
        out.put(name, makers.get(0));
      }
    }
    return out;
  }

  /** "R1" of "DeepSeek-R1": the longer name is one word, a hyphen and the short one. */
  private static boolean isTailAfterMaker(String shortName, String longer) {
    int cut = longer.length() - shortName.length() - 1;
    if (cut < 3 || !longer.endsWith(shortName) || longer.charAt(cut) != '-') {
      return false;
    }
    for (int i = 0; i < cut; i++) {
      if (!Character.isLetter(longer.charAt(i))) {
        return false;
      }
    }
    return Character.isUpperCase(longer.charAt(0));
  }

  /** Mentions of several reviews merged by name: surfaces and lines united, first mention first. */
  public static List<Mention> merge(List<List<Mention>> perReview) {
    Map<String, Set<String>> surfaces = new LinkedHashMap<>();
    Map<String, Set<Integer>> lines = new HashMap<>();
    Map<String, String> entities = new HashMap<>();
    for (List<Mention> mentions : perReview) {
      for (Mention m : mentions) {
        surfaces.computeIfAbsent(m.name(), k -> new LinkedHashSet<>()).addAll(m.surfaces());
        lines.computeIfAbsent(m.name(), k -> new TreeSet<>()).addAll(m.lines());
        if (m.entity() != null) {
          entities.putIfAbsent(m.name(), m.entity());
        }
      }
    }
    List<Mention> out = new ArrayList<>(surfaces.size());
    surfaces.forEach(
        (name, s) ->
            out.add(
                new Mention(
                    name, List.copyOf(s), List.copyOf(lines.get(name)), entities.get(name))));
    return out;
  }
}
