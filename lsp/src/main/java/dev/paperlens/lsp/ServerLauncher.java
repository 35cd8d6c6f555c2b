package dev.paperlens.lsp;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.logging.Logger;
import org.eclipse.lsp4j.jsonrpc.Endpoint;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.jsonrpc.MessageConsumer;
import org.eclipse.lsp4j.jsonrpc.MessageProducer;
import org.eclipse.lsp4j.jsonrpc.RemoteEndpoint;
import org.eclipse.lsp4j.jsonrpc.json.ConcurrentMessageProcessor;
import org.eclipse.lsp4j.jsonrpc.json.MessageJsonHandler;
import org.eclipse.lsp4j.jsonrpc.json.StreamMessageConsumer;
import org.eclipse.lsp4j.jsonrpc.services.ServiceEndpoints;
import org.eclipse.lsp4j.launch.LSPLauncher;

/** Connects a {@link PaperlensServer} to a client over a pair of streams (stdio or a socket). */
public final class ServerLauncher {
  /**
   * LSP4J's endpoint logger, held here because the logging manager keeps loggers weakly and would
   * drop the filter with it.
   */
  static final Logger ENDPOINT_LOG = quietCancels(Logger.getLogger(RemoteEndpoint.class.getName()));

  private ServerLauncher() {}

  /**
   * A cancel that arrives after its request was answered is ordinary (clients cancel whatever they
   * no longer need, and the answer may already be on its way), yet LSP4J logs each one as a
   * warning, a dozen a minute in an editor's output channel. Those alone are dropped.
   */
  private static Logger quietCancels(Logger logger) {
    logger.setFilter(
        record ->
            record.getMessage() == null
                || !record.getMessage().startsWith("Unmatched cancel notification"));
    return logger;
  }

  /**
   * Serves until the input ends, then lets the server exit. The output must carry nothing but
   * JSON-RPC: callers serving on standard output replace {@code System.out} first.
   */
  public static void serve(PaperlensServer server, InputStream in, OutputStream out) {
    ExecutorService jsonRpc =
        Executors.newCachedThreadPool(PaperlensServer.named("paperlens-jsonrpc"));
    Launcher<PaperlensClient> launcher =
        new GatedBuilder(server.log())
            .setLocalService(server)
            .setRemoteInterface(PaperlensClient.class)
            .setInput(in)
            .setOutput(out)
            .setExecutorService(jsonRpc)
            .create();
    server.connect(launcher.getRemoteProxy());
    Future<Void> listening = launcher.startListening();
    try {
      listening.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException e) {
      server.log().warn("connection ended: " + e.getCause());
    } finally {
      jsonRpc.shutdownNow();
      server.inputClosed();
    }
  }

  /**
   * LSP4J's launcher with the server behind an {@link InitializeGate}, reading frames that resync.
   */
  private static final class GatedBuilder extends LSPLauncher.Builder<PaperlensClient> {
    private final ServerLog log;

    GatedBuilder(ServerLog log) {
      this.log = log;
    }

    private MessageJsonHandler json;
    private RemoteEndpoint endpoint;

    @Override
    protected RemoteEndpoint createRemoteEndpoint(MessageJsonHandler jsonHandler) {
      MessageConsumer outgoing =
          wrapMessageConsumer(new StreamMessageConsumer(output, jsonHandler));
      Endpoint local =
          new InitializeGate(
              ServiceEndpoints.toEndpoint(localServices), getSupportedMethods().keySet(), log);
      endpoint =
          exceptionHandler == null
              ? new RemoteEndpoint(outgoing, local)
              : new RemoteEndpoint(outgoing, local, exceptionHandler);
      jsonHandler.setMethodProvider(endpoint);
      endpoint.setJsonHandler(jsonHandler);
      json = jsonHandler;
      return endpoint;
    }

    @Override
    protected ConcurrentMessageProcessor createMessageProcessor(
        MessageProducer reader, MessageConsumer consumer, PaperlensClient proxy) {
      return super.createMessageProcessor(
          new ResyncingMessageProducer(input, json, endpoint, log), consumer, proxy);
    }
  }
}
