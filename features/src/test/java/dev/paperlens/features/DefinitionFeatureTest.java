package dev.paperlens.features;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.paperlens.corpus.Paper;
import dev.paperlens.corpus.PaperIds;
import dev.paperlens.corpus.Reactions;
import dev.paperlens.corpus.Review;
import dev.paperlens.corpus.SourceFormat;
import dev.paperlens.index.LuceneIndex;
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

  @Test
  void aMethodIntroducedByTwoPapersLeadsToBothReviews() {
    Paper digest =
        new Paper(
            "hyena",
            "Hyena",
            null,
            List.of(),
            PaperIds.NONE,
            List.of("Hyena"),
            List.of(
                new Review(
                    "reviews/digest.txt",
                    SourceFormat.ABSTRACT_DIGEST,
                    4,
                    4,
                    null,
                    null,
                    null,
                    null,
                    null,
                    Reactions.NONE,
                    List.of(),
                    "Гиена",
                    "Гиена",
                    List.of())),
            List.of(),
            null);
    DefinitionFeature twoSources =
        new DefinitionFeature(
            LuceneIndex.of(List.of(digest, SamplePapers.HYENA_HIERARCHY)), new FakeWorkspace());
    Cursor cursor = Cursor.markdown("Hye|na");
    assertEquals(
        List.of(FakeWorkspace.ROOT + "reviews/digest.txt:3", REVIEWS + ":15"),
        targets(twoSources.definition(cursor.document(), cursor.position(), Cancellation.NEVER)));
    Cursor cited = Cursor.markdown("[@hye|na]");
    assertEquals(
        List.of(FakeWorkspace.ROOT + "reviews/digest.txt:3"),
        targets(twoSources.definition(cited.document(), cited.position(), Cancellation.NEVER)));
  }
}
