package dev.paperlens.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paperlens.corpus.Link;
import dev.paperlens.corpus.Mention;
import dev.paperlens.corpus.Paper;
import dev.paperlens.corpus.PaperIds;
import dev.paperlens.corpus.Reactions;
import dev.paperlens.corpus.Review;
import dev.paperlens.corpus.SourceFormat;
import dev.paperlens.index.LuceneIndex;
import dev.paperlens.testing.Cursor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.parser.Parser;
import org.eclipse.lsp4j.CompletionItem;
import org.junit.jupiter.api.Test;

/**
 * Review text is hostile until proven otherwise: parsed as an editor parses it (CommonMark), a
 * hover card or completion documentation holds no image, no HTML and no link but http(s) links and
 * our own open-review command.
 */
class SafeContentTest {
  private static final String[] HOSTILE = {
    "[x](command:workbench.action.terminal.new)",
    "![img](http://evil/pixel.png)",
    "<img src=x onerror=alert(1)>",
    "command:workbench.action.terminal.new?%5B%22rm%22%5D",
    "<command:workbench.action.terminal.new>",
    "`code` ``double`` ```triple``` [link](`command:x`)",
    "[ref]\n\n[ref]: command:workbench.action.terminal.new",
    "<script>alert(1)</script><!-- comment -->",
    "[a](javascript:alert(1)) [b](data:text/html,x) [c](file:///etc/passwd)",
    "\\[escaped\\](command:still.not) **[bold](command:bold)**",
  };

  /** The card links the review's own file (a path we read, not text from it). */
  private static final String REVIEW_FILE =
      java.nio.file.Path.of("reviews/evil.txt").toUri() + "#L1";

  private static Paper hostilePaper(String key) {
    String all = String.join(" ", HOSTILE);
    List<Link> links =
        List.of(
            new Link("[x](command:a)", "command:workbench.action.terminal.new"),
            new Link("ok", "https://arxiv.org/abs/1234.5678) [x](command:evil"),
            new Link("js", "javascript:alert(1)"));
    Review review =
        new Review(
            "reviews/evil.txt",
            SourceFormat.TELEGRAM_TEXT,
            1,
            5,
            "Evil " + HOSTILE[0],
            HOSTILE[2],
            "2024-01-01T00:00:00",
            1L,
            "command:workbench.action.terminal.new",
            new Reactions(Map.of("🔥", 1), null),
            links,
            all,
            all,
            List.of(new Mention("Evil" + HOSTILE[1], List.of(HOSTILE[0]), List.of(1))));
    return new Paper(
        key,
        "Evil " + all,
        2024,
        List.of(HOSTILE[2], HOSTILE[0]),
        new PaperIds(null, null, List.of("command:workbench.action.terminal.new")),
        List.of("EvilNet", HOSTILE[1]),
        List.of(review),
        review.mentions(),
        null);
  }

  /** Every link, image and HTML node an editor would render from this Markdown. */
  private static List<String> activeNodes(String markdown) {
    List<String> found = new ArrayList<>();
    Parser.builder()
        .build()
        .parse(markdown)
        .accept(
            new AbstractVisitor() {
              @Override
              public void visit(org.commonmark.node.Link link) {
                String to = link.getDestination();
                if (!to.startsWith("https://")
                    && !to.startsWith("http://")
                    && !to.startsWith("command:" + HoverCard.OPEN_REVIEW_COMMAND + "?")
                    && !to.equals(REVIEW_FILE)) {
                  found.add("link to " + to);
                }
                visitChildren(link);
              }

              @Override
              public void visit(Image image) {
                found.add("image " + image.getDestination());
              }

              @Override
              public void visit(HtmlInline html) {
                found.add("html " + html.getLiteral());
              }

              @Override
              public void visit(HtmlBlock html) {
                found.add("html block " + html.getLiteral());
              }
            });
    return found;
  }

  @Test
  void theHoverCardOfAHostilePaperIsInert() {
    String card =
        new HoverCard(Workspace.NONE)
            .paper(
                hostilePaper("evil2024"),
                List.of(dev.paperlens.index.PaperLabel.of(hostilePaper("evil2025"))));
    assertEquals(List.of(), activeNodes(card), card);
    assertTrue(
        card.contains("command:" + HoverCard.OPEN_REVIEW_COMMAND), "the open link is still there");
    assertFalse(card.contains("](command:workbench"), card);
  }

  @Test
  void theMentionCardIsInert() {
    String card =
        new HoverCard(Workspace.NONE)
            .mention("Evil" + HOSTILE[1], List.of(hostilePaper("evil2024")));
    assertEquals(List.of(), activeNodes(card), card);
  }

  @Test
  void completionDocumentationIsInert() {
    LuceneIndex backend = LuceneIndex.of(List.of(hostilePaper("evil2024")));
    CompletionFeature feature = new CompletionFeature(backend, Workspace.NONE, 20);
    Cursor cursor = Cursor.markdown("See [@evil|");
    List<CompletionItem> items =
        feature.complete(cursor.document(), cursor.position(), Cancellation.NEVER).items();
    assertFalse(items.isEmpty(), "no completion for the hostile paper");
    for (CompletionItem item : items) {
      // The card comes on completionItem/resolve.
      CompletionItem resolved = feature.resolve(item, (String) item.getData());
      String doc = resolved.getDocumentation().getRight().getValue();
      assertEquals(List.of(), activeNodes(doc), doc);
    }
  }
}
