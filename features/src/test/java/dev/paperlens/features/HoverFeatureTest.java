package dev.paperlens.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paperlens.testing.Cursor;
import dev.paperlens.testing.SamplePapers;
import java.util.List;
import java.util.Optional;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.Position;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HoverFeatureTest {
  private final HoverFeature feature = new HoverFeature(SamplePapers.backend(), Workspace.NONE);

  private Optional<Hover> hover(Cursor cursor) {
    return feature.hover(cursor.document(), cursor.position(), Cancellation.NEVER);
  }

  private void assertHover(Cursor cursor, String expectedInCard, String expectedRangeText) {
    Hover hover = hover(cursor).orElseThrow(() -> new AssertionError("no hover at " + cursor));
    String md = hover.getContents().getRight().getValue();
    assertTrue(md.contains(expectedInCard), () -> "card lacks '" + expectedInCard + "':\n" + md);
    int start =
        cursor
            .document()
            .offsetAt(
                hover.getRange().getStart().getLine(), hover.getRange().getStart().getCharacter());
    int end =
        cursor
            .document()
            .offsetAt(
                hover.getRange().getEnd().getLine(), hover.getRange().getEnd().getCharacter());
    assertEquals(expectedRangeText, cursor.document().text().substring(start, end));
  }

  private void assertNoHover(Cursor cursor) {
    assertEquals(Optional.empty(), hover(cursor), () -> "unexpected hover at " + cursor.offset());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "see Hyena|DNA here; HyenaDNA: Long; HyenaDNA",
        "|HyenaDNA; Long\\-Range Genomic; HyenaDNA",
        "see HyenaDNA| here; HyenaDNA: Long; HyenaDNA",
        "как у гие|ны; Hyena Hierarchy; гиены",
        "Titans: Learning to Me|morize at Test Time is good; Titans: Learning; Titans: Learning to Memorize at Test Time",
        "In Titans: Learning to| Memorize they; Titans: Learning; Titans: Learning to Memorize",
        "see [@nguyen2023hy|enadna, p. 3]; HyenaDNA: Long; nguyen2023hyenadna",
        "see @behrouz2024titans| too; Titans: Learning; behrouz2024titans",
      })
  void markdownHovers(String marked, String inCard, String rangeText) {
    assertHover(Cursor.markdown(marked), inCard.replace("\\-", "-"), rangeText);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "as in \\citep[see][p.~2]{behrouz2024titans, nguyen2023hy|enadna}; HyenaDNA: Long; nguyen2023hyenadna",
        "\\section{Hyena|DNA results}; HyenaDNA: Long; HyenaDNA",
        "text\\footnote{unlike Tit|ans}; Titans: Learning; Titans",
        "\\caption{HyenaDNA| scaling}; HyenaDNA: Long; HyenaDNA",
      })
  void latexHovers(String marked, String inCard, String rangeText) {
    assertHover(Cursor.latex(marked), inCard, rangeText);
  }

  @Test
  void markdownFencedCodeHasNoHover() {
    assertNoHover(Cursor.markdown("text\n```\nHyena|DNA\n```\nmore"));
    assertHover(Cursor.markdown("```\ncode\n```\nHyena|DNA"), "HyenaDNA: Long", "HyenaDNA");
  }

  @Test
  void plainTextHovers() {
    assertHover(Cursor.plain("Про ЛоР|Ы тоже"), "mentioned in 1 review", "ЛоРЫ");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "`Hyena|DNA` in code",
        "see https://example.org/Hyena|DNA",
        "nothing| here",
        "[@unknown|key]",
      })
  void markdownHasNoHoverOutsideProse(String marked) {
    assertNoHover(Cursor.markdown(marked));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "% Hyena|DNA in a comment",
        "\\label{sec:Hyena|DNA}",
        "\\ref{Hyena|DNA}",
        "$Hyena|DNA$",
        "\\url{https://x.org/Hyena|DNA}",
        "\\begin{equation} Hyena|DNA \\end{equation}",
      })
  void latexHasNoHoverOutsideProse(String marked) {
    assertNoHover(Cursor.latex(marked));
  }

  @Test
  void aNameOnlyMentionedListsTheReviewsThatMentionIt() {
    Hover hover = hover(Cursor.markdown("compare with Lo|RA")).orElseThrow();
    String md = hover.getContents().getRight().getValue();
    assertTrue(md.startsWith("**LoRA** — mentioned in 1 review"), md);
    assertTrue(md.contains("no reviewed paper or BibTeX entry introduces it"), md);
    assertTrue(md.contains("Titans: Learning to Memorize at Test Time"), md);
  }

  @Test
  void aPaperFromTheUsersBibTeXNamesTheEntrysFileAndLine() {
    String md =
        hover(Cursor.markdown("про Tita|ns")).orElseThrow().getContents().getRight().getValue();
    assertTrue(md.contains("BibTeX: [library.bib:1](file:///"), md);
    assertTrue(md.contains("refs/library.bib#L1)"), md);
  }

  @Test
  void aPaperFromACslJsonLibraryNamesThatLibraryNotBibTeX() throws Exception {
    dev.paperlens.corpus.Paper csl =
        new dev.paperlens.corpus.Paper(
            "gu2023mamba",
            "Mamba: Linear-Time Sequence Modeling",
            2023,
            List.of("Albert Gu"),
            dev.paperlens.corpus.PaperIds.NONE,
            List.of(),
            List.of(),
            List.of(),
            new dev.paperlens.corpus.BibEntry(
                "gu2023mamba",
                "article",
                java.util.Map.of("title", "Mamba: Linear-Time Sequence Modeling"),
                "/home/u/Zotero/library.json",
                7,
                "@article{gu2023mamba}",
                dev.paperlens.corpus.SourceFormat.CSL_JSON));
    try (var index = dev.paperlens.index.LuceneIndex.of(List.of(csl))) {
      Cursor cursor = Cursor.markdown("[@gu2023|mamba]");
      String md =
          new HoverFeature(index, Workspace.NONE)
              .hover(cursor.document(), cursor.position(), Cancellation.NEVER)
              .orElseThrow()
              .getContents()
              .getRight()
              .getValue();
      assertTrue(md.contains("CSL-JSON: [library.json:7](file:///"), md);
      assertFalse(md.contains("BibTeX: "), md);
    }
  }

  @Test
  void cardShowsReviewLinksMentionsAndAnOpenCommand() {
    String md =
        hover(Cursor.markdown("Hyena|DNA")).orElseThrow().getContents().getRight().getValue();
    assertTrue(md.contains("gonzo\\_ml, 2023-07-01"), md);
    assertTrue(md.contains("🔥 12"), md);
    assertTrue(md.contains("[post](https://t.me/gonzo_ml/42)"), md);
    assertTrue(md.contains("[arXiv 2306.15794](https://arxiv.org/abs/2306.15794)"), md);
    assertTrue(md.contains("Mentioned by: Titans: Learning to Memorize at Test Time"), md);
    assertTrue(md.contains("](command:paperlens.openReview?"), md);
  }

  @Test
  void aMethodItsPaperIntroducesGetsThePapersCard() {
    String byName =
        hover(Cursor.markdown("Hyena|DNA")).orElseThrow().getContents().getRight().getValue();
    String byKey =
        hover(Cursor.markdown("[@nguyen2023hy|enadna]"))
            .orElseThrow()
            .getContents()
            .getRight()
            .getValue();
    assertEquals(byKey, byName);
  }

  @Test
  void reviewTextCannotInjectMarkdown() {
    String md =
        hover(Cursor.markdown("Hyena|DNA")).orElseThrow().getContents().getRight().getValue();
    assertFalse(md.contains("[click](command:rm)"), md);
    assertFalse(md.contains("<img"), md);
    assertFalse(md.contains("javascript:"), md);
    assertTrue(md.contains("\\*миллион\\*"), md);
    assertTrue(md.contains("&lt;img"), md);
  }

  @Test
  void positionsPastTheEndGetNoHover() {
    Cursor cursor = Cursor.markdown("HyenaDNA|");
    assertEquals(
        Optional.empty(),
        feature.hover(cursor.document(), new Position(0, 99), Cancellation.NEVER));
    assertEquals(
        Optional.empty(), feature.hover(cursor.document(), new Position(5, 0), Cancellation.NEVER));
  }

  @Test
  void aMethodTwoPapersIntroduceNamesTheOther() {
    var digest =
        new dev.paperlens.corpus.Paper(
            "hyenaabs",
            "Hyena abstract",
            null,
            java.util.List.of(),
            dev.paperlens.corpus.PaperIds.NONE,
            java.util.List.of("Hyena"),
            java.util.List.of(),
            java.util.List.of(),
            null);
    HoverFeature two =
        new HoverFeature(
            dev.paperlens.index.LuceneIndex.of(
                java.util.List.of(SamplePapers.HYENA_HIERARCHY, digest)),
            Workspace.NONE);
    Cursor cursor = Cursor.markdown("Hye|na");
    String md =
        two.hover(cursor.document(), cursor.position(), Cancellation.NEVER)
            .orElseThrow()
            .getContents()
            .getRight()
            .getValue();
    assertTrue(md.startsWith("**Hyena Hierarchy"), md);
    assertTrue(md.endsWith("Also introducing **Hyena**: Hyena abstract (`hyenaabs`)"), md);
    assertFalse(md.contains("Mentioned by"), md);
  }
}
