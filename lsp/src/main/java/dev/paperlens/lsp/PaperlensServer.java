package dev.paperlens.lsp;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.paperlens.features.ClientText;
import dev.paperlens.features.HoverCard;
import dev.paperlens.features.Workspace;
import dev.paperlens.notes.NoteLanguage;
import dev.paperlens.text.NameMatcher;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntConsumer;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.Registration;
import org.eclipse.lsp4j.RegistrationParams;
import org.eclipse.lsp4j.ServerInfo;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageClientAware;
import org.eclipse.lsp4j.services.LanguageServer;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.eclipse.lsp4j.services.WorkspaceService;

/**
 * The Paperlens language server: holds the open documents, the settings and the index lifecycle,
 * and hands each request to a feature class through {@link NotesTextDocumentService} and {@link
 * NotesWorkspaceService}.
 */
public final class PaperlensServer implements LanguageServer, LanguageClientAware {
  public static final String REINDEX_COMMAND = "paperlens.reindex";
  public static final String OPEN_REVIEW_COMMAND = HoverCard.OPEN_REVIEW_COMMAND;

  /** How long a request waits for the first index before answering from what there is. */
  public static final Duration DEFAULT_READY_WAIT = Duration.ofSeconds(20);

  private static final Duration PARENT_POLL = Duration.ofSeconds(3);

  private final ServerLog log;
  private final IntConsumer exit;
  private final OpenDocuments documents = new OpenDocuments();
  private final AtomicReference<Settings> settings = new AtomicReference<>(Settings.DEFAULT);
  private final ExecutorService requestPool =
      Executors.newFixedThreadPool(2, named("paperlens-request"));
  private final ScheduledExecutorService timer =
      Executors.newSingleThreadScheduledExecutor(named("paperlens-timer"));
  private final IdleMemory idleMemory;
  private final IndexReporter reporter;
  private final IndexLifecycle index;
  private final ChannelSources channels;
  private final ZoteroSources zotero;
  private final Requests requests;
  private final DiagnosticsPublisher diagnostics;
  private final NotesTextDocumentService textDocuments;
  private final NotesWorkspaceService workspaceService;

  private volatile List<Path> roots = List.of();
  private volatile List<Path> resolvedSources = List.of();

  /** The client's settings from initializationOptions, under the ones it changes later. */
  private volatile JsonObject initialSettings = new JsonObject();

  /** The client's settings from its latest workspace/didChangeConfiguration. */
  private volatile JsonObject changedSettings = new JsonObject();

  private volatile ClientCapabilities capabilities = new ClientCapabilities();
  private volatile ClientText clientText = ClientText.MARKDOWN;
  private volatile LanguageClient client;
  private volatile WorkspaceFiles workspace;
  private volatile boolean shutdownRequested;

  /**
   * @param builder reads sources into an index
   * @param err where logs go besides the client (standard error when serving)
   * @param exit ends the process with a status; called on {@code exit} and when the client is gone
   * @param readyWait how long early requests wait for the first index
   */
  public PaperlensServer(
      IndexBuilder builder, PrintStream err, IntConsumer exit, Duration readyWait) {
    this(builder, err, exit, readyWait, ChannelSources.Config.defaults());
  }

  /**
   * @param channels where channel sources are cached and read from
   */
  PaperlensServer(
      IndexBuilder builder,
      PrintStream err,
      IntConsumer exit,
      Duration readyWait,
      ChannelSources.Config channels) {
    this(builder, err, exit, readyWait, channels, ZoteroSources.Config.defaults());
  }

  /**
   * @param zotero where copies of Zotero exports are kept and how long a pull may take
   */
  PaperlensServer(
      IndexBuilder builder,
      PrintStream err,
      IntConsumer exit,
      Duration readyWait,
      ChannelSources.Config channels,
      ZoteroSources.Config zotero) {
    this.log = new ServerLog(err);
    this.idleMemory = IdleMemory.start(timer, log::trace);
    this.channels = new ChannelSources(channels);
    this.zotero = new ZoteroSources(zotero);
    this.exit = exit;
    this.reporter =
        new IndexReporter(
            log,
            () -> client,
            () -> capabilities,
            () -> index().current().size(),
            () -> {
              // The build's caches go before the collection after the build, which frees them.
              NameMatcher.releaseSharedCaches();
              idleMemory.built();
              diagnosticsChanged();
            },
            idleMemory::released,
            this::describeSources);
    this.index =
        new IndexLifecycle(
            builder,
            this::indexPlan,
            new BuildHeap(reporter, BuildHeap.hotSpot(), log),
            IndexLifecycle.Timing.defaults());
    // Every request counts as work, so memory is given back only once the editor is quiet.
    Executor working =
        task -> {
          idleMemory.work();
          requestPool.execute(task);
        };
    this.requests = new Requests(working, index, documents, settings::get, log, readyWait);
    this.diagnostics =
        new DiagnosticsPublisher(
            timer,
            requests,
            documents,
            index,
            () -> client,
            () -> settings.get().unknownCitations(),
            () -> workspace);
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
    log.trace("initialize");
    capabilities =
        params.getCapabilities() == null ? new ClientCapabilities() : params.getCapabilities();
    roots = Capabilities.roots(params);
    clientText = Capabilities.clientText(capabilities, params.getClientInfo());
    workspace = new WorkspaceFiles(roots, documents, this::serves, () -> resolvedSources);
    initialSettings = Settings.section(toJson(params.getInitializationOptions()));
    applySettings("initialize");
    if (params.getProcessId() != null) {
      watchParent(params.getProcessId());
    }
    log.info("initialized for " + (roots.isEmpty() ? "no folder" : roots));
    // The sources are read while the answer goes to the client and it sends initialized; what
    // the build tells the client waits for that (IndexReporter.clientReady).
    index.reindex("start");
    return CompletableFuture.completedFuture(
        new InitializeResult(
            Capabilities.server(capabilities), new ServerInfo("paperlens", version())));
  }

  @Override
  public void initialized(InitializedParams params) {
    log.trace("initialized");
    reporter.clientReady();
    registerFileWatchers();
  }

  @Override
  public CompletableFuture<Object> shutdown() {
    shutdownRequested = true;
    channels.close();
    zotero.close();
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
    channels.close();
    zotero.close();
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

  private IndexLifecycle index() {
    return index;
  }

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

  /** Asks the client to ask again for the hints it shows, when it can be asked. */
  private void refreshInlayHints() {
    LanguageClient c = client;
    if (c != null && Capabilities.clientRefreshesInlayHints(capabilities)) {
      var unused = c.refreshInlayHints();
    }
  }

  boolean clientNestsSymbols() {
    return Capabilities.clientNestsSymbols(capabilities);
  }

  boolean clientCreatesFiles() {
    return Capabilities.clientCreatesFiles(capabilities);
  }

  CompletableFuture<org.eclipse.lsp4j.ShowDocumentResult> showDocument(
      org.eclipse.lsp4j.ShowDocumentParams params) {
    LanguageClient c = client;
    if (c == null) {
      return CompletableFuture.completedFuture(new org.eclipse.lsp4j.ShowDocumentResult(false));
    }
    return c.showDocument(params);
  }

  /** The reindex command: every source read again, channels fetched again. */
  void reindex(String reason) {
    Settings s = settings.get();
    channels.syncAll(s.sources(), s.channelMaxPages(), log::info, this::channelPostsCame);
    index.reindex(reason);
  }

  private void channelPostsCame() {
    index.reindex("new posts in a channel");
  }

  /** New client settings ({@code workspace/didChangeConfiguration}). */
  void configure(Object json) {
    JsonElement element = toJson(json);
    // Clients that only signal "something changed" send null or an unrelated object: keep what we
    // had.
    if (Settings.carriesSection(element)) {
      changedSettings = Settings.section(element);
    }
    applySettings("configuration changed");
  }

  /** Workspace folders were added or removed: relative sources now mean something else. */
  void foldersChanged(List<Path> added, List<Path> removed) {
    List<Path> next = new ArrayList<>(roots);
    next.removeAll(removed);
    added.stream().filter(p -> !next.contains(p)).forEach(next::add);
    roots = List.copyOf(next);
    workspace = new WorkspaceFiles(roots, documents, this::serves, () -> resolvedSources);
    log.info("workspace folders: " + roots);
    applySettings("workspace folders changed");
    index.reindex("workspace folders changed");
  }

  /** Watched files changed: reload settings, reindex when a source changed. */
  void filesChanged(List<Path> changed) {
    boolean settingsFile =
        changed.stream()
            .anyMatch(
                p ->
                    p.getFileName() != null
                        && p.getFileName().toString().equals(Settings.WORKSPACE_FILE));
    if (settingsFile) {
      applySettings(Settings.WORKSPACE_FILE + " changed");
    }
    Path root = roots.isEmpty() ? null : roots.get(0);
    boolean sources =
        changed.stream()
            .anyMatch(p -> SourcePaths.affects(p, resolvedSources, settings.get().sources(), root));
    if (sources) {
      index.sourcesChanged("sources changed");
    }
  }

  /** Pushes a document's diagnostics soon, unless the client pulls them. */
  void scheduleDiagnostics(String uri) {
    if (!Capabilities.clientPullsDiagnostics(capabilities)) {
      diagnostics.schedule(uri);
    }
  }

  void clearDiagnostics(String uri) {
    if (!Capabilities.clientPullsDiagnostics(capabilities)) {
      diagnostics.clear(uri);
    }
  }

  /**
   * The index or settings changed: every open document's diagnostics are pushed again, or a client
   * that pulls them is asked to pull again.
   */
  private void diagnosticsChanged() {
    if (!Capabilities.clientPullsDiagnostics(capabilities)) {
      documents.all().forEach(d -> scheduleDiagnostics(d.uri()));
      return;
    }
    LanguageClient c = client;
    if (c != null && Capabilities.clientRefreshesDiagnostics(capabilities)) {
      var unused = c.refreshDiagnostics();
    }
  }

  // ---- settings ----

  private boolean serves(NoteLanguage language) {
    return settings.get().serves(language);
  }

  private void applySettings(String reason) {
    List<String> problems = new ArrayList<>();
    JsonObject file = readWorkspaceFile(problems);
    Settings before = settings.get();
    // Layers, each over the one before key by key: the workspace file, initializationOptions, and
    // the latest didChangeConfiguration (which only replaces its own layer).
    Settings after =
        Settings.DEFAULT.with(
            Settings.merge(Settings.merge(file, initialSettings), changedSettings));
    settings.set(after);
    problems.addAll(after.problems());
    Path root = roots.isEmpty() ? null : roots.get(0);
    resolvedSources =
        SourcePaths.resolve(after.sources(), root, problems, channels::cached, zotero::cached);
    // Channels sync in the background: the index first answers from what their caches hold.
    channels.syncNew(after.sources(), after.channelMaxPages(), log::info, this::channelPostsCame);
    channels.syncEvery(
        after.sources(),
        after.channelSyncMinutes(),
        after.channelMaxPages(),
        log::info,
        this::channelPostsCame);
    // Zotero exports are pulled at once and then every zoteroPollSeconds while the editor is here.
    zotero.poll(
        after.sources(),
        after.zoteroPollSeconds(),
        log::info,
        () -> index.reindex("Zotero library changed"));
    for (String line : after.differences(before)) {
      log.info("setting " + line + " (" + reason + ")");
    }
    problems.forEach(log::warn);
    if (after.needsReindex(before) && !reason.equals("initialize")) {
      index.reindex("settings changed");
    }
    if (!reason.equals("initialize")) {
      diagnosticsChanged();
      if (after.citationHints() != before.citationHints()
          || after.mentionHints() != before.mentionHints()) {
        refreshInlayHints();
      }
    }
  }

  /** The text formats this client takes for cards. */
  ClientText clientText() {
    return clientText;
  }

  /** Where the index was built from, in the user's terms; null for a shared index. */
  private String describeSources() {
    Settings s = settings.get();
    if (s.backend().team() != null) {
      return null;
    }
    String looked =
        resolvedSources.isEmpty()
            ? "nothing there exists"
            : "it read " + String.join(", ", resolvedSources.stream().map(Path::toString).toList());
    if (s.sources().isEmpty()) {
      return roots.isEmpty()
          ? "paperlens.sources is not set and no workspace folder is open"
          : "paperlens.sources is not set, so it looked for "
              + roots.get(0).resolve("reviews")
              + " and .bib files in the workspace, and "
              + looked;
    }
    return "paperlens.sources is " + s.sources() + " and " + looked;
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
    resolvedSources =
        SourcePaths.resolve(s.sources(), root, problems, channels::cached, zotero::cached);
    String addon = s.backend().addon();
    return new IndexLifecycle.Plan(
        resolvedSources, indexDir, s.backend().team(), addon == null ? null : Path.of(addon));
  }

  // ---- capabilities, registration, process watching ----

  private void registerFileWatchers() {
    LanguageClient c = client;
    if (c == null || !Capabilities.clientWatchesFiles(capabilities)) {
      return;
    }
    Registration registration =
        Capabilities.fileWatchers(resolvedSources, roots.isEmpty() ? null : roots.get(0));
    c.registerCapability(new RegistrationParams(List.of(registration)))
        .exceptionally(
            e -> {
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
    // Runs until the timer is shut down with the server.
    var unusedWatch =
        timer.scheduleAtFixedRate(
            () -> {
              if (!parent.get().isAlive()) {
                log.info("client process " + pid + " is gone, exiting");
                stop();
                exit.accept(1);
              }
            },
            PARENT_POLL.toMillis(),
            PARENT_POLL.toMillis(),
            TimeUnit.MILLISECONDS);
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
