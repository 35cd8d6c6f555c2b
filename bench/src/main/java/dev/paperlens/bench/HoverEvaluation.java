package dev.paperlens.bench;

import dev.paperlens.corpus.CorpusBuilder;
import dev.paperlens.corpus.ReviewDraft;
import dev.paperlens.features.Cancellation;
import dev.paperlens.features.HoverFeature;
import dev.paperlens.features.Workspace;
import dev.paperlens.index.LuceneIndex;
import dev.paperlens.text.CrossScript;
import dev.paperlens.text.TextDocument;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.Position;

/**
 * Precision and recall of hover in a note on the names of the annotated evaluation set: each part
 * (its reviews and BibTeX) is indexed as the server indexes a user's sources; every distinct gold
 * mention surface is written into a note sentence, and hover is asked on each of its words. A hover
 * is right when the card's head names the gold canonical (as its bold name, title or one of the
 * names it introduces; case, hyphens and spaces aside). Negatives are hovered too: a card on one is
 * a false card.
 *
 * <p>Run from the repository root with {@code java -cp bench/target/paperlens-bench.jar
 * dev.paperlens.bench.HoverEvaluation [FOLDER]}. As in {@link NameEvaluation}, the held-out part
 * prints its summary only.
 */
public final class HoverEvaluation {
  private HoverEvaluation() {}

  /** The note sentence a surface is written into: neutral words, no kind noun around it. */
  private static final String BEFORE = "Сегодня читал про ";

  private static final String AFTER = ", интересно.";

  public static void main(String[] args) throws IOException {
    Path dir = NameEvaluation.setFolder(args.length == 0 ? null : args[0]);
    for (String part : List.of("tune", "heldout")) {
      Path partDir = dir.resolve(part);
      if (Files.isDirectory(partDir)) {
        evaluate(NameEvalSet.read(partDir)).print(System.out, part.equals("tune"));
      }
    }
  }

  /** Counts of one slice: hovers asked on gold words, cards shown, cards naming the gold. */
  static final class Score {
    int asked;
    int shown;
    int right;

    double precision() {
      return shown == 0 ? 1.0 : (double) right / shown;
    }

    double recall() {
      return asked == 0 ? 1.0 : (double) right / asked;
    }
  }

  static final class Result {
    final String part;
    final Score all = new Score();
    final Score cyrillic = new Score();
    final Score multiWord = new Score();
    final Map<String, Score> byCategory = new TreeMap<>();
    int negatives;
    final List<String> negativeCards = new ArrayList<>();
    final Map<String, Integer> misses = new HashMap<>();

    Result(String part) {
      this.part = part;
    }

    void print(PrintStream out, boolean details) {
      out.printf(Locale.ROOT, "%n== hover, %s: %d words of gold surfaces%n", part, all.asked);
      out.printf(
          Locale.ROOT, "%-24s %6s %6s %6s %6s %6s%n", "", "asked", "cards", "right", "P", "R");
      row(out, "all words", all);
      byCategory.forEach((name, score) -> row(out, "  " + name, score));
      row(out, "Cyrillic surfaces", cyrillic);
      row(out, "surfaces of 2+ words", multiWord);
      out.printf(
          Locale.ROOT,
          "negatives with a card: %d of %d%s%n",
          negativeCards.size(),
          negatives,
          details && !negativeCards.isEmpty() ? " (" + String.join(", ", negativeCards) + ")" : "");
      if (!details) {
        out.println("(details of this part left out: it is never tuned on)");
        return;
      }
      out.println("misses (word hovered in surface → gold: card):");
      misses.entrySet().stream()
          .sorted(
              Map.Entry.<String, Integer>comparingByValue()
                  .reversed()
                  .thenComparing(Map.Entry.comparingByKey()))
          .limit(Integer.getInteger("paperlens.eval.worst", 40))
          .forEach(e -> out.printf(Locale.ROOT, "  %2d× %s%n", e.getValue(), e.getKey()));
    }

    private static void row(PrintStream out, String label, Score s) {
      out.printf(
          Locale.ROOT,
          "%-24s %6d %6d %6d %6.3f %6.3f%n",
          label,
          s.asked,
          s.shown,
          s.right,
          s.precision(),
          s.recall());
    }
  }

  static Result evaluate(NameEvalSet set) throws IOException {
    List<ReviewDraft> drafts = new ArrayList<>();
    Set<NameEvalSet.Gold> gold = new LinkedHashSet<>();
    Set<String> negatives = new LinkedHashSet<>();
    for (NameEvalSet.Annotated a : set.reviews()) {
      drafts.add(NameEvaluation.draft(set.name() + "/" + a.id(), a));
      gold.addAll(a.gold());
      negatives.addAll(a.negatives());
    }
    Result result = new Result(set.name());
    try (LuceneIndex index =
        LuceneIndex.of(
            new CorpusBuilder().addDrafts(drafts).addBibEntries(set.bibtex()).build().papers())) {
      HoverFeature hover = new HoverFeature(index, Workspace.NONE);
      for (NameEvalSet.Gold g : gold) {
        String category = NameEvaluation.category(g.surface(), g.canonical());
        boolean cyrillic = CrossScript.hasCyrillic(g.surface());
        List<int[]> words = words(g.surface());
        for (int[] w : words) {
          Optional<String> card = hover(hover, g.surface(), (w[0] + w[1]) / 2);
          boolean right = card.isPresent() && names(card.get(), g.canonical());
          for (Score s :
              new Score[] {
                result.all,
                result.byCategory.computeIfAbsent(category, k -> new Score()),
                cyrillic ? result.cyrillic : null,
                words.size() > 1 ? result.multiWord : null
              }) {
            if (s != null) {
              s.asked++;
              s.shown += card.isPresent() ? 1 : 0;
              s.right += right ? 1 : 0;
            }
          }
          if (!right) {
            String word = g.surface().substring(w[0], w[1]);
            result.misses.merge(
                word
                    + " in "
                    + g.surface()
                    + " → "
                    + g.canonical()
                    + ": "
                    + card.map(HoverEvaluation::head).orElse("no card"),
                1,
                Integer::sum);
          }
        }
      }
      for (String negative : negatives) {
        result.negatives++;
        Optional<String> card = hover(hover, negative, negative.length() / 2);
        card.ifPresent(c -> result.negativeCards.add(negative + " → " + head(c)));
      }
    }
    return result;
  }

  /** The card of a hover at {@code at} within {@code surface}, written in the note sentence. */
  private static Optional<String> hover(HoverFeature hover, String surface, int at) {
    String text = BEFORE + surface + AFTER;
    TextDocument note = new TextDocument("file:///eval/note.md", "markdown", 1, text);
    TextDocument.Position p = note.positionAt(BEFORE.length() + at);
    return hover
        .hover(note, new Position(p.line(), p.character()), Cancellation.NEVER)
        .map(Hover::getContents)
        .map(c -> c.getRight().getValue());
  }

  /** The [start, end) of each word of a surface, split at spaces. */
  static List<int[]> words(String surface) {
    List<int[]> out = new ArrayList<>();
    Matcher m = Pattern.compile("\\S+").matcher(surface);
    while (m.find()) {
      out.add(new int[] {m.start(), m.end()});
    }
    return out;
  }

  private static final Pattern BOLD = Pattern.compile("\\*\\*(.+?)\\*\\*");

  /** Whether the card's head (before its first blank line) names the canonical in bold. */
  static boolean names(String card, String canonical) {
    Matcher m = BOLD.matcher(head(card));
    String wanted = NameEvaluation.spelling(canonical);
    while (m.find()) {
      if (NameEvaluation.spelling(m.group(1).replace("\\", "")).equals(wanted)) {
        return true;
      }
    }
    return false;
  }

  private static String head(String card) {
    int blank = card.indexOf("\n\n");
    return (blank < 0 ? card : card.substring(0, blank)).replace("\n", " ");
  }
}
