package dev.paperlens.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paperlens.corpus.Paper;
import dev.paperlens.index.CompletionContext;
import dev.paperlens.index.LuceneIndex;
import dev.paperlens.index.SearchBackend;
import dev.paperlens.index.SearchHit;
import dev.paperlens.testing.SamplePapers;
import dev.paperlens.text.TextDocument;
import java.lang.ref.WeakReference;
import java.util.List;
import java.util.Optional;
import org.eclipse.lsp4j.Position;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Highlights, symbols and full semantic tokens search the whole note once per version and index:
 * counted as the questions put to the index, not timed.
 */
class NoteMentionsCacheTest {
  private static final String NOTE =
      "We use HyenaDNA [@nguyen2023hyenadna] after LoRA.\n"
          + "Гиены выше; see @behrouz2024titans and Titans again.\n";

  private final LuceneIndex index = SamplePapers.backend();

  @AfterEach
  void close() throws Exception {
    index.close();
  }

  /** The sample index, counting what is asked of it. */
  private static final class CountingBackend implements SearchBackend {
    private final SearchBackend inner;
    int questions;

    CountingBackend(SearchBackend inner) {
      this.inner = inner;
    }

    @Override
    public Optional<SearchHit> resolve(String surface) {
      questions++;
      return inner.resolve(surface);
    }

    @Override
    public List<SearchHit> complete(String prefix, CompletionContext context, int limit) {
      questions++;
      return inner.complete(prefix, context, limit);
    }

    @Override
    public List<SearchHit> search(String text, int limit) {
      questions++;
      return inner.search(text, limit);
    }

    @Override
    public List<SearchHit> related(String key, int limit) {
      questions++;
      return inner.related(key, limit);
    }

    @Override
    public Optional<Paper> paper(String key) {
      questions++;
      return inner.paper(key);
    }

    @Override
    public List<Paper> mentioning(String canonicalName, int limit) {
      questions++;
      return inner.mentioning(canonicalName, limit);
    }

    @Override
    public int size() {
      return inner.size();
    }

    @Override
    public void close() {}
  }

  private static TextDocument note(int version) {
    return new TextDocument("file:///ws/n.md", "markdown", version, NOTE);
  }

  @Test
  void symbolsAfterHighlightsOnTheSameVersionAskTheIndexNothing() {
    CountingBackend backend = new CountingBackend(index);
    TextDocument document = note(1);
    List<?> highlights =
        new DocumentHighlightFeature(backend)
            .highlights(document, new Position(0, 9), Cancellation.NEVER);
    assertTrue(backend.questions > 0, "the first request searches the note");
    assertFalse(highlights.isEmpty(), "HyenaDNA and its citation");

    backend.questions = 0;
    var symbols = new DocumentSymbolsFeature(backend).symbols(document, Cancellation.NEVER);
    assertEquals(0, backend.questions, "symbols reuse the version's search");
    var tokens = new SemanticTokensFeature(backend).tokens(document, null, Cancellation.NEVER);
    assertEquals(0, backend.questions, "full tokens reuse it too");

    // The same answers as from a version nobody asked about yet.
    CountingBackend fresh = new CountingBackend(index);
    assertEquals(symbols, new DocumentSymbolsFeature(fresh).symbols(note(2), Cancellation.NEVER));
    assertEquals(
        tokens, new SemanticTokensFeature(fresh).tokens(note(3), null, Cancellation.NEVER));
  }

  @Test
  void aNewVersionOrANewIndexIsSearchedAgain() {
    CountingBackend backend = new CountingBackend(index);
    TextDocument document = note(1);
    DocumentSymbolsFeature symbols = new DocumentSymbolsFeature(backend);
    symbols.symbols(document, Cancellation.NEVER);
    int first = backend.questions;

    backend.questions = 0;
    symbols.symbols(note(2), Cancellation.NEVER);
    assertEquals(first, backend.questions, "an edit makes a new version: searched in full");

    CountingBackend rebuilt = new CountingBackend(index);
    new DocumentSymbolsFeature(rebuilt).symbols(document, Cancellation.NEVER);
    assertEquals(first, rebuilt.questions, "another index (a rebuild) is asked afresh");
  }

  @Test
  void anOpenNotesSearchDoesNotKeepAReplacedIndex() throws Exception {
    TextDocument document = note(1);
    WeakReference<CountingBackend> replaced = searchedOnce(document);
    for (int i = 0; i < 50 && replaced.get() != null; i++) {
      System.gc();
      Thread.sleep(20);
    }
    assertNull(replaced.get(), "the version's search held the index it was made against");
    CountingBackend now = new CountingBackend(index);
    new DocumentSymbolsFeature(now).symbols(document, Cancellation.NEVER);
    assertTrue(now.questions > 0, "the new index is searched afresh");
  }

  /** An index that searched {@code document} and is referenced from nowhere else. */
  private WeakReference<CountingBackend> searchedOnce(TextDocument document) {
    CountingBackend backend = new CountingBackend(index);
    new DocumentSymbolsFeature(backend).symbols(document, Cancellation.NEVER);
    assertTrue(backend.questions > 0);
    return new WeakReference<>(backend);
  }
}
