package dev.paperlens.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paperlens.testing.SamplePapers;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.ClientInfo;
import org.eclipse.lsp4j.CodeLens;
import org.eclipse.lsp4j.CodeLensCapabilities;
import org.eclipse.lsp4j.CodeLensParams;
import org.eclipse.lsp4j.DiagnosticCapabilities;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DocumentDiagnosticParams;
import org.eclipse.lsp4j.DocumentHighlightCapabilities;
import org.eclipse.lsp4j.DocumentHighlightParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolCapabilities;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.InlayHintCapabilities;
import org.eclipse.lsp4j.InlayHintParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PrepareRenameParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.RenameCapabilities;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.SemanticTokensCapabilities;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.eclipse.lsp4j.TextDocumentClientCapabilities;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.services.LanguageServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rename, document symbols and highlights over real JSON-RPC: a key renamed in the .bib and notes
 * on disk, refusals as errors, each offered only to clients that support it.
 */
class EditingProtocolTest {
  private static final Duration WAIT = Duration.ofSeconds(30);

  @TempDir Path workspace;
  private InProcessSession session;
  private LanguageServer server;
  private String noteUri;
  private String clientName = "test";
  private boolean pullDiagnostics;

  @BeforeEach
  void start() throws Exception {
    Files.createDirectories(workspace.resolve("notes"));
    Files.writeString(
        workspace.resolve("refs.bib"), "@misc{behrouz2024titans,\n  title = {Titans}\n}\n");
    Files.writeString(
        workspace.resolve("notes/draft.tex"), "\\citep[p.~2]{x, behrouz2024titans}\n");
    noteUri = workspace.resolve("notes/note.md").toUri().toString();
    session =
        InProcessSession.start(
            (sources, dir, previous, progress, problems) -> SamplePapers.backend(),
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            WAIT);
    server = session.server();
  }

  @AfterEach
  void stop() {
    session.close();
  }

  private InitializeResult initialize(RenameCapabilities rename) throws Exception {
    return initialize(rename, null);
  }

  private InitializeResult initialize(RenameCapabilities rename, DocumentSymbolCapabilities symbols)
      throws Exception {
    InitializeParams params = new InitializeParams();
    params.setWorkspaceFolders(List.of(new WorkspaceFolder(workspace.toUri().toString(), "ws")));
    ClientCapabilities caps = new ClientCapabilities();
    TextDocumentClientCapabilities text = new TextDocumentClientCapabilities();
    text.setRename(rename);
    text.setDocumentSymbol(symbols);
    if (pullDiagnostics) {
      text.setDiagnostic(new DiagnosticCapabilities());
    }
    if (symbols != null) {
      text.setDocumentHighlight(new DocumentHighlightCapabilities());
      text.setInlayHint(new InlayHintCapabilities());
      text.setCodeLens(new CodeLensCapabilities());
      text.setSemanticTokens(new SemanticTokensCapabilities(false));
    }
    caps.setTextDocument(text);
    params.setCapabilities(caps);
    params.setClientInfo(new ClientInfo(clientName));
    InitializeResult result = server.initialize(params).get(5, TimeUnit.SECONDS);
    server.initialized(new InitializedParams());
    server
        .getTextDocumentService()
        .didOpen(
            new DidOpenTextDocumentParams(
                new TextDocumentItem(
                    noteUri,
                    "markdown",
                    1,
                    "As @behrouz2024titans says [-@behrouz2024titans].\n")));
    return result;
  }

  private WorkspaceEdit rename(String newName) throws Exception {
    return server
        .getTextDocumentService()
        .rename(new RenameParams(new TextDocumentIdentifier(noteUri), new Position(0, 8), newName))
        .get(10, TimeUnit.SECONDS);
  }

  @Test
  void aKeyIsRenamedInTheBibAndInEveryNote() throws Exception {
    InitializeResult init = initialize(new RenameCapabilities(true, false));
    assertTrue(init.getCapabilities().getRenameProvider().getRight().getPrepareProvider());

    var prepared =
        server
            .getTextDocumentService()
            .prepareRename(
                new PrepareRenameParams(new TextDocumentIdentifier(noteUri), new Position(0, 8)))
            .get(10, TimeUnit.SECONDS);
    assertEquals("behrouz2024titans", prepared.getSecond().getPlaceholder());
    assertEquals(4, prepared.getSecond().getRange().getStart().getCharacter());

    Map<String, List<TextEdit>> edits = new TreeMap<>(rename("titans2024").getChanges());
    String root = workspace.toUri().toString();
    assertEquals(
        List.of(root + "notes/draft.tex", root + "notes/note.md", root + "refs.bib"),
        List.copyOf(edits.keySet()));
    assertEquals(2, edits.get(noteUri).size());
    assertEquals(
        16, edits.get(root + "notes/draft.tex").get(0).getRange().getStart().getCharacter());
    assertEquals("titans2024", edits.get(root + "refs.bib").get(0).getNewText());
  }

  @Test
  void aRefusalReachesTheClientAsAnErrorWithTheReason() throws Exception {
    initialize(new RenameCapabilities(true, false));
    ExecutionException error = assertThrows(ExecutionException.class, () -> rename("a b"));
    ResponseErrorException cause = assertInstanceOf(ResponseErrorException.class, error.getCause());
    assertTrue(
        cause.getMessage().startsWith("\"a b\" is not a safe citation key: it has a space"),
        cause.getMessage());
    assertEquals("titans", rename("titans").getChanges().get(noteUri).get(0).getNewText());
  }

  @Test
  void aClientWithoutRenameSymbolsOrHighlightsIsNotOfferedThem() throws Exception {
    var caps = initialize(null).getCapabilities();
    assertNull(caps.getRenameProvider());
    assertNull(caps.getDocumentSymbolProvider());
    assertNull(caps.getDocumentHighlightProvider());
    assertNull(caps.getInlayHintProvider());
    assertNull(caps.getCodeLensProvider());
    assertNull(caps.getDiagnosticProvider());
    assertNull(caps.getSemanticTokensProvider());
  }

  @Test
  void symbolsAreATreeOrAFlatListAsTheClientTakesThem() throws Exception {
    DocumentSymbolCapabilities tree = new DocumentSymbolCapabilities();
    tree.setHierarchicalDocumentSymbolSupport(true);
    var caps = initialize(null, tree).getCapabilities();
    assertTrue(caps.getDocumentSymbolProvider().getLeft());
    assertTrue(caps.getDocumentHighlightProvider().getLeft());
    var symbols =
        server
            .getTextDocumentService()
            .documentSymbol(new DocumentSymbolParams(new TextDocumentIdentifier(noteUri)))
            .get(10, TimeUnit.SECONDS);
    assertEquals(1, symbols.size());
    DocumentSymbol titans = symbols.get(0).getRight();
    assertEquals("Titans: Learning to Memorize at Test Time", titans.getName());
    assertEquals(2, titans.getChildren().size());

    var highlights =
        server
            .getTextDocumentService()
            .documentHighlight(
                new DocumentHighlightParams(
                    new TextDocumentIdentifier(noteUri), new Position(0, 8)))
            .get(10, TimeUnit.SECONDS);
    assertEquals(2, highlights.size());

    assertTrue(caps.getInlayHintProvider().getLeft());
    var hints =
        server
            .getTextDocumentService()
            .inlayHint(
                new InlayHintParams(
                    new TextDocumentIdentifier(noteUri),
                    new Range(new Position(0, 0), new Position(1, 0))))
            .get(10, TimeUnit.SECONDS);
    assertEquals(
        List.of("Titans, 2024", "Titans, 2024"),
        hints.stream().map(h -> h.getLabel().getLeft()).toList());

    assertEquals(
        List.of("class", "function", "variable"),
        caps.getSemanticTokensProvider().getLegend().getTokenTypes());
    var tokens =
        server
            .getTextDocumentService()
            .semanticTokensFull(new SemanticTokensParams(new TextDocumentIdentifier(noteUri)))
            .get(10, TimeUnit.SECONDS);
    assertEquals(List.of(), tokens.getData(), "citations are not tokens");
  }

  private List<CodeLens> lenses() throws Exception {
    return List.copyOf(
        server
            .getTextDocumentService()
            .codeLens(new CodeLensParams(new TextDocumentIdentifier(noteUri)))
            .get(10, TimeUnit.SECONDS));
  }

  @Test
  void lensesCountTheNotesOnDiskAndRunFindReferencesOnlyInVsCode() throws Exception {
    initialize(null, new DocumentSymbolCapabilities());
    List<CodeLens> lenses = lenses();
    assertEquals(2, lenses.size());
    assertEquals("cited in 2 notes · reviewed 1×", lenses.get(0).getCommand().getTitle());
    assertEquals("", lenses.get(0).getCommand().getCommand());
  }

  @Test
  void aClientThatPullsDiagnosticsGetsThemOnRequest() throws Exception {
    pullDiagnostics = true;
    var caps = initialize(null).getCapabilities();
    assertTrue(caps.getDiagnosticProvider().isInterFileDependencies());
    server
        .getTextDocumentService()
        .didOpen(
            new DidOpenTextDocumentParams(
                new TextDocumentItem(
                    noteUri, "markdown", 2, "See [@nobody1999] and @behrouz2024titans.\n")));
    var report =
        server
            .getTextDocumentService()
            .diagnostic(new DocumentDiagnosticParams(new TextDocumentIdentifier(noteUri)))
            .get(10, TimeUnit.SECONDS)
            .getRelatedFullDocumentDiagnosticReport();
    assertEquals(1, report.getItems().size(), report.toString());
    assertEquals(6, report.getItems().get(0).getRange().getStart().getCharacter());
  }

  @Test
  void inVsCodeALensFindsTheReferencesOfItsKey() throws Exception {
    clientName = "Visual Studio Code";
    initialize(null, new DocumentSymbolCapabilities());
    var command = lenses().get(0).getCommand();
    assertEquals("paperlens.client.findReferences", command.getCommand());
    assertEquals(
        noteUri, ((com.google.gson.JsonPrimitive) command.getArguments().get(0)).getAsString());
    assertEquals(
        4,
        ((com.google.gson.JsonObject) command.getArguments().get(1)).get("character").getAsInt());
  }

  @Test
  void aClientWithoutTreesGetsEachPlaceWithItsPaperAsContainer() throws Exception {
    initialize(null, new DocumentSymbolCapabilities());
    var symbols =
        server
            .getTextDocumentService()
            .documentSymbol(new DocumentSymbolParams(new TextDocumentIdentifier(noteUri)))
            .get(10, TimeUnit.SECONDS);
    assertEquals(2, symbols.size());
    @SuppressWarnings("deprecation")
    String container = symbols.get(1).getLeft().getContainerName();
    assertEquals("Titans: Learning to Memorize at Test Time", container);
    assertEquals("behrouz2024titans", symbols.get(1).getLeft().getName());
  }
}
