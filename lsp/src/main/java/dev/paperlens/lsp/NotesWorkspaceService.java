package dev.paperlens.lsp;

import com.google.gson.JsonElement;
import dev.paperlens.features.WorkspaceSymbolsFeature;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.DidChangeWorkspaceFoldersParams;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ShowDocumentParams;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.WorkspaceSymbol;
import org.eclipse.lsp4j.WorkspaceSymbolParams;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.WorkspaceService;

/** Workspace requests: settings, watched files, symbol search and the server's commands. */
final class NotesWorkspaceService implements WorkspaceService {
  private final PaperlensServer server;

  NotesWorkspaceService(PaperlensServer server) {
    this.server = server;
  }

  @Override
  public void didChangeConfiguration(DidChangeConfigurationParams params) {
    server.configure(params.getSettings());
  }

  @Override
  public void didChangeWatchedFiles(DidChangeWatchedFilesParams params) {
    List<java.nio.file.Path> paths = new ArrayList<>();
    for (FileEvent event : params.getChanges()) {
      var path = WorkspaceFiles.pathOf(event.getUri());
      if (path != null) {
        paths.add(path);
      }
    }
    server.filesChanged(paths);
  }

  @Override
  public void didChangeWorkspaceFolders(DidChangeWorkspaceFoldersParams params) {
    var event = params.getEvent();
    server.foldersChanged(paths(event.getAdded()), paths(event.getRemoved()));
  }

  private static List<java.nio.file.Path> paths(List<WorkspaceFolder> folders) {
    List<java.nio.file.Path> out = new ArrayList<>();
    for (WorkspaceFolder folder : folders == null ? List.<WorkspaceFolder>of() : folders) {
      var path = WorkspaceFiles.pathOf(folder.getUri());
      if (path != null) {
        out.add(path);
      }
    }
    return out;
  }

  @Override
  public CompletableFuture<
          Either<List<? extends SymbolInformation>, List<? extends WorkspaceSymbol>>>
      symbol(WorkspaceSymbolParams params) {
    return server
        .requests()
        .onWorkspace(
            "workspace/symbol",
            List.<SymbolInformation>of(),
            (backend, cancel) ->
                new WorkspaceSymbolsFeature(backend, server.workspace())
                    .symbols(params.getQuery(), cancel))
        .thenApply(Either::forLeft);
  }

  @Override
  public CompletableFuture<Object> executeCommand(ExecuteCommandParams params) {
    switch (params.getCommand()) {
      case PaperlensServer.REINDEX_COMMAND -> {
        server.reindex("reindex command");
        return CompletableFuture.completedFuture(null);
      }
      case PaperlensServer.OPEN_REVIEW_COMMAND -> {
        return openReview(params.getArguments());
      }
      default -> {
        server.log().warn("unknown command " + params.getCommand());
        return CompletableFuture.completedFuture(null);
      }
    }
  }

  /** Asks the client to show a review: arguments are the review's URI and 0-based line. */
  private CompletableFuture<Object> openReview(List<Object> arguments) {
    try {
      String uri = string(arguments.get(0));
      int line = arguments.size() > 1 ? (int) Double.parseDouble(string(arguments.get(1))) : 0;
      ShowDocumentParams show = new ShowDocumentParams(uri);
      show.setTakeFocus(true);
      show.setSelection(new Range(new Position(line, 0), new Position(line, 0)));
      return server.showDocument(show).thenApply(r -> (Object) r);
    } catch (RuntimeException e) {
      server.log().warn("cannot open review " + arguments + ": " + e.getMessage());
      return CompletableFuture.completedFuture(null);
    }
  }

  private static String string(Object argument) {
    if (argument instanceof JsonElement json) {
      return json.getAsString();
    }
    return String.valueOf(argument);
  }
}
