package dev.paperlens.lsp;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntSupplier;
import java.util.function.Supplier;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.ProgressParams;
import org.eclipse.lsp4j.WorkDoneProgressBegin;
import org.eclipse.lsp4j.WorkDoneProgressCreateParams;
import org.eclipse.lsp4j.WorkDoneProgressEnd;
import org.eclipse.lsp4j.WorkDoneProgressNotification;
import org.eclipse.lsp4j.WorkDoneProgressReport;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.LanguageClient;

/**
 * Tells the user how indexing goes: the log, {@code window/workDoneProgress} when the client shows
 * progress, the {@code paperlens/status} notification for a status bar, and a message when it
 * fails.
 */
final class IndexReporter implements IndexLifecycle.Listener {
  private final ServerLog log;
  private final Supplier<LanguageClient> client;
  private final Supplier<ClientCapabilities> capabilities;
  private final IntSupplier papers;
  private final Runnable afterBuild;
  private final Runnable afterRelease;
  private final Supplier<String> sources;

  /** The source description last said to be empty, so the user is told once, not every build. */
  private volatile String saidEmpty;

  private final AtomicInteger progressTokens = new AtomicInteger();
  private volatile Progress progress;

  /**
   * What goes to the client, in order, once it may be sent: the start's build begins at {@code
   * initialize}, and the protocol lets a server send requests and notifications other than log
   * messages only after the client has its answer, which {@code initialized} proves.
   */
  private final CompletableFuture<Void> clientReady = new CompletableFuture<>();

  private CompletableFuture<Void> toClient = clientReady;

  /** What a message to the client says, for holding it before the client is ready. */
  private enum Kind {
    STARTED,
    PROGRESS,
    FIRST_STAGE,
    ENDED
  }

  private record Held(Kind kind, Runnable message) {}

  /**
   * The messages held until the client is ready, a few at most (a client may never send {@code
   * initialized}, and sources changing all the while start build after build): a build's start
   * drops what earlier builds said, which its own status supersedes, and a progress report replaces
   * the one held right before it.
   */
  private final List<Held> held = new ArrayList<>();

  private boolean ready;

  /**
   * @param papers how many papers the current index holds
   * @param afterBuild runs after each successful build (diagnostics of open notes are refreshed)
   * @param afterRelease runs when the index a build replaced is closed (its memory is given back)
   * @param sources where the build looked, in the user's terms (the setting and the paths), or null
   *     for a shared index
   */
  IndexReporter(
      ServerLog log,
      Supplier<LanguageClient> client,
      Supplier<ClientCapabilities> capabilities,
      IntSupplier papers,
      Runnable afterBuild,
      Runnable afterRelease,
      Supplier<String> sources) {
    this.log = log;
    this.client = client;
    this.capabilities = capabilities;
    this.papers = papers;
    this.afterBuild = afterBuild;
    this.afterRelease = afterRelease;
    this.sources = sources;
  }

  /** The client has the answer to {@code initialize}: what was held for it goes now. */
  void clientReady() {
    synchronized (this) {
      if (!ready) {
        ready = true;
        held.forEach(h -> chain(h.message()));
        held.clear();
      }
    }
    clientReady.complete(null);
  }

  /** How many messages are held for a client not ready yet. */
  synchronized int held() {
    return held.size();
  }

  /** Runs {@code message} once the client may be sent messages, after those asked for before. */
  private synchronized void toClient(Kind kind, Runnable message) {
    if (ready) {
      chain(message);
      return;
    }
    if (kind == Kind.STARTED) {
      held.clear();
    } else if (kind == Kind.PROGRESS
        && !held.isEmpty()
        && held.get(held.size() - 1).kind() == Kind.PROGRESS) {
      held.remove(held.size() - 1);
    }
    held.add(new Held(kind, message));
  }

  /** Runs {@code message} after the messages chained before it. */
  private synchronized void chain(Runnable message) {
    toClient =
        toClient.thenRun(
            () -> {
              try {
                message.run();
              } catch (RuntimeException e) {
                log.warn("cannot tell the client: " + e.getMessage());
              }
            });
  }

  @Override
  public void started(String reason) {
    log.info("indexing (" + reason + ")");
    int count = papers.getAsInt();
    toClient(
        Kind.STARTED,
        () -> {
          status("indexing", count, reason);
          beginProgress("Indexing reviews", reason);
        });
  }

  @Override
  public void progress(String message) {
    log.trace(message);
    toClient(Kind.PROGRESS, () -> reportProgress(message));
  }

  @Override
  public void firstStage(int papers) {
    String message =
        "citations of "
            + papers
            + " library entries answer by key, title, author, year and venue; reviews, names and"
            + " the rest of the index are still building";
    log.trace("first stage ready");
    log.info(message);
    toClient(
        Kind.FIRST_STAGE,
        () -> {
          reportProgress(message);
          status("indexing", papers, message);
        });
  }

  @Override
  public void finished(int papers, Duration took, List<String> problems) {
    problems.forEach(log::warn);
    String message =
        papers
            + " papers indexed in "
            + took.toMillis()
            + " ms"
            + (problems.isEmpty() ? "" : ", " + problems.size() + " skipped");
    log.info(message);
    String skipped =
        problems.isEmpty()
            ? null
            : problems.size()
                + (problems.size() == 1 ? " source was" : " sources were")
                + " skipped (see the log)";
    toClient(
        Kind.ENDED,
        () -> {
          endProgress(message);
          // Before the status, so a client that waits for "ready" has the message by then.
          if (papers == 0) {
            sayEmpty();
          } else {
            saidEmpty = null;
          }
          status("ready", papers, skipped);
          afterBuild.run();
        });
  }

  @Override
  public void released() {
    afterRelease.run();
  }

  /** An empty index is said once, with the setting and the paths it came from: never silent. */
  private void sayEmpty() {
    String where = sources.get();
    if (where == null || where.equals(saidEmpty)) {
      return;
    }
    saidEmpty = where;
    String message =
        "Paperlens found no reviews to index: "
            + where
            + ". Point paperlens.sources at your review files (see docs/configuration.md).";
    log.warn(message);
    LanguageClient c = client.get();
    if (c != null) {
      c.showMessage(new MessageParams(MessageType.Warning, message));
    }
  }

  @Override
  public void failed(String message) {
    log.warn("indexing failed: " + message);
    int count = papers.getAsInt();
    toClient(
        Kind.ENDED,
        () -> {
          endProgress("failed: " + message);
          status("error", count, message);
          LanguageClient c = client.get();
          if (c != null) {
            c.showMessage(
                new MessageParams(
                    MessageType.Warning, "Paperlens could not index the reviews: " + message));
          }
        });
  }

  private void status(String state, int papers, String message) {
    if (client.get() instanceof PaperlensClient paperlens) {
      try {
        paperlens.status(new PaperlensClient.Status(state, papers, message));
      } catch (RuntimeException e) {
        log.warn("cannot send status: " + e.getMessage());
      }
    }
  }

  private boolean clientShowsProgress() {
    ClientCapabilities caps = capabilities.get();
    return caps.getWindow() != null && Boolean.TRUE.equals(caps.getWindow().getWorkDoneProgress());
  }

  /**
   * Starts a progress report. Never blocks the indexing thread on the client: the begin, reports
   * and end are chained after the client accepts the token, and dropped if it refuses.
   */
  private void beginProgress(String title, String message) {
    LanguageClient c = client.get();
    if (c == null || !clientShowsProgress()) {
      progress = null;
      return;
    }
    String token = "paperlens-index-" + progressTokens.incrementAndGet();
    WorkDoneProgressBegin begin = new WorkDoneProgressBegin();
    begin.setTitle(title);
    begin.setMessage(message);
    begin.setCancellable(false);
    progress =
        new Progress(
            c,
            token,
            c.createProgress(new WorkDoneProgressCreateParams(Either.forLeft(token)))
                .thenApply(
                    accepted -> {
                      c.notifyProgress(
                          new ProgressParams(Either.forLeft(token), Either.forLeft(begin)));
                      return true;
                    })
                .exceptionally(
                    e -> {
                      log.warn("client refused progress: " + e.getMessage());
                      return false;
                    }));
  }

  private void reportProgress(String message) {
    Progress p = progress;
    if (p != null) {
      WorkDoneProgressReport report = new WorkDoneProgressReport();
      report.setMessage(message);
      p.send(report);
    }
  }

  private void endProgress(String message) {
    Progress p = progress;
    progress = null;
    if (p != null) {
      WorkDoneProgressEnd end = new WorkDoneProgressEnd();
      end.setMessage(message);
      p.send(end);
    }
  }

  /** One progress token and the chain of notifications sent under it, in order. */
  private static final class Progress {
    private final LanguageClient client;
    private final String token;
    private CompletableFuture<Boolean> chain;

    Progress(LanguageClient client, String token, CompletableFuture<Boolean> created) {
      this.client = client;
      this.token = token;
      this.chain = created;
    }

    synchronized void send(WorkDoneProgressNotification notification) {
      chain =
          chain.thenApply(
              ok -> {
                if (ok) {
                  client.notifyProgress(
                      new ProgressParams(Either.forLeft(token), Either.forLeft(notification)));
                }
                return ok;
              });
    }
  }
}
