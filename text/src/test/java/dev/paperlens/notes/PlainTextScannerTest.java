package dev.paperlens.notes;

import static dev.paperlens.notes.ScanRendering.citations;
import static dev.paperlens.notes.ScanRendering.prose;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlainTextScannerTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        // rule | text | expected prose (ranges joined by " / ")
        "everything is prose | Hyena @key [@x] \\cite{y} $x$ | Hyena @key [@x] \\cite{y} $x$",
        "url excluded | see https://arxiv.org/abs/1 and www.x.org, ok | see / and / , ok",
        "url in a word is not one | foohttp://x | foohttp://x",
      })
  void scans(String rule, String text, String expectedProse) {
    NoteScan scan = new PlainTextScanner().scan(text);
    assertEquals(expectedProse, prose(text, scan).replace(" | ", " / "));
    assertEquals("", citations(scan));
  }
}
