package dev.paperlens.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paperlens.corpus.Paper;
import dev.paperlens.index.LuceneIndex;
import dev.paperlens.testing.Cursor;
import dev.paperlens.testing.SamplePapers;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.eclipse.lsp4j.Hover;
import org.junit.jupiter.api.Test;

/**
 * The index remembers the phrases it resolved and the papers it loaded for the current version of
 * the index only: after an update, the same cursor gets the updated answer.
 */
class HoverAfterUpdateTest {

  private static Optional<String> card(LuceneIndex index, String marked) {
    Cursor cursor = Cursor.markdown(marked);
    return new HoverFeature(index, Workspace.NONE)
        .hover(cursor.document(), cursor.position(), Cancellation.NEVER)
        .map(Hover::getContents)
        .map(c -> c.getRight().getValue());
  }

  private static Paper retitled(Paper p, String title, String summary) {
    var review = p.reviews().get(0);
    var changed =
        new dev.paperlens.corpus.Review(
            review.path(),
            review.format(),
            review.startLine(),
            review.endLine(),
            title,
            review.channel(),
            review.date(),
            review.messageId(),
            review.postUrl(),
            review.reactions(),
            review.links(),
            review.text(),
            summary,
            review.mentions());
    return new Paper(
        p.key(),
        title,
        p.year(),
        p.authors(),
        p.ids(),
        p.methods(),
        List.of(changed),
        p.mentions(),
        p.bibtex());
  }

  @Test
  void aNameAddedByAnUpdateIsFoundWhereNoneWasBefore() throws IOException {
    try (LuceneIndex index = LuceneIndex.of(List.of(SamplePapers.HYENA_HIERARCHY))) {
      assertEquals(Optional.empty(), card(index, "see Tit|ans here"));
      assertEquals(Optional.empty(), card(index, "see Tit|ans here"), "asked again");
      index.update(List.of(SamplePapers.HYENA_HIERARCHY, SamplePapers.TITANS));
      String after = card(index, "see Tit|ans here").orElseThrow();
      assertTrue(after.contains("Titans: Learning"), after);
    }
  }

  @Test
  void anUpdatedPaperShowsItsNewCard() throws IOException {
    try (LuceneIndex index = LuceneIndex.of(SamplePapers.all())) {
      String before = card(index, "see Hyena|DNA here").orElseThrow();
      assertEquals(before, card(index, "see Hyena|DNA here").orElseThrow(), "asked again");
      assertEquals(before, card(index, "see [@nguyen2023hy|enadna]").orElseThrow(), "by its key");
      assertTrue(before.contains("HyenaDNA: Long"), before);
      index.update(
          List.of(
              retitled(SamplePapers.HYENA, "HyenaDNA: Renamed", "Новый отзыв о гиене."),
              SamplePapers.TITANS,
              SamplePapers.HYENA_HIERARCHY));
      for (String marked : List.of("see Hyena|DNA here", "see [@nguyen2023hy|enadna]")) {
        String after = card(index, marked).orElseThrow();
        assertTrue(after.contains("HyenaDNA: Renamed"), after);
        assertTrue(after.contains("Новый отзыв"), after);
        assertFalse(after.contains("Long-Range"), after);
      }
    }
  }

  @Test
  void aRemovedPaperIsNoLongerShown() throws IOException {
    try (LuceneIndex index = LuceneIndex.of(SamplePapers.all())) {
      assertTrue(card(index, "see [@poli2023hy|ena]").orElseThrow().contains("Hyena Hierarchy"));
      assertTrue(card(index, "Свёртки Hye|na here").orElseThrow().contains("Hyena Hierarchy"));
      index.update(List.of(SamplePapers.HYENA, SamplePapers.TITANS));
      assertEquals(Optional.empty(), card(index, "see [@poli2023hy|ena]"));
      assertFalse(
          card(index, "Свёртки Hye|na here").orElse("").contains("Hyena Hierarchy"),
          "the removed paper's name");
    }
  }
}
