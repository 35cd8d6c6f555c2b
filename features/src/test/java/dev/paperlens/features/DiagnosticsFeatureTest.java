package dev.paperlens.features;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.paperlens.index.LuceneIndex;
import dev.paperlens.testing.Cursor;
import dev.paperlens.testing.FakeWorkspace;
import dev.paperlens.testing.SamplePapers;
import java.util.List;
import org.eclipse.lsp4j.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DiagnosticsFeatureTest {
  private final FakeWorkspace workspace =
      new FakeWorkspace().bib("refs.bib", "@article{own2020key,\n title={X}}");
  private final DiagnosticsFeature feature =
      new DiagnosticsFeature(SamplePapers.backend(), workspace);

  /** The text each warning covers; the cursor marker is unused here but keeps one notation. */
  private List<String> warned(Cursor cursor) {
    List<Diagnostic> diagnostics = feature.diagnose(cursor.document(), Cancellation.NEVER);
    diagnostics.forEach(
        d -> assertEquals(DiagnosticsFeature.UNKNOWN_CITATION, d.getCode().getLeft()));
    return diagnostics.stream()
        .map(
            d ->
                cursor
                    .document()
                    .text()
                    .substring(
                        DocumentRanges.offset(cursor.document(), d.getRange().getStart()),
                        DocumentRanges.offset(cursor.document(), d.getRange().getEnd())))
        .toList();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '#',
      value = {
        "latex# |\\citep[p.~2]{nguyen2023hyenadna, nguyen2023hyena, own2020key}# nguyen2023hyena",
        "latex# |% \\cite{commented}# ''",
        "markdown# |see [@nguyen2023hyenadna; @missing2024]# missing2024",
        "markdown# |`[@incode]` and mail me@example.org# ''",
        "plaintext# |[@notacitation]# ''",
      })
  void unknownKeysAreWarned(String language, String marked, String expected) {
    Cursor cursor = Cursor.parse("file:///ws/n", language, marked);
    assertEquals(expected.isEmpty() ? List.of() : List.of(expected), warned(cursor));
  }

  @Test
  void anEmptyIndexWarnsAboutNothing() {
    DiagnosticsFeature empty = new DiagnosticsFeature(LuceneIndex.of(List.of()), workspace);
    assertEquals(
        List.of(), empty.diagnose(Cursor.latex("|\\cite{x}").document(), Cancellation.NEVER));
  }
}
