package dev.paperlens.lsp;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;

/**
 * Where the server says what it does: standard error always (never standard output, which carries
 * JSON-RPC), and the client's log once it is connected.
 */
final class ServerLog {
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS");

  private final PrintStream err;
  private volatile PaperlensClient client;

  ServerLog(PrintStream err) {
    this.err = err;
  }

  void connect(PaperlensClient client) {
    this.client = client;
  }

  void info(String message) {
    log(MessageType.Info, message);
  }

  /**
   * A step of the server's own work (reading, parsing, indexing), on standard error only, with the
   * milliseconds since the process started: a cold start's timeline, without filling the client's
   * log.
   */
  void trace(String message) {
    err.println(
        "[paperlens "
            + LocalTime.now(ZoneId.systemDefault()).format(TIME)
            + " trace] +"
            + sinceStart()
            + " ms "
            + message);
  }

  /**
   * Milliseconds since the JVM started, as the JVM took the time when it began. Not the process's
   * start time the operating system reports: Linux gives it in clock ticks since a boot time
   * rounded to the whole second, so every trace was late by the same fraction of a second (0.65 s
   * on one machine: an {@code initialize} answered 0.8 s after the spawn was traced at +1.45 s).
   */
  static long sinceStart() {
    return System.currentTimeMillis() - STARTED_MILLIS;
  }

  private static final long STARTED_MILLIS = ManagementFactory.getRuntimeMXBean().getStartTime();

  void warn(String message) {
    log(MessageType.Warning, message);
  }

  void error(String message, Throwable e) {
    log(MessageType.Error, message + (e == null ? "" : ": " + e));
    if (e != null && !(e instanceof java.util.concurrent.CancellationException)) {
      e.printStackTrace(err);
    }
  }

  private void log(MessageType type, String message) {
    err.println(
        "[paperlens "
            + LocalTime.now(ZoneId.systemDefault()).format(TIME)
            + " "
            + type.name().toLowerCase(Locale.ROOT)
            + "] "
            + message);
    PaperlensClient c = client;
    if (c != null) {
      try {
        c.logMessage(new MessageParams(type, message));
      } catch (RuntimeException e) {
        // the connection is gone; standard error still has it
      }
    }
  }
}
