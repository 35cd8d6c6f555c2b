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
import java.util.function.Supplier;

/**
 * {@code serve [--stdio] [--socket PORT]}: the language server. Over stdio by default; with {@code
 * --socket} it waits for one client on localhost, for attaching a debugger or a test client.
 */
final class ServeCommand implements Command {
  private final Supplier<IndexBuilder> builder;

  ServeCommand(Supplier<IndexBuilder> builder) {
    this.builder = builder;
  }

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
    Integer port = null;
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      switch (arg) {
        case "--stdio" -> {
          // what editors pass for the default transport
        }
        case "--socket", "--port" -> {
          if (i + 1 >= args.size()) {
            err.println("paperlens serve: --socket needs a port number");
            return 2;
          }
          try {
            port = Integer.parseInt(args.get(++i));
          } catch (NumberFormatException e) {
            err.println("paperlens serve: not a port number: " + args.get(i));
            return 2;
          }
        }
        case "--help", "-h" -> {
          out.println("usage: paperlens-server.jar serve [--stdio | --socket PORT]");
          out.println(
              "Speaks the Language Server Protocol over stdio (default) or one localhost socket.");
          return 0;
        }
        default -> {
          if (arg.startsWith("--clientProcessId")) {
            continue; // some clients pass their pid this way; initialize carries it too
          }
          err.println("paperlens serve: unknown argument " + arg);
          return 2;
        }
      }
    }
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
