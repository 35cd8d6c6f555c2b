package dev.paperlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The serve command as a child process speaking LSP over its real stdin/stdout. */
class ServeCommandTest {
  @TempDir Path workspace;

  private static Process serve() throws IOException {
    return serve(List.of());
  }

  /** The server started with these JVM flags. */
  private static Process serve(List<String> jvmFlags) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmFlags);
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), "dev.paperlens.cli.Main"));
    return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
  }

  /**
   * The flags after the heap's that the clients start the server with (the VS Code client, the
   * editor blocks of docs/configuration.md): the JVM's warnings to standard error.
   */
  private static final List<String> WARNINGS_TO_STDERR =
      List.of("-Xlog:disable", "-Xlog:all=warning:stderr");

  /** A flag pair the JVM warns about as it starts: a young generation over the initial heap. */
  private static final List<String> WARNED_ABOUT =
      List.of("-XX:+UseSerialGC", "-Xms16m", "-Xmn32m");

  /** The first line the server started with these flags writes on stdout once initialized. */
  private String firstLine(List<String> jvmFlags) throws Exception {
    Process server = serve(jvmFlags);
    try {
      send(server.getOutputStream(), initialize(ProcessHandle.current().pid()));
      ByteArrayOutputStream line = new ByteArrayOutputStream();
      InputStream in = server.getInputStream();
      for (int b = in.read(); b >= 0 && b != '\n'; b = in.read()) {
        line.write(b);
      }
      return line.toString(StandardCharsets.UTF_8);
    } finally {
      server.destroyForcibly();
      server.waitFor(20, TimeUnit.SECONDS);
    }
  }

  @Test
  void theJvmsWarningsStayOffStdoutWithTheClientsFlags() throws Exception {
    // Without them the JVM writes its warning where the client reads LSP.
    assertTrue(firstLine(WARNED_ABOUT).contains("[warning]"), "the flag pair warned of nothing");
    List<String> flags = new ArrayList<>(WARNINGS_TO_STDERR);
    flags.addAll(WARNED_ABOUT);
    String first = firstLine(flags);
    assertTrue(first.startsWith("Content-Length: "), "stdout began with: " + first);
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
