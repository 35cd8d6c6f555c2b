package dev.paperlens.lsp;

import dev.paperlens.features.CodeActionsFeature;
import dev.paperlens.features.CodeLensFeature;
import dev.paperlens.features.CompletionFeature;
import dev.paperlens.features.CompletionFeature.Completions;
import dev.paperlens.features.DefinitionFeature;
import dev.paperlens.features.DiagnosticsFeature;
import dev.paperlens.features.DocumentHighlightFeature;
import dev.paperlens.features.DocumentLinksFeature;
import dev.paperlens.features.DocumentSymbolsFeature;
import dev.paperlens.features.HoverFeature;
import dev.paperlens.features.InlayHintsFeature;
import dev.paperlens.features.ReferencesFeature;
import dev.paperlens.features.RenameFeature;
import dev.paperlens.features.SemanticTokensFeature;
import dev.paperlens.text.TextDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.CodeLens;
import org.eclipse.lsp4j.CodeLensParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.DocumentDiagnosticParams;
import org.eclipse.lsp4j.DocumentDiagnosticReport;
import org.eclipse.lsp4j.DocumentHighlight;
import org.eclipse.lsp4j.DocumentHighlightParams;
import org.eclipse.lsp4j.DocumentLink;
import org.eclipse.lsp4j.DocumentLinkParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InlayHint;
import org.eclipse.lsp4j.InlayHintParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.LocationLink;
import org.eclipse.lsp4j.PrepareRenameDefaultBehavior;
import org.eclipse.lsp4j.PrepareRenameParams;
import org.eclipse.lsp4j.PrepareRenameResult;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.RelatedFullDocumentDiagnosticReport;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.SemanticTokens;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.eclipse.lsp4j.SemanticTokensRangeParams;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.jsonrpc.messages.Either3;
import org.eclipse.lsp4j.services.TextDocumentService;

/** Document requests, each handed with its document and a cancel check to one feature class. */
final class NotesTextDocumentService implements TextDocumentService {
  private static final Completions NO_COMPLETIONS = Completions.NONE;

  /** Asked before the index is ready: ask again on the next keystroke. */
  private static final Completions ASK_AGAIN = new Completions(true, null, List.of());

  private static final RenameFeature.Outcome RENAME_NOTHING =
      new RenameFeature.Outcome(null, null, java.util.Map.of(), null);

  private final PaperlensServer server;
  private final Requests requests;

  NotesTextDocumentService(PaperlensServer server) {
    this.server = server;
    this.requests = server.requests();
  }

  @Override
  public void didOpen(DidOpenTextDocumentParams params) {
    var doc = params.getTextDocument();
    server.documents().open(doc.getUri(), doc.getLanguageId(), doc.getVersion(), doc.getText());
    server.scheduleDiagnostics(doc.getUri());
  }

  @Override
  public void didChange(DidChangeTextDocumentParams params) {
    String uri = params.getTextDocument().getUri();
    Integer version = params.getTextDocument().getVersion();
    TextDocument current = server.documents().get(uri);
    int next = version != null ? version : current == null ? 0 : current.version() + 1;
    server.documents().change(uri, next, edits(params.getContentChanges()));
    server.scheduleDiagnostics(uri);
  }

  @Override
  public void didClose(DidCloseTextDocumentParams params) {
    server.documents().close(params.getTextDocument().getUri());
    server.clearDiagnostics(params.getTextDocument().getUri());
  }

  @Override
  public void didSave(DidSaveTextDocumentParams params) {
    // Clients without file watchers still tell us when a source they edit is saved.
    var path = WorkspaceFiles.pathOf(params.getTextDocument().getUri());
    if (path != null) {
      server.filesChanged(List.of(path));
    }
  }

  @Override
  public CompletableFuture<Hover> hover(HoverParams params) {
    return requests.onDocument(
        "hover",
        params.getTextDocument().getUri(),
        null,
        (doc, backend, cancel) ->
            new HoverFeature(backend, server.workspace())
                .hover(doc, params.getPosition(), cancel)
                .map(hover -> ProtocolShapes.forClient(hover, server.clientText()))
                .orElse(null));
  }

  @Override
  public CompletableFuture<Either<List<CompletionItem>, CompletionList>> completion(
      CompletionParams params) {
    return requests
        .onSnapshot(
            "completion",
            params.getTextDocument().getUri(),
            NO_COMPLETIONS,
            ASK_AGAIN,
            (doc, backend, cancel) ->
                new CompletionFeature(
                        backend, server.workspace(), server.settings().completionMaxItems())
                    .complete(doc, params.getPosition(), cancel))
        .thenApply(
            c ->
                Either.forRight(
                    ProtocolShapes.completionList(c, server.clientText().labelDetails())));
  }

  @Override
  public CompletableFuture<CompletionItem> resolveCompletionItem(CompletionItem item) {
    String key = ProtocolShapes.completionKey(item);
    return requests.onWorkspace(
        "completionItem/resolve",
        item,
        (backend, cancel) ->
            ProtocolShapes.forClient(
                new CompletionFeature(
                        backend, server.workspace(), server.settings().completionMaxItems())
                    .resolve(item, key),
                server.clientText()));
  }

  @Override
  public CompletableFuture<Either<List<? extends Location>, List<? extends LocationLink>>>
      definition(DefinitionParams params) {
    return requests
        .onDocument(
            "definition",
            params.getTextDocument().getUri(),
            List.<Location>of(),
            (doc, backend, cancel) ->
                new DefinitionFeature(backend, server.workspace())
                    .definition(doc, params.getPosition(), cancel))
        .thenApply(Either::forLeft);
  }

  @Override
  public CompletableFuture<List<? extends Location>> references(ReferenceParams params) {
    boolean declaration = params.getContext() == null || params.getContext().isIncludeDeclaration();
    return requests.onDocument(
        "references",
        params.getTextDocument().getUri(),
        List.of(),
        (doc, backend, cancel) ->
            new ReferencesFeature(backend, server.workspace())
                .references(doc, params.getPosition(), declaration, cancel));
  }

  @Override
  public CompletableFuture<List<Either<Command, CodeAction>>> codeAction(CodeActionParams params) {
    var diagnostics = params.getContext() == null ? null : params.getContext().getDiagnostics();
    return requests
        .onDocument(
            "codeAction",
            params.getTextDocument().getUri(),
            List.<CodeActionsFeature.Proposal>of(),
            (doc, backend, cancel) ->
                new CodeActionsFeature(backend, server.workspace())
                    .actions(doc, params.getRange(), diagnostics, cancel))
        .thenApply(p -> ProtocolShapes.codeActions(p, server.clientCreatesFiles()));
  }

  @Override
  public CompletableFuture<List<DocumentLink>> documentLink(DocumentLinkParams params) {
    return requests.onDocument(
        "documentLink",
        params.getTextDocument().getUri(),
        List.of(),
        (doc, backend, cancel) ->
            new DocumentLinksFeature(backend, server.workspace()).links(doc, cancel));
  }

  @Override
  public CompletableFuture<DocumentDiagnosticReport> diagnostic(DocumentDiagnosticParams params) {
    boolean enabled = server.settings().unknownCitations();
    return requests
        .onDocument(
            "diagnostic",
            params.getTextDocument().getUri(),
            List.<Diagnostic>of(),
            (doc, backend, cancel) ->
                enabled
                    ? new DiagnosticsFeature(backend, server.workspace()).diagnose(doc, cancel)
                    : List.<Diagnostic>of())
        .thenApply(
            found -> new DocumentDiagnosticReport(new RelatedFullDocumentDiagnosticReport(found)));
  }

  @Override
  public CompletableFuture<SemanticTokens> semanticTokensFull(SemanticTokensParams params) {
    return semanticTokens(params.getTextDocument().getUri(), null);
  }

  @Override
  public CompletableFuture<SemanticTokens> semanticTokensRange(SemanticTokensRangeParams params) {
    return semanticTokens(params.getTextDocument().getUri(), params.getRange());
  }

  private CompletableFuture<SemanticTokens> semanticTokens(String uri, Range range) {
    return requests
        .onDocument(
            "semanticTokens",
            uri,
            List.<Integer>of(),
            (doc, backend, cancel) -> new SemanticTokensFeature(backend).tokens(doc, range, cancel))
        .thenApply(SemanticTokens::new);
  }

  @Override
  public CompletableFuture<List<? extends CodeLens>> codeLens(CodeLensParams params) {
    String uri = params.getTextDocument().getUri();
    return requests
        .onNoteOrBib(
            "codeLens",
            uri,
            List.<CodeLensFeature.Lens>of(),
            (doc, backend, cancel) ->
                new CodeLensFeature(backend, server.workspace()).lenses(doc, cancel))
        .thenApply(l -> ProtocolShapes.codeLenses(l, uri, server.clientText().commandLinks()));
  }

  @Override
  public CompletableFuture<List<InlayHint>> inlayHint(InlayHintParams params) {
    Settings settings = server.settings();
    return requests.onDocument(
        "inlayHint",
        params.getTextDocument().getUri(),
        List.of(),
        (doc, backend, cancel) ->
            new InlayHintsFeature(backend, settings.citationHints(), settings.mentionHints())
                .hints(doc, params.getRange(), cancel));
  }

  @Override
  public CompletableFuture<List<Either<SymbolInformation, DocumentSymbol>>> documentSymbol(
      DocumentSymbolParams params) {
    return requests
        .onDocument(
            "documentSymbol",
            params.getTextDocument().getUri(),
            List.<DocumentSymbol>of(),
            (doc, backend, cancel) -> new DocumentSymbolsFeature(backend).symbols(doc, cancel))
        .thenApply(
            s ->
                ProtocolShapes.documentSymbols(
                    s, params.getTextDocument().getUri(), server.clientNestsSymbols()));
  }

  @Override
  public CompletableFuture<List<? extends DocumentHighlight>> documentHighlight(
      DocumentHighlightParams params) {
    return requests.onDocument(
        "documentHighlight",
        params.getTextDocument().getUri(),
        List.of(),
        (doc, backend, cancel) ->
            new DocumentHighlightFeature(backend).highlights(doc, params.getPosition(), cancel));
  }

  @Override
  public CompletableFuture<Either3<Range, PrepareRenameResult, PrepareRenameDefaultBehavior>>
      prepareRename(PrepareRenameParams params) {
    return requests
        .onNoteOrBib(
            "prepareRename",
            params.getTextDocument().getUri(),
            RENAME_NOTHING,
            (doc, backend, cancel) ->
                new RenameFeature(backend, server.workspace())
                    .prepare(doc, params.getPosition(), cancel))
        .thenApply(ProtocolShapes::prepareRename);
  }

  @Override
  public CompletableFuture<WorkspaceEdit> rename(RenameParams params) {
    return requests
        .onNoteOrBib(
            "rename",
            params.getTextDocument().getUri(),
            RENAME_NOTHING,
            (doc, backend, cancel) ->
                new RenameFeature(backend, server.workspace())
                    .rename(doc, params.getPosition(), params.getNewName(), cancel))
        .thenApply(ProtocolShapes::rename);
  }

  private static List<TextDocument.Edit> edits(List<TextDocumentContentChangeEvent> changes) {
    List<TextDocument.Edit> out = new ArrayList<>();
    for (TextDocumentContentChangeEvent change : changes) {
      if (change.getRange() == null) {
        out.add(TextDocument.Edit.whole(change.getText()));
      } else {
        var start = change.getRange().getStart();
        var end = change.getRange().getEnd();
        out.add(
            new TextDocument.Edit(
                new TextDocument.Position(start.getLine(), start.getCharacter()),
                new TextDocument.Position(end.getLine(), end.getCharacter()),
                change.getText()));
      }
    }
    return out;
  }
}
