package dev.paperlens.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LatexToUnicodeTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "plain words                        | plain words",
        "{BERT}: Pre-training               | BERT: Pre-training",
        "R{\\'e}                            | Ré",
        "Schr\\\"odinger                    | Schrödinger",
        "\\v{S}ar\\v{c}evi\\'c              | Šarčević",
        "{\\L}ukasz and \\l{}od\\'z         | Łukasz and łodź",
        "Ko{\\v c}isk{\\'y}                 | Kočiský",
        "na\\\"{\\i}ve                      | naïve",
        "\\emph{Mamba} and \\textbf{Hyena}  | Mamba and Hyena",
        "Lemma~1 -- proof --- end           | Lemma 1 – proof — end",
        "$O(n^2)$ time, 5\\% of a_b & c#d   | O(n^2) time, 5% of a_b & c#d",
        "``quoted''                         | “quoted”",
        "a\\,b \\textsc{Caps}               | a b Caps",
        "'  spread\n   over   lines '       | spread over lines",
        "unbalanced {brace                  | unbalanced brace",
        "a\\\\'{j} b                         | a\u0237\u0301 b",
        "\\'{e}\\'e\\`a\\^o                   | ééàô",
        "x\\\\y \\'{E} \\u{g}\\v c            | x y É ğč",
        "a\\,b\\;c\\:d\\!e\\ f                | a b c d e f",
        "\\l\\L \\i{}\\j end                 | łŁıȷend",
        "50\\% and \\'                        | 50% and",
        "run{of}words-and--dashes~here      | runofwords-and–dashes here",
        "'two  spaces, a\ttab and\u2003em  '  | two spaces, a tab and em",
        "'\tlead and trail '                 | lead and trail"
      })
  void plain(String latex, String expected) {
    assertEquals(expected, LatexToUnicode.plain(latex));
  }

  @Test
  void whitespaceRunsBecomeOneSpaceAsSplittingOnThemDoes() {
    String[] pieces = {"a", "bc", " ", "  ", "\t", "\n", "\u2003", "\u00A0", "é", "ж", "x y"};
    Random random = new Random(18);
    for (int i = 0; i < 20_000; i++) {
      StringBuilder text = new StringBuilder();
      for (int j = random.nextInt(8); j > 0; j--) {
        text.append(pieces[random.nextInt(pieces.length)]);
      }
      String value = text.toString();
      String expected =
          String.join(
              " ",
              Arrays.stream(value.split("\\s+|[\\u2003\\u001C-\\u001F]+"))
                  .filter(w -> !w.isEmpty())
                  .toList());
      assertEquals(expected, LatexToUnicode.plain(value), value);
    }
  }

  @Test
  void whitespaceIsWhatTheJdkCallsWhitespace() {
    for (char c = 0; c < Character.MAX_VALUE; c++) {
      assertEquals(Character.isWhitespace(c), LatexToUnicode.isWhitespace(c), "U+" + (int) c);
    }
  }

  /** The rendering before it collapsed whitespace itself: render, then collapse, two passes. */
  private static final class Before {
    private static boolean isAsciiLetter(char c) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean special(char c) {
      return "\\{}$~-`'".indexOf(c) >= 0;
    }

    static String render(String s) {
      int n = s.length();
      StringBuilder out = new StringBuilder(n);
      int i = 0;
      while (i < n) {
        char c = s.charAt(i);
        switch (c) {
          case '\\' -> {
            if (i + 1 >= n) {
              i++;
            } else if (isAsciiLetter(s.charAt(i + 1))) {
              int start = i + 1;
              int p = start;
              while (p < n && isAsciiLetter(s.charAt(p))) {
                p++;
              }
              String symbol = LatexToUnicode.SYMBOLS.get(s.substring(start, p));
              if (symbol != null) {
                out.append(symbol);
              }
              // TeX ends a command name at the first non-letter and swallows the blanks after it
              while (p < n && (s.charAt(p) == ' ' || s.charAt(p) == '\t')) {
                p++;
              }
              i = p;
            } else {
              char escaped = s.charAt(i + 1);
              if (escaped == '\\' || escaped == '\n') {
                out.append(' ');
              } else if (LatexToUnicode.COMBINING.get(escaped) == null) {
                out.append(escaped);
              }
              // an accent with nothing to sit on ("\\'{}") prints nothing
              i += 2;
            }
          }
          case '{', '}', '$' -> i++;
          case '~' -> {
            out.append(' ');
            i++;
          }
          case '-' -> {
            if (s.startsWith("---", i)) {
              out.append('—');
              i += 3;
            } else if (s.startsWith("--", i)) {
              out.append('–');
              i += 2;
            } else {
              out.append('-');
              i++;
            }
          }
          case '`' -> {
            boolean pair = i + 1 < n && s.charAt(i + 1) == '`';
            out.append(pair ? '“' : '‘');
            i += pair ? 2 : 1;
          }
          case '\'' -> {
            boolean pair = i + 1 < n && s.charAt(i + 1) == '\'';
            out.append(pair ? '”' : '’');
            i += pair ? 2 : 1;
          }
          default -> {
            // the run of characters up to the next one this switch handles, appended in one step:
            // appending them one by one was most of this method's time
            int p = i + 1;
            while (p < n && !special(s.charAt(p))) {
              p++;
            }
            out.append(s, i, p);
            i = p;
          }
        }
      }
      return out.toString();
    }

    static String collapse(String s) {
      int n = s.length();
      // Most values need no change: find the first whitespace that is not a single space between
      // two words, and return the value itself when there is none.
      boolean blank = true;
      int i = 0;
      for (; i < n; i++) {
        char c = s.charAt(i);
        boolean space = LatexToUnicode.isWhitespace(c);
        if (space && (c != ' ' || blank || i == n - 1)) {
          break;
        }
        blank = space;
      }
      if (i == n) {
        return s;
      }
      StringBuilder out = new StringBuilder(n).append(s, 0, i);
      while (i < n) {
        if (LatexToUnicode.isWhitespace(s.charAt(i))) {
          if (!blank) {
            out.append(' ');
          }
          blank = true;
          i++;
        } else {
          // a word, appended in one step
          int p = i + 1;
          while (p < n && !LatexToUnicode.isWhitespace(s.charAt(p))) {
            p++;
          }
          out.append(s, i, p);
          blank = false;
          i = p;
        }
      }
      int len = out.length();
      if (len > 0 && out.charAt(len - 1) == ' ') {
        out.setLength(len - 1);
      }
      return out.toString();
    }
  }

  @Test
  void renderingCollapsesWhitespaceAsTheTwoPassesDid() {
    String[] pieces = {
      "a",
      "Bc",
      " ",
      "  ",
      "\t",
      "\n",
      "\r",
      "\u2003",
      "\u00A0",
      "é",
      "ж",
      "\\",
      "\\\\",
      "\\\n",
      "\\ ",
      "\\\t",
      "{",
      "}",
      "$",
      "~",
      "-",
      "--",
      "---",
      "`",
      "``",
      "'",
      "''",
      "\\ss",
      "\\quad",
      "\\quad ",
      "\\emph",
      "\\LaTeX",
      "\\'",
      "\\%",
      "\\{",
      "\\u",
      "\\x",
      "\\textbackslash",
      "\\space",
      "%",
      "_",
      "x y",
    };
    Random random = new Random(35);
    for (int i = 0; i < 200_000; i++) {
      StringBuilder text = new StringBuilder();
      for (int j = random.nextInt(12); j > 0; j--) {
        text.append(pieces[random.nextInt(pieces.length)]);
      }
      String value = text.toString();
      assertEquals(Before.collapse(Before.render(value)), LatexToUnicode.render(value), value);
    }
  }
}
