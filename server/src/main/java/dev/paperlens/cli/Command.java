package dev.paperlens.cli;

import java.io.PrintStream;
import java.util.List;

/** One subcommand of the paperlens-server jar. */
public interface Command {
  /**
   * Runs the command.
   *
   * @param args the arguments after the subcommand's name
   * @param out where results go (standard output)
   * @param err where messages go (standard error)
   * @return the process exit code
   */
  int run(List<String> args, PrintStream out, PrintStream err) throws Exception;
}
