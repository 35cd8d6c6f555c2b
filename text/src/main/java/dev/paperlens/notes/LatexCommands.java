package dev.paperlens.notes;

import java.util.Map;
import java.util.Set;

/** The LaTeX commands and environments that decide what is a citation and what is prose. */
final class LatexCommands {
  private LatexCommands() {}

  static final Set<String> CITE_COMMANDS =
      Set.of(
          // natbib
          "cite",
          "citep",
          "citet",
          "citealp",
          "citealt",
          "citeauthor",
          "citeyear",
          "citeyearpar",
          "citenum",
          "citefullauthor",
          "Citet",
          "Citep",
          "Citealp",
          "Citealt",
          "Citeauthor",
          // biblatex
          "Cite",
          "parencite",
          "Parencite",
          "footcite",
          "footcitetext",
          "textcite",
          "Textcite",
          "smartcite",
          "Smartcite",
          "autocite",
          "Autocite",
          "supercite",
          "fullcite",
          "footfullcite",
          "nocite",
          "citetitle",
          "Citetitle",
          "citedate",
          "citeurl",
          "nptextcite",
          // apacite
          "citeA",
          "citeNP",
          "citeauthorNP",
          "citeyearNP");

  /** biblatex commands that take several "[pre][post]{keys}" groups. */
  static final Set<String> MULTI_CITE_COMMANDS =
      Set.of(
          "cites",
          "Cites",
          "parencites",
          "Parencites",
          "footcites",
          "footcitetexts",
          "smartcites",
          "Smartcites",
          "textcites",
          "Textcites",
          "supercites",
          "autocites",
          "Autocites");

  /** How many leading mandatory arguments of a command are not prose (its options never are). */
  static final Map<String, Integer> NON_PROSE_ARGUMENTS =
      Map.ofEntries(
          Map.entry("label", 1),
          Map.entry("ref", 1),
          Map.entry("eqref", 1),
          Map.entry("autoref", 1),
          Map.entry("Autoref", 1),
          Map.entry("cref", 1),
          Map.entry("Cref", 1),
          Map.entry("cpageref", 1),
          Map.entry("Cpageref", 1),
          Map.entry("vref", 1),
          Map.entry("Vref", 1),
          Map.entry("pageref", 1),
          Map.entry("nameref", 1),
          Map.entry("crefrange", 2),
          Map.entry("Crefrange", 2),
          Map.entry("hyperref", 0),
          Map.entry("url", 1),
          Map.entry("nolinkurl", 1),
          Map.entry("path", 1),
          Map.entry("href", 1),
          Map.entry("doi", 1),
          Map.entry("includegraphics", 1),
          Map.entry("includepdf", 1),
          Map.entry("input", 1),
          Map.entry("include", 1),
          Map.entry("includeonly", 1),
          Map.entry("subfile", 1),
          Map.entry("bibliography", 1),
          Map.entry("bibliographystyle", 1),
          Map.entry("addbibresource", 1),
          Map.entry("bibitem", 1),
          Map.entry("usepackage", 1),
          Map.entry("RequirePackage", 1),
          Map.entry("documentclass", 1),
          Map.entry("usetikzlibrary", 1),
          Map.entry("pagestyle", 1),
          Map.entry("thispagestyle", 1),
          Map.entry("pagenumbering", 1),
          Map.entry("vspace", 1),
          Map.entry("hspace", 1),
          Map.entry("color", 1),
          Map.entry("textcolor", 1),
          Map.entry("colorbox", 1),
          Map.entry("graphicspath", 1),
          Map.entry("hypersetup", 1),
          Map.entry("captionsetup", 1),
          Map.entry("geometry", 1),
          Map.entry("lstinputlisting", 1),
          Map.entry("inputminted", 2),
          Map.entry("setlength", 2),
          Map.entry("addtolength", 2),
          Map.entry("setcounter", 2),
          Map.entry("addtocounter", 2),
          Map.entry("definecolor", 3),
          Map.entry("newcommand", 2),
          Map.entry("renewcommand", 2),
          Map.entry("providecommand", 2),
          Map.entry("DeclareRobustCommand", 2),
          Map.entry("DeclareMathOperator", 2),
          Map.entry("newenvironment", 3),
          Map.entry("renewenvironment", 3),
          Map.entry("newtheorem", 1),
          Map.entry("theoremstyle", 1));

  /** Arguments whose "%" is a character, not a comment (URLs). */
  static final Set<String> VERBATIM_ARGUMENTS =
      Set.of("url", "nolinkurl", "path", "href", "doi", "includegraphics");

  static final Set<String> MATH_ENVIRONMENTS =
      Set.of(
          "equation",
          "align",
          "alignat",
          "flalign",
          "gather",
          "multline",
          "eqnarray",
          "math",
          "displaymath",
          "dmath",
          "dgroup",
          "darray",
          "xalignat",
          "xxalignat");

  /** Environments holding code or drawing commands rather than prose, skipped up to their end. */
  static final Set<String> CODE_ENVIRONMENTS =
      Set.of(
          "verbatim",
          "Verbatim",
          "BVerbatim",
          "LVerbatim",
          "lstlisting",
          "minted",
          "comment",
          "filecontents",
          "filecontents*",
          "alltt",
          "spverbatim",
          "pythoncode",
          "tikzpicture");

  /** Environments whose own arguments (placement, width, column spec) are not prose. */
  static final Map<String, Integer> ENVIRONMENT_ARGUMENTS =
      Map.ofEntries(
          Map.entry("figure", 0),
          Map.entry("table", 0),
          Map.entry("algorithm", 0),
          Map.entry("tabular", 1),
          Map.entry("tabular*", 2),
          Map.entry("tabularx", 2),
          Map.entry("tabulary", 2),
          Map.entry("array", 1),
          Map.entry("longtable", 1),
          Map.entry("minipage", 1),
          Map.entry("subfigure", 1),
          Map.entry("wrapfigure", 2),
          Map.entry("wraptable", 2),
          Map.entry("thebibliography", 1),
          Map.entry("multicols", 1));

  static boolean isLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }
}
