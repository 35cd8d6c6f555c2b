package dev.paperlens.lsp;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;

/** Connects a {@link PaperlensServer} to a client over a pair of streams (stdio or a socket). */
public final class ServerLauncher {
  private ServerLauncher() {}

  /**
   * Serves until the input ends, then lets the server exit. The output must carry nothing but
   * JSON-RPC: callers serving on standard output replace {@code System.out} first.
   */
  public static void serve(PaperlensServer server, InputStream in, OutputStream out) {
    ExecutorService jsonRpc = Executors.newCachedThreadPool(PaperlensServer.named("paperlens-jsonrpc"));
    Launcher<PaperlensClient> launcher =
        new LSPLauncher.Builder<PaperlensClient>()
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
}
