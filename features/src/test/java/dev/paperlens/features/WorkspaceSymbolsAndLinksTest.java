package dev.paperlens.features;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.paperlens.testing.Cursor;
import dev.paperlens.testing.FakeWorkspace;
import dev.paperlens.testing.SamplePapers;
import java.util.List;
import org.eclipse.lsp4j.DocumentLink;
import org.eclipse.lsp4j.SymbolInformation;
import org.junit.jupiter.api.Test;

class WorkspaceSymbolsAndLinksTest {
  private final FakeWorkspace workspace = new FakeWorkspace();

  @Test
  void symbolsFindPapersByAnyWords() {
    WorkspaceSymbolsFeature feature =
        new WorkspaceSymbolsFeature(SamplePapers.backend(), workspace);
    List<SymbolInformation> symbols = feature.symbols("memorize test", Cancellation.NEVER);
    assertEquals(
        List.of("Titans: Learning to Memorize at Test Time"),
        symbols.stream().map(SymbolInformation::getName).toList());
    assertEquals("behrouz2024titans · Titans", symbols.get(0).getContainerName());
    assertEquals(FakeWorkspace.ROOT + SamplePapers.REVIEWS, symbols.get(0).getLocation().getUri());
    assertEquals(7, symbols.get(0).getLocation().getRange().getStart().getLine());
    assertEquals(
        3, feature.symbols("  ", Cancellation.NEVER).size(), "an empty query lists papers");
  }

  /** The picker matches as citation completion does: any field, several words narrowing. */
  @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
  @org.junit.jupiter.params.provider.CsvSource(
      delimiter = ';',
      value = {
        "michael; nguyen2023hyenadna",
        "poli 2023; poli2023hyena|nguyen2023hyenadna",
        "гиена днк; nguyen2023hyenadna",
        "2501.00663; behrouz2024titans",
        "свертки; poli2023hyena",
        "poli 2024; ''",
      })
  void symbolsMatchAsCitationCompletionDoes(String query, String keys) {
    WorkspaceSymbolsFeature feature =
        new WorkspaceSymbolsFeature(SamplePapers.backend(), workspace);
    assertEquals(
        keys.isEmpty() ? List.of() : List.of(keys.split("\\|")),
        feature.symbols(query, Cancellation.NEVER).stream()
            .map(s -> s.getContainerName().split(" ")[0])
            .toList());
  }

  private List<String> links(Cursor cursor) {
    DocumentLinksFeature feature = new DocumentLinksFeature(SamplePapers.backend(), workspace);
    return feature.links(cursor.document(), Cancellation.NEVER).stream()
        .map(
            l ->
                l.getRange().getStart().getCharacter()
                    + "-"
                    + l.getRange().getEnd().getCharacter()
                    + " "
                    + l.getTarget())
        .toList();
  }

  @Test
  void markdownLinksKeysAndUrls() {
    assertEquals(
        List.of("2-20 file:///ws/reviews/channel.txt#L1", "32-53 https://example.org/a"),
        links(Cursor.markdown("[@nguyen2023hyenadna; @unknown] https://example.org/a.|")));
  }

  @Test
  void latexLinksKeysButNotCommentedOnes() {
    assertEquals(
        List.of("6-23 file:///ws/reviews/channel.txt#L8"),
        links(Cursor.latex("\\cite{behrouz2024titans}| % \\cite{nguyen2023hyenadna}")));
  }

  @Test
  void plainTextLinksUrlsOnly() {
    List<String> links = links(Cursor.plain("[@nguyen2023hyenadna] http://x.org|"));
    assertEquals(List.of("22-34 http://x.org"), links);
  }

  @Test
  void aLinkHasTheTitleAsTooltip() {
    DocumentLinksFeature feature = new DocumentLinksFeature(SamplePapers.backend(), workspace);
    DocumentLink link =
        feature
            .links(Cursor.latex("\\cite{behrouz2024titans|}").document(), Cancellation.NEVER)
            .get(0);
    assertEquals("Titans: Learning to Memorize at Test Time", link.getTooltip());
  }
}
