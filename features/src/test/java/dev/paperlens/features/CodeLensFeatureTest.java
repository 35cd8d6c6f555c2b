package dev.paperlens.features;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.paperlens.testing.FakeWorkspace;
import dev.paperlens.testing.SamplePapers;
import dev.paperlens.text.TextDocument;
import java.util.List;
import org.junit.jupiter.api.Test;

class CodeLensFeatureTest {
  private final FakeWorkspace workspace =
      new FakeWorkspace()
          .note("notes/other.md", "markdown", "[@behrouz2024titans; @nguyen2023hyenadna]")
          .note("notes/draft.tex", "latex", "\\citet{behrouz2024titans} and \\cite{mine2020}");
  private final CodeLensFeature feature = new CodeLensFeature(SamplePapers.backend(), workspace);

  /** Each lens as "line:char key: title". */
  private List<String> lenses(TextDocument document) {
    return feature.lenses(document, Cancellation.NEVER).stream()
        .map(
            l ->
                l.range().getStart().getLine()
                    + ":"
                    + l.range().getStart().getCharacter()
                    + " "
                    + l.key()
                    + ": "
                    + l.title())
        .toList();
  }

  @Test
  void citationsCountTheNotesCitingThemAndTheReviews() {
    TextDocument note =
        new TextDocument(
            FakeWorkspace.ROOT + "notes/note.md",
            "markdown",
            1,
            "As @behrouz2024titans says [-@behrouz2024titans; @nobody1999].");
    assertEquals(
        List.of(
            "0:4 behrouz2024titans: cited in 3 notes · reviewed 1×",
            "0:30 behrouz2024titans: cited in 3 notes · reviewed 1×"),
        lenses(note));
  }

  @Test
  void bibEntriesCountTheirCitationsEvenWithoutAnIndexedPaper() {
    TextDocument bib =
        new TextDocument(
            FakeWorkspace.ROOT + "refs.bib",
            "bibtex",
            1,
            "@misc{nguyen2023hyenadna,\n title={H}}\n@book{mine2020, title={M}}\n"
                + "@misc{unused2021, title={U}}\n@string{jmlr = {JMLR}}\n");
    assertEquals(
        List.of(
            "0:6 nguyen2023hyenadna: cited in 1 note · reviewed 1×",
            "2:6 mine2020: cited in 1 note · reviewed 0×"),
        lenses(bib));
  }

  @Test
  void aNoteWithoutCitationsHasNoLenses() {
    assertEquals(
        List.of(),
        lenses(new TextDocument(FakeWorkspace.ROOT + "n.md", "markdown", 1, "HyenaDNA only.")));
  }
}
