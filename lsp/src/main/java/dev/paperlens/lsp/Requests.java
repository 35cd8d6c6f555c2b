package dev.paperlens.lsp;

import dev.paperlens.features.Cancellation;
import dev.paperlens.index.SearchBackend;
import dev.paperlens.notes.NoteLanguage;
import dev.paperlens.text.TextDocument;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import org.eclipse.lsp4j.jsonrpc.CancelChecker;
import org.eclipse.lsp4j.jsonrpc.CompletableFutures;

/**
 * Runs editor requests on a named pool: waits (bounded) for the first index, finds the document,
 * checks its language is served, and turns any failure into the request's empty answer. A feature
 * that sees its document change under it stops and answers empty too.
 */
final class Requests {

  /** A request about one document. */
  @FunctionalInterface
  interface DocumentWork<T> {
    T run(TextDocument document, SearchBackend backend, Cancellation cancel);
  }

  /**
   * Beyond this a note is not a note (a data dump opened by mistake); scanning it is not worth it.
   */
  static final int MAX_DOCUMENT_CHARS = 20_000_000;

  private final Executor executor;
  private final IndexLifecycle index;
  private final OpenDocuments documents;
  private final Supplier<Settings> settings;
  private final ServerLog log;
  private final Duration readyWait;

  Requests(
      Executor executor,
      IndexLifecycle index,
      OpenDocuments documents,
      Supplier<Settings> settings,
      ServerLog log,
      Duration readyWait) {
    this.executor = executor;
    this.index = index;
    this.documents = documents;
    this.settings = settings;
    this.log = log;
    this.readyWait = readyWait;
  }

  <T> CompletableFuture<T> onDocument(String name, String uri, T empty, DocumentWork<T> work) {
    return run(name, uri, empty, empty, work, this::served, null);
  }

  /**
   * A request answered on the document as it was when the request arrived (completion): an edit
   * while it runs does not void the answer, since the editor filters the list by what was typed
   * since, and throwing it away would leave the word being typed with no list at all. Asked before
   * the index is ready, it gets {@code notYet} (completion: an empty list marked incomplete, so the
   * editor asks again on the next keystroke).
   */
  <T> CompletableFuture<T> onSnapshot(
      String name, String uri, T empty, T notYet, DocumentWork<T> work) {
    // Messages are handled in order, so the document now is the version the request was made on.
    TextDocument snapshot = documents.get(uri);
    return run(name, uri, empty, notYet, work, this::served, snapshot);
  }

  /** A request about a note in a served language or a .bib file (rename starts from either). */
  <T> CompletableFuture<T> onNoteOrBib(String name, String uri, T empty, DocumentWork<T> work) {
    return run(name, uri, empty, empty, work, d -> served(d) || isBib(d), null);
  }

  static boolean isBib(TextDocument document) {
    String id = document.languageId() == null ? "" : document.languageId();
    return id.equalsIgnoreCase("bibtex")
        || id.equalsIgnoreCase("biblatex")
        || document.uri().toLowerCase(java.util.Locale.ROOT).endsWith(".bib");
  }

  private <T> CompletableFuture<T> run(
      String name,
      String uri,
      T empty,
      T notYet,
      DocumentWork<T> work,
      java.util.function.Predicate<TextDocument> accepted,
      TextDocument snapshot) {
    return CompletableFutures.computeAsync(
        executor,
        checker -> {
          try {
            SearchBackend backend = index.await(readyWait);
            checker.checkCanceled();
            if (backend == EmptyBackend.INSTANCE && !index.isReady()) {
              return notYet;
            }
            TextDocument document = snapshot != null ? snapshot : documents.get(uri);
            if (document == null
                || !accepted.test(document)
                || document.text().length() > MAX_DOCUMENT_CHARS) {
              return empty;
            }
            Cancellation cancel =
                () -> {
                  checker.checkCanceled();
                  if (snapshot == null && !documents.isCurrent(document)) {
                    throw new CancellationException("document changed");
                  }
                };
            T result = work.run(document, backend, cancel);
            return result == null ? empty : result;
          } catch (CancellationException e) {
            return rethrowIfCancelledByClient(checker, e, notYet);
          } catch (RuntimeException | StackOverflowError e) {
            log.error(name + " failed on " + uri, e);
            return empty;
          }
        });
  }

  <T> CompletableFuture<T> onWorkspace(
      String name, T empty, BiFunction<SearchBackend, Cancellation, T> work) {
    return CompletableFutures.computeAsync(
        executor,
        checker -> {
          try {
            SearchBackend backend = index.await(readyWait);
            T result = work.apply(backend, checker::checkCanceled);
            return result == null ? empty : result;
          } catch (CancellationException e) {
            return rethrowIfCancelledByClient(checker, e, empty);
          } catch (RuntimeException | StackOverflowError e) {
            log.error(name + " failed", e);
            return empty;
          }
        });
  }

  /** Runs background work (diagnostics) on the same pool, logging failures. */
  void background(String name, Runnable work) {
    executor.execute(
        () -> {
          try {
            work.run();
          } catch (CancellationException e) {
            // superseded by a newer version
          } catch (RuntimeException | StackOverflowError e) {
            log.error(name + " failed", e);
          }
        });
  }

  boolean served(TextDocument document) {
    return NoteLanguage.of(document.languageId(), document.uri())
        .filter(settings.get()::serves)
        .isPresent();
  }

  /** The client's own cancellation is answered by LSP4J; a stale document gets the empty answer. */
  private static <T> T rethrowIfCancelledByClient(
      CancelChecker checker, CancellationException e, T empty) {
    if (checker.isCanceled()) {
      throw e;
    }
    return empty;
  }
}
