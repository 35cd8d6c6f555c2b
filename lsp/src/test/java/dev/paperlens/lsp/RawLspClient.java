package dev.paperlens.lsp;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A client that writes JSON-RPC frames byte by byte, so tests can send what no well-behaved library
 * would: broken JSON, wrong lengths, requests out of order. The server behind it is the real one,
 * started through {@link ServerLauncher} on pipes.
 */
final class RawLspClient implements AutoCloseable {
  private final PipedOutputStream toServer;
  private final PipedOutputStream toClient;
  private final Thread serverThread;
  private final Thread readerThread;
  private final BlockingQueue<JsonObject> incoming = new LinkedBlockingQueue<>();
  private final List<JsonObject> seen = new ArrayList<>();
  private final AtomicInteger exitCode = new AtomicInteger(Integer.MIN_VALUE);
  private final ByteArrayOutputStream log = new ByteArrayOutputStream();

  RawLspClient(IndexBuilder builder) throws IOException {
    toServer = new PipedOutputStream();
    PipedInputStream serverIn = new PipedInputStream(toServer, 1 << 20);
    toClient = new PipedOutputStream();
    PipedInputStream clientIn = new PipedInputStream(toClient, 1 << 20);
    PaperlensServer server =
        new PaperlensServer(
            builder,
            new PrintStream(log, true, StandardCharsets.UTF_8),
            exitCode::set,
            Duration.ofSeconds(30));
    serverThread = new Thread(() -> ServerLauncher.serve(server, serverIn, toClient), "raw-server");
    serverThread.setDaemon(true);
    serverThread.start();
    readerThread = new Thread(() -> readFrames(clientIn), "raw-client-reader");
    readerThread.setDaemon(true);
    readerThread.start();
  }

  /** Sends one well-framed message. */
  void send(String json) throws IOException {
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    sendRaw(("Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
    sendRaw(body);
  }

  void sendRaw(byte[] bytes) throws IOException {
    toServer.write(bytes);
    toServer.flush();
  }

  void request(int id, String method, String params) throws IOException {
    send(
        "{\"jsonrpc\":\"2.0\",\"id\":"
            + id
            + ",\"method\":\""
            + method
            + "\",\"params\":"
            + params
            + "}");
  }

  void notify(String method, String params) throws IOException {
    send("{\"jsonrpc\":\"2.0\",\"method\":\"" + method + "\",\"params\":" + params + "}");
  }

  /** The response to request {@code id}, or null when none came in time. */
  JsonObject response(int id, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      synchronized (seen) {
        for (JsonObject message : seen) {
          if (isResponse(message) && message.get("id").getAsString().equals(Integer.toString(id))) {
            return message;
          }
        }
      }
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        return null;
      }
      JsonObject next =
          incoming.poll(Math.min(left, TimeUnit.MILLISECONDS.toNanos(50)), TimeUnit.NANOSECONDS);
      if (next != null) {
        synchronized (seen) {
          seen.add(next);
        }
      }
    }
  }

  /** Every response received so far (messages without a method). */
  List<JsonObject> responses() {
    incoming.drainTo(seen);
    synchronized (seen) {
      return seen.stream().filter(RawLspClient::isResponse).toList();
    }
  }

  boolean serverAlive() {
    return serverThread.isAlive() && exitCode.get() == Integer.MIN_VALUE;
  }

  String serverLog() {
    return log.toString(StandardCharsets.UTF_8);
  }

  private static boolean isResponse(JsonObject message) {
    return !message.has("method") && message.has("id") && !message.get("id").isJsonNull();
  }

  private void readFrames(InputStream in) {
    try {
      while (true) {
        int length = -1;
        String line;
        while (!(line = readLine(in)).isEmpty()) {
          if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
            length = Integer.parseInt(line.substring("content-length:".length()).trim());
          }
        }
        byte[] body = in.readNBytes(length);
        if (body.length < length) {
          return;
        }
        JsonElement element = JsonParser.parseString(new String(body, StandardCharsets.UTF_8));
        incoming.add(element.getAsJsonObject());
      }
    } catch (IOException | RuntimeException e) {
      // the server closed its output
    }
  }

  private static String readLine(InputStream in) throws IOException {
    StringBuilder line = new StringBuilder();
    int c;
    while ((c = in.read()) != '\n') {
      if (c < 0) {
        throw new IOException("end of stream");
      }
      if (c != '\r') {
        line.append((char) c);
      }
    }
    return line.toString();
  }

  @Override
  public void close() throws IOException {
    toServer.close();
    try {
      serverThread.join(5000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    toClient.close();
  }
}
