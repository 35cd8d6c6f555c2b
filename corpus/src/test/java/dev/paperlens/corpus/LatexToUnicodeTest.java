package dev.paperlens.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
        "50\\% and \\'                        | 50% and"
      })
  void plain(String latex, String expected) {
    assertEquals(expected, LatexToUnicode.plain(latex));
  }

  @Test
  void whitespaceIsWhatTheJdkCallsWhitespace() {
    for (char c = 0; c < Character.MAX_VALUE; c++) {
      assertEquals(Character.isWhitespace(c), LatexToUnicode.isWhitespace(c), "U+" + (int) c);
    }
  }
}
