package dev.paperlens.bench;

import dev.paperlens.notes.CitationContext;
import dev.paperlens.notes.NoteLanguage;
import dev.paperlens.notes.NoteScan;
import dev.paperlens.notes.NoteScanners;
import java.util.Arrays;
import java.util.Random;

/**
 * Measures scan speed on a generated 1 MB note per language. Not a test: timings depend on the
 * machine. Run after {@code mvn -q -DskipTests package} with {@code java -cp
 * bench/target/paperlens-bench.jar dev.paperlens.bench.NoteScanBenchmark}.
 */
public final class NoteScanBenchmark {
  private static final int MEGABYTE = 1 << 20;

  private NoteScanBenchmark() {}

  public static void main(String[] args) {
    report("LaTeX", NoteLanguage.LATEX, latex(MEGABYTE));
    report("Markdown", NoteLanguage.MARKDOWN, markdown(MEGABYTE));
    report("plain text", NoteLanguage.PLAIN, markdown(MEGABYTE));
    // Without line breaks a "%" would comment out the rest, so escape it to keep the markup.
    String oneLine = latex(MEGABYTE).replace("%", "\\%").replace('\n', ' ');
    report("LaTeX, one line", NoteLanguage.LATEX, oneLine);
    String latex = latex(MEGABYTE);
    long[] times = new long[20];
    for (int i = 0; i < times.length; i++) {
      long started = System.nanoTime();
      CitationContext.at(latex, latex.length() / 2, NoteLanguage.LATEX);
      times[i] = System.nanoTime() - started;
    }
    System.out.printf("citation context in 1 MB LaTeX: median %.1f ms%n", median(times) / 1e6);
  }

  private static void report(String name, NoteLanguage language, String text) {
    for (int i = 0; i < 40; i++) {
      NoteScanners.scan(language, text);
    }
    long[] times = new long[25];
    NoteScan scan = null;
    for (int i = 0; i < times.length; i++) {
      long started = System.nanoTime();
      scan = NoteScanners.scan(language, text);
      times[i] = System.nanoTime() - started;
    }
    System.out.printf(
        "%-16s %7d chars: median %5.1f ms, worst %5.1f ms (%d citations, %d prose ranges)%n",
        name,
        text.length(),
        median(times) / 1e6,
        Arrays.stream(times).max().getAsLong() / 1e6,
        scan.citations().size(),
        scan.prose().size());
  }

  static double median(long[] times) {
    long[] sorted = times.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  static String latex(int size) {
    Random random = new Random(1);
    String[] pieces = {
      "Memory Mosaics predict with associative memories, see \\citep[p.~3]{zhang2024memory,"
          + " poli2023hyena}. ",
      "Модель \\textbf{Hyena} заменяет внимание длинными свёртками \\cite{poli2023hyena}. ",
      "The loss is $\\mathcal{L} = \\sum_i \\log p(x_i)$ as in~\\eqref{eq:loss}. ",
      "% TODO: compare with Mamba \\cite{gu2023mamba}\n",
      "\\section{Long-range models}\\label{sec:long}\n",
      "\\begin{equation}\n  y = K * x \\label{eq:conv}\n\\end{equation}\n",
      "\\footnote{Code at \\url{https://github.com/HazyResearch/safari}.} ",
      "\\begin{figure}[t]\\includegraphics[width=\\linewidth]{figs/hyena.pdf}"
          + "\\caption{HyenaDNA on genomes \\textcite{nguyen2023hyenadna}.}\\end{figure}\n",
      "\n\n",
    };
    StringBuilder text = new StringBuilder(size + 256);
    while (text.length() < size) {
      text.append(pieces[random.nextInt(pieces.length)]);
    }
    return text.toString();
  }

  static String markdown(int size) {
    Random random = new Random(1);
    String[] pieces = {
      "Memory Mosaics predict with associative memories [see @zhang2024, p. 3; @poli2023]. ",
      "Модель **Hyena** заменяет внимание длинными свёртками @poli2023. ",
      "Use `hyena_filter(x)` from [the repo](https://github.com/HazyResearch/safari). ",
      "<!-- compare with Mamba [@gu2023] -->\n",
      "## Long-range models\n\n",
      "```python\nmodel = Hyena(d_model=256)  # @decorator\n```\n\n",
      "Mail joe@example.com or see <https://arxiv.org/abs/2302.10866>.\n",
      "\n\n",
    };
    StringBuilder text = new StringBuilder(size + 256);
    while (text.length() < size) {
      text.append(pieces[random.nextInt(pieces.length)]);
    }
    return text.toString();
  }
}
