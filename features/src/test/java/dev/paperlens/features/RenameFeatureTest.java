package dev.paperlens.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paperlens.features.RenameFeature.Outcome;
import dev.paperlens.testing.Cursor;
import dev.paperlens.testing.FakeWorkspace;
import dev.paperlens.testing.SamplePapers;
import dev.paperlens.text.TextDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.lsp4j.TextEdit;
import org.junit.jupiter.api.Test;

class RenameFeatureTest {
  private static final String BIB =
      "@misc{behrouz2024titans,\n  title = {Titans}\n}\n"
          + "@inproceedings{titansWorkshop,\n  crossref = {behrouz2024titans}\n}\n";

  private final FakeWorkspace workspace =
      new FakeWorkspace()
          .bib("refs.bib", BIB)
          .note(
              "notes/other.md",
              "markdown",
              "[@nguyen2023hyenadna; @behrouz2024titans, p. 3]\n"
                  + "@behrouz2024titans says so [-@behrouz2024titans].\n"
                  + "`@behrouz2024titans` in code stays.")
          .note(
              "notes/draft.tex",
              "latex",
              "\\citep[p.~3]{nguyen2023hyenadna, behrouz2024titans}\n"
                  + "\\textcite*{behrouz2024titans} and \\autocites{behrouz2024titansx}");
  private final RenameFeature feature = new RenameFeature(SamplePapers.backend(), workspace);

  private Outcome rename(Cursor cursor, String newKey) {
    return feature.rename(cursor.document(), cursor.position(), newKey, Cancellation.NEVER);
  }

  /** Each edit as "path:line:from-to=text", documents in order. */
  private static List<String> shown(Map<String, List<TextEdit>> edits) {
    List<String> out = new ArrayList<>();
    edits.forEach(
        (uri, list) -> {
          for (TextEdit e : list) {
            out.add(
                uri.substring(FakeWorkspace.ROOT.length())
                    + ":"
                    + e.getRange().getStart().getLine()
                    + ":"
                    + e.getRange().getStart().getCharacter()
                    + "-"
                    + e.getRange().getEnd().getCharacter()
                    + "="
                    + e.getNewText());
          }
        });
    return out;
  }

  @Test
  void fromALatexCitationTheEntryAndEveryCitationFormAreRenamed() {
    Outcome outcome =
        rename(Cursor.latex("See \\cite{nguyen2023hyenadna,behrouz|2024titans}."), "titans");
    assertFalse(outcome.isRefused(), outcome.refusal());
    assertEquals(
        List.of(
            "refs.bib:0:6-23=titans",
            "refs.bib:4:14-31=titans",
            "notes/paper.tex:0:29-46=titans",
            "notes/other.md:0:23-40=titans",
            "notes/other.md:1:1-18=titans",
            "notes/other.md:1:30-47=titans",
            "notes/draft.tex:0:33-50=titans",
            "notes/draft.tex:1:11-28=titans"),
        shown(outcome.edits()));
  }

  @Test
  void fromTheBibEntryItselfTheCitationsFollow() {
    Cursor bib =
        Cursor.parse(FakeWorkspace.ROOT + "refs.bib", "bibtex", BIB.replace("@misc{b", "@misc{|b"));
    Outcome outcome = rename(bib, "behrouz2025titans");
    assertFalse(outcome.isRefused(), outcome.refusal());
    List<String> edits = shown(outcome.edits());
    assertEquals(7, edits.size(), edits.toString());
    assertTrue(edits.get(0).equals("refs.bib:0:6-23=behrouz2025titans"), edits.toString());
  }

  @Test
  void theCurrentVersionOfAnOpenBibIsEdited() {
    Cursor bib =
        Cursor.parse(
            FakeWorkspace.ROOT + "refs.bib",
            "bibtex",
            "% edited\n@misc{behrouz2024|titans,\n  title = {Titans}\n}\n");
    Outcome outcome = rename(bib, "titans");
    assertEquals("refs.bib:1:6-23=titans", shown(outcome.edits()).get(0));
    assertEquals(1, outcome.edits().get(FakeWorkspace.ROOT + "refs.bib").size());
  }

  @Test
  void prepareGivesTheKeyAndItsRange() {
    Cursor cursor = Cursor.markdown("As [see @behrouz|2024titans] shows");
    Outcome outcome = feature.prepare(cursor.document(), cursor.position(), Cancellation.NEVER);
    assertEquals("behrouz2024titans", outcome.key());
    assertEquals(9, outcome.range().getStart().getCharacter());
    assertEquals(26, outcome.range().getEnd().getCharacter());
  }

  @Test
  void unsafeKeysAreRefusedWithTheReason() {
    Cursor cursor = Cursor.markdown("[@behrouz2024|titans]");
    assertEquals(
        "\"my key\" is not a safe citation key: it has a space; use ASCII letters, digits and _,"
            + " with - : . + / only between them (no spaces, braces, commas or quotes).",
        rename(cursor, "my key").refusal());
    assertTrue(rename(cursor, "a{b}").refusal().contains("it has '{'"));
    assertTrue(rename(cursor, "a,b").refusal().contains("it has ','"));
    assertTrue(rename(cursor, "тит").refusal().contains("it has 'т'"));
    assertTrue(rename(cursor, "titans-").refusal().contains("starts or ends with punctuation"));
    assertTrue(rename(cursor, "").refusal().contains("empty"));
    assertFalse(rename(cursor, "behrouz:2024/titans-v2.1").isRefused());
  }

  @Test
  void aKeyThatIsTakenIsRefused() {
    Cursor cursor = Cursor.latex("\\cite{behrouz2024|titans}");
    assertEquals(
        "A .bib entry TITANSWORKSHOP already exists (BibTeX compares keys ignoring case).",
        rename(cursor, "TITANSWORKSHOP").refusal());
    assertEquals(
        "nguyen2023hyenadna is already the key of \"HyenaDNA: Long-Range Genomic Sequence"
            + " Modeling at Single Nucleotide Resolution\" in the sources.",
        rename(cursor, "nguyen2023hyenadna").refusal());
    assertEquals(
        "The key is already behrouz2024titans.", rename(cursor, "behrouz2024titans").refusal());
    assertFalse(rename(cursor, "Behrouz2024Titans").isRefused());
  }

  @Test
  void aKeyWithoutAnEntryOfTheUsersIsRefused() {
    Cursor generated = Cursor.markdown("[@nguyen2023|hyenadna]");
    Outcome outcome =
        feature.prepare(generated.document(), generated.position(), Cancellation.NEVER);
    assertEquals(
        "nguyen2023hyenadna was made by Paperlens, not written in a .bib of yours: add the BibTeX"
            + " entry first (the code action \"Add BibTeX entry for nguyen2023hyenadna\"), then"
            + " rename it.",
        outcome.refusal());
    RenameFeature noBib = new RenameFeature(SamplePapers.backend(), new FakeWorkspace());
    Cursor titans = Cursor.markdown("[@behrouz|2024titans]");
    assertEquals(
        "behrouz2024titans is defined in refs/library.bib, outside the workspace: open that file"
            + " to rename the key.",
        noBib.rename(titans.document(), titans.position(), "t", Cancellation.NEVER).refusal());
    Cursor unknown = Cursor.markdown("[@nobody|1999]");
    assertEquals(
        "No .bib entry defines nobody1999, so there is no key of yours to rename.",
        feature.prepare(unknown.document(), unknown.position(), Cancellation.NEVER).refusal());
  }

  @Test
  void aKeyFromACslJsonLibraryIsRefusedWithWhereToChangeIt() throws Exception {
    dev.paperlens.corpus.Paper csl =
        new dev.paperlens.corpus.Paper(
            "gu2023mamba",
            "Mamba",
            2023,
            List.of("Albert Gu"),
            dev.paperlens.corpus.PaperIds.NONE,
            List.of(),
            List.of(),
            List.of(),
            new dev.paperlens.corpus.BibEntry(
                "gu2023mamba",
                "article",
                Map.of("title", "Mamba"),
                "/home/u/Zotero/My Library.json",
                2,
                "@article{gu2023mamba,\n  title = {Mamba}\n}",
                dev.paperlens.corpus.SourceFormat.CSL_JSON));
    try (var index = dev.paperlens.index.LuceneIndex.of(List.of(csl))) {
      RenameFeature fromCsl = new RenameFeature(index, workspace);
      Cursor cursor = Cursor.latex("\\cite{gu2023|mamba}");
      assertEquals(
          "gu2023mamba comes from the CSL-JSON library /home/u/Zotero/My Library.json, which"
              + " Zotero (or the tool that exported it) writes: change the citation key there, and"
              + " the library and this index follow on the next export.",
          fromCsl.prepare(cursor.document(), cursor.position(), Cancellation.NEVER).refusal());
      assertEquals(
          dev.paperlens.corpus.SourceFormat.CSL_JSON,
          index.paper("gu2023mamba").orElseThrow().bibtex().format());
    }
  }

  @Test
  void proseAndOtherBibTextAreNotKeys() {
    assertTrue(rename(Cursor.markdown("Tita|ns remember"), "x").refusal().startsWith("Put the"));
    TextDocument bib = new TextDocument(FakeWorkspace.ROOT + "refs.bib", "bibtex", 1, BIB);
    assertTrue(
        feature
            .prepare(bib, new org.eclipse.lsp4j.Position(1, 12), Cancellation.NEVER)
            .isRefused());
  }
}
