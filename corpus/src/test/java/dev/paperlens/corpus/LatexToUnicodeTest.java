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
}
