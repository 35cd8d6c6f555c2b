package dev.paperlens.notes;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * The note scanners on arbitrary text: citations and prose ranges lie inside the text, in order,
 * without overlapping, whatever the markup.
 */
class ScannersFuzzTest {
  private static void check(NoteLanguage language, String text) {
    NoteScan scan = NoteScanners.scan(language, text);
    int end = 0;
    for (Citation c : scan.citations()) {
      assertTrue(
          c.start() >= end && c.start() <= c.end() && c.end() <= text.length(), c.toString());
      end = c.end();
    }
    end = 0;
    for (ProseRange p : scan.prose()) {
      assertTrue(
          p.start() >= end && p.start() <= p.end() && p.end() <= text.length(), p.toString());
      end = p.end();
    }
  }

  @FuzzTest(maxDuration = "60s")
  void markdown(String text) {
    check(NoteLanguage.MARKDOWN, text);
  }

  @FuzzTest(maxDuration = "60s")
  void latex(String text) {
    check(NoteLanguage.LATEX, text);
  }
}
