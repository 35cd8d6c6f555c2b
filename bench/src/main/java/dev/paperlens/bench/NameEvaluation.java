package dev.paperlens.bench;

import dev.paperlens.corpus.BibEntry;
import dev.paperlens.corpus.Corpus;
import dev.paperlens.corpus.CorpusBuilder;
import dev.paperlens.corpus.IntroducedNames;
import dev.paperlens.corpus.Mention;
import dev.paperlens.corpus.MentionLinker;
import dev.paperlens.corpus.Paper;
import dev.paperlens.corpus.Reactions;
import dev.paperlens.corpus.Review;
import dev.paperlens.corpus.ReviewDraft;
import dev.paperlens.corpus.SourceFormat;
import dev.paperlens.corpus.SourceLine;
import dev.paperlens.text.Abbreviation;
import dev.paperlens.text.CrossScript;
import dev.paperlens.text.LatinNames;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Precision and recall of name finding on the annotated evaluation set: the mentions each review
 * yields (by category), the Cyrillic aliases among them, the names each review says its paper
 * introduces, the negatives wrongly linked, and the worst misses. Each part of the set is read as
 * the sources of one user: its reviews and its BibTeX make one corpus.
 *
 * <p>Run from the repository root with {@code java -cp bench/target/paperlens-bench.jar
 * dev.paperlens.bench.NameEvaluation [FOLDER] [--reviews FROM-TO] [--without-library]}; FOLDER
 * defaults to the set under the corpus module's tests, whose parts are {@code tune} (looked at
 * while building) and {@code heldout} (never tuned on). {@code --reviews 49-60} adds the tune
 * part's figures on its reviews 49 to 60 alone (scored in the corpus of the whole part), for
 * material added later.
 *
 * <p>A review's introduced names are the ones its paper carries for it in the editor: those the
 * review gives and those of the user's BibTeX entry its paper is merged with (title and abstract,
 * {@link IntroducedNames#ofLibraryEntry(BibEntry)}). {@code --without-library} scores the review's
 * own names alone.
 *
 * <p>An introduced name is matched by its spelling, case aside and a hyphen between its tokens
 * counted as a space ("Swin-T" and "Swin T"), as mentions are matched. A spelled-out name and the
 * abbreviation it stands for ("Denoising Diffusion Probabilistic Models" and "DDPM") are one thing
 * found, and so are a model family and the sizes of it found with it ("Gemma 2" with "Gemma 2
 * 27B"): a thing is right when any of its spellings is in the gold, and counts once. Each gold
 * spelling counts for recall, so a gold list of the sizes needs every size found.
 */
public final class NameEvaluation {
  static final Path DEFAULT_SET = Path.of("corpus/src/test/resources/names-eval");

  private static final String HELD_OUT_DETAILS = "--heldout-details";

  /** Scores the names each review finds alone, without its paper's library entry. */
  private static final String WITHOUT_LIBRARY = "--without-library";

  private static final int WORST = Integer.getInteger("paperlens.eval.worst", 20);

  private NameEvaluation() {}

  public static void main(String[] args) throws IOException {
    // The held-out part's misses only by a name nobody types by accident while tuning.
    boolean allDetails = List.of(args).contains(HELD_OUT_DETAILS);
    List<String> paths = new ArrayList<>(List.of(args));
    paths.remove(HELD_OUT_DETAILS);
    boolean withLibrary = !paths.remove(WITHOUT_LIBRARY);
    int[] range = null;
    int option = paths.indexOf("--reviews");
    if (option >= 0) {
      String value = option + 1 < paths.size() ? paths.remove(option + 1) : "";
      paths.remove(option);
      range = range(value);
      if (range == null) {
        System.err.println("--reviews takes a range of review numbers, such as 49-60");
        System.exit(2);
      }
    }
    Path dir = setFolder(paths.isEmpty() ? null : paths.get(0));
    for (String part : List.of("tune", "heldout")) {
      Path partDir = dir.resolve(part);
      if (Files.isDirectory(partDir)) {
        // The held-out part prints figures only: what it misses is not to be read while tuning.
        NameEvalSet set = NameEvalSet.read(partDir);
        evaluate(set, id -> true, withLibrary).print(System.out, allDetails || part.equals("tune"));
        if (range != null && part.equals("tune")) {
          int[] r = range;
          evaluate(set, id -> inRange(id, r), withLibrary).print(System.out, true);
        }
      }
    }
  }

  /** "49-60" as {49, 60}, or null when it is not a range of numbers. */
  static int[] range(String value) {
    Matcher m = Pattern.compile("(\\d+)-(\\d+)").matcher(value.strip());
    if (!m.matches()) {
      return null;
    }
    int from = Integer.parseInt(m.group(1));
    int to = Integer.parseInt(m.group(2));
    return from <= to ? new int[] {from, to} : null;
  }

  /** Whether a review file "52.review" is numbered within the range. */
  static boolean inRange(String id, int[] range) {
    Matcher m = Pattern.compile("(\\d+)\\..*").matcher(id);
    if (!m.matches()) {
      return false;
    }
    int n = Integer.parseInt(m.group(1));
    return n >= range[0] && n <= range[1];
  }

  /** Counts for one slice of the figures. */
  static final class Score {
    int gold;
    int found;
    int correct;
    int recalled;

    double precision() {
      return found == 0 ? 1.0 : (double) correct / found;
    }

    double recall() {
      return gold == 0 ? 1.0 : (double) recalled / gold;
    }

    double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  /** The figures of one part. */
  static final class Result {
    final String part;
    final int reviews;
    final Score mentions = new Score();
    final Score aliases = new Score();
    final Score introduced = new Score();
    final Map<String, Score> byCategory = new TreeMap<>();
    int negatives;
    final List<String> negativesLinked = new ArrayList<>();
    final Map<String, Integer> misses = new HashMap<>();
    final Map<String, Integer> falseLinks = new HashMap<>();
    final List<String> introducedMisses = new ArrayList<>();
    final List<String> introducedWrong = new ArrayList<>();

    Result(String part, int reviews) {
      this.part = part;
      this.reviews = reviews;
    }

    Score category(String name) {
      return byCategory.computeIfAbsent(name, k -> new Score());
    }

    void print(PrintStream out, boolean details) {
      out.printf(
          Locale.ROOT,
          "%n== %s: %d reviews, %d gold mentions (%d Cyrillic or declined), %d negatives%n",
          part,
          reviews,
          mentions.gold,
          aliases.gold,
          negatives);
      out.printf(
          Locale.ROOT,
          "%-22s %5s %6s %8s %6s %6s %6s%n",
          "",
          "gold",
          "found",
          "correct",
          "P",
          "R",
          "F1");
      row(out, "mentions", mentions);
      byCategory.forEach((name, score) -> row(out, "  " + name, score));
      row(out, "cross-script aliases", aliases);
      row(out, "introduced names", introduced);
      out.printf(
          Locale.ROOT,
          "negatives linked: %d of %d%s%n",
          negativesLinked.size(),
          negatives,
          negativesLinked.isEmpty() || !details
              ? ""
              : " (" + String.join(", ", negativesLinked) + ")");
      if (!details) {
        out.println(
            "(details of this part left out: it is never tuned on; "
                + HELD_OUT_DETAILS
                + " prints them)");
        return;
      }
      list(out, "worst misses (gold not found)", misses);
      list(out, "false links", falseLinks);
      if (!introducedMisses.isEmpty()) {
        out.println("introduced names missed: " + String.join("; ", introducedMisses));
      }
      if (!introducedWrong.isEmpty()) {
        out.println("introduced names not in the gold: " + String.join("; ", introducedWrong));
      }
    }

    private static void row(PrintStream out, String label, Score s) {
      out.printf(
          Locale.ROOT,
          "%-22s %5d %6d %8d %6.3f %6.3f %6.3f%n",
          label,
          s.gold,
          s.found,
          s.correct,
          s.precision(),
          s.recall(),
          s.f1());
    }

    private static void list(PrintStream out, String title, Map<String, Integer> counts) {
      if (counts.isEmpty()) {
        return;
      }
      out.println(title + ":");
      counts.entrySet().stream()
          .sorted(
              Map.Entry.<String, Integer>comparingByValue()
                  .reversed()
                  .thenComparing(Map.Entry.comparingByKey()))
          .limit(WORST)
          .forEach(e -> out.printf(Locale.ROOT, "  %2d× %s%n", e.getValue(), e.getKey()));
    }
  }

  /** Builds the part's corpus the way the server does and scores it against the annotations. */
  static Result evaluate(NameEvalSet set) {
    return evaluate(set, id -> true, true);
  }

  /**
   * Builds the part's corpus from all its reviews and scores the reviews whose file name {@code
   * scored} accepts. A review's introduced names are those it finds and, when {@code withLibrary},
   * those of the BibTeX entry its paper was merged with, as the paper a hover shows carries both.
   */
  static Result evaluate(NameEvalSet set, Predicate<String> scored, boolean withLibrary) {
    List<ReviewDraft> drafts = new ArrayList<>();
    Map<String, NameEvalSet.Annotated> byPath = new LinkedHashMap<>();
    for (NameEvalSet.Annotated a : set.reviews()) {
      String path = set.name() + "/" + a.id();
      byPath.put(path, a);
      drafts.add(draft(path, a));
    }
    Corpus corpus = new CorpusBuilder().addDrafts(drafts).addBibEntries(set.bibtex()).build();
    int count = (int) set.reviews().stream().filter(a -> scored.test(a.id())).count();
    String name =
        count == set.reviews().size() ? set.name() : set.name() + " (reviews of the range)";
    Result result = new Result(name, count);
    Map<String, Review> reviews = new HashMap<>();
    Map<String, BibEntry> entries = new HashMap<>();
    for (Paper paper : corpus.papers()) {
      for (Review review : paper.reviews()) {
        reviews.put(review.path(), review);
        if (paper.bibtex() != null && withLibrary) {
          entries.put(review.path(), paper.bibtex());
        }
      }
    }
    for (ReviewDraft draft : drafts) {
      NameEvalSet.Annotated a = byPath.get(draft.path());
      if (!scored.test(a.id())) {
        continue;
      }
      Review review = reviews.get(draft.path());
      scoreMentions(a, review == null ? List.of() : review.mentions(), result);
      // The paper a hover shows carries the names of the user's entry for it too.
      List<String> methods = new ArrayList<>(draft.methods());
      BibEntry entry = entries.get(draft.path());
      if (entry != null) {
        methods.addAll(IntroducedNames.ofLibraryEntry(entry));
      }
      scoreIntroduced(a, methods, result);
    }
    return result;
  }

  /** What starts a post's link line in the channels' Telegram text. */
  private static final String LINK_MARK = "\uD83D\uDC40";

  /**
   * The evaluation set's folder: the one given, or the repository's; the process ends with a
   * message when it is not there.
   */
  static Path setFolder(String given) {
    Path dir = given == null ? DEFAULT_SET : Path.of(given);
    if (!Files.isDirectory(dir)) {
      System.err.println(
          "No evaluation set at "
              + dir
              + ": run from the repository root, or give the folder holding tune/ and heldout/.");
      System.exit(2);
    }
    return dir;
  }

  static ReviewDraft draft(String path, NameEvalSet.Annotated a) {
    List<SourceLine> body = new ArrayList<>();
    int first = 5;
    for (int i = 0; i < a.lines().size(); i++) {
      if (!a.lines().get(i).isBlank()) {
        body.add(new SourceLine(first + i, a.lines().get(i)));
      }
    }
    // The parsers keep a post's link line ("👀 Gato: статья") out of the body and give its text to
    // name finding as the link's label; names in it are still scored as mentions.
    List<SourceLine> prose = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    for (SourceLine line : body) {
      if (line.text().startsWith(LINK_MARK)) {
        labels.add(line.text().substring(LINK_MARK.length()).strip());
      } else {
        prose.add(line);
      }
    }
    return new ReviewDraft(
        path,
        a.title() == null ? SourceFormat.ABSTRACT_DIGEST : SourceFormat.TELEGRAM_TEXT,
        1,
        first + a.lines().size() - 1,
        a.title(),
        IntroducedNames.introduced(a.title(), SourceLine.join(prose), labels),
        a.channel(),
        a.date(),
        null,
        null,
        Reactions.NONE,
        List.of(),
        body,
        null,
        null);
  }

  private static void scoreMentions(
      NameEvalSet.Annotated a, List<Mention> mentions, Result result) {
    Set<NameEvalSet.Gold> found = new LinkedHashSet<>();
    // A spelling that is another name of a thing ("sklearn" of scikit-learn) is right under
    // either name: the gold gives the thing, some writers by its spelling, most by its name.
    Map<NameEvalSet.Gold, NameEvalSet.Gold> asThing = new HashMap<>();
    for (Mention m : mentions) {
      for (String surface : m.surfaces()) {
        NameEvalSet.Gold f = new NameEvalSet.Gold(surface, m.name());
        found.add(f);
        if (m.entity() != null) {
          asThing.putIfAbsent(f, new NameEvalSet.Gold(surface, m.entity()));
        }
      }
    }
    Set<String> gold = new LinkedHashSet<>();
    for (NameEvalSet.Gold g : a.gold()) {
      gold.add(key(g));
    }
    Set<String> predicted = new LinkedHashSet<>();
    for (NameEvalSet.Gold f : found) {
      predicted.add(key(f));
    }
    asThing.values().forEach(t -> predicted.add(key(t)));
    // a found spelling whose thing the gold names counts as found under the gold's name
    List<NameEvalSet.Gold> renamed = new ArrayList<>();
    for (NameEvalSet.Gold f : found) {
      NameEvalSet.Gold thing = asThing.get(f);
      renamed.add(thing != null && !gold.contains(key(f)) && gold.contains(key(thing)) ? thing : f);
    }
    found = new LinkedHashSet<>(renamed);
    for (NameEvalSet.Gold g : a.gold()) {
      boolean hit = predicted.contains(key(g));
      String category = category(g.surface(), g.canonical());
      count(result.mentions, result.category(category), true, hit);
      if (CrossScript.hasCyrillic(g.surface())) {
        count(result.aliases, null, true, hit);
      }
      if (!hit) {
        String as =
            found.stream()
                .filter(f -> f.surface().equalsIgnoreCase(g.surface()))
                .map(NameEvalSet.Gold::canonical)
                .findFirst()
                .map(name -> " (linked to " + name + ")")
                .orElse("");
        result.misses.merge(g.surface() + " → " + g.canonical() + as, 1, Integer::sum);
      }
    }
    result.negatives += a.negatives().size();
    for (String negative : a.negatives()) {
      for (NameEvalSet.Gold f : found) {
        if (f.surface().equalsIgnoreCase(negative) && !gold.contains(key(f))) {
          result.negativesLinked.add(negative + " → " + f.canonical());
        }
      }
    }
    for (NameEvalSet.Gold f : found) {
      if (a.neutral().contains(f.surface()) && !gold.contains(key(f))) {
        continue;
      }
      boolean correct = gold.contains(key(f));
      String category = category(f.surface(), f.canonical());
      count(result.mentions, result.category(category), false, correct);
      if (CrossScript.hasCyrillic(f.surface())) {
        count(result.aliases, null, false, correct);
      }
      if (!correct) {
        result.falseLinks.merge(f.surface() + " → " + f.canonical(), 1, Integer::sum);
      }
    }
  }

  private static void count(Score total, Score category, boolean gold, boolean hit) {
    for (Score s : new Score[] {total, category}) {
      if (s == null) {
        continue;
      }
      if (gold) {
        s.gold++;
        s.recalled += hit ? 1 : 0;
      } else {
        s.found++;
        s.correct += hit ? 1 : 0;
      }
    }
  }

  private static String key(NameEvalSet.Gold g) {
    return g.surface() + "\u0000" + g.canonical().toLowerCase(Locale.ROOT);
  }

  private static void scoreIntroduced(
      NameEvalSet.Annotated a, List<String> methods, Result result) {
    List<String> spellings = new ArrayList<>();
    for (String method : methods) {
      spellings.addAll(MentionLinker.spellingsOf(method));
    }
    List<Set<String>> found = sameThings(spellings);
    Set<String> predicted = new LinkedHashSet<>();
    found.forEach(thing -> thing.forEach(name -> predicted.add(spelling(name))));
    Set<String> gold = new LinkedHashSet<>();
    for (String name : a.introduces()) {
      gold.add(spelling(name));
    }
    for (String name : a.introduces()) {
      boolean hit = predicted.contains(spelling(name));
      count(result.introduced, null, true, hit);
      if (!hit) {
        result.introducedMisses.add(a.id() + " " + name);
      }
    }
    for (Set<String> thing : found) {
      boolean hit = thing.stream().map(NameEvaluation::spelling).anyMatch(gold::contains);
      count(result.introduced, null, false, hit);
      if (!hit) {
        result.introducedWrong.add(a.id() + " " + String.join(" = ", thing));
      }
    }
  }

  private static final Pattern TOKEN_BREAK = Pattern.compile("[\\s\\-\u2010\u2011]+");

  /**
   * An introduced name as the scorer compares it: case aside, and a hyphen or a space between its
   * tokens the same, as a mention is matched ("Swin-T" and "Swin T", "ALBERT-base" and "ALBERT
   * base", "Skip-gram" and "Skip gram").
   */
  static String spelling(String name) {
    return TOKEN_BREAK.matcher(name.strip().toLowerCase(Locale.ROOT)).replaceAll(" ");
  }

  /** A name with a model size after it: "falcon-40b", "gemma 2 27b", "qwen3-30b-a3b". */
  private static final Pattern SIZED =
      Pattern.compile("(.+?)[- ]\\d+(?:\\.\\d+)?[bmk](?:-a\\d+(?:\\.\\d+)?[bmk])?");

  /**
   * Spellings grouped into the things they name, lower-cased: a spelled-out name joins the
   * abbreviation that stands for it ("denoising diffusion probabilistic models" and "ddpm"), a size
   * the family found before it ("falcon-40b" after "falcon").
   */
  static List<Set<String>> sameThings(List<String> spellings) {
    List<Set<String>> things = new ArrayList<>();
    List<String> firsts = new ArrayList<>();
    for (String spelling : spellings) {
      String lower = spelling.toLowerCase(Locale.ROOT);
      if (things.stream().anyMatch(t -> t.contains(lower))) {
        continue;
      }
      Set<String> joined = null;
      Matcher sized = SIZED.matcher(lower);
      if (sized.matches()) {
        String family = sized.group(1);
        joined = things.stream().filter(t -> t.contains(family)).findFirst().orElse(null);
      }
      for (int i = 0; i < things.size() && joined == null; i++) {
        for (String other : things.get(i)) {
          String otherAsWritten = firsts.get(i).equalsIgnoreCase(other) ? firsts.get(i) : other;
          if (standsFor(spelling, otherAsWritten) || standsFor(otherAsWritten, spelling)) {
            joined = things.get(i);
            break;
          }
        }
      }
      if (joined == null) {
        joined = new LinkedHashSet<>();
        things.add(joined);
        firsts.add(spelling);
      }
      joined.add(lower);
    }
    return things;
  }

  /**
   * Whether a one-word short form abbreviates a spelled-out name of several words that it is not
   * itself part of: "DDPM" stands for "Denoising Diffusion Probabilistic Models"; "Falcon" does not
   * stand for "Falcon-40B" nor "Parallel WaveNet" for "WaveNet".
   */
  static boolean standsFor(String shortForm, String longForm) {
    String[] words = longForm.strip().split("\\s+");
    return !shortForm.strip().contains(" ")
        && words.length >= 2
        && Arrays.stream(words).noneMatch(w -> w.equalsIgnoreCase(shortForm.strip()))
        && Abbreviation.abbreviates(shortForm.strip(), longForm.strip());
  }

  /** The kind of name a gold or found mention is, from its surface and canonical spelling. */
  static String category(String surface, String canonical) {
    if (CrossScript.hasCyrillic(surface)) {
      if (LatinNames.isAcronym(canonical)) {
        return "declined acronym";
      }
      boolean oneWord = !surface.strip().contains(" ");
      boolean parts =
          canonical.contains(" ") || canonical.contains("-") || hasInnerCapital(canonical);
      return oneWord && parts ? "compound" : "transliteration";
    }
    if (canonical.strip().contains(" ")) {
      return "multi-word";
    }
    if (canonical.chars().anyMatch(Character::isDigit)) {
      return "versioned";
    }
    if (LatinNames.isAcronym(canonical)) {
      return "acronym";
    }
    if (hasInnerCapital(canonical)) {
      return "CamelCase";
    }
    if (surface.equals(surface.toLowerCase(Locale.ROOT))) {
      return "lower-case Latin";
    }
    return "capitalised word";
  }

  private static boolean hasInnerCapital(String name) {
    for (int i = 1; i < name.length(); i++) {
      if (Character.isUpperCase(name.charAt(i)) && Character.isLetter(name.charAt(i - 1))) {
        return true;
      }
    }
    return false;
  }
}
