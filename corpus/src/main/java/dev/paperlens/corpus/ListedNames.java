package dev.paperlens.corpus;

import dev.paperlens.text.LatinNames;
import dev.paperlens.text.NumberWords;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names a body lists: the items of a list a cue announces ("авторы предлагают две штуки\nпервая —
 * X"), of a list under a line that counts them ("три трюка:") and of one under a heading no cue
 * announces ("как это работает:\n- Double Quantization: …"), each item that opens with a name and
 * says what it is.
 */
final class ListedNames {
  private ListedNames() {}

  /**
   * The names of the lists a body writes under a line ending in a colon: under a heading no cue
   * announces ({@link #listedUnderHeading}), then under a line that counts its items ({@link
   * #countedLists}). The lists a cue announces are read with the cue ({@link #enumerated}).
   */
  static void underHeadings(String body, Set<String> names) {
    if (body.indexOf(":\n") < 0) {
      return; // every heading's line ends so
    }
    Matcher spelled = NameShapes.LONG_WITH_ABBREVIATION.matcher(body);
    Matcher name = NameShapes.NAME.matcher(body);
    listedUnderHeading(body, spelled, name, names);
    countedLists(body, spelled, name, names);
  }

  /**
   * What announces a list of things: "две штуки", "три трюка:", "two components:"; a number word
   * ({@link NumberWords}) or a count that says no number ("несколько", "пару", "several").
   */
  private static final Pattern ANNOUNCES_LIST =
      Pattern.compile(
          "(?iu)^[^\\n.!?]{0,40}?(?:(?<![\\p{L}])(?:"
              + NumberWords.alternatives(2, 4, NumberWords.Case.NOMINATIVE)
              + "|несколько|пару|several)(?![\\p{L}])[^\\n.!?]{0,30}|:)\\s*\\n");

  /** How an item of a list starts: "- ", "1. ", "2) ", "первая — ", "second, ". */
  private static final Pattern ITEM =
      Pattern.compile(
          "(?iu)(?:[-•*–—] |\\d[.)] |(?:перв|втор|трет|четв[её]рт)\\p{L}* (?:[—–-] |: )"
              + "|(?:first|second|third|fourth)(?:ly)?, )");

  /**
   * The things a cue announces as a list ("авторы предлагают две штуки\nпервая — X (ABBR): …\n
   * вторая — Y"): each item that opens with a name introduces it, and each item start counts as a
   * cue, for a definition written there ({@link NameDefinitions}). The list ends at the first line
   * that is no item.
   */
  static void enumerated(
      String body,
      int cueEnd,
      int cueStart,
      Matcher name,
      Matcher spelled,
      Set<String> names,
      List<Integer> cueEnds,
      int lastLineBreak) {
    // A list is announced only before a line break: the pattern's match ends with one. Most
    // abstracts are one paragraph, and this was a twentieth of reading a library's. The body's
    // last line break is found once, not looked for after each of its cues.
    if (lastLineBreak < cueEnd) {
      return;
    }
    Matcher announce = ANNOUNCES_LIST.matcher(body).region(cueEnd, body.length());
    if (!announce.lookingAt()
        || NameDefinitions.earlier(
            body.substring(Sentences.clauseStart(body, cueStart), cueStart))) {
      return;
    }
    readItems(body, announce.end(), spelled, name, names, cueEnds, null);
  }

  /**
   * Reads the items of a list from {@code line} on: each item that opens with a name, or with a
   * lower-case English phrase ("3. target policy smoothing — …"), and a colon, comma, bracket or
   * dash after it introduces it, and each item's start counts as a cue. The list ends at the first
   * line that is no item. A name {@code before} writes is someone else's (null: none is).
   */
  private static void readItems(
      String body,
      int line,
      Matcher spelled,
      Matcher name,
      Set<String> names,
      List<Integer> cueEnds,
      String before) {
    for (int items = 0; items < 8 && line < body.length(); items++) {
      Matcher item = ITEM.matcher(body).region(line, body.length());
      if (!item.lookingAt()) {
        return;
      }
      int at = item.end();
      if (cueEnds != null) {
        cueEnds.add(at);
      }
      Set<String> found = new LinkedHashSet<>();
      int end = NameShapes.nameAt(body, at, false, spelled, name, found);
      if (end < 0 && before == null) {
        end = NameShapes.closedPhrase(body, at);
        if (end > 0 && body.charAt(end) != ',') {
          found.add(body.substring(at, end)); // "- consistency distillation (CD) — …"
        } else {
          end = -1;
        }
      }
      if (end > 0 && headsItem(body, end)) {
        if (!NameDefinitions.cited(body.substring(end, Math.min(body.length(), end + 30)))) {
          for (String f : found) {
            if (before == null || NameShapes.wordAt(before, f, 0) < 0) {
              names.add(f); // "- Double Quantization: …", "первая — X (ABBR): …"
            }
          }
        }
      }
      int next = body.indexOf('\n', at);
      if (next < 0) {
        return;
      }
      line = next + 1;
    }
  }

  /**
   * A line that counts what follows and ends in a colon ("два способа учить:", "внутри три
   * инстанса:", "что предлагают, три трюка:"): a post announces the parts of what the paper brings
   * by their number. The count stands in the line's last clause, right before the colon.
   */
  private static final Pattern COUNTED_HEADING =
      Pattern.compile(
          "(?imu)^[^\n]{0,160}?(?<![\\p{L}])(?:"
              + NumberWords.alternatives(2, 5, NumberWords.Case.NOMINATIVE)
              + ")(?![\\p{L}])[^\n.!?,;:()]{1,30}:[ \t]*\n");

  /**
   * The items under a line that counts them ({@link #COUNTED_HEADING}), as under a cue that
   * announces a list ({@link #enumerated}), whether or not a cue opens the line: each item's start
   * counts as a cue, for a definition written there ("- consistency distillation (CD) — …"). A line
   * of data, benchmarks, baselines or results counts what the paper is measured on; a line set
   * earlier counts prior work; a name the body wrote before the list is someone else's.
   */
  private static void countedLists(String body, Matcher spelled, Matcher name, Set<String> names) {
    Matcher heading = COUNTED_HEADING.matcher(body);
    while (heading.find()) {
      String line = heading.group();
      if (USED_HEADING.matcher(line).find() || NameDefinitions.earlier(line)) {
        continue;
      }
      readItems(
          body, heading.end(), spelled, name, names, null, body.substring(0, heading.start()));
    }
  }

  /**
   * A short line that heads what follows: "Что сделали:", "как это работает:", "Contributions:".
   */
  private static final Pattern HEADING = Pattern.compile("(?m)^[^\n:]{1,40}:[ \t]*\n");

  /** A heading over what a paper uses or is measured on: data, benchmarks, baselines, results. */
  private static final Pattern USED_HEADING =
      Pattern.compile(
          "(?iu)(?<![\\p{L}])(?:датасет|данны|бенчмарк|бенч|сравнива|бейзлайн|результат|эксперимент"
              + "|метрик|dataset|data\\b|benchmark|baseline|result|experiment|evaluat|metric)");

  /**
   * An item that says in Russian what a part is, then a dash and its name: "- дискриминатор на
   * многомасштабной STFT — MS-STFTD, один вместо целого зоопарка". The name closes the description
   * (a comma, a bracket or the line's end after it) and has a capital inside or a hyphen.
   */
  private static final Pattern DESCRIBED_THEN_NAMED =
      Pattern.compile(
          "\\p{IsCyrillic}[^\\n—–:]{2,80}? [—–-] (?<name>[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)+"
              + "|[A-Za-z]+[A-Z][A-Za-z0-9]*)(?=[,(]|$| \\()",
          Pattern.MULTILINE);

  /** The name an item gives after its description ({@link #DESCRIBED_THEN_NAMED}), or null. */
  private static String namedAfterDescription(String body, int at) {
    Matcher m = DESCRIBED_THEN_NAMED.matcher(body).region(at, body.length());
    if (!m.lookingAt()) {
      return null;
    }
    String name = m.group("name");
    return NameShapes.hasCapital(name) && !LatinNames.isGeneric(name) ? name : null;
  }

  /**
   * The names heading the items of a list under a heading no cue announces ("как это работает:\n-
   * Double Quantization: квантуют …"): an item that opens with a name and a colon, then says in
   * words what it is, defines that name, and a list of such items under a heading is what the paper
   * brings. A name the body wrote before the list, or one the item cites, is someone else's; an
   * item with a number or nothing after the colon ("- ImageNet: 85.1") is a result; the items under
   * a heading of data, benchmarks, baselines or results ("датасеты:\n- Reddit: посты как вершины")
   * are what the paper is measured on. An item may also say what a part is first and name it after
   * a dash ({@link #DESCRIBED_THEN_NAMED}).
   */
  private static void listedUnderHeading(
      String body, Matcher spelled, Matcher name, Set<String> names) {
    Matcher heading = HEADING.matcher(body);
    while (heading.find()) {
      if (USED_HEADING.matcher(heading.group()).find()) {
        continue; // "датасеты:", "Baselines:": what the paper is measured on, not what it brings
      }
      int line = heading.end();
      for (int items = 0; items < 8 && line < body.length(); items++) {
        Matcher item = ITEM.matcher(body).region(line, body.length());
        if (!item.lookingAt()) {
          break;
        }
        int at = item.end();
        Set<String> found = new LinkedHashSet<>();
        int end = NameShapes.nameAt(body, at, false, spelled, name, found);
        if (end > 0
            && describedAfterColon(body, end)
            && !NameDefinitions.cited(body.substring(end, Math.min(body.length(), end + 30)))) {
          for (String f : found) {
            if (NameShapes.wordAt(body.substring(0, heading.start()), f, 0) < 0) {
              names.add(f);
            }
          }
        } else if (end < 0) {
          String named = namedAfterDescription(body, at);
          if (named != null
              && NameShapes.wordAt(body.substring(0, heading.start()), named, 0) < 0) {
            names.add(named);
          }
        }
        int next = body.indexOf('\n', at);
        if (next < 0) {
          return;
        }
        line = next + 1;
      }
    }
  }

  /**
   * Whether a colon follows {@code end} and then words, not a figure: "X: квантуют …". A dash there
   * ("X — …") was tried too: on the held-out part it added one false name and no true one.
   */
  private static boolean describedAfterColon(String body, int end) {
    if (end + 2 >= body.length() || body.charAt(end) != ':' || body.charAt(end + 1) != ' ') {
      return false;
    }
    char first = body.charAt(end + 2);
    return Character.isLetter(first) && Character.isLowerCase(first);
  }

  /** Whether a name ending at {@code end} heads its item: a colon, comma, bracket or dash next. */
  private static boolean headsItem(String body, int end) {
    int at = end < body.length() && body.charAt(end) == ' ' ? end + 1 : end;
    return at < body.length() && ":,(—–-".indexOf(body.charAt(at)) >= 0;
  }
}
