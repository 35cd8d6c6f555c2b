package dev.paperlens.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paperlens.features.CodeActionsFeature.Proposal;
import dev.paperlens.testing.Cursor;
import dev.paperlens.testing.FakeWorkspace;
import dev.paperlens.testing.SamplePapers;
import java.util.List;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.junit.jupiter.api.Test;

class CodeActionsFeatureTest {

  private static List<Proposal> actions(FakeWorkspace workspace, Cursor cursor) {
    CodeActionsFeature feature = new CodeActionsFeature(SamplePapers.backend(), workspace);
    Range at = new Range(cursor.position(), cursor.position());
    return feature.actions(cursor.document(), at, List.of(), Cancellation.NEVER);
  }

  private static List<String> titles(List<Proposal> proposals) {
    return proposals.stream().map(Proposal::title).toList();
  }

  @Test
  void unknownKeysGetTheClosestKnownKeys() {
    Cursor cursor = Cursor.latex("\\cite{nguyen2023hyena|}");
    List<Proposal> proposals = actions(new FakeWorkspace(), cursor);
    assertTrue(
        titles(proposals).get(0).startsWith("Replace with nguyen2023hyenadna"),
        titles(proposals).toString());
    assertTrue(proposals.get(0).preferred());
    TextEdit edit = proposals.get(0).edits().get(cursor.document().uri()).get(0);
    assertEquals("nguyen2023hyenadna", edit.getNewText());
    assertEquals(6, edit.getRange().getStart().getCharacter());
    assertEquals(21, edit.getRange().getEnd().getCharacter());
  }

  @Test
  void aBareMentionInLatexIsCitedWithCite() {
    Cursor cursor = Cursor.latex("We use Hyena|DNA here.");
    List<Proposal> proposals = actions(new FakeWorkspace(), cursor);
    assertEquals("Cite HyenaDNA as \\cite{nguyen2023hyenadna}", proposals.get(0).title());
    TextEdit edit = proposals.get(0).edits().get(cursor.document().uri()).get(0);
    assertEquals("~\\cite{nguyen2023hyenadna}", edit.getNewText());
    assertEquals(15, edit.getRange().getStart().getCharacter());
  }

  @Test
  void aBareMentionInMarkdownIsCitedWithPandoc() {
    Cursor cursor = Cursor.markdown("Like тита|нов");
    List<Proposal> proposals = actions(new FakeWorkspace(), cursor);
    assertEquals(
        " [@behrouz2024titans]",
        proposals.get(0).edits().get(cursor.document().uri()).get(0).getNewText());
  }

  @Test
  void theBibEntryIsAppendedToTheWorkspaceBib() {
    FakeWorkspace workspace = new FakeWorkspace().bib("refs.bib", "@misc{a,\n title={A}}");
    List<Proposal> proposals = actions(workspace, Cursor.markdown("[@nguyen2023hyena|dna]"));
    assertEquals(List.of("Add BibTeX entry for nguyen2023hyenadna to refs.bib"), titles(proposals));
    TextEdit edit = proposals.get(0).edits().get(FakeWorkspace.ROOT + "refs.bib").get(0);
    assertEquals(1, edit.getRange().getStart().getLine());
    assertTrue(
        edit.getNewText()
            .startsWith("\n\n@misc{nguyen2023hyenadna,\n  title = {HyenaDNA: Long-Range"),
        edit.getNewText());
    assertTrue(edit.getNewText().contains("  eprint = {2306.15794}"), edit.getNewText());
    assertNull(proposals.get(0).createFile());
  }

  @Test
  void withoutABibFileReferencesBibIsCreatedWithTheUsersOwnEntry() {
    List<Proposal> proposals =
        actions(new FakeWorkspace(), Cursor.latex("\\cite{behrouz2024titans|}"));
    assertEquals(FakeWorkspace.ROOT + "references.bib", proposals.get(0).createFile());
    String text =
        proposals.get(0).edits().get(FakeWorkspace.ROOT + "references.bib").get(0).getNewText();
    assertTrue(text.startsWith("@misc{behrouz2024titans,\n  title = {Titans"), text);
  }

  @Test
  void anEntryAlreadyThereIsNotAddedAgain() {
    FakeWorkspace workspace =
        new FakeWorkspace().bib("refs.bib", "@misc{ behrouz2024titans ,\n title={A}}");
    assertEquals(List.of(), actions(workspace, Cursor.latex("\\cite{behrouz2024titans|}")));
  }

  @Test
  void plainProseHasNoActions() {
    assertEquals(List.of(), actions(new FakeWorkspace(), Cursor.plain("HyenaDNA|")));
    assertEquals(List.of(), actions(new FakeWorkspace(), Cursor.markdown("nothing| here")));
  }
}
