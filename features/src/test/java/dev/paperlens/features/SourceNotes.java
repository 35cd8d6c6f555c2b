package dev.paperlens.features;

import dev.paperlens.corpus.AbstractDigestParser;
import dev.paperlens.corpus.CorpusBuilder;
import dev.paperlens.corpus.ReviewDraft;
import dev.paperlens.corpus.TelegramJsonParser;
import dev.paperlens.corpus.TelegramTextParser;
import dev.paperlens.index.LuceneIndex;
import dev.paperlens.testing.Cursor;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.Hover;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A note's hover and completion against an index of one review source (an abstract digest or a
 * Telegram page), for the name tests that ask, at a cursor marker, which card or which completions
 * a note gets. A test class holds one in a static {@code @RegisterExtension} field: it is built
 * with the class and closed after the class's last test.
 */
final class SourceNotes implements AutoCloseable, AfterAllCallback {
  private final LuceneIndex index;
  private final HoverFeature hover;

  private SourceNotes(List<ReviewDraft> drafts) {
    index = LuceneIndex.of(new CorpusBuilder().addDrafts(drafts).build().papers());
    hover = new HoverFeature(index, Workspace.NONE);
  }

  /** Notes against the reviews of an abstract digest, one paper per line. */
  static SourceNotes ofDigest(String digest) {
    return new SourceNotes(new AbstractDigestParser().parse("digest.txt", digest));
  }

  /** Notes against the reviews of a scraped Telegram channel page. */
  static SourceNotes ofTelegramPage(String page) {
    return new SourceNotes(new TelegramTextParser().parse("page.txt", page));
  }

  /** Notes against the reviews of a Telegram Desktop export ({@code result.json}). */
  static SourceNotes ofTelegramExport(String json) {
    return new SourceNotes(new TelegramJsonParser().parse("result.json", json));
  }

  /** The hover at the marker of a Markdown note. */
  Optional<Hover> hover(String marked) {
    Cursor cursor = Cursor.markdown(marked);
    return hover.hover(cursor.document(), cursor.position(), Cancellation.NEVER);
  }

  /** The hover's Markdown at the marker, or an assertion error naming the marker. */
  String card(String marked) {
    return hover(marked)
        .orElseThrow(() -> new AssertionError("no hover at " + marked))
        .getContents()
        .getRight()
        .getValue();
  }

  /** The lines (file name and 0-based line) that definition leads to from the marker. */
  List<String> definitionLines(String marked) {
    Cursor cursor = Cursor.markdown(marked);
    return new DefinitionFeature(index, Workspace.NONE)
        .definition(cursor.document(), cursor.position(), Cancellation.NEVER).stream()
            .map(
                l ->
                    l.getUri().substring(l.getUri().lastIndexOf('/') + 1)
                        + ":"
                        + l.getRange().getStart().getLine())
            .toList();
  }

  /** The lines (file name and 0-based line) that references lead to from the marker. */
  List<String> referenceLines(String marked) {
    Cursor cursor = Cursor.markdown(marked);
    return new ReferencesFeature(index, Workspace.NONE)
        .references(cursor.document(), cursor.position(), false, Cancellation.NEVER).stream()
            .filter(l -> !l.getUri().equals(cursor.document().uri()))
            .map(
                l ->
                    l.getUri().substring(l.getUri().lastIndexOf('/') + 1)
                        + ":"
                        + l.getRange().getStart().getLine())
            .toList();
  }

  /** The labels completion offers at the marker (at most 20 items). */
  List<String> completionLabels(String marked) {
    Cursor cursor = Cursor.markdown(marked);
    return new CompletionFeature(index, Workspace.NONE, 20)
        .complete(cursor.document(), cursor.position(), Cancellation.NEVER).items().stream()
            .map(CompletionItem::getLabel)
            .toList();
  }

  @Override
  public void afterAll(ExtensionContext context) throws IOException {
    close();
  }

  @Override
  public void close() throws IOException {
    index.close();
  }
}
