package dev.paperlens.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParser;
import dev.paperlens.testing.SamplePapers;
import dev.paperlens.text.NameMatcher;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesCapabilities;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DocumentLinkParams;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ReferenceContext;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WindowClientCapabilities;
import org.eclipse.lsp4j.WorkspaceClientCapabilities;
import org.eclipse.lsp4j.WorkspaceEditCapabilities;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.WorkspaceSymbolParams;
import org.eclipse.lsp4j.services.LanguageServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server over real JSON-RPC (piped streams), with a tiny in-memory index. */
class PaperlensServerTest {
  private static final Duration WAIT = Duration.ofSeconds(30);

  @TempDir Path workspace;
  private final AtomicInteger builds = new AtomicInteger();
  private final ByteArrayOutputStream serverLog = new ByteArrayOutputStream();
  private InProcessSession session;
  private LanguageServer server;
  private String noteUri;

  @BeforeEach
  void start() throws Exception {
    Files.createDirectories(workspace.resolve("reviews"));
    Files.writeString(workspace.resolve("reviews/channel.txt"), "reviews\n");
    Files.createDirectories(workspace.resolve("notes"));
    Files.writeString(workspace.resolve("notes/other.md"), "Also HyenaDNA here.\n");
    noteUri = workspace.resolve("notes/note.md").toUri().toString();
    IndexBuilder builder =
        (sources, dir, previous, progress, problems) -> {
          builds.incrementAndGet();
          progress.accept("reading " + sources.size() + " sources");
          Thread.sleep(300); // the first hover must wait for this
          return SamplePapers.backend();
        };
    session =
        InProcessSession.start(
            builder, new PrintStream(serverLog, true, StandardCharsets.UTF_8), WAIT);
    server = session.server();
  }

  @AfterEach
  void stop() {
    session.close();
  }

  private InitializeResult initialize() throws Exception {
    InitializeResult result = initializeOnly();
    server.initialized(new InitializedParams());
    return result;
  }

  /** Initializes without the initialized notification that should follow. */
  private InitializeResult initializeOnly() throws Exception {
    InitializeParams params = new InitializeParams();
    params.setProcessId((int) ProcessHandle.current().pid());
    params.setWorkspaceFolders(List.of(new WorkspaceFolder(workspace.toUri().toString(), "ws")));
    ClientCapabilities caps = new ClientCapabilities();
    WindowClientCapabilities window = new WindowClientCapabilities();
    window.setWorkDoneProgress(true);
    caps.setWindow(window);
    WorkspaceClientCapabilities ws = new WorkspaceClientCapabilities();
    ws.setDidChangeWatchedFiles(new DidChangeWatchedFilesCapabilities(true));
    WorkspaceEditCapabilities edits = new WorkspaceEditCapabilities();
    edits.setDocumentChanges(true);
    edits.setResourceOperations(List.of("create"));
    ws.setWorkspaceEdit(edits);
    caps.setWorkspace(ws);
    params.setCapabilities(caps);
    params.setInitializationOptions(
        JsonParser.parseString(
            "{\"settings\": {\"paperlens\": {\"completion\": {\"maxItems\": 5}}}}"));
    return server.initialize(params).get(5, TimeUnit.SECONDS);
  }

  /**
   * The start's build reads the sources while the answer to initialize goes to the client and the
   * client sends initialized; the client hears of the build (status, progress) only after that, as
   * the protocol asks, and the build is not made twice.
   */
  @Test
  void theSourcesAreReadFromInitializeAndTheClientHearsOfItAfterInitialized() throws Exception {
    initializeOnly();
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (!serverLog.toString(StandardCharsets.UTF_8).contains("papers indexed in")
        && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    assertEquals(1, builds.get(), "the build ran before initialized");
    assertTrue(session.client().statuses().isEmpty(), session.client().statuses().toString());
    assertTrue(session.client().progress().isEmpty(), session.client().progress().toString());
    server.initialized(new InitializedParams());
    assertNotNull(session.client().awaitStatus("ready", 0, WAIT), serverLog.toString());
    assertEquals(1, builds.get());
  }

  private void open(String text) {
    server
        .getTextDocumentService()
        .didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(noteUri, "markdown", 1, text)));
  }

  private Hover hover(String uri, int line, int character) throws Exception {
    return server
        .getTextDocumentService()
        .hover(new HoverParams(new TextDocumentIdentifier(uri), new Position(line, character)))
        .get(5, TimeUnit.SECONDS);
  }

  @Test
  void theFirstHoverWaitsForTheIndexAndEveryFeatureAnswersOverJsonRpc() throws Exception {
    InitializeResult init = initialize();
    assertEquals(
        TextDocumentSyncKind.Incremental,
        init.getCapabilities().getTextDocumentSync().getRight().getChange());
    open("See HyenaDNA and [@nguyen2023hyenadna; @nguyen2023hyena].\n");

    Hover hover = hover(noteUri, 0, 6);
    assertNotNull(hover, "first hover answered before the index was ready");
    assertTrue(hover.getContents().getRight().getValue().contains("HyenaDNA: Long-Range"));

    // incremental edit: type a new citation on line 2
    var change =
        new TextDocumentContentChangeEvent(
            new Range(new Position(1, 0), new Position(1, 0)), "More [@beh");
    server
        .getTextDocumentService()
        .didChange(
            new DidChangeTextDocumentParams(
                new VersionedTextDocumentIdentifier(noteUri, 2), List.of(change)));
    CompletionList completion =
        server
            .getTextDocumentService()
            .completion(
                new CompletionParams(new TextDocumentIdentifier(noteUri), new Position(1, 10)))
            .get(5, TimeUnit.SECONDS)
            .getRight();
    assertTrue(completion.isIncomplete());
    assertEquals("behrouz2024titans", completion.getItems().get(0).getLabel());
    assertEquals(
        "behrouz2024titans", completion.getItems().get(0).getTextEdit().getLeft().getNewText());
    assertTrue(init.getCapabilities().getCompletionProvider().getResolveProvider());
    assertNull(completion.getItems().get(0).getDocumentation(), "the card comes on resolve");
    CompletionItem resolved =
        server
            .getTextDocumentService()
            .resolveCompletionItem(completion.getItems().get(0))
            .get(5, TimeUnit.SECONDS);
    assertTrue(
        resolved.getDocumentation().getRight().getValue().contains("Titans"), resolved.toString());

    var definition =
        server
            .getTextDocumentService()
            .definition(
                new DefinitionParams(new TextDocumentIdentifier(noteUri), new Position(0, 25)))
            .get(5, TimeUnit.SECONDS)
            .getLeft();
    assertEquals(
        workspace.resolve("reviews/channel.txt").toUri().toString(), definition.get(0).getUri());

    var references =
        server
            .getTextDocumentService()
            .references(
                new ReferenceParams(
                    new TextDocumentIdentifier(noteUri),
                    new Position(0, 6),
                    new ReferenceContext(true)))
            .get(5, TimeUnit.SECONDS);
    assertTrue(
        references.stream().anyMatch(l -> l.getUri().endsWith("notes/other.md")),
        references.toString());

    var links =
        server
            .getTextDocumentService()
            .documentLink(new DocumentLinkParams(new TextDocumentIdentifier(noteUri)))
            .get(5, TimeUnit.SECONDS);
    assertEquals(1, links.size(), links.toString());

    PublishDiagnosticsParams diagnostics = session.client().awaitDiagnostics(noteUri, 2, WAIT);
    assertNotNull(diagnostics);
    assertEquals(2, diagnostics.getDiagnostics().size(), "nguyen2023hyena and the half-typed beh");
    var unknown = diagnostics.getDiagnostics().get(0);
    var actions =
        server
            .getTextDocumentService()
            .codeAction(
                new CodeActionParams(
                    new TextDocumentIdentifier(noteUri),
                    unknown.getRange(),
                    new CodeActionContext(List.of(unknown))))
            .get(5, TimeUnit.SECONDS);
    assertTrue(actions.get(0).getRight().getTitle().startsWith("Replace with nguyen2023hyenadna"));

    var symbols =
        server
            .getWorkspaceService()
            .symbol(new WorkspaceSymbolParams("memorize"))
            .get(5, TimeUnit.SECONDS);
    // LSP4J reads the untyped JSON array back as either shape; the name is in both.
    String name =
        symbols.isLeft() ? symbols.getLeft().get(0).getName() : symbols.getRight().get(0).getName();
    assertEquals("Titans: Learning to Memorize at Test Time", name);
  }

  @Test
  void statusProgressWatchersAndReindexReachTheClient() throws Exception {
    initialize();
    assertNotNull(session.client().awaitStatus("ready", 0, WAIT));
    assertEquals(3, session.client().awaitStatus("ready", 0, WAIT).papers());
    assertEquals("indexing", session.client().statuses().get(0).state());
    assertTrue(session.client().progress().size() >= 3, "begin, report, end");
    assertEquals(1, session.client().registrations().size());

    int seen = session.client().statuses().size();
    server
        .getWorkspaceService()
        .executeCommand(new ExecuteCommandParams(PaperlensServer.REINDEX_COMMAND, List.of()))
        .get(5, TimeUnit.SECONDS);
    assertNotNull(session.client().awaitStatus("ready", seen, WAIT));
    assertEquals(2, builds.get());

    server
        .getWorkspaceService()
        .executeCommand(
            new ExecuteCommandParams(
                PaperlensServer.OPEN_REVIEW_COMMAND,
                List.of(workspace.resolve("reviews/channel.txt").toUri().toString(), 7)))
        .get(5, TimeUnit.SECONDS);
    assertEquals(7, session.client().shown().get(0).getSelection().getStart().getLine());
  }

  @Test
  void aFinishedBuildLetsTheCachesOfNameMatchingGo() throws Exception {
    InProcessSession built =
        InProcessSession.start(
            (sources, dir, previous, progress, problems) -> {
              // As a corpus's linker does: matching names fills the caches every matcher shares.
              NameMatcher.of(List.of("HyenaDNA", "WaveNet")).find("гиена и вейвнет");
              return SamplePapers.backend();
            },
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            WAIT);
    try {
      InitializeParams params = new InitializeParams();
      params.setWorkspaceFolders(List.of(new WorkspaceFolder(workspace.toUri().toString(), "ws")));
      built.server().initialize(params).get(30, TimeUnit.SECONDS);
      built.server().initialized(new InitializedParams());
      assertNotNull(built.client().awaitStatus("ready", 0, WAIT));
      long until = System.nanoTime() + WAIT.toNanos();
      while (NameMatcher.sharedCacheSize() > 0 && System.nanoTime() < until) {
        Thread.sleep(20);
      }
      assertEquals(0, NameMatcher.sharedCacheSize(), "emptied once the build is done");
    } finally {
      built.close();
    }
  }

  @Test
  void changedSettingsAreAppliedAndLogged() throws Exception {
    initialize();
    session.client().awaitStatus("ready", 0, WAIT);
    int seen = session.client().statuses().size();
    server
        .getWorkspaceService()
        .didChangeConfiguration(
            new DidChangeConfigurationParams(
                JsonParser.parseString(
                    "{\"paperlens\": {\"sources\": [\"reviews/\"], \"languages\": [\"latex\"]}}")));
    assertNotNull(session.client().awaitStatus("ready", seen, WAIT), "new sources reindex");
    assertTrue(
        session.client().log().stream()
            .anyMatch(l -> l.startsWith("setting sources: [] -> [reviews/]")),
        session.client().log().toString());
    open("HyenaDNA");
    assertNull(hover(noteUri, 0, 2), "markdown is switched off");
  }

  @Test
  void aChangedSettingOverridesInitializationOptionsKeyByKey() throws Exception {
    initialize();
    session.client().awaitStatus("ready", 0, WAIT);
    server
        .getWorkspaceService()
        .didChangeConfiguration(
            new DidChangeConfigurationParams(
                JsonParser.parseString(
                    "{\"paperlens\": {\"diagnostics\": {\"unknownCitations\": false}}}")));
    open("x");
    hover(noteUri, 0, 0); // a request after the change: its settings are applied by then
    List<String> log = session.client().log();
    assertTrue(
        log.stream()
            .anyMatch(l -> l.startsWith("setting diagnostics.unknownCitations: true -> false")),
        log.toString());
    assertTrue(
        log.stream().noneMatch(l -> l.startsWith("setting completion.maxItems: 5 ->")),
        "maxItems from initializationOptions stays: " + log);
  }

  @Test
  void anAddedWorkspaceFolderIsIndexed() throws Exception {
    initialize();
    session.client().awaitStatus("ready", 0, WAIT);
    int seen = session.client().statuses().size();
    Path other = Files.createDirectories(workspace.resolve("other"));
    server
        .getWorkspaceService()
        .didChangeWorkspaceFolders(
            new org.eclipse.lsp4j.DidChangeWorkspaceFoldersParams(
                new org.eclipse.lsp4j.WorkspaceFoldersChangeEvent(
                    List.of(new WorkspaceFolder(other.toUri().toString(), "other")), List.of())));
    assertNotNull(session.client().awaitStatus("ready", seen, WAIT));
    assertEquals(2, builds.get());
  }

  @Test
  void badRequestsGetEmptyAnswers() throws Exception {
    initialize();
    open("HyenaDNA\n");
    assertNull(hover("file:///nowhere/unknown.md", 0, 0));
    assertNull(hover(noteUri, 99, 99));
    assertNull(hover(noteUri, -1, -5));
    var completion =
        server
            .getTextDocumentService()
            .completion(
                new CompletionParams(new TextDocumentIdentifier("untitled:x"), new Position(0, 0)))
            .get(5, TimeUnit.SECONDS);
    var items = completion.getRight().getItems();
    assertTrue(items == null || items.isEmpty(), String.valueOf(items));
    var symbols =
        server
            .getWorkspaceService()
            .symbol(new WorkspaceSymbolParams("zzzz"))
            .get(5, TimeUnit.SECONDS);
    assertTrue(symbols.getLeft() == null || symbols.getLeft().isEmpty(), symbols.toString());
  }

  @Test
  void aHugeDocumentIsServed() throws Exception {
    initialize();
    String line = "Plain words about nothing in particular, and then HyenaDNA once more.\n";
    open(line.repeat(20_000));
    Hover hover = hover(noteUri, 19_999, 52);
    assertNotNull(hover);
  }
}
