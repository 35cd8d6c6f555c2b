package dev.paperlens.lsp;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.paperlens.features.DiagnosticsFeature;
import dev.paperlens.features.HoverCard;
import dev.paperlens.notes.NoteLanguage;
import dev.paperlens.features.Workspace;
import dev.paperlens.text.TextDocument;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntConsumer;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionOptions;
import org.eclipse.lsp4j.CompletionOptions;
import org.eclipse.lsp4j.DidChangeWatchedFilesRegistrationOptions;
import org.eclipse.lsp4j.DocumentLinkOptions;
import org.eclipse.lsp4j.ExecuteCommandOptions;
import org.eclipse.lsp4j.FileSystemWatcher;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Registration;
import org.eclipse.lsp4j.RegistrationParams;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.ServerInfo;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.eclipse.lsp4j.TextDocumentSyncOptions;
import org.eclipse.lsp4j.WorkDoneProgressBegin;
import org.eclipse.lsp4j.WorkDoneProgressCreateParams;
import org.eclipse.lsp4j.WorkDoneProgressEnd;
import org.eclipse.lsp4j.WorkDoneProgressNotification;
import org.eclipse.lsp4j.WorkDoneProgressReport;
import org.eclipse.lsp4j.ProgressParams;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageClientAware;
import org.eclipse.lsp4j.services.LanguageServer;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.eclipse.lsp4j.services.WorkspaceService;

/**
 * The Paperlens language server: holds the open documents, the settings and the index lifecycle,
 * and hands each request to a feature class through {@link NotesTextDocumentService} and
 * {@link NotesWorkspaceService}.
 */
public final class PaperlensServer implements LanguageServer, LanguageClientAware {
  public static final String REINDEX_COMMAND = "paperlens.reindex";
  public static final String OPEN_REVIEW_COMMAND = HoverCard.OPEN_REVIEW_COMMAND;

  /** How long a request waits for the first index before answering from what there is. */
  public static final Duration DEFAULT_READY_WAIT = Duration.ofSeconds(20);

  private static final Duration DIAGNOSTICS_DELAY = Duration.ofMillis(300);
  private static final Duration PARENT_POLL = Duration.ofSeconds(3);

  private final ServerLog log;
  private final IntConsumer exit;
  private final OpenDocuments documents = new OpenDocuments();
  private final AtomicReference<Settings> settings = new AtomicReference<>(Settings.DEFAULT);
  private final ExecutorService requestPool = Executors.newFixedThreadPool(2, named("paperlens-request"));
  private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(named("paperlens-timer"));
  private final Map<String, ScheduledFuture<?>> pendingDiagnostics = new ConcurrentHashMap<>();
  private final IndexLifecycle index;
  private final Requests requests;
  private final NotesTextDocumentService textDocuments;
  private final NotesWorkspaceService workspaceService;
  private final AtomicInteger progressTokens = new AtomicInteger();

  private volatile List<Path> roots = List.of();
  private volatile List<Path> resolvedSources = List.of();
  private volatile JsonObject clientSettings = new JsonObject();
  private volatile ClientCapabilities capabilities = new ClientCapabilities();
  private volatile LanguageClient client;
  private volatile WorkspaceFiles workspace;
  private volatile Progress progress;
  private volatile boolean shutdownRequested;

  /**
   * @param builder reads sources into an index
   * @param err where logs go besides the client (standard error when serving)
   * @param exit ends the process with a status; called on {@code exit} and when the client is gone
   * @param readyWait how long early requests wait for the first index
   */
  public PaperlensServer(IndexBuilder builder, PrintStream err, IntConsumer exit, Duration readyWait) {
    this.log = new ServerLog(err);
    this.exit = exit;
    this.index = new IndexLifecycle(builder, this::indexPlan, new IndexEvents());
    this.requests = new Requests(requestPool, index, documents, settings::get, log, readyWait);
    this.textDocuments = new NotesTextDocumentService(this);
    this.workspaceService = new NotesWorkspaceService(this);
    this.workspace = new WorkspaceFiles(List.of(), documents, this::serves, () -> resolvedSources);
  }

  @Override
  public void connect(LanguageClient client) {
    this.client = client;
    if (client instanceof PaperlensClient paperlens) {
      log.connect(paperlens);
    }
  }

  @Override
  public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
    capabilities = params.getCapabilities() == null ? new ClientCapabilities() : params.getCapabilities();
    roots = rootsOf(params);
    workspace = new WorkspaceFiles(roots, documents, this::serves, () -> resolvedSources);
    clientSettings = Settings.section(toJson(params.getInitializationOptions()));
    applySettings("initialize");
    if (params.getProcessId() != null) {
      watchParent(params.getProcessId());
    }
    log.info("initialized for " + (roots.isEmpty() ? "no folder" : roots));
    return CompletableFuture.completedFuture(new InitializeResult(capabilities(), new ServerInfo("paperlens", version())));
  }

  @Override
  public void initialized(InitializedParams params) {
    registerFileWatchers();
    index.reindex("start");
  }

  @Override
  public CompletableFuture<Object> shutdown() {
    shutdownRequested = true;
    index.close();
    return CompletableFuture.completedFuture(null);
  }

  @Override
  public void exit() {
    stop();
    exit.accept(shutdownRequested ? 0 : 1);
  }

  /** Called when the client's input stream ends: the editor is gone, so the server goes too. */
  public void inputClosed() {
    log.connect(null);
    log.info("input closed, exiting");
    stop();
    exit.accept(shutdownRequested ? 0 : 1);
  }

  private void stop() {
    index.close();
    timer.shutdownNow();
    requestPool.shutdownNow();
  }

  @Override
  public TextDocumentService getTextDocumentService() {
    return textDocuments;
  }

  @Override
  public WorkspaceService getWorkspaceService() {
    return workspaceService;
  }

  // ---- used by the services ----

  Requests requests() {
    return requests;
  }

  OpenDocuments documents() {
    return documents;
  }

  Settings settings() {
    return settings.get();
  }

  Workspace workspace() {
    return workspace;
  }

  ServerLog log() {
    return log;
  }

  boolean clientCreatesFiles() {
    var edit = capabilities.getWorkspace() == null ? null : capabilities.getWorkspace().getWorkspaceEdit();
    return edit != null
        && Boolean.TRUE.equals(edit.getDocumentChanges())
        && edit.getResourceOperations() != null
        && edit.getResourceOperations().contains("create");
  }

  CompletableFuture<org.eclipse.lsp4j.ShowDocumentResult> showDocument(org.eclipse.lsp4j.ShowDocumentParams params) {
    LanguageClient c = client;
    if (c == null) {
      return CompletableFuture.completedFuture(new org.eclipse.lsp4j.ShowDocumentResult(false));
    }
    return c.showDocument(params);
  }

  void reindex(String reason) {
    index.reindex(reason);
  }

  /** New client settings ({@code workspace/didChangeConfiguration}). */
  void configure(Object json) {
    JsonObject section = Settings.section(toJson(json));
    if (!section.entrySet().isEmpty() || json == null) {
      clientSettings = section;
    }
    applySettings("configuration changed");
  }

  /** Watched files changed: reload settings, reindex when a source changed. */
  void filesChanged(List<Path> changed) {
    boolean settingsFile = changed.stream()
        .anyMatch(p -> p.getFileName() != null && p.getFileName().toString().equals(Settings.WORKSPACE_FILE));
    if (settingsFile) {
      applySettings(Settings.WORKSPACE_FILE + " changed");
    }
    Path root = roots.isEmpty() ? null : roots.get(0);
    boolean sources = changed.stream()
        .anyMatch(p -> SourcePaths.affects(p, resolvedSources, settings.get().sources(), root));
    if (sources) {
      index.reindex("sources changed");
    }
  }

  void scheduleDiagnostics(String uri) {
    ScheduledFuture<?> previous = pendingDiagnostics.put(uri,
        timer.schedule(() -> requests.background("diagnostics", () -> publishDiagnostics(uri)),
            DIAGNOSTICS_DELAY.toMillis(), TimeUnit.MILLISECONDS));
    if (previous != null) {
      previous.cancel(false);
    }
  }

  void clearDiagnostics(String uri) {
    ScheduledFuture<?> pending = pendingDiagnostics.remove(uri);
    if (pending != null) {
      pending.cancel(false);
    }
    LanguageClient c = client;
    if (c != null) {
      c.publishDiagnostics(new PublishDiagnosticsParams(uri, List.of()));
    }
  }

  private void publishDiagnostics(String uri) {
    pendingDiagnostics.remove(uri);
    TextDocument document = documents.get(uri);
    LanguageClient c = client;
    if (document == null || c == null || !index.isReady()) {
      return;
    }
    List<org.eclipse.lsp4j.Diagnostic> diagnostics = List.of();
    if (settings.get().unknownCitations() && requests.served(document)) {
      diagnostics = new DiagnosticsFeature(index.current(), workspace).diagnose(document, () -> {
        if (!documents.isCurrent(document)) {
          throw new java.util.concurrent.CancellationException("document changed");
        }
      });
    }
    c.publishDiagnostics(new PublishDiagnosticsParams(uri, diagnostics, document.version()));
  }

  // ---- settings ----

  private boolean serves(NoteLanguage language) {
    return settings.get().serves(language);
  }

  private void applySettings(String reason) {
    List<String> problems = new ArrayList<>();
    JsonObject file = readWorkspaceFile(problems);
    Settings before = settings.get();
    Settings after = Settings.DEFAULT.with(Settings.merge(file, clientSettings));
    settings.set(after);
    problems.addAll(after.problems());
    Path root = roots.isEmpty() ? null : roots.get(0);
    resolvedSources = SourcePaths.resolve(after.sources(), root, problems);
    for (String line : after.differences(before)) {
      log.info("setting " + line + " (" + reason + ")");
    }
    problems.forEach(log::warn);
    if (after.needsReindex(before) && !reason.equals("initialize")) {
      index.reindex("settings changed");
    }
    if (!reason.equals("initialize")) {
      documents.all().forEach(d -> scheduleDiagnostics(d.uri()));
    }
  }

  private JsonObject readWorkspaceFile(List<String> problems) {
    for (Path root : roots) {
      Path file = root.resolve(Settings.WORKSPACE_FILE);
      if (Files.isRegularFile(file)) {
        try {
          return Settings.parseFile(Files.readString(file, StandardCharsets.UTF_8), problems);
        } catch (IOException e) {
          problems.add("cannot read " + file + ": " + e.getMessage());
        }
      }
    }
    return new JsonObject();
  }

  private IndexLifecycle.Plan indexPlan() {
    Settings s = settings.get();
    Path root = roots.isEmpty() ? null : roots.get(0);
    Path indexDir = null;
    if (s.indexDir() != null) {
      Path dir = Path.of(s.indexDir());
      indexDir = dir.isAbsolute() || root == null ? dir : root.resolve(dir);
    }
    List<String> problems = new ArrayList<>();
    resolvedSources = SourcePaths.resolve(s.sources(), root, problems);
    return new IndexLifecycle.Plan(resolvedSources, indexDir);
  }

  // ---- index events: progress, status bar, diagnostics refresh ----

  private final class IndexEvents implements IndexLifecycle.Listener {
    @Override
    public void started(String reason) {
      log.info("indexing (" + reason + ")");
      status("indexing", index.current().size(), reason);
      beginProgress("Indexing reviews", reason);
    }

    @Override
    public void progress(String message) {
      reportProgress(message);
    }

    @Override
    public void finished(int papers, Duration took, List<String> problems) {
      problems.forEach(log::warn);
      String message = papers + " papers indexed in " + took.toMillis() + " ms"
          + (problems.isEmpty() ? "" : ", " + problems.size() + " problems (see log)");
      log.info(message);
      endProgress(message);
      status("ready", papers, problems.isEmpty() ? null : problems.size() + " sources could not be read");
      documents.all().forEach(d -> scheduleDiagnostics(d.uri()));
    }

    @Override
    public void failed(String message) {
      log.warn("indexing failed: " + message);
      endProgress("failed: " + message);
      status("error", index.current().size(), message);
      LanguageClient c = client;
      if (c != null) {
        c.showMessage(new MessageParams(MessageType.Warning, "Paperlens could not index the reviews: " + message));
      }
    }
  }

  private void status(String state, int papers, String message) {
    if (client instanceof PaperlensClient paperlens) {
      try {
        paperlens.status(new PaperlensClient.Status(state, papers, message));
      } catch (RuntimeException e) {
        log.warn("cannot send status: " + e.getMessage());
      }
    }
  }

  private boolean clientShowsProgress() {
    return capabilities.getWindow() != null && Boolean.TRUE.equals(capabilities.getWindow().getWorkDoneProgress());
  }

  /**
   * Starts a progress report. Never blocks the indexing thread on the client: the begin, reports and
   * end are chained after the client accepts the token, and dropped if it refuses.
   */
  private void beginProgress(String title, String message) {
    LanguageClient c = client;
    if (c == null || !clientShowsProgress()) {
      progress = null;
      return;
    }
    String token = "paperlens-index-" + progressTokens.incrementAndGet();
    WorkDoneProgressBegin begin = new WorkDoneProgressBegin();
    begin.setTitle(title);
    begin.setMessage(message);
    begin.setCancellable(false);
    progress = new Progress(c, token, c.createProgress(new WorkDoneProgressCreateParams(Either.forLeft(token)))
        .thenApply(accepted -> {
          c.notifyProgress(new ProgressParams(Either.forLeft(token), Either.forLeft(begin)));
          return true;
        })
        .exceptionally(e -> {
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
      chain = chain.thenApply(ok -> {
        if (ok) {
          client.notifyProgress(new ProgressParams(Either.forLeft(token), Either.forLeft(notification)));
        }
        return ok;
      });
    }
  }

  // ---- capabilities, registration, process watching ----

  private static ServerCapabilities capabilities() {
    ServerCapabilities caps = new ServerCapabilities();
    TextDocumentSyncOptions sync = new TextDocumentSyncOptions();
    sync.setOpenClose(true);
    sync.setChange(TextDocumentSyncKind.Incremental);
    caps.setTextDocumentSync(sync);
    caps.setHoverProvider(true);
    CompletionOptions completion = new CompletionOptions(false, List.of("{", ",", "@", ";"));
    caps.setCompletionProvider(completion);
    caps.setDefinitionProvider(true);
    caps.setReferencesProvider(true);
    caps.setWorkspaceSymbolProvider(true);
    caps.setDocumentLinkProvider(new DocumentLinkOptions(false));
    caps.setCodeActionProvider(new CodeActionOptions(List.of(CodeActionKind.QuickFix, CodeActionKind.RefactorRewrite)));
    caps.setExecuteCommandProvider(new ExecuteCommandOptions(List.of(REINDEX_COMMAND, OPEN_REVIEW_COMMAND)));
    return caps;
  }

  private void registerFileWatchers() {
    var workspaceCaps = capabilities.getWorkspace();
    boolean dynamic = workspaceCaps != null
        && workspaceCaps.getDidChangeWatchedFiles() != null
        && Boolean.TRUE.equals(workspaceCaps.getDidChangeWatchedFiles().getDynamicRegistration());
    LanguageClient c = client;
    if (!dynamic || c == null) {
      return;
    }
    List<FileSystemWatcher> watchers = new ArrayList<>();
    for (String glob : List.of("**/*.bib", "**/*.txt", "**/*.json", "**/*.html", "**/*.md", "**/" + Settings.WORKSPACE_FILE)) {
      watchers.add(new FileSystemWatcher(Either.forLeft(glob)));
    }
    for (Path source : resolvedSources) {
      if (roots.isEmpty() || !source.startsWith(roots.get(0))) {
        watchers.add(new FileSystemWatcher(Either.forLeft(source.toString().replace('\\', '/') + "/**")));
      }
    }
    Registration registration = new Registration("paperlens-watch", "workspace/didChangeWatchedFiles",
        new DidChangeWatchedFilesRegistrationOptions(watchers));
    c.registerCapability(new RegistrationParams(List.of(registration)))
        .exceptionally(e -> {
          log.warn("client refused file watchers: " + e.getMessage());
          return null;
        });
  }

  private void watchParent(int pid) {
    Optional<ProcessHandle> parent = ProcessHandle.of(pid);
    if (parent.isEmpty()) {
      log.warn("client process " + pid + " not found; not watching it");
      return;
    }
    timer.scheduleAtFixedRate(() -> {
      if (!parent.get().isAlive()) {
        log.info("client process " + pid + " is gone, exiting");
        stop();
        exit.accept(1);
      }
    }, PARENT_POLL.toMillis(), PARENT_POLL.toMillis(), TimeUnit.MILLISECONDS);
  }

  @SuppressWarnings("deprecation")
  private static List<Path> rootsOf(InitializeParams params) {
    List<Path> out = new ArrayList<>();
    if (params.getWorkspaceFolders() != null) {
      for (WorkspaceFolder folder : params.getWorkspaceFolders()) {
        Path p = WorkspaceFiles.pathOf(folder.getUri());
        if (p != null) {
          out.add(p);
        }
      }
    }
    if (out.isEmpty() && params.getRootUri() != null) {
      Path p = WorkspaceFiles.pathOf(params.getRootUri());
      if (p != null) {
        out.add(p);
      }
    }
    if (out.isEmpty() && params.getRootPath() != null) {
      out.add(Path.of(params.getRootPath()));
    }
    return out;
  }

  private static JsonElement toJson(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof JsonElement element) {
      return element;
    }
    return new Gson().toJsonTree(value);
  }

  private static String version() {
    String v = PaperlensServer.class.getPackage().getImplementationVersion();
    return v == null ? "dev" : v;
  }

  static java.util.concurrent.ThreadFactory named(String prefix) {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, prefix + "-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
