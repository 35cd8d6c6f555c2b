package dev.paperlens.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The side-by-side table's reading rows on a small library, as a machine without npm runs them (no
 * network: the anchors are skipped), and its arguments. The timings mean nothing here.
 */
class SideBySideTest {

  @Test
  void withoutNpmTheReadingRowsStandAgainstABareJvmStart(@TempDir Path work) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    Path library = work.resolve("library.bib");
    BibLibrary.Stats stats = BibLibrary.write(library, 100, 18L);
    SideBySide.Floors floors = new SideBySide.Floors();
    SideBySide.Options options = SideBySide.Options.parse(new String[] {"100", "1000", "1", "8"});

    List<SideBySide.Row> rows =
        SideBySide.reading(
            library,
            100,
            stats.bytes(),
            options,
            NodeAnchors.none(),
            new ArrayList<>(),
            floors,
            work,
            out);
    SideBySide.print(rows, out);

    assertEquals(3, rows.size(), rows.toString());
    SideBySide.Row papers = rows.get(0);
    SideBySide.Row batch = rows.get(1);
    SideBySide.Row jvm = rows.get(2);
    assertTrue(batch.figure().contains("-XX:TieredStopAtLevel=1"), batch.figure());
    assertTrue(batch.value().endsWith(", read 100 papers"), batch.value());
    assertTrue(papers.figure().contains("`papers`"), papers.figure());
    assertTrue(papers.value().endsWith(", read 100 papers"), papers.value());
    assertTrue(jvm.figure().endsWith("(baseline)"), jvm.figure());
    assertEquals("1.00×", jvm.ratio());
    for (SideBySide.Row row : rows) {
      assertTrue(row.value().matches("\\d+\\.\\d\\d s \\(.*\\).*"), row.value());
      assertTrue(row.rss().endsWith(" MB"), row.rss());
      assertTrue(row.ratio().endsWith("×"), row.ratio());
      assertTrue(jvm.figure().contains(row.baseline()), row.baseline());
    }
    assertEquals(1, floors.jvmStart.count(), "the JVM start is kept for the later rows");
    assertTrue(floors.jvmPeakKb > 0);
    String table = bytes.toString(StandardCharsets.UTF_8);
    assertTrue(table.contains("| reading: Paperlens `papers` (JVM defaults) | 100 entries"), table);
  }

  @Test
  void argumentsHaveTheIssuesSizesByDefaultAndRefuseNonsense() {
    SideBySide.Options defaults = SideBySide.Options.parse(new String[0]);
    assertEquals(List.of(20_000, 70_000), defaults.entries());
    assertEquals(100_000, defaults.reviews());
    assertEquals(3, defaults.runs());
    assertEquals(
        List.of(2_000, 5_000), SideBySide.Options.parse(new String[] {"5000,2000"}).entries());
    assertThrows(
        IllegalArgumentException.class, () -> SideBySide.Options.parse(new String[] {"0"}));
    assertThrows(
        IllegalArgumentException.class,
        () -> SideBySide.Options.parse(new String[] {"2000", "5000", "0"}));
    assertThrows(
        NumberFormatException.class, () -> SideBySide.Options.parse(new String[] {"many"}));
  }
}
