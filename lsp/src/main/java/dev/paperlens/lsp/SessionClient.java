package dev.paperlens.lsp;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.eclipse.lsp4j.ApplyWorkspaceEditParams;
import org.eclipse.lsp4j.ApplyWorkspaceEditResponse;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.ProgressParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.RegistrationParams;
import org.eclipse.lsp4j.ShowDocumentParams;
import org.eclipse.lsp4j.ShowDocumentResult;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.WorkDoneProgressCreateParams;

/**
 * The client end of an {@link InProcessSession}: records what the server sends (status,
 * diagnostics, log lines, progress) so the demo and tests can wait for it and show it.
 */
public final class SessionClient implements PaperlensClient {
  private final List<Status> statuses = new CopyOnWriteArrayList<>();
  private final List<String> log = new CopyOnWriteArrayList<>();
  private final List<ProgressParams> progress = new CopyOnWriteArrayList<>();
  private final List<RegistrationParams> registrations = new CopyOnWriteArrayList<>();
  private final List<ShowDocumentParams> shown = new CopyOnWriteArrayList<>();
  private final Map<String, PublishDiagnosticsParams> diagnostics = new ConcurrentHashMap<>();

  @Override
  public synchronized void status(Status status) {
    statuses.add(status);
    notifyAll();
  }

  @Override
  public void telemetryEvent(Object object) {}

  @Override
  public synchronized void publishDiagnostics(PublishDiagnosticsParams params) {
    diagnostics.put(params.getUri(), params);
    notifyAll();
  }

  @Override
  public void showMessage(MessageParams params) {
    log.add(params.getType() + ": " + params.getMessage());
  }

  @Override
  public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams params) {
    return CompletableFuture.completedFuture(null);
  }

  @Override
  public void logMessage(MessageParams params) {
    log.add(params.getMessage());
  }

  @Override
  public CompletableFuture<Void> createProgress(WorkDoneProgressCreateParams params) {
    return CompletableFuture.completedFuture(null);
  }

  @Override
  public void notifyProgress(ProgressParams params) {
    progress.add(params);
  }

  @Override
  public CompletableFuture<Void> registerCapability(RegistrationParams params) {
    registrations.add(params);
    return CompletableFuture.completedFuture(null);
  }

  @Override
  public CompletableFuture<ShowDocumentResult> showDocument(ShowDocumentParams params) {
    shown.add(params);
    return CompletableFuture.completedFuture(new ShowDocumentResult(true));
  }

  @Override
  public CompletableFuture<ApplyWorkspaceEditResponse> applyEdit(ApplyWorkspaceEditParams params) {
    return CompletableFuture.completedFuture(new ApplyWorkspaceEditResponse(false));
  }

  /**
   * Waits until the server reports this state after {@code seen} earlier reports; null on timeout.
   */
  public synchronized Status awaitStatus(String state, int seen, Duration timeout)
      throws InterruptedException {
    long end = System.nanoTime() + timeout.toNanos();
    while (true) {
      for (int i = seen; i < statuses.size(); i++) {
        if (statuses.get(i).state().equals(state)) {
          return statuses.get(i);
        }
      }
      long left = end - System.nanoTime();
      if (left <= 0) {
        return null;
      }
      wait(Math.max(1, left / 1_000_000));
    }
  }

  /** Waits for diagnostics of a document version; null on timeout. */
  public synchronized PublishDiagnosticsParams awaitDiagnostics(
      String uri, int version, Duration timeout) throws InterruptedException {
    long end = System.nanoTime() + timeout.toNanos();
    while (true) {
      PublishDiagnosticsParams p = diagnostics.get(uri);
      if (p != null && p.getVersion() != null && p.getVersion() >= version) {
        return p;
      }
      long left = end - System.nanoTime();
      if (left <= 0) {
        return null;
      }
      wait(Math.max(1, left / 1_000_000));
    }
  }

  public List<Status> statuses() {
    return List.copyOf(statuses);
  }

  public List<String> log() {
    return List.copyOf(log);
  }

  public List<ProgressParams> progress() {
    return List.copyOf(progress);
  }

  public List<RegistrationParams> registrations() {
    return List.copyOf(registrations);
  }

  public List<ShowDocumentParams> shown() {
    return List.copyOf(shown);
  }
}
