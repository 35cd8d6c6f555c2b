package dev.paperlens.lsp;

import dev.paperlens.features.ClientText;
import dev.paperlens.features.SemanticTokensFeature;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.ClientInfo;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionOptions;
import org.eclipse.lsp4j.CodeLensOptions;
import org.eclipse.lsp4j.CompletionOptions;
import org.eclipse.lsp4j.DiagnosticRegistrationOptions;
import org.eclipse.lsp4j.DidChangeWatchedFilesRegistrationOptions;
import org.eclipse.lsp4j.DocumentLinkOptions;
import org.eclipse.lsp4j.ExecuteCommandOptions;
import org.eclipse.lsp4j.FileSystemWatcher;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.Registration;
import org.eclipse.lsp4j.RenameOptions;
import org.eclipse.lsp4j.SemanticTokensLegend;
import org.eclipse.lsp4j.SemanticTokensWithRegistrationOptions;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.TextDocumentClientCapabilities;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.eclipse.lsp4j.TextDocumentSyncOptions;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.WorkspaceFoldersOptions;
import org.eclipse.lsp4j.WorkspaceServerCapabilities;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/** What the server offers, what it reads from the client's capabilities, and its file watchers. */
final class Capabilities {
  private Capabilities() {}

  /** Files whose change may matter: review sources in every format, and the settings file. */
  private static final List<String> WATCHED =
      List.of(
          "**/*.bib",
          "**/*.txt",
          "**/*.json",
          "**/*.html",
          "**/*.md",
          "**/" + Settings.WORKSPACE_FILE);

  /** What the server offers this client: a feature the client does not support is left out. */
  static ServerCapabilities server(ClientCapabilities client) {
    ServerCapabilities caps = new ServerCapabilities();
    TextDocumentSyncOptions sync = new TextDocumentSyncOptions();
    sync.setOpenClose(true);
    sync.setChange(TextDocumentSyncKind.Incremental);
    caps.setTextDocumentSync(sync);
    caps.setHoverProvider(true);
    CompletionOptions completion = new CompletionOptions(true, List.of("{", ",", "@", ";"));
    caps.setCompletionProvider(completion);
    caps.setDefinitionProvider(true);
    caps.setReferencesProvider(true);
    caps.setWorkspaceSymbolProvider(true);
    caps.setDocumentLinkProvider(new DocumentLinkOptions(false));
    TextDocumentClientCapabilities text = client == null ? null : client.getTextDocument();
    if (text != null && text.getRename() != null) {
      RenameOptions rename = new RenameOptions();
      rename.setPrepareProvider(Boolean.TRUE.equals(text.getRename().getPrepareSupport()));
      caps.setRenameProvider(Either.forRight(rename));
    }
    if (clientPullsDiagnostics(client)) {
      // unknown keys depend on the workspace's .bib files: other files matter
      DiagnosticRegistrationOptions diagnostics = new DiagnosticRegistrationOptions(true, false);
      diagnostics.setIdentifier("paperlens");
      caps.setDiagnosticProvider(diagnostics);
    }
    if (text != null && text.getSemanticTokens() != null) {
      SemanticTokensWithRegistrationOptions tokens =
          new SemanticTokensWithRegistrationOptions(
              new SemanticTokensLegend(SemanticTokensFeature.TOKEN_TYPES, List.of()), true, true);
      caps.setSemanticTokensProvider(tokens);
    }
    if (text != null && text.getCodeLens() != null) {
      caps.setCodeLensProvider(new CodeLensOptions(false));
    }
    if (text != null && text.getInlayHint() != null) {
      caps.setInlayHintProvider(true);
    }
    if (text != null && text.getDocumentSymbol() != null) {
      caps.setDocumentSymbolProvider(true);
    }
    if (text != null && text.getDocumentHighlight() != null) {
      caps.setDocumentHighlightProvider(true);
    }
    caps.setCodeActionProvider(
        new CodeActionOptions(List.of(CodeActionKind.QuickFix, CodeActionKind.RefactorRewrite)));
    WorkspaceFoldersOptions folders = new WorkspaceFoldersOptions();
    folders.setSupported(true);
    folders.setChangeNotifications(true);
    caps.setWorkspace(new WorkspaceServerCapabilities(folders));
    caps.setExecuteCommandProvider(
        new ExecuteCommandOptions(
            List.of(PaperlensServer.REINDEX_COMMAND, PaperlensServer.OPEN_REVIEW_COMMAND)));
    return caps;
  }

  static boolean clientCreatesFiles(ClientCapabilities capabilities) {
    var edit =
        capabilities.getWorkspace() == null ? null : capabilities.getWorkspace().getWorkspaceEdit();
    return edit != null
        && Boolean.TRUE.equals(edit.getDocumentChanges())
        && edit.getResourceOperations() != null
        && edit.getResourceOperations().contains("create");
  }

  /** Whether the client shows document symbols as a tree (else it gets a flat list). */
  static boolean clientNestsSymbols(ClientCapabilities capabilities) {
    var text = capabilities.getTextDocument();
    return text != null
        && text.getDocumentSymbol() != null
        && Boolean.TRUE.equals(text.getDocumentSymbol().getHierarchicalDocumentSymbolSupport());
  }

  /**
   * Whether the client asks for diagnostics (textDocument/diagnostic) rather than being sent them.
   */
  static boolean clientPullsDiagnostics(ClientCapabilities capabilities) {
    return capabilities != null
        && capabilities.getTextDocument() != null
        && capabilities.getTextDocument().getDiagnostic() != null;
  }

  static boolean clientRefreshesDiagnostics(ClientCapabilities capabilities) {
    var workspace = capabilities.getWorkspace();
    return workspace != null
        && workspace.getDiagnostics() != null
        && Boolean.TRUE.equals(workspace.getDiagnostics().getRefreshSupport());
  }

  static boolean clientRefreshesInlayHints(ClientCapabilities capabilities) {
    var workspace = capabilities.getWorkspace();
    return workspace != null
        && workspace.getInlayHint() != null
        && Boolean.TRUE.equals(workspace.getInlayHint().getRefreshSupport());
  }

  static boolean clientWatchesFiles(ClientCapabilities capabilities) {
    var workspace = capabilities.getWorkspace();
    return workspace != null
        && workspace.getDidChangeWatchedFiles() != null
        && Boolean.TRUE.equals(workspace.getDidChangeWatchedFiles().getDynamicRegistration());
  }

  /** Watchers for every source format in the workspace, plus each source outside it. */
  static Registration fileWatchers(List<Path> sources, Path root) {
    List<FileSystemWatcher> watchers = new ArrayList<>();
    for (String glob : WATCHED) {
      watchers.add(new FileSystemWatcher(Either.forLeft(glob)));
    }
    for (Path source : sources) {
      if (root == null || !source.startsWith(root)) {
        watchers.add(
            new FileSystemWatcher(Either.forLeft(source.toString().replace('\\', '/') + "/**")));
      }
    }
    return new Registration(
        "paperlens-watch",
        "workspace/didChangeWatchedFiles",
        new DidChangeWatchedFilesRegistrationOptions(watchers));
  }

  @SuppressWarnings("deprecation")
  static List<Path> roots(InitializeParams params) {
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

  /**
   * The card formats the client takes: what it lists first for hovers and completion documentation,
   * and command links only for VS Code and its builds (code-server, VSCodium), which run them.
   */
  static ClientText clientText(ClientCapabilities caps, ClientInfo info) {
    TextDocumentClientCapabilities text = caps == null ? null : caps.getTextDocument();
    List<String> hover =
        text == null || text.getHover() == null ? null : text.getHover().getContentFormat();
    List<String> documentation =
        text == null
                || text.getCompletion() == null
                || text.getCompletion().getCompletionItem() == null
            ? null
            : text.getCompletion().getCompletionItem().getDocumentationFormat();
    String name = info == null || info.getName() == null ? "" : info.getName();
    boolean vscode =
        name.toLowerCase(java.util.Locale.ROOT).matches(".*\\b(code|vscodium)\\b.*")
            || name.toLowerCase(java.util.Locale.ROOT).contains("code-server");
    boolean labelDetails =
        text != null
            && text.getCompletion() != null
            && text.getCompletion().getCompletionItem() != null
            && Boolean.TRUE.equals(
                text.getCompletion().getCompletionItem().getLabelDetailsSupport());
    return ClientText.of(hover, documentation, vscode).withLabelDetails(labelDetails);
  }
}
