package dev.paperlens.features;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paperlens.corpus.BibTexParser;
import dev.paperlens.corpus.CorpusBuilder;
import dev.paperlens.index.LuceneIndex;
import dev.paperlens.testing.Cursor;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A name the user's own BibTeX entry gives its paper, with no review and no abstract: the model a
 * report's title heads ("Zorb-3 Technical Report: …") hovers as the paper's card, which says the
 * paper introduces the model, not "Zorb-3 Technical Report".
 */
class LibraryEntryNameHoverTest {
  private static final String BIB =
      "@article{zorb2024report,\n"
          + "  author = {Zorb, Ann and Blorp, Ben},\n"
          + "  title = {Zorb-3 Technical Report: A Capable Widget Model Locally on Your Phone},\n"
          + "  year = {2024}\n"
          + "}\n";

  private static LuceneIndex index;
  private static HoverFeature hover;

  @BeforeAll
  static void build() {
    List<String> problems = new ArrayList<>();
    index =
        LuceneIndex.of(
            new CorpusBuilder()
                .addBibEntries(BibTexParser.parse("refs.bib", BIB, problems::add))
                .build()
                .papers());
    hover = new HoverFeature(index, Workspace.NONE);
  }

  @AfterAll
  static void close() throws Exception {
    index.close();
  }

  @Test
  void theModelAReportTitleNamesHoversAsItsCard() {
    Cursor cursor = Cursor.markdown("взяли Zorb-|3 и дообучили");
    String md =
        hover
            .hover(cursor.document(), cursor.position(), Cancellation.NEVER)
            .orElseThrow(() -> new AssertionError("no hover on Zorb-3"))
            .getContents()
            .getRight()
            .getValue();
    assertTrue(md.startsWith("**Zorb-3 Technical Report"), md);
    // the model the report is about, not the report's name, is what the paper introduces
    assertTrue(md.contains("introduces **Zorb-3**"), md);
  }
}
