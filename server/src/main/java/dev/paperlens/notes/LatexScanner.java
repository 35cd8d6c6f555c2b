package dev.paperlens.notes;

import java.util.Map;
import java.util.Set;

/**
 * LaTeX notes: natbib and biblatex citations, and the prose between markup. Text inside sectioning
 * commands, captions and footnotes is prose; labels, references, URLs, file names, comments, math,
 * verbatim code and command names are not.
 *
 * <p>One pass, left to right. Groups that never close stop at the next blank line, the way TeX itself
 * refuses a paragraph break inside math or a command argument, so one stray "$" or "{" cannot hide the
 * rest of the document and no search runs past the paragraph it started in.
 */
public final class LatexScanner extends SinkScanner {
  static final Set<String> CITE_COMMANDS =
      Set.of(
          // natbib
          "cite", "citep", "citet", "citealp", "citealt", "citeauthor", "citeyear", "citeyearpar",
          "citenum", "citefullauthor", "Citet", "Citep", "Citealp", "Citealt", "Citeauthor",
          // biblatex
          "Cite", "parencite", "Parencite", "footcite", "footcitetext", "textcite", "Textcite",
          "smartcite", "Smartcite", "autocite", "Autocite", "supercite", "fullcite", "footfullcite",
          "nocite", "citetitle", "Citetitle", "citedate", "citeurl", "nptextcite",
          // apacite
          "citeA", "citeNP", "citeauthorNP", "citeyearNP");

  /** biblatex commands that take several "[pre][post]{keys}" groups. */
  static final Set<String> MULTI_CITE_COMMANDS =
      Set.of(
          "cites", "Cites", "parencites", "Parencites", "footcites", "footcitetexts", "smartcites",
          "Smartcites", "textcites", "Textcites", "supercites", "autocites", "Autocites");

  /** How many leading mandatory arguments of a command are not prose (its options never are). */
  private static final Map<String, Integer> NON_PROSE_ARGUMENTS =
      Map.ofEntries(
          Map.entry("label", 1), Map.entry("ref", 1), Map.entry("eqref", 1), Map.entry("autoref", 1),
          Map.entry("Autoref", 1), Map.entry("cref", 1), Map.entry("Cref", 1),
          Map.entry("cpageref", 1), Map.entry("Cpageref", 1), Map.entry("vref", 1),
          Map.entry("Vref", 1), Map.entry("pageref", 1), Map.entry("nameref", 1),
          Map.entry("crefrange", 2), Map.entry("Crefrange", 2), Map.entry("hyperref", 0),
          Map.entry("url", 1), Map.entry("nolinkurl", 1), Map.entry("path", 1),
          Map.entry("href", 1), Map.entry("doi", 1), Map.entry("includegraphics", 1),
          Map.entry("includepdf", 1), Map.entry("input", 1), Map.entry("include", 1),
          Map.entry("includeonly", 1), Map.entry("subfile", 1), Map.entry("bibliography", 1),
          Map.entry("bibliographystyle", 1), Map.entry("addbibresource", 1),
          Map.entry("bibitem", 1), Map.entry("usepackage", 1), Map.entry("RequirePackage", 1),
          Map.entry("documentclass", 1), Map.entry("usetikzlibrary", 1),
          Map.entry("pagestyle", 1), Map.entry("thispagestyle", 1), Map.entry("pagenumbering", 1),
          Map.entry("vspace", 1), Map.entry("hspace", 1), Map.entry("color", 1),
          Map.entry("textcolor", 1), Map.entry("colorbox", 1), Map.entry("graphicspath", 1),
          Map.entry("hypersetup", 1), Map.entry("captionsetup", 1), Map.entry("geometry", 1),
          Map.entry("lstinputlisting", 1), Map.entry("inputminted", 2),
          Map.entry("setlength", 2), Map.entry("addtolength", 2), Map.entry("setcounter", 2),
          Map.entry("addtocounter", 2), Map.entry("definecolor", 3), Map.entry("newcommand", 2),
          Map.entry("renewcommand", 2), Map.entry("providecommand", 2),
          Map.entry("DeclareRobustCommand", 2), Map.entry("DeclareMathOperator", 2),
          Map.entry("newenvironment", 3), Map.entry("renewenvironment", 3),
          Map.entry("newtheorem", 1), Map.entry("theoremstyle", 1));

  /** Arguments whose "%" is a character, not a comment (URLs). */
  private static final Set<String> VERBATIM_ARGUMENTS =
      Set.of("url", "nolinkurl", "path", "href", "doi", "includegraphics");

  private static final Set<String> MATH_ENVIRONMENTS =
      Set.of(
          "equation", "align", "alignat", "flalign", "gather", "multline", "eqnarray", "math",
          "displaymath", "dmath", "dgroup", "darray", "xalignat", "xxalignat");

  /** Environments holding code or drawing commands rather than prose, skipped up to their end. */
  private static final Set<String> CODE_ENVIRONMENTS =
      Set.of(
          "verbatim", "Verbatim", "BVerbatim", "LVerbatim", "lstlisting", "minted", "comment",
          "filecontents", "filecontents*", "alltt", "spverbatim", "pythoncode", "tikzpicture");

  /** Environments whose own arguments (placement, width, column spec) are not prose. */
  private static final Map<String, Integer> ENVIRONMENT_ARGUMENTS =
      Map.ofEntries(
          Map.entry("figure", 0), Map.entry("table", 0), Map.entry("algorithm", 0),
          Map.entry("tabular", 1), Map.entry("tabular*", 2), Map.entry("tabularx", 2),
          Map.entry("tabulary", 2), Map.entry("array", 1), Map.entry("longtable", 1),
          Map.entry("minipage", 1), Map.entry("subfigure", 1), Map.entry("wrapfigure", 2),
          Map.entry("wraptable", 2), Map.entry("thebibliography", 1), Map.entry("multicols", 1));

  @Override
  void scanInto(String text, ScanSink sink) {
    new Pass(text, sink).run();
  }

  /** One scan of one text. */
  private static final class Pass {
    private final String text;
    private final int n;
    private final ScanSink sink;
    private int failedOptionFrom = -1;
    private int failedOptionTo = -1;

    Pass(String text, ScanSink sink) {
      this.text = text;
      this.n = text.length();
      this.sink = sink;
    }

    void run() {
      int i = 0;
      while (i < n) {
        char c = text.charAt(i);
        if (c == '%') {
          int end = endOfLine(i);
          sink.exclude(i, end);
          i = end;
        } else if (c == '$') {
          boolean display = i + 1 < n && text.charAt(i + 1) == '$';
          int end = display ? mathEnd(i + 2, "$$") : mathEnd(i + 1, "$");
          sink.exclude(i, end);
          i = end;
        } else if (c == '\\') {
          i = command(i);
        } else if (BareUrl.mayStartWith(c) && BareUrl.endAt(text, i, n) > 0) {
          // A URL pasted into the text without its command is still no prose.
          int end = BareUrl.endAt(text, i, n);
          sink.exclude(i, end);
          i = end;
        } else {
          i++;
        }
      }
    }

    /** Handles the command at {@code i} and returns where scanning goes on. */
    private int command(int i) {
      if (i + 1 >= n) {
        sink.exclude(i, n);
        return n;
      }
      char next = text.charAt(i + 1);
      if (!isLetter(next)) {
        int end = switch (next) {
          case '(' -> mathEnd(i + 2, "\\)");
          case '[' -> mathEnd(i + 2, "\\]");
          // A line break's optional space, "\\[2pt]", is no prose either.
          case '\\' -> optionsEnd(i + 2 < n && text.charAt(i + 2) == '*' ? i + 3 : i + 2);
          default -> Math.min(n, Character.isHighSurrogate(next) ? i + 3 : i + 2);
        };
        sink.exclude(i, end);
        return end;
      }
      int nameEnd = i + 1;
      while (nameEnd < n && isLetter(text.charAt(nameEnd))) {
        nameEnd++;
      }
      String name = text.substring(i + 1, nameEnd);
      int afterName = nameEnd < n && text.charAt(nameEnd) == '*' ? nameEnd + 1 : nameEnd;
      int end;
      if (CITE_COMMANDS.contains(name) || MULTI_CITE_COMMANDS.contains(name)) {
        String command = text.substring(i, afterName);
        end = citeCommand(afterName, command, MULTI_CITE_COMMANDS.contains(name));
      } else if (name.equals("begin")) {
        end = beginEnvironment(afterName);
      } else if (name.equals("end")) {
        int close = environmentNameEnd(afterName);
        end = close < 0 ? afterName : close;
      } else if (name.equals("verb")) {
        end = delimited(afterName);
      } else if (name.equals("lstinline")) {
        end = inlineCode(optionsEnd(afterName));
      } else if (name.equals("mintinline")) {
        int language = skipSpaces(optionsEnd(afterName));
        end = inlineCode(language < n && text.charAt(language) == '{' ? groupEnd(language, true) : language);
      } else if (NON_PROSE_ARGUMENTS.containsKey(name)) {
        end = nonProseArguments(afterName, NON_PROSE_ARGUMENTS.get(name), VERBATIM_ARGUMENTS.contains(name));
      } else {
        end = afterName;
      }
      sink.exclude(i, end);
      return end;
    }

    /** Parses the options and key groups after a cite command; returns the end of the command. */
    private int citeCommand(int afterName, String command, boolean multi) {
      int end = afterName;
      int j = afterName;
      if (multi) {
        // Global pre- and postnotes of biblatex multicite commands: \cites(pre)(post)...
        for (int round = 0; round < 2; round++) {
          int open = skipSpaces(j);
          int close = open < n && text.charAt(open) == '(' ? bracketEnd(open, '(', ')') : -1;
          if (close < 0) {
            break;
          }
          j = close;
        }
      }
      while (true) {
        j = optionsEnd(j);
        int open = skipSpaces(j);
        if (open >= n || text.charAt(open) != '{') {
          return end;
        }
        KeyGroup group = keyGroup(open, command);
        end = group.end();
        j = end;
        if (!multi || !group.closed()) {
          return end;
        }
      }
    }

    private record KeyGroup(int end, boolean closed) {}

    /**
     * Reads "{a, b}" at {@code open}. An unfinished group ("\cite{hye" while typing) stops where a key
     * cannot go on: a blank line, a brace, a backslash, a "$", or a second word after a key.
     */
    private KeyGroup keyGroup(int open, String command) {
      java.util.List<int[]> keys = new java.util.ArrayList<>();
      int keyStart = -1;
      int keyEnd = -1;
      int k = open + 1;
      int end;
      boolean closed = false;
      while (true) {
        if (k >= n) {
          end = n;
          break;
        }
        char c = text.charAt(k);
        if (c == '}') {
          closed = true;
          end = k + 1;
          break;
        } else if (c == ',') {
          addKey(keys, keyStart, keyEnd < 0 ? k : keyEnd);
          keyStart = -1;
          keyEnd = -1;
          k++;
        } else if (c == '%') {
          if (keyStart >= 0 && keyEnd < 0) {
            keyEnd = k;
          }
          k = endOfLine(k);
        } else if (c == '\n' && paragraphBreakAt(k)) {
          end = k;
          break;
        } else if (Character.isWhitespace(c)) {
          if (keyStart >= 0 && keyEnd < 0) {
            keyEnd = k;
          }
          k++;
        } else if (c == '{' || c == '\\' || c == '$') {
          end = k;
          break;
        } else if (keyStart >= 0 && keyEnd >= 0) {
          // "\cite{hye more text": the group was never closed; the key is the first word.
          end = keyEnd;
          break;
        } else {
          if (keyStart < 0) {
            keyStart = k;
          }
          k++;
        }
      }
      addKey(keys, keyStart, keyEnd >= 0 ? keyEnd : closed ? end - 1 : end);
      if (!closed) {
        end = trimEnd(open + 1, end);
      }
      sink.group(new CitationGroup(command, open, end, closed));
      for (int[] key : keys) {
        sink.citation(
            new Citation(text.substring(key[0], key[1]), key[0], key[1], command, open, end));
      }
      return new KeyGroup(end, closed);
    }

    private void addKey(java.util.List<int[]> keys, int start, int end) {
      if (start < 0) {
        return;
      }
      int trimmed = trimEnd(start, end);
      if (trimmed > start) {
        keys.add(new int[] {start, trimmed});
      }
    }

    /** After "\begin": math and verbatim environments are skipped whole. */
    private int beginEnvironment(int afterBegin) {
      int close = environmentNameEnd(afterBegin);
      if (close < 0) {
        return afterBegin;
      }
      int open = text.indexOf('{', afterBegin);
      String env = text.substring(open + 1, close - 1).trim();
      String base = env.endsWith("*") ? env.substring(0, env.length() - 1) : env;
      String closer = "\\end{" + env + "}";
      if (MATH_ENVIRONMENTS.contains(base)) {
        return mathEnd(close, closer);
      }
      if (CODE_ENVIRONMENTS.contains(env) || CODE_ENVIRONMENTS.contains(base)) {
        int end = text.indexOf(closer, close);
        return end < 0 ? n : end + closer.length();
      }
      Integer arguments = ENVIRONMENT_ARGUMENTS.get(env);
      if (arguments == null) {
        arguments = ENVIRONMENT_ARGUMENTS.get(base);
      }
      return arguments == null ? close : nonProseArguments(close, arguments, false);
    }

    /** The end of "{name}" after \begin or \end, or -1 when no environment name follows. */
    private int environmentNameEnd(int from) {
      int open = skipSpaces(from);
      if (open >= n || text.charAt(open) != '{') {
        return -1;
      }
      for (int k = open + 1; k < n && k < open + 64; k++) {
        char c = text.charAt(k);
        if (c == '}') {
          return k + 1;
        }
        if (!(isLetter(c) || c == '*' || c == ' ' || Character.isDigit(c) || c == '-')) {
          return -1;
        }
      }
      return -1;
    }

    /** Skips options and then {@code count} arguments that are not prose. */
    private int nonProseArguments(int from, int count, boolean verbatim) {
      int j = optionsEnd(from);
      for (int argument = 0; argument < count; argument++) {
        int open = skipSpaces(j);
        if (open >= n) {
          return j;
        }
        char c = text.charAt(open);
        if (c == '{') {
          j = groupEnd(open, !verbatim);
        } else if (c == '\\') {
          // \newcommand\name{...}: the argument is one command token.
          int k = open + 1;
          while (k < n && isLetter(text.charAt(k))) {
            k++;
          }
          j = Math.max(k, Math.min(open + 2, n));
        } else {
          return j;
        }
        j = optionsEnd(j);
      }
      return j;
    }

    /** \verb|code| and friends: up to the next delimiter on the same line. */
    private int delimited(int from) {
      if (from >= n) {
        return from;
      }
      char delimiter = text.charAt(from);
      if (isLetter(delimiter) || Character.isWhitespace(delimiter)) {
        return from;
      }
      for (int k = from + 1; k < n; k++) {
        char c = text.charAt(k);
        if (c == delimiter) {
          return k + 1;
        }
        if (c == '\n') {
          return k;
        }
      }
      return n;
    }

    private int inlineCode(int from) {
      if (from < n && text.charAt(from) == '{') {
        return groupEnd(from, false);
      }
      return delimited(from);
    }

    /** Skips any "[...]" options after {@code from}; returns the end of the last one. */
    private int optionsEnd(int from) {
      int j = from;
      while (true) {
        int open = skipSpaces(j);
        if (open >= n || text.charAt(open) != '[') {
          return j;
        }
        int close = bracketEnd(open, '[', ']');
        if (close < 0) {
          return j;
        }
        j = close;
      }
    }

    /**
     * The end of a bracketed option, braces nesting; -1 when it does not close in the paragraph. An
     * option opened inside the stretch an earlier failed search went over is taken to fail too, so
     * "\\cite[" typed many times over does not make every one of them search to the paragraph end.
     */
    private int bracketEnd(int open, char opening, char closing) {
      if (open > failedOptionFrom && open < failedOptionTo) {
        return -1;
      }
      int depth = 0;
      int k = open + 1;
      for (; k < n; k++) {
        char c = text.charAt(k);
        if (c == '\\') {
          k++;
        } else if (c == '{') {
          depth++;
        } else if (c == '}') {
          depth = Math.max(0, depth - 1);
        } else if (c == closing && depth == 0) {
          return k + 1;
        } else if (c == '\n' && paragraphBreakAt(k)) {
          break;
        }
      }
      failedOptionFrom = open;
      failedOptionTo = k;
      return -1;
    }

    /** The end of a balanced "{...}" group, or the paragraph break where an unclosed one stops. */
    private int groupEnd(int open, boolean comments) {
      int depth = 0;
      for (int k = open; k < n; k++) {
        char c = text.charAt(k);
        if (c == '\\') {
          k++;
        } else if (c == '{') {
          depth++;
        } else if (c == '}') {
          if (--depth == 0) {
            return k + 1;
          }
        } else if (c == '%' && comments) {
          k = endOfLine(k) - 1;
        } else if (c == '\n' && paragraphBreakAt(k)) {
          return k;
        }
      }
      return n;
    }

    /**
     * The end of math opened before {@code from}: after {@code closer}, or at the paragraph break where
     * TeX would complain about the missing closer.
     */
    private int mathEnd(int from, String closer) {
      char first = closer.charAt(0);
      for (int k = from; k < n; k++) {
        char c = text.charAt(k);
        if (c == first && text.startsWith(closer, k)) {
          return k + closer.length();
        }
        if (c == '\\') {
          k++;
        } else if (c == '%') {
          k = endOfLine(k) - 1;
        } else if (c == '\n' && paragraphBreakAt(k)) {
          return k;
        }
      }
      return n;
    }

    /** Whether the newline at {@code k} is followed by a blank line. */
    private boolean paragraphBreakAt(int k) {
      for (int j = k + 1; j < n; j++) {
        char c = text.charAt(j);
        if (c == '\n') {
          return true;
        }
        if (c != ' ' && c != '\t' && c != '\r') {
          return false;
        }
      }
      return false;
    }

    /** Skips spaces and at most one line end, as TeX does between a command and its arguments. */
    private int skipSpaces(int from) {
      int j = from;
      boolean newline = false;
      while (j < n) {
        char c = text.charAt(j);
        if (c == '\n') {
          if (newline) {
            return from;
          }
          newline = true;
        } else if (c != ' ' && c != '\t' && c != '\r') {
          return j;
        }
        j++;
      }
      return j;
    }

    private int endOfLine(int from) {
      int end = text.indexOf('\n', from);
      return end < 0 ? n : end;
    }

    private int trimEnd(int start, int end) {
      while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
        end--;
      }
      return end;
    }
  }

  private static boolean isLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }
}
