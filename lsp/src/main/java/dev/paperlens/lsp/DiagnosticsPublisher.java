package dev.paperlens.lsp;

import dev.paperlens.features.DiagnosticsFeature;
import dev.paperlens.features.Workspace;
import dev.paperlens.text.TextDocument;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.services.LanguageClient;

/**
 * Pushes diagnostics for open notes a moment after they stop changing, and again after each index
 * build; a newer version of the note makes the pending run moot.
 */
final class DiagnosticsPublisher {
  private static final Duration DELAY = Duration.ofMillis(300);

  private final ScheduledExecutorService timer;
  private final Requests requests;
  private final OpenDocuments documents;
  private final IndexLifecycle index;
  private final Supplier<LanguageClient> client;
  private final BooleanSupplier enabled;
  private final Supplier<Workspace> workspace;
  private final Map<String, ScheduledFuture<?>> pending = new ConcurrentHashMap<>();

  DiagnosticsPublisher(
      ScheduledExecutorService timer,
      Requests requests,
      OpenDocuments documents,
      IndexLifecycle index,
      Supplier<LanguageClient> client,
      BooleanSupplier enabled,
      Supplier<Workspace> workspace) {
    this.timer = timer;
    this.requests = requests;
    this.documents = documents;
    this.index = index;
    this.client = client;
    this.enabled = enabled;
    this.workspace = workspace;
  }

  void schedule(String uri) {
    if (timer.isShutdown()) {
      return;
    }
    ScheduledFuture<?> previous =
        pending.put(
            uri,
            timer.schedule(
                () -> requests.background("diagnostics", () -> publish(uri)),
                DELAY.toMillis(),
                TimeUnit.MILLISECONDS));
    if (previous != null) {
      previous.cancel(false);
    }
  }

  void clear(String uri) {
    ScheduledFuture<?> waiting = pending.remove(uri);
    if (waiting != null) {
      waiting.cancel(false);
    }
    LanguageClient c = client.get();
    if (c != null) {
      c.publishDiagnostics(new PublishDiagnosticsParams(uri, List.of()));
    }
  }

  private void publish(String uri) {
    pending.remove(uri);
    TextDocument document = documents.get(uri);
    LanguageClient c = client.get();
    if (document == null || c == null || !index.isReady() || index.answersFromFirstStage()) {
      return;
    }
    List<Diagnostic> found = List.of();
    if (enabled.getAsBoolean() && requests.served(document)) {
      found =
          new DiagnosticsFeature(index.current(), workspace.get())
              .diagnose(
                  document,
                  () -> {
                    if (!documents.isCurrent(document)) {
                      throw new CancellationException("document changed");
                    }
                  });
    }
    if (timer.isShutdown()) {
      return; // the server exited while this document was diagnosed: the client is gone
    }
    c.publishDiagnostics(new PublishDiagnosticsParams(uri, found, document.version()));
  }
}
