package dev.paperlens.bench;

import dev.paperlens.notes.NoteLanguage;
import dev.paperlens.notes.NoteScanners;
import dev.paperlens.notes.ProseRange;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.testutil.TestResources;
import org.commonmark.testutil.example.Example;
import org.commonmark.testutil.example.ExampleReader;

/**
 * The Markdown scanner ({@code notes.MarkdownScanner}) against commonmark-java with source spans:
 * on every example of the CommonMark spec, do both find the same prose (the letters and digits of
 * text nodes, outside code, HTML and link destinations)? And how long does each take on a 1 MB
 * note, beside a line split of the same text as the baseline?
 *
 * <pre>java -cp bench/target/paperlens-bench.jar dev.paperlens.bench.MarkdownComparison</pre>
 */
public final class MarkdownComparison {
  private MarkdownComparison() {}

  private static final Parser PARSER =
      Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();

  public static void main(String[] args) {
    List<Example> examples = ExampleReader.readExamples(TestResources.getSpec());
    int agree = 0;
    int scannerMore = 0;
    int scannerLess = 0;
    for (Example example : examples) {
      String source = example.getSource();
      BitSet reference = commonmarkProse(source);
      BitSet scanner = scannerProse(source);
      if (reference.equals(scanner)) {
        agree++;
      } else {
        BitSet extra = (BitSet) scanner.clone();
        extra.andNot(reference);
        BitSet missing = (BitSet) reference.clone();
        missing.andNot(scanner);
        scannerMore += extra.isEmpty() ? 0 : 1;
        scannerLess += missing.isEmpty() ? 0 : 1;
      }
    }
    System.out.printf(
        Locale.ROOT,
        "CommonMark spec: %d examples; the scanner's prose equals commonmark-java's in %d (%.0f%%);"
            + " it has prose commonmark does not in %d, lacks some in %d%n",
        examples.size(),
        agree,
        100.0 * agree / examples.size(),
        scannerMore,
        scannerLess);

    String note = NoteScanBenchmark.markdown(1 << 20);
    int lines = 0;
    for (int i = 0; i < 30; i++) {
      scannerProse(note);
      commonmarkProse(note);
      lines += note.split("\n").length;
    }
    long[] split = new long[15];
    long[] scanner = new long[15];
    long[] commonmark = new long[15];
    for (int i = 0; i < split.length; i++) {
      long t = System.nanoTime();
      lines += note.split("\n").length;
      split[i] = System.nanoTime() - t;
      t = System.nanoTime();
      scannerProse(note);
      scanner[i] = System.nanoTime() - t;
      t = System.nanoTime();
      commonmarkProse(note);
      commonmark[i] = System.nanoTime() - t;
    }
    System.out.printf(Locale.ROOT, "(%d lines split in all)%n", lines);
    double base = NoteScanBenchmark.median(split) / 1e6;
    double ours = NoteScanBenchmark.median(scanner) / 1e6;
    double theirs = NoteScanBenchmark.median(commonmark) / 1e6;
    System.out.printf(
        Locale.ROOT,
        "1 MB note, median of 15: line split %.1f ms (baseline); scanner %.1f ms (%.1fx);"
            + " commonmark-java with source spans %.1f ms (%.1fx); commonmark / scanner %.2f%n",
        base,
        ours,
        ours / base,
        theirs,
        theirs / base,
        theirs / ours);
  }

  /** Letters and digits of the prose ranges the scanner finds. */
  static BitSet scannerProse(String text) {
    BitSet out = new BitSet(text.length());
    for (ProseRange range : NoteScanners.scan(NoteLanguage.MARKDOWN, text).prose()) {
      mark(text, range.start(), range.end(), out);
    }
    return out;
  }

  /** Letters and digits of commonmark-java's text nodes, by their source spans. */
  static BitSet commonmarkProse(String text) {
    BitSet out = new BitSet(text.length());
    int[] lineStarts = lineStarts(text);
    Node document = PARSER.parse(text);
    document.accept(
        new AbstractVisitor() {
          @Override
          public void visit(Text node) {
            for (SourceSpan span : node.getSourceSpans()) {
              int start = lineStarts[span.getLineIndex()] + span.getColumnIndex();
              mark(text, start, Math.min(text.length(), start + span.getLength()), out);
            }
          }
        });
    return out;
  }

  private static void mark(String text, int start, int end, BitSet out) {
    for (int i = Math.max(0, start); i < end && i < text.length(); i++) {
      if (Character.isLetterOrDigit(text.charAt(i))) {
        out.set(i);
      }
    }
  }

  private static int[] lineStarts(String text) {
    int lines = 1;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        lines++;
      }
    }
    int[] starts = new int[lines];
    int line = 1;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        starts[line++] = i + 1;
      }
    }
    return starts;
  }
}
