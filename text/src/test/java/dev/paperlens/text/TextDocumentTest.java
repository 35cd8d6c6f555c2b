package dev.paperlens.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paperlens.text.TextDocument.Edit;
import dev.paperlens.text.TextDocument.Position;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextDocumentTest {

  private static TextDocument doc(String text) {
    return new TextDocument("file:///n.md", "markdown", 1, text);
  }

  @ParameterizedTest(name = "{0}: ({1},{2}) -> {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "ab\\ncd | 1 | 1 | 4",
        "ab\\r\\ncd | 1 | 0 | 4",
        "ab\\r\\ncd | 0 | 9 | 2", // past the end of a CRLF line: before the \r
        "ab\\rcd | 1 | 2 | 5", // lone CR ends a line
        "ab\\ncd | 7 | 0 | 5", // line past the end: end of document
        "ab\\ncd | -1 | 3 | 0",
        "a\uD83D\uDE00b | 0 | 2 | 1", // between the halves of an emoji: before it
        "a\uD83D\uDE00b | 0 | 3 | 3",
        "ab\\n | 1 | 5 | 3", // empty last line
      })
  void offsetsOfPositionsAreClamped(String text, int line, int character, int offset) {
    TextDocument doc = doc(unescape(text));
    assertEquals(offset, doc.offsetAt(line, character));
  }

  @Test
  void positionsOfOffsetsRoundTrip() {
    TextDocument doc = doc("first\r\nсекунда 😀 x\nthird");
    for (int offset = 0; offset <= doc.text().length(); offset++) {
      Position p = doc.positionAt(offset);
      int back = doc.offsetAt(p);
      boolean insideCrlf = offset == 6;
      boolean insideSurrogate = offset == 16;
      if (!insideCrlf && !insideSurrogate) {
        assertEquals(offset, back, "offset " + offset + " -> " + p);
      }
    }
    assertEquals(new Position(1, 10), doc.positionAt(doc.text().indexOf(" x")));
    assertEquals(new Position(2, 5), doc.positionAt(999));
    assertEquals("секунда 😀 x", doc.line(1));
    assertEquals("", doc.line(7));
  }

  @Test
  void incrementalEditsApplyInOrder() {
    TextDocument doc = doc("see Hyena here\nline two");
    TextDocument edited =
        doc.apply(
            2,
            List.of(
                new Edit(new Position(0, 4), new Position(0, 9), "HyenaDNA"),
                new Edit(new Position(1, 0), new Position(1, 5), ""),
                new Edit(new Position(9, 0), new Position(9, 0), "!")));
    assertEquals("see HyenaDNA here\ntwo!", edited.text());
    assertEquals(2, edited.version());
    assertEquals("whole", doc.apply(3, List.of(Edit.whole("whole"))).text());
  }

  @Test
  void derivedValuesAreCachedPerVersion() {
    AtomicInteger scans = new AtomicInteger();
    TextDocument doc = doc("abc");
    Object first = doc.derived("scan", t -> scans.incrementAndGet() + t);
    assertSame(first, doc.derived("scan", t -> scans.incrementAndGet() + t));
    TextDocument next = doc.apply(2, List.of(Edit.whole("abcd")));
    assertNotSame(first, next.derived("scan", t -> scans.incrementAndGet() + t));
    assertEquals(2, scans.get());
  }

  @Test
  void containsTellsClampedPositionsApart() {
    TextDocument doc = doc("ab\ncd");
    assertTrue(doc.contains(new Position(1, 2)));
    assertFalse(doc.contains(new Position(1, 3)));
    assertFalse(doc.contains(new Position(2, 0)));
  }

  private static String unescape(String s) {
    return s.replace("\\r", "\r").replace("\\n", "\n");
  }
}
