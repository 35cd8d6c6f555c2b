package dev.paperlens.features;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.paperlens.testing.SamplePapers;
import dev.paperlens.text.TextDocument;
import java.util.List;
import org.eclipse.lsp4j.InlayHint;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.junit.jupiter.api.Test;

class InlayHintsFeatureTest {
  private static final String NOTE =
      "As \\citep[p.~2]{behrouz2024titans, nguyen2023hyenadna} show.\n"
          + "Titans remembers; Titans~\\cite{behrouz2024titans} too; \\cite{nobody1999}.\n"
          + "Hyena is older.\n";

  /** Each hint as "line:char label". */
  private static List<String> hints(
      String languageId, String text, Range range, boolean citations, boolean mentions) {
    TextDocument document = new TextDocument("file:///ws/n", languageId, 1, text);
    List<InlayHint> found =
        new InlayHintsFeature(SamplePapers.backend(), citations, mentions)
            .hints(document, range, Cancellation.NEVER);
    return found.stream()
        .map(
            h ->
                h.getPosition().getLine()
                    + ":"
                    + h.getPosition().getCharacter()
                    + " "
                    + h.getLabel().getLeft())
        .toList();
  }

  private static Range lines(int first, int last) {
    return new Range(new Position(first, 0), new Position(last, 0));
  }

  @Test
  void citationsGetShortTitlesAndYearsAfterTheirGroup() {
    assertEquals(
        List.of("0:54 Titans, 2024; HyenaDNA, 2023", "1:49 Titans, 2024"),
        hints("latex", NOTE, lines(0, 3), true, false));
  }

  @Test
  void mentionsGetTheirKeyWhenAskedUnlessCitedRightThere() {
    assertEquals(
        List.of("1:6 behrouz2024titans", "2:5 poli2023hyena"),
        hints("latex", NOTE, lines(0, 3), false, true));
  }

  @Test
  void onlyTheRequestedLinesAreHinted() {
    assertEquals(List.of("1:49 Titans, 2024"), hints("latex", NOTE, lines(1, 2), true, false));
    assertEquals(List.of("2:5 poli2023hyena"), hints("latex", NOTE, lines(2, 3), false, true));
  }

  @Test
  void pandocCitationsAndNothingWhenSwitchedOff() {
    String note = "See [@nguyen2023hyenadna, p. 4] and @behrouz2024titans says.";
    assertEquals(
        List.of("0:31 HyenaDNA, 2023", "0:54 Titans, 2024"),
        hints("markdown", note, lines(0, 1), true, false));
    assertEquals(List.of(), hints("markdown", note, lines(0, 1), false, false));
  }

  @Test
  void longTitlesAreCutAtAWord() {
    assertEquals("Hyena Hierarchy, 2023", InlayHintsFeature.label(SamplePapers.HYENA_HIERARCHY));
    var untitled =
        new dev.paperlens.corpus.Paper(
            "k",
            "A Very Long Title Without Any Colon That Goes On And On Forever",
            null,
            List.of(),
            dev.paperlens.corpus.PaperIds.NONE,
            List.of(),
            List.of(),
            List.of(),
            null);
    assertEquals("A Very Long Title Without Any Colon…", InlayHintsFeature.label(untitled));
  }
}
