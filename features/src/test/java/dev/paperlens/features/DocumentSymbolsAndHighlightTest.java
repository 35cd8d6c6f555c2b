package dev.paperlens.features;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.paperlens.testing.Cursor;
import dev.paperlens.testing.SamplePapers;
import dev.paperlens.text.TextDocument;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.DocumentHighlight;
import org.eclipse.lsp4j.DocumentSymbol;
import org.junit.jupiter.api.Test;

class DocumentSymbolsAndHighlightTest {
  private static final String NOTE =
      "We use HyenaDNA [@nguyen2023hyenadna] after LoRA.\n"
          + "Гиены выше; see @behrouz2024titans and [@nguyen2023hyenadna; @nobody1999].\n"
          + "`HyenaDNA` in code, and лоры again.";

  /** Each symbol as "name (detail): child@line:char, ...". */
  private static List<String> outline(String languageId, String text) {
    TextDocument document = new TextDocument("file:///ws/n", languageId, 1, text);
    List<String> out = new ArrayList<>();
    for (DocumentSymbol s :
        new DocumentSymbolsFeature(SamplePapers.backend()).symbols(document, Cancellation.NEVER)) {
      List<String> children = new ArrayList<>();
      for (DocumentSymbol c : s.getChildren()) {
        children.add(
            c.getName()
                + "@"
                + c.getRange().getStart().getLine()
                + ":"
                + c.getRange().getStart().getCharacter());
      }
      out.add(s.getName() + " (" + s.getDetail() + "): " + String.join(", ", children));
    }
    return out;
  }

  @Test
  void theOutlineGroupsCitationsAndMentionsByPaper() {
    assertEquals(
        List.of(
            "HyenaDNA: Long-Range Genomic Sequence Modeling at Single Nucleotide Resolution"
                + " (nguyen2023hyenadna · 2023): HyenaDNA@0:7, nguyen2023hyenadna@0:18,"
                + " nguyen2023hyenadna@1:41",
            "LoRA (mentioned in reviews): LoRA@0:44, лоры@2:24",
            "Hyena Hierarchy: Towards Larger Convolutional Language Models (poli2023hyena · 2023):"
                + " Гиены@1:0",
            "Titans: Learning to Memorize at Test Time (behrouz2024titans · 2024):"
                + " behrouz2024titans@1:17",
            "nobody1999 (unknown key): nobody1999@1:62"),
        outline("markdown", NOTE));
  }

  @Test
  void latexCitationsAreListedAndCommentsAreNot() {
    assertEquals(
        List.of(
            "Titans: Learning to Memorize at Test Time (behrouz2024titans · 2024):"
                + " behrouz2024titans@0:6, Titans@0:29"),
        outline("latex", "\\cite{behrouz2024titans} and Titans.\n% HyenaDNA"));
  }

  @Test
  void aNoteWithoutPapersHasNoOutline() {
    assertEquals(List.of(), outline("markdown", "Nothing known here, just words."));
  }

  private static List<String> highlights(Cursor cursor) {
    List<DocumentHighlight> found =
        new DocumentHighlightFeature(SamplePapers.backend())
            .highlights(cursor.document(), cursor.position(), Cancellation.NEVER);
    return found.stream()
        .map(
            h ->
                h.getRange().getStart().getLine()
                    + ":"
                    + h.getRange().getStart().getCharacter()
                    + "-"
                    + h.getRange().getEnd().getCharacter()
                    + " "
                    + h.getKind())
        .toList();
  }

  @Test
  void aPapersOtherCitationsAndNamesAreHighlighted() {
    String marked = NOTE.replace("We use Hyena", "We use Hy|ena");
    assertEquals(
        List.of("0:7-15 Text", "0:18-36 Read", "1:41-59 Read"),
        highlights(Cursor.markdown(marked)));
  }

  @Test
  void aMentionedNameHighlightsItsCyrillicForms() {
    String marked = NOTE.replace("after LoRA", "after Lo|RA");
    assertEquals(List.of("0:44-48 Text", "2:24-28 Text"), highlights(Cursor.markdown(marked)));
  }

  @Test
  void anUnknownKeyHighlightsItsOtherCitations() {
    assertEquals(
        List.of("0:2-12 Read", "0:19-29 Read"),
        highlights(Cursor.markdown("[@nob|ody1999] and @nobody1999 but not @nobody2000")));
  }

  @Test
  void plainWordsHighlightNothing() {
    assertEquals(List.of(), highlights(Cursor.markdown("Just wo|rds here.")));
  }
}
