package dev.paperlens.lsp;

import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.lsp4j.jsonrpc.Endpoint;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;

/**
 * Enforces the protocol's lifecycle in front of the server, which LSP4J leaves to us: before {@code
 * initialize} every request fails with ServerNotInitialized (-32002) and notifications other than
 * {@code exit} are dropped; after {@code shutdown} every request fails with InvalidRequest. It also
 * answers requests LSP4J would pass on half-formed: unknown {@code $/} requests (MethodNotFound,
 * where LSP4J answers null) and requests without params (InvalidParams, where the service would
 * fail with an internal error).
 */
final class InitializeGate implements Endpoint {
  private enum State {
    NEW,
    RUNNING,
    SHUT_DOWN
  }

  private final Endpoint server;
  private final Set<String> methods;
  private final ServerLog log;
  private final AtomicReference<State> state = new AtomicReference<>(State.NEW);

  /**
   * @param methods the JSON-RPC methods the server implements
   */
  InitializeGate(Endpoint server, Set<String> methods, ServerLog log) {
    this.server = server;
    this.methods = Set.copyOf(methods);
    this.log = log;
  }

  @Override
  public CompletableFuture<?> request(String method, Object parameter) {
    State now = state.get();
    if (method.equals("initialize")) {
      if (now != State.NEW) {
        return refuse(ResponseErrorCode.InvalidRequest, "initialize was already received");
      }
      // Messages are read one after another, so the next one already sees RUNNING.
      state.set(State.RUNNING);
      return server.request(method, parameter);
    }
    if (now == State.NEW) {
      return refuse(ResponseErrorCode.ServerNotInitialized, method + " before initialize");
    }
    if (now == State.SHUT_DOWN) {
      return refuse(ResponseErrorCode.InvalidRequest, method + " after shutdown");
    }
    if (method.startsWith("$/")) {
      // The spec: "$/" requests a server does not implement are answered MethodNotFound.
      return refuse(ResponseErrorCode.MethodNotFound, "unsupported " + method);
    }
    if (parameter == null && methods.contains(method) && !method.equals("shutdown")) {
      return refuse(ResponseErrorCode.InvalidParams, method + " without params");
    }
    if (method.equals("shutdown")) {
      state.set(State.SHUT_DOWN);
    }
    return server.request(method, parameter);
  }

  @Override
  public void notify(String method, Object parameter) {
    if (state.get() == State.NEW && !method.equals("exit")) {
      log.warn("dropped " + method + ": sent before initialize");
      return;
    }
    server.notify(method, parameter);
  }

  private static CompletableFuture<?> refuse(ResponseErrorCode code, String message) {
    return CompletableFuture.failedFuture(
        new ResponseErrorException(new ResponseError(code, message, null)));
  }
}
