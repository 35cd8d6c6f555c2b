package dev.paperlens.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NoteScanTest {
  private static final String NOTE = "Hyena \\cite{a,bb} and $x$ Mamba";
  private final NoteScan scan = NoteScanners.scan(NoteLanguage.LATEX, NOTE);

  @Test
  void findsTheProseAtAnOffset() {
    assertEquals(Optional.of(new ProseRange(0, 5)), scan.proseAt(2));
    assertEquals(Optional.empty(), scan.proseAt(5));
    assertEquals(Optional.empty(), scan.proseAt(NOTE.indexOf('x')));
    assertEquals("Mamba", at(scan.proseAt(NOTE.indexOf("Mamba")).get()));
  }

  @Test
  void findsTheCitationAtAnOffsetIncludingRightAfterIt() {
    int bb = NOTE.indexOf("bb");
    assertEquals("bb", scan.citationAt(bb).get().key());
    assertEquals("bb", scan.citationAt(bb + 2).get().key());
    assertEquals("a", scan.citationAt(bb - 1).get().key());
    assertEquals(Optional.empty(), scan.citationAt(0));
  }

  @Test
  void dispatchesByLanguageAndToleratesNulls() {
    assertEquals(1, NoteScanners.scan(NoteLanguage.MARKDOWN, "[@a]").citations().size());
    assertEquals(0, NoteScanners.scan(NoteLanguage.PLAIN, "[@a]").citations().size());
    assertEquals(0, NoteScanners.scan(null, "\\cite{a}").citations().size());
    assertSame(NoteScan.EMPTY, NoteScanners.scan(NoteLanguage.LATEX, null));
  }

  /** Each language's syntax is plain text to the others. */
  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '#',
      value = {
        "LATEX#[@a] and @b here#[@a] and @b here#''",
        "LATEX#`code` and <!-- x -->#`code` and <!-- x -->#''",
        "MARKDOWN#\\cite{a} here#\\cite{a} here#''",
        "MARKDOWN#50% of \\label{y} and \\ref{z}#50% of \\label{y} and \\ref{z}#''",
        "PLAIN#\\cite{a} [@b] % c `d`#\\cite{a} [@b] % c `d`#''",
        "PLAIN#mail joe@example.com#mail joe@example.com#''",
        "MARKDOWN#mail joe@example.com#mail#''",
      })
  void syntaxOfOneLanguageIsProseInTheOthers(
      NoteLanguage language, String text, String expectedProse, String expectedCitations) {
    NoteScan scanned = NoteScanners.scan(language, text);
    assertEquals(expectedProse, ScanRendering.prose(text, scanned));
    assertEquals(expectedCitations, ScanRendering.citations(scanned));
  }

  private static String at(ProseRange range) {
    return NOTE.substring(range.start(), range.end());
  }
}
