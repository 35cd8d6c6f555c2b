package dev.paperlens.features;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.paperlens.testing.Cursor;
import dev.paperlens.testing.FakeWorkspace;
import dev.paperlens.testing.SamplePapers;
import java.util.List;
import org.eclipse.lsp4j.Location;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DefinitionFeatureTest {
  private static final String REVIEWS = FakeWorkspace.ROOT + SamplePapers.REVIEWS;
  private final DefinitionFeature feature =
      new DefinitionFeature(SamplePapers.backend(), new FakeWorkspace());

  private static List<String> targets(List<Location> locations) {
    return locations.stream()
        .map(l -> l.getUri() + ":" + l.getRange().getStart().getLine())
        .toList();
  }

  private List<String> definition(Cursor cursor) {
    return targets(feature.definition(cursor.document(), cursor.position(), Cancellation.NEVER));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '#',
      value = {
        "markdown# see [@behrouz2024ti|tans]# 7",
        "markdown# Hyena|DNA is long# 0",
        "markdown# про тита|нов# 7",
        "latex# \\cite{nguyen2023hyenadna,behrouz|2024titans}# 7",
        "latex# \\emph{HyenaDNA|}# 0",
        "plaintext# Titans| again# 7",
      })
  void leadsToTheReviewLine(String language, String marked, int line) {
    Cursor cursor = Cursor.parse("file:///ws/notes/n", language, marked);
    assertEquals(List.of(REVIEWS + ":" + line), definition(cursor));
  }

  @Test
  void aMentionedNameLeadsToTheLinesThatMentionIt() {
    assertEquals(List.of(REVIEWS + ":9"), definition(Cursor.markdown("как у лор|ы")));
  }

  @Test
  void nothingAtTheCursorMeansNoDefinition() {
    assertEquals(List.of(), definition(Cursor.markdown("plain wo|rds")));
    assertEquals(List.of(), definition(Cursor.latex("\\cite{unknown|}")));
  }
}
