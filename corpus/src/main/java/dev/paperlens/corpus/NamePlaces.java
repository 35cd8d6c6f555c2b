package dev.paperlens.corpus;

import dev.paperlens.text.LatinNames;
import dev.paperlens.text.Lexicon;
import dev.paperlens.text.NameMatcher;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names that stand outside the prose's cues: a picture's caption ("на картинке — схема MuZero",
 * "Figure 1: overview of Zorblax", or a photo's own caption in an export), and the text of the
 * post's link to its paper ("👀 Gato: статья"). A post shows a diagram of the thing it is about and
 * labels its link with the thing's name, so such a name that the body writes too is the paper's.
 */
final class NamePlaces {
  private NamePlaces() {}

  /** How often the body must write a caption's name, the caption included. */
  static final int MIN_USES = 3;

  /**
   * A caption: where a picture is ("на картинке", "на схеме", "Figure 2:"), a dash or colon, at
   * most one word for what the picture shows (схема, архитектура, overview …), then the name.
   */
  private static final Pattern CAPTION =
      Pattern.compile(
          "(?iu)(?<![\\p{L}])(?:на (?:картинке|картинках|рисунке|схеме|фото|иллюстрации|скрине"
              + "|слайде|диаграмме)|(?:fig\\.|figure|рис\\.|рисунок) ?\\d+)\\s*[—–:-]?\\s*"
              + "(?:(?:схема|архитектура|устройство|пайплайн|общая схема|overview of|architecture"
              + " of|the architecture of|the)\\s+)?(?<name>[A-Za-z][A-Za-z0-9]*(?:[-.][A-Za-z0-9]+)*)"
              + "(?![\\p{L}\\d])");

  /**
   * Adds the name a caption shows when the body writes it at least {@link #MIN_USES} times and does
   * not give it to earlier work.
   */
  static void captions(String body, Set<String> prior, Set<String> names) {
    if (body.indexOf("на ") < 0 && body.indexOf("ig") < 0 && body.indexOf("рис") < 0) {
      return;
    }
    MatchStarts captions = MatchStarts.of(CAPTION, body, CAPTION_START);
    Matcher m = captions.matcher();
    while (captions.find()) {
      String name = m.group("name");
      if (!hasCapitalInside(name)
          || prior.contains(name)
          || LatinNames.isGeneric(name)
          || uses(body, name) < MIN_USES
          || NameDefinitions.earlier(Sentences.sentenceAround(body, m.start()))) {
        continue;
      }
      names.add(name);
    }
  }

  /**
   * A run of one to three capitalised or coined Latin words in a label ("Zorblax", "Swin
   * Transformer", "DINOv2"); longer runs are titles, not names.
   */
  private static final Pattern LABEL_RUN =
      Pattern.compile(
          "(?<![\\p{L}\\d])[A-Za-z0-9]*[A-Z][A-Za-z0-9]*(?:[-.][A-Za-z0-9]+)*"
              + "(?: [A-Z0-9][A-Za-z0-9]*(?:[-.][A-Za-z0-9]+)*)*(?![\\p{L}\\d])");

  private static final int MAX_RUN_WORDS = 3;

  /**
   * A line or a label that says where the code is, and the package it names in lower case: "код:
   * umap-learn", "Code: pykan".
   */
  private static final Pattern CODE_LINE =
      Pattern.compile(
          "(?iu)[ \\t]*(?:код|code|репозиторий|repo|пакет|package|библиотека|library)[ \\t]*:[ \\t]*"
              + "(?<package>[a-z][a-z0-9]*(?:[-_.][a-z0-9]+)*)(?![\\p{L}\\d])");

  /** What "pip install " is followed by: the package, "pip install umap-learn". */
  private static final Pattern INSTALLED =
      Pattern.compile("(?<package>[a-z][a-z0-9]*(?:[-_.][a-z0-9]+)*)(?![\\p{L}\\d])");

  private static final String PIP_INSTALL = "pip install ";

  /**
   * Adds the package the post gives as the paper's code (a line or a label opening with {@link
   * #CODE_LINE}, or "pip install X" anywhere) when its name is an introduced name with what Python
   * packages add to one: another part after a hyphen, an underscore or a dot ("umap-learn" of
   * UMAP), or "py" glued before or after ("pykan" of KAN). The post says where the paper's own code
   * lives; a package that does not carry the paper's name ("pip install allennlp" in a review of
   * ELMo) is a tool used, and is left alone. Only line starts and the places "pip install " stands
   * are tried.
   *
   * @param body the post's body
   * @param labels link texts and captions
   * @param names the names introduced so far, added to
   */
  static void packages(String body, List<String> labels, Set<String> names) {
    Set<String> added = new LinkedHashSet<>();
    List<String> texts = new ArrayList<>(labels);
    texts.add(body);
    for (String text : texts) {
      Matcher line = CODE_LINE.matcher(text);
      for (int at = 0; at >= 0 && at < text.length(); at = text.indexOf('\n', at) + 1) {
        if (line.region(at, text.length()).lookingAt()) {
          addIfCarried(line.group("package"), names, added);
        }
        if (text.indexOf('\n', at) < 0) {
          break;
        }
      }
      Matcher installed = INSTALLED.matcher(text);
      for (int at = text.indexOf(PIP_INSTALL); at >= 0; at = text.indexOf(PIP_INSTALL, at + 1)) {
        if ((at == 0 || !Character.isLetter(text.charAt(at - 1)))
            && installed.region(at + PIP_INSTALL.length(), text.length()).lookingAt()) {
          addIfCarried(installed.group("package"), names, added);
        }
      }
    }
    names.addAll(added);
  }

  private static void addIfCarried(String packageName, Set<String> names, Set<String> added) {
    if (carriesName(packageName, names)) {
      added.add(packageName);
    }
  }

  /** Whether a package's name is an introduced one-word name with a Python package's additions. */
  private static boolean carriesName(String packageName, Set<String> names) {
    String[] parts = packageName.split("[-_.]");
    for (String name : names) {
      String lower = name.toLowerCase(Locale.ROOT);
      if (lower.length() < 3 || !ONE_WORD.matcher(lower).matches()) {
        continue;
      }
      for (String part : parts) {
        if ((parts.length > 1 && part.equals(lower))
            || part.equals("py" + lower)
            || part.equals(lower + "py")) {
          return true;
        }
      }
    }
    return false;
  }

  private static final Pattern ONE_WORD = Pattern.compile("[a-z0-9]+");

  /**
   * Adds the name a label of the post states, when the body writes it too (in Latin or in a
   * Cyrillic spelling: "гатошку") and does not give it to earlier work. A label is the text of the
   * post's link to its paper or a photo's caption; one that names several things (a chart comparing
   * models) names none of them, and a word English has ("Paper", "Code") or a site ("GitHub") is no
   * name.
   *
   * @param labels link texts and captions
   * @param body the post's body
   * @param prior names the body gives to earlier work
   * @param names the names introduced so far, added to
   */
  static void labels(List<String> labels, String body, Set<String> prior, Set<String> names) {
    for (String label : labels) {
      if (Places.ADDRESS.matcher(label).find()) {
        continue; // "github.com/zorb/Zorblax": an address names a repository, not the paper
      }
      Set<String> found = new LinkedHashSet<>();
      Matcher m = LABEL_RUN.matcher(label);
      while (m.find()) {
        String run = m.group();
        if (run.split(" ").length <= MAX_RUN_WORDS && namesAThing(run)) {
          found.add(run);
        }
      }
      if (found.size() != 1) {
        continue;
      }
      String name = found.iterator().next();
      if (!prior.contains(name)
          && !LatinNames.isGeneric(name)
          && !NameMatcher.of(List.of(name)).find(body).isEmpty()) {
        names.add(name);
      }
    }
  }

  /**
   * Whether a run of a label can name a thing: one of its words is coined ("DINOv2") or not an
   * English word ("Zorblax"), and it is no site ("GitHub").
   */
  private static boolean namesAThing(String run) {
    if (Places.isSite(run)) {
      return false;
    }
    for (String word : run.split(" ")) {
      boolean english = Lexicon.english().isWord(word.toLowerCase(Locale.ROOT));
      boolean allCaps = word.equals(word.toUpperCase(Locale.ROOT));
      if (LatinNames.hasAsciiLetter(word) && (!english || (hasCapitalInside(word) && !allCaps))) {
        return true; // "Zorblax", "DINOv2"; not "Paper", nor "LINK" written in capitals
      }
    }
    return false;
  }

  /**
   * A character {@link #CAPTION} can start with (case folded): "на …", "fig …", "figure …", "рис
   * …", "рисунок …": the pattern is tried only there, since almost every body writes "на " and a
   * scan tried it at every position.
   */
  private static final MatchStarts.Starts CAPTION_START =
      MatchStarts.remembered(NamePlaces::mayStartCaption);

  private static boolean mayStartCaption(int c) {
    return MatchStarts.foldsTo(c, 'н')
        || MatchStarts.foldsTo(c, 'f')
        || MatchStarts.foldsTo(c, 'р');
  }

  /** A coined shape: a capital after a letter or a digit ("MuZero", "GPT4", "T5"). */
  private static boolean hasCapitalInside(String name) {
    for (int i = 1; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isDigit(c)
          || (c >= 'A' && c <= 'Z' && Character.isLetter(name.charAt(i - 1)))) {
        return true;
      }
    }
    return false;
  }

  /** How often the body writes the name as a word of its own. */
  private static int uses(String body, String name) {
    int count = 0;
    int from = 0;
    while (true) {
      int at = body.indexOf(name, from);
      if (at < 0) {
        return count;
      }
      int end = at + name.length();
      if ((at == 0 || !Character.isLetterOrDigit(body.charAt(at - 1)))
          && (end == body.length() || !Character.isLetterOrDigit(body.charAt(end)))) {
        count++;
      }
      from = end;
    }
  }
}
