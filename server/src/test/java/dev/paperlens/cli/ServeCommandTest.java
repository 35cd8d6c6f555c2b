package dev.paperlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The serve command as a child process speaking LSP over its real stdin/stdout. */
class ServeCommandTest {
  @TempDir Path workspace;

  private static Process serve() throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(
            java, "-cp", System.getProperty("java.class.path"), "dev.paperlens.cli.Main")
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();
  }

  private static void send(OutputStream out, String json) throws IOException {
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    out.write(("Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
    out.write(body);
    out.flush();
  }

  /** Reads one framed message; fails if anything but a Content-Length header comes first. */
  private static String receive(InputStream in) throws IOException {
    ByteArrayOutputStream header = new ByteArrayOutputStream();
    while (!header.toString(StandardCharsets.US_ASCII).endsWith("\r\n\r\n")) {
      int b = in.read();
      if (b < 0) {
        throw new IOException("stream ended in a header: " + header);
      }
      header.write(b);
    }
    String text = header.toString(StandardCharsets.US_ASCII);
    assertTrue(text.startsWith("Content-Length: "), "stdout carried something else: " + text);
    int length = Integer.parseInt(text.substring(16, text.indexOf('\r')).trim());
    return new String(in.readNBytes(length), StandardCharsets.UTF_8);
  }

  private String initialize(long processId) {
    return "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"processId\":"
        + processId
        + ",\"rootUri\":\""
        + workspace.toUri()
        + "\",\"capabilities\":{}}}";
  }

  @Test
  void speaksOnlyJsonRpcOnStdoutAndExitsWhenStdinCloses() throws Exception {
    Process server = serve();
    try {
      send(server.getOutputStream(), initialize(ProcessHandle.current().pid()));
      String response = receive(server.getInputStream());
      while (!response.contains("\"id\":1")) {
        assertTrue(response.contains("\"method\":\"window/logMessage\""), response);
        response = receive(server.getInputStream());
      }
      assertTrue(response.contains("\"hoverProvider\":true"), response);
      send(
          server.getOutputStream(),
          "{\"jsonrpc\":\"2.0\",\"method\":\"initialized\",\"params\":{}}");
      server.getOutputStream().close();
      assertTrue(server.waitFor(20, TimeUnit.SECONDS), "server still running after stdin closed");
    } finally {
      server.destroyForcibly();
    }
  }

  @Test
  void exitsWhenTheClientProcessDies() throws Exception {
    // Any long-lived process will do as the "editor": here another server waiting on a socket.
    Process client =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                "dev.paperlens.cli.Main",
                "serve",
                "--socket",
                "0")
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    Process server = serve();
    try {
      send(server.getOutputStream(), initialize(client.pid()));
      while (!receive(server.getInputStream()).contains("\"id\":1")) {
        // log messages may come first
      }
      client.destroy();
      client.waitFor(20, TimeUnit.SECONDS);
      assertTrue(server.waitFor(20, TimeUnit.SECONDS), "server outlived its client process");
      assertEquals(1, server.exitValue());
    } finally {
      server.destroyForcibly();
      client.destroyForcibly();
    }
  }

  @Test
  void unknownArgumentsAreRefused() throws Exception {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        new ServeCommand(ReviewIndex::builder)
            .run(
                List.of("--bogus"),
                new java.io.PrintStream(new ByteArrayOutputStream()),
                new java.io.PrintStream(err, true, StandardCharsets.UTF_8));
    assertEquals(2, code);
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("--bogus"));
  }
}
