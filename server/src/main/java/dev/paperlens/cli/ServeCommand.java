package dev.paperlens.cli;

import dev.paperlens.lsp.IndexBuilder;
import dev.paperlens.lsp.PaperlensServer;
import dev.paperlens.lsp.ServerLauncher;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code serve [--stdio] [--socket PORT]}: the language server. Over stdio by default; with {@code
 * --socket} it waits for one client on localhost, for attaching a debugger or a test client.
 */
final class ServeCommand implements dev.paperlens.cli.Command {
  private final Supplier<IndexBuilder> builder;

  ServeCommand(Supplier<IndexBuilder> builder) {
    this.builder = builder;
  }

  @Command(
      name = "serve",
      mixinStandardHelpOptions = true,
      versionProvider = Main.Version.class,
      sortOptions = false,
      description = {
        "Runs the language server: over stdio (the default, what editors start), or for one client"
            + " on a localhost socket.",
        "Settings come from the editor (initializationOptions, workspace/configuration) or from"
            + " .paperlens.json in the workspace."
      },
      footer = {
        "",
        "Examples:",
        "  java -jar paperlens-server.jar serve",
        "  java -jar paperlens-server.jar serve --socket 5007"
      })
  static final class Options {
    @Option(names = "--stdio", description = "Speak LSP over stdin and stdout (the default).")
    boolean stdio;

    @Option(
        names = {"--socket", "--port"},
        paramLabel = "PORT",
        description = "Wait for one client on localhost:PORT instead.")
    Integer port;

    /** Some clients pass their process id this way; initialize carries it too. */
    @Option(names = "--clientProcessId", hidden = true)
    Long clientProcessId;
  }

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
    Options options = new Options();
    OptionalInt exit = Cli.parse(options, args, out, err);
    if (exit.isPresent()) {
      return exit.getAsInt();
    }
    Integer port = options.port;
    // Standard output carries JSON-RPC only: anything else printing to System.out would corrupt it.
    OutputStream stdout = new BufferedOutputStream(new FileOutputStream(FileDescriptor.out));
    System.setOut(err);
    PaperlensServer server =
        new PaperlensServer(builder.get(), err, System::exit, PaperlensServer.DEFAULT_READY_WAIT);
    if (port == null) {
      ServerLauncher.serve(server, new FileInputStream(FileDescriptor.in), stdout);
      return 0;
    }
    try (ServerSocket listener = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
      err.println("paperlens: waiting for a client on localhost:" + listener.getLocalPort());
      try (Socket socket = listener.accept()) {
        ServerLauncher.serve(server, socket.getInputStream(), socket.getOutputStream());
      }
    }
    return 0;
  }
}
