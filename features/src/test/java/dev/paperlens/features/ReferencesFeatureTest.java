package dev.paperlens.features;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.paperlens.testing.Cursor;
import dev.paperlens.testing.FakeWorkspace;
import dev.paperlens.testing.SamplePapers;
import java.util.List;
import org.eclipse.lsp4j.Location;
import org.junit.jupiter.api.Test;

class ReferencesFeatureTest {
  private final FakeWorkspace workspace =
      new FakeWorkspace()
          .note(
              "notes/other.md",
              "markdown",
              "Гиены и HyenaDNA.\n`HyenaDNA` in code\n[@nguyen2023hyenadna]")
          .note(
              "notes/paper.tex",
              "latex",
              "As \\citet{nguyen2023hyenadna} show, hyenadna scales.\n% HyenaDNA");
  private final ReferencesFeature feature =
      new ReferencesFeature(SamplePapers.backend(), workspace);

  private List<String> references(Cursor cursor, boolean declaration) {
    List<Location> locations =
        feature.references(cursor.document(), cursor.position(), declaration, Cancellation.NEVER);
    return locations.stream()
        .map(
            l ->
                l.getUri().substring(FakeWorkspace.ROOT.length())
                    + ":"
                    + l.getRange().getStart().getLine()
                    + ":"
                    + l.getRange().getStart().getCharacter())
        .toList();
  }

  @Test
  void aPaperIsReferencedByCitationsMentionsAndOtherReviews() {
    Cursor cursor =
        Cursor.parse(FakeWorkspace.ROOT + "notes/note.md", "markdown", "We use Hyena|DNA.");
    assertEquals(
        List.of(
            "notes/note.md:0:7",
            "notes/other.md:0:8",
            "notes/other.md:2:2",
            "notes/paper.tex:0:10",
            "notes/paper.tex:0:36",
            "reviews/channel.txt:0:0",
            "reviews/channel.txt:9:0"),
        references(cursor, true));
  }

  @Test
  void withoutTheDeclarationTheReviewOfThePaperIsLeftOut() {
    Cursor cursor = Cursor.latex("\\cite{nguyen2023hyena|dna}");
    assertEquals(
        List.of(
            "notes/paper.tex:0:6",
            "notes/other.md:0:8",
            "notes/other.md:2:2",
            "reviews/channel.txt:9:0"),
        references(cursor, false));
  }

  @Test
  void aMentionedNameIsFoundInCyrillicAndInReviews() {
    Cursor cursor = Cursor.plain("LoRA| and ЛоРЫ and лора");
    assertEquals(
        List.of(
            "notes/note.txt:0:0",
            "notes/note.txt:0:9",
            "notes/note.txt:0:18",
            "reviews/channel.txt:9:0"),
        references(cursor, true));
  }

  @Test
  void nothingAtTheCursorHasNoReferences() {
    assertEquals(List.of(), references(Cursor.markdown("no|thing"), true));
  }
}
