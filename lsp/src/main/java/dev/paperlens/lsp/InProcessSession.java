package dev.paperlens.lsp;

import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageServer;

/**
 * A real server and a client joined by pipes in one process: every request is serialized to
 * JSON-RPC and back, exactly as between an editor and the jar, without spawning anything.
 */
public final class InProcessSession implements AutoCloseable {
  private static final int PIPE_BYTES = 1 << 20;

  private final LanguageServer server;
  private final SessionClient client;
  private final PipedOutputStream toServer;
  private final PipedOutputStream toClient;
  private final Thread serverThread;
  private final ExecutorService clientThreads;

  private InProcessSession(
      LanguageServer server,
      SessionClient client,
      PipedOutputStream toServer,
      PipedOutputStream toClient,
      Thread serverThread,
      ExecutorService clientThreads) {
    this.server = server;
    this.client = client;
    this.toServer = toServer;
    this.toClient = toClient;
    this.serverThread = serverThread;
    this.clientThreads = clientThreads;
  }

  /** Starts a server reading sources through {@code builder}; its log goes to {@code serverLog}. */
  public static InProcessSession start(
      IndexBuilder builder, PrintStream serverLog, Duration readyWait) throws IOException {
    return start(builder, serverLog, readyWait, ChannelSources.Config.defaults());
  }

  /** Starts a server whose channel sources are cached and synced as {@code channels} says. */
  static InProcessSession start(
      IndexBuilder builder,
      PrintStream serverLog,
      Duration readyWait,
      ChannelSources.Config channels)
      throws IOException {
    return start(builder, serverLog, readyWait, channels, ZoteroSources.Config.defaults());
  }

  /** Starts a server whose Zotero copies go where {@code zotero} says. */
  static InProcessSession start(
      IndexBuilder builder,
      PrintStream serverLog,
      Duration readyWait,
      ChannelSources.Config channels,
      ZoteroSources.Config zotero)
      throws IOException {
    PipedOutputStream toServer = new PipedOutputStream();
    PipedInputStream serverIn = new PipedInputStream(toServer, PIPE_BYTES);
    PipedOutputStream toClient = new PipedOutputStream();
    PipedInputStream clientIn = new PipedInputStream(toClient, PIPE_BYTES);

    PaperlensServer paperlens =
        new PaperlensServer(builder, serverLog, code -> {}, readyWait, channels, zotero);
    Thread serverThread =
        new Thread(
            () -> ServerLauncher.serve(paperlens, serverIn, toClient), "paperlens-session-server");
    serverThread.setDaemon(true);
    serverThread.start();

    SessionClient client = new SessionClient();
    ExecutorService clientThreads =
        Executors.newCachedThreadPool(PaperlensServer.named("paperlens-session-client"));
    Launcher<LanguageServer> launcher =
        new LSPLauncher.Builder<LanguageServer>()
            .setLocalService(client)
            .setRemoteInterface(LanguageServer.class)
            .setInput(clientIn)
            .setOutput(toServer)
            .setExecutorService(clientThreads)
            .create();
    // Ends when the streams close; close() closes them.
    var unusedListening = launcher.startListening();
    return new InProcessSession(
        launcher.getRemoteProxy(), client, toServer, toClient, serverThread, clientThreads);
  }

  /** The server as the client sees it: every call is a JSON-RPC round trip. */
  public LanguageServer server() {
    return server;
  }

  public SessionClient client() {
    return client;
  }

  // Typed calls for callers outside the protocol layer (the demo), which may not touch LSP4J's
  // service interfaces. Each is one JSON-RPC round trip.

  public InitializeResult initialize(InitializeParams params, Duration timeout) throws Exception {
    InitializeResult result =
        server.initialize(params).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    server.initialized(new InitializedParams());
    return result;
  }

  public void didOpen(TextDocumentItem document) {
    server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(document));
  }

  public void didChange(DidChangeTextDocumentParams params) {
    server.getTextDocumentService().didChange(params);
  }

  /** The hover at a position, or null when there is none. */
  public Hover hover(String uri, Position position, Duration timeout) throws Exception {
    return server
        .getTextDocumentService()
        .hover(new HoverParams(new TextDocumentIdentifier(uri), position))
        .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** The completion items at a position, in the server's order. */
  public List<CompletionItem> completion(String uri, Position position, Duration timeout)
      throws Exception {
    var result =
        server
            .getTextDocumentService()
            .completion(new CompletionParams(new TextDocumentIdentifier(uri), position))
            .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    List<CompletionItem> items =
        result == null ? null : result.isRight() ? result.getRight().getItems() : result.getLeft();
    return items == null ? List.of() : items;
  }

  /** The definition locations at a position. */
  public List<Location> definition(String uri, Position position, Duration timeout)
      throws Exception {
    var result =
        server
            .getTextDocumentService()
            .definition(new DefinitionParams(new TextDocumentIdentifier(uri), position))
            .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    if (result == null || result.getLeft() == null) {
      return List.of();
    }
    return List.copyOf(result.getLeft());
  }

  /** Shuts the server down politely, then closes the pipes. */
  @Override
  public void close() {
    try {
      server.shutdown().get(5, TimeUnit.SECONDS);
      server.exit();
    } catch (Exception e) {
      // the server is already gone; closing the pipes below is all that is left
    }
    try {
      toServer.close();
      toClient.close();
      serverThread.join(5000);
    } catch (IOException e) {
      // closing pipes cannot fail in a way that matters here
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    clientThreads.shutdownNow();
  }
}
