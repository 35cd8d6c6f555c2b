package dev.paperlens.corpus;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * A local stand-in for t.me on 127.0.0.1 (a free port): serves {@code /s/NAME} and {@code
 * /s/NAME?before=ID} preview pages of a channel of review posts 1..{@link #posts}, 20 a page as the
 * site does, with an ETag that changes with the newest post; answers 304 to a matching {@code
 * If-None-Match}. Scripted answers ({@link #then}) come first, one per request.
 */
public final class FakeTelegram implements AutoCloseable {
  /** A scripted answer: status, headers, body. */
  public record Reply(int status, Map<String, String> headers, String body, long delayMillis) {}

  /** One request as received. */
  public record Request(String path, String query, String ifNoneMatch, String ifModifiedSince) {}

  private final HttpServer server;
  private final ExecutorService threads = Executors.newCachedThreadPool();
  private final Deque<Reply> script = new ArrayDeque<>();
  private final List<Request> requests = new ArrayList<>();
  private final String channel;
  private volatile long posts;
  private volatile boolean etags = true;
  private volatile Function<String, String> rewrite = Function.identity();

  public FakeTelegram(String channel, long posts) throws IOException {
    this.channel = channel;
    this.posts = posts;
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(threads);
    server.createContext("/", this::handle);
    server.start();
  }

  /** The base URL to give {@link ChannelSync.Options#site}. */
  public URI site() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  public FakeTelegram posts(long count) {
    this.posts = count;
    return this;
  }

  public FakeTelegram withoutValidators() {
    this.etags = false;
    return this;
  }

  /** Changes every page served (to add unknown markup, say). */
  public FakeTelegram rewrite(Function<String, String> pages) {
    this.rewrite = pages;
    return this;
  }

  /** Answers the next request with this instead of a page. */
  public FakeTelegram then(int status, Map<String, String> headers, String body) {
    synchronized (script) {
      script.add(new Reply(status, headers, body, 0));
    }
    return this;
  }

  /** Answers the next request with a page, after a pause. */
  public FakeTelegram thenSlow(long delayMillis) {
    synchronized (script) {
      script.add(new Reply(0, Map.of(), null, delayMillis));
    }
    return this;
  }

  public List<Request> requests() {
    synchronized (requests) {
      return List.copyOf(requests);
    }
  }

  public void forgetRequests() {
    synchronized (requests) {
      requests.clear();
    }
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      URI uri = exchange.getRequestURI();
      String ifNoneMatch = exchange.getRequestHeaders().getFirst("If-None-Match");
      synchronized (requests) {
        requests.add(
            new Request(
                uri.getPath(),
                uri.getQuery(),
                ifNoneMatch,
                exchange.getRequestHeaders().getFirst("If-Modified-Since")));
      }
      Reply reply;
      synchronized (script) {
        reply = script.poll();
      }
      if (reply != null && reply.delayMillis() > 0) {
        try {
          Thread.sleep(reply.delayMillis());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
      if (reply != null && reply.status() > 0) {
        reply.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
        send(exchange, reply.status(), reply.body() == null ? "" : reply.body());
        return;
      }
      if (!uri.getPath().equals("/s/" + channel)) {
        send(exchange, 404, "<html><body>not found</body></html>");
        return;
      }
      Long before = null;
      String query = uri.getQuery();
      if (query != null && query.startsWith("before=")) {
        before = Long.parseLong(query.substring("before=".length()));
      }
      String etag = "\"v" + posts + "\"";
      if (before == null && etags) {
        exchange.getResponseHeaders().add("ETag", etag);
        exchange.getResponseHeaders().add("Last-Modified", "Sat, 05 Dec 2026 10:00:00 GMT");
        if (etag.equals(ifNoneMatch)) {
          exchange.sendResponseHeaders(304, -1);
          return;
        }
      }
      send(
          exchange,
          200,
          rewrite.apply(PreviewPages.channelPage(channel, "Test Channel", posts, 20, before)));
    }
  }

  private static void send(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
    exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    if (bytes.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
    try {
      threads.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
