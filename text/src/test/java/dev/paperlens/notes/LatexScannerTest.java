package dev.paperlens.notes;

import static dev.paperlens.notes.ScanRendering.citations;
import static dev.paperlens.notes.ScanRendering.prose;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LatexScannerTest {
  private final LatexScanner scanner = new LatexScanner();

  static Stream<Arguments> rows() {
    return Stream.of(
        // rule, LaTeX, expected prose, expected citations
        row("plain prose", "Memory Mosaics work well.", "Memory Mosaics work well.", ""),
        row("cite", "see \\cite{hyena} now", "see | now", "\\cite:hyena"),
        row("option", "as \\citep[p.~3]{a,b} says", "as | says", "\\citep:a \\citep:b"),
        row("two options", "\\citep[see][p.~5]{a}", "", "\\citep:a"),
        row("spaced keys", "\\citet{ a ,\n  b }", "", "\\citet:a \\citet:b"),
        row("space before args", "\\citep [p. 2] {a}", "", "\\citep:a"),
        row("starred", "\\citet*{a}", "", "\\citet*:a"),
        row("comment in keys", "\\cite{a, % old: c\n b}", "", "\\cite:a \\cite:b"),
        row(
            "multicite",
            "\\textcites[see][3]{a}[4]{b,c} end",
            "end",
            "\\textcites:a \\textcites:b \\textcites:c"),
        row("multicite notes", "\\cites(pre)(post)[p]{a}{b} end", "end", "\\cites:a \\cites:b"),
        row(
            "cite in caption",
            "\\caption{Results of \\citet{poli2023}.}",
            "{Results of | .}",
            "\\citet:poli2023"),
        row("unfinished cite", "\\cite{hye", "", "\\cite:hye"),
        row("unfinished cite, text", "\\cite{hye more text", "more text", "\\cite:hye"),
        row("cite without keys", "\\cite Hyena", "Hyena", ""),
        row("comment", "text % \\cite{a} Hyena\nmore", "text | more", ""),
        row("iffalse block", "a \\iffalse \\cite{x} Hyena \\fi b \\cite{y}", "a | b", "\\cite:y"),
        row(
            "iffalse else branch",
            "a \\iffalse old \\else \\cite{x} new \\fi b",
            "a | new | b",
            "\\cite:x"),
        row("nested if in iffalse", "\\iffalse \\ifx\\a\\b x\\fi Hyena \\fi b", "b", ""),
        row("fi in a comment", "\\iffalse % \\fi\n Hyena \\fi b", "b", ""),
        row("unclosed iffalse", "a \\iffalse \\cite{x} Hyena", "a", ""),
        row("escaped percent", "50\\% of Hyena", "50 | of Hyena", ""),
        row("inline math", "the $\\mathcal{H}yena \\cite{a}$ op", "the | op", ""),
        row("escaped dollar", "costs \\$5 for Hyena", "costs | 5 for Hyena", ""),
        row("display math", "a $$x = Hyena$$ b", "a | b", ""),
        row("paren math", "a \\(x\\) b", "a | b", ""),
        row("bracket math", "a \\[x = y\\] b", "a | b", ""),
        row("equation", "a\n\\begin{equation}\nx = \\text{Hyena}\n\\end{equation}\nb", "a | b", ""),
        row("align*", "a\n\\begin{align*}\nx &= y \\\\\n\\end{align*}\nb", "a | b", ""),
        row("unclosed math", "a $x + y\n\nHyena here", "a | Hyena here", ""),
        row("unclosed equation", "\\begin{equation} x\n\nHyena", "Hyena", ""),
        row("verbatim", "a\n\\begin{verbatim}\n\\cite{x} Hyena\n\\end{verbatim}\nb", "a | b", ""),
        row(
            "lstlisting", "\\begin{lstlisting}[language=Python]\nHyena()\n\\end{lstlisting}\nb",
            "b", ""),
        row("minted", "\\begin{minted}{python}\nHyena()\n\\end{minted}\nb", "b", ""),
        row("unclosed verbatim", "a \\begin{verbatim} Hyena\n\nMamba", "a", ""),
        row("verb", "\\verb|\\cite{x}| Hyena", "Hyena", ""),
        row("label", "Hyena\\label{sec:hyena} rules", "Hyena | rules", ""),
        row(
            "refs", "see \\ref{fig:a}, \\eqref{eq:b}, \\autoref{c} and \\cref{d}.",
            "see | , | , | and | .", ""),
        row("url", "at \\url{https://x.org/a%20b} now", "at | now", ""),
        row("bare url", "see https://x.org/a_b. Then", "see | . Then", ""),
        row("href", "\\href{https://x.org}{Memory Mosaics} paper", "{Memory Mosaics} paper", ""),
        row("includegraphics", "\\includegraphics[width=0.5\\linewidth]{figs/hyena.pdf}", "", ""),
        row("files", "\\input{sections/intro}\n\\bibliography{refs}", "", ""),
        row("section", "\\section{Memory Mosaics}", "{Memory Mosaics}", ""),
        row("footnote", "Text\\footnote{See Hyena.}", "Text | {See Hyena.}", ""),
        row("command names", "\\textbf{Hyena} and \\emph{Mamba}", "{Hyena} and | {Mamba}", ""),
        row("figure options", "\\begin{figure}[htbp]\nHyena\n\\end{figure}", "Hyena", ""),
        row("column spec", "\\begin{tabular}{|c|c|}\nA & B\n\\end{tabular}", "A & B", ""),
        row("theorem name", "\\begin{theorem}[Hyena bound]", "[Hyena bound]", ""),
        row("unbalanced brace", "text {unclosed Hyena", "text {unclosed Hyena", ""),
        row("line breaks", "a \\\\ b \\\\[2pt] c", "a | b | c", ""),
        row("windows line ends", "a $x\r\n\r\nb % c\r\nd", "a | b | d", ""),
        row("stray backslash", "Hyena \\", "Hyena", ""),
        row("newcommand", "\\newcommand{\\hy}[1]{Hyena #1} Mamba", "Mamba", ""));
  }

  private static Arguments row(String rule, String latex, String prose, String citations) {
    return Arguments.of(rule, latex, prose, citations);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void scans(String rule, String latex, String expectedProse, String expectedCitations) {
    NoteScan scan = scanner.scan(latex);
    assertEquals(expectedProse, prose(latex, scan), "prose");
    assertEquals(expectedCitations, citations(scan), "citations");
  }

  static Stream<String> citeCommands() {
    return Stream.concat(
            LatexCommands.CITE_COMMANDS.stream(), LatexCommands.MULTI_CITE_COMMANDS.stream())
        .sorted();
  }

  @ParameterizedTest(name = "\\{0}")
  @MethodSource("citeCommands")
  void everyCiteCommandGivesItsKeys(String name) {
    String latex = "x \\" + name + "[p.~3]{k1, k2} y";
    NoteScan scan = scanner.scan(latex);
    assertEquals("\\" + name + ":k1 \\" + name + ":k2", citations(scan));
    assertEquals("x | y", prose(latex, scan));
  }

  @Test
  void keyAndGroupOffsetsPointIntoTheText() {
    String latex = "see \\citep[p.~3]{alpha, beta} and \\cites{c}{d}";
    List<Citation> found = scanner.scan(latex).citations();
    assertEquals(4, found.size());
    Citation beta = found.get(1);
    assertEquals("beta", latex.substring(beta.start(), beta.end()));
    assertEquals("{alpha, beta}", latex.substring(beta.groupStart(), beta.groupEnd()));
    Citation d = found.get(3);
    assertEquals("{d}", latex.substring(d.groupStart(), d.groupEnd()));
  }

  @Test
  void unfinishedGroupEndsAfterItsLastKey() {
    String latex = "\\cite{a, hye\n\nNext";
    Citation hye = scanner.scan(latex).citations().get(1);
    assertEquals("{a, hye", latex.substring(hye.groupStart(), hye.groupEnd()));
  }
}
