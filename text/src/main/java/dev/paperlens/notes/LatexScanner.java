package dev.paperlens.notes;

import static dev.paperlens.notes.LatexCommands.CITE_COMMANDS;
import static dev.paperlens.notes.LatexCommands.CODE_ENVIRONMENTS;
import static dev.paperlens.notes.LatexCommands.ENVIRONMENT_ARGUMENTS;
import static dev.paperlens.notes.LatexCommands.MATH_ENVIRONMENTS;
import static dev.paperlens.notes.LatexCommands.MULTI_CITE_COMMANDS;
import static dev.paperlens.notes.LatexCommands.NON_PROSE_ARGUMENTS;
import static dev.paperlens.notes.LatexCommands.VERBATIM_ARGUMENTS;
import static dev.paperlens.notes.LatexCommands.isLetter;

import dev.paperlens.text.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * LaTeX notes: natbib and biblatex citations, and the prose between markup. Text inside sectioning
 * commands, captions and footnotes is prose; labels, references, URLs, file names, comments, math,
 * verbatim code and command names are not. One pass, left to right, over a {@link LatexSource}.
 */
public final class LatexScanner extends SinkScanner {
  @Override
  void scanInto(String text, ScanSink sink) {
    new Pass(text, sink).run();
  }

  /** One scan of one text. */
  private static final class Pass {
    private final String text;
    private final int n;
    private final ScanSink sink;
    private final LatexSource source;

    Pass(String text, ScanSink sink) {
      this.text = text;
      this.n = text.length();
      this.sink = sink;
      this.source = new LatexSource(text);
    }

    void run() {
      int i = 0;
      while (i < n) {
        char c = text.charAt(i);
        if (c == '%') {
          int end = source.endOfLine(i);
          sink.exclude(i, end);
          i = end;
        } else if (c == '$') {
          boolean display = i + 1 < n && text.charAt(i + 1) == '$';
          int end = display ? source.mathEnd(i + 2, "$$") : source.mathEnd(i + 1, "$");
          sink.exclude(i, end);
          i = end;
        } else if (c == '\\') {
          i = command(i);
        } else {
          // A URL pasted into the text without its command is still no prose.
          int end = BareUrl.mayStartWith(c) ? BareUrl.endAt(text, i, n) : -1;
          if (end > 0) {
            sink.exclude(i, end);
            i = end;
          } else {
            i++;
          }
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
        int end =
            switch (next) {
              case '(' -> source.mathEnd(i + 2, "\\)");
              case '[' -> source.mathEnd(i + 2, "\\]");
              // A line break's optional space, "\\[2pt]", is no prose either.
              case '\\' ->
                  source.optionsEnd(i + 2 < n && text.charAt(i + 2) == '*' ? i + 3 : i + 2);
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
      } else if (name.equals("iffalse")) {
        end = deadBranch(afterName);
      } else if (name.equals("begin")) {
        end = beginEnvironment(afterName);
      } else if (name.equals("end")) {
        int close = environmentNameEnd(afterName);
        end = close < 0 ? afterName : close;
      } else if (name.equals("verb")) {
        end = source.delimited(afterName);
      } else if (name.equals("lstinline")) {
        end = inlineCode(source.optionsEnd(afterName));
      } else if (name.equals("mintinline")) {
        int language = source.skipSpaces(source.optionsEnd(afterName));
        end =
            inlineCode(
                language < n && text.charAt(language) == '{'
                    ? source.groupEnd(language, true)
                    : language);
      } else if (NON_PROSE_ARGUMENTS.containsKey(name)) {
        end =
            nonProseArguments(
                afterName, NON_PROSE_ARGUMENTS.get(name), VERBATIM_ARGUMENTS.contains(name));
      } else {
        end = afterName;
      }
      sink.exclude(i, end);
      return end;
    }

    /**
     * After "\iffalse": text TeX skips, like a comment, up to the matching "\else" or "\fi" (the
     * "\else" branch is live). Nested conditionals count, and a "\fi" in a comment does not, as in
     * TeX. Without a matching "\fi" the rest of the document is skipped.
     */
    private int deadBranch(int from) {
      int depth = 0;
      int k = from;
      while (k < n) {
        char c = text.charAt(k);
        if (c == '%') {
          k = source.endOfLine(k);
          continue;
        }
        if (c != '\\' || k + 1 >= n) {
          k++;
          continue;
        }
        int nameEnd = k + 1;
        while (nameEnd < n && isLetter(text.charAt(nameEnd))) {
          nameEnd++;
        }
        String word = text.substring(k + 1, nameEnd);
        if (word.equals("fi")) {
          if (depth == 0) {
            return nameEnd;
          }
          depth--;
        } else if (word.equals("else") && depth == 0) {
          return nameEnd;
        } else if (word.startsWith("if")) {
          depth++;
        }
        k = Math.max(nameEnd, k + 2);
      }
      return n;
    }

    /** Parses the options and key groups after a cite command; returns the end of the command. */
    private int citeCommand(int afterName, String command, boolean multi) {
      int end = afterName;
      int j = afterName;
      if (multi) {
        // Global pre- and postnotes of biblatex multicite commands: \cites(pre)(post)...
        for (int round = 0; round < 2; round++) {
          int open = source.skipSpaces(j);
          int close = open < n && text.charAt(open) == '(' ? source.bracketEnd(open, '(', ')') : -1;
          if (close < 0) {
            break;
          }
          j = close;
        }
      }
      while (true) {
        j = source.optionsEnd(j);
        int open = source.skipSpaces(j);
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
     * Reads "{a, b}" at {@code open}. An unfinished group ("\cite{hye" while typing) stops where a
     * key cannot go on: a blank line, a brace, a backslash, a "$", or a second word after a key.
     */
    private KeyGroup keyGroup(int open, String command) {
      List<Span> keys = new ArrayList<>();
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
          k = source.endOfLine(k);
        } else if (c == '\n' && source.paragraphBreakAt(k)) {
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
        end = source.trimEnd(open + 1, end);
      }
      sink.group(new CitationGroup(command, open, end, closed));
      for (Span key : keys) {
        sink.citation(
            new Citation(
                text.substring(key.start(), key.end()),
                key.start(),
                key.end(),
                command,
                open,
                end));
      }
      return new KeyGroup(end, closed);
    }

    private void addKey(List<Span> keys, int start, int end) {
      if (start < 0) {
        return;
      }
      int trimmed = source.trimEnd(start, end);
      if (trimmed > start) {
        keys.add(new Span(start, trimmed));
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
        return source.mathEnd(close, closer);
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
      int open = source.skipSpaces(from);
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
      int j = source.optionsEnd(from);
      for (int argument = 0; argument < count; argument++) {
        int open = source.skipSpaces(j);
        if (open >= n) {
          return j;
        }
        char c = text.charAt(open);
        if (c == '{') {
          j = source.groupEnd(open, !verbatim);
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
        j = source.optionsEnd(j);
      }
      return j;
    }

    private int inlineCode(int from) {
      if (from < n && text.charAt(from) == '{') {
        return source.groupEnd(from, false);
      }
      return source.delimited(from);
    }
  }
}
