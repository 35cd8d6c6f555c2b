package dev.paperlens.lsp;

import java.lang.management.ManagementFactory;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;

/**
 * Gives the free pages of the C heap back to the system, as {@code jcmd PID
 * System.trim_native_heap} does. A build's threads (the indexing pool, the merge threads, the JIT
 * compiling the build's code) leave glibc's malloc arenas grown and mostly free once they end, and
 * glibc returns such memory only from the top of an arena, so it stays resident for the process's
 * life: the resident size after a build stays above that of a server that only opened the same
 * index. HotSpot exposes the command through its diagnostic-command bean on Linux (in 17 since
 * 17.0.2); elsewhere, or on a C library it cannot trim, the command does nothing or is missing, and
 * nothing happens.
 */
final class NativeHeap {
  private static final String BEAN = "com.sun.management:type=DiagnosticCommand";

  /** The operation HotSpot's bean names for {@code System.trim_native_heap}. */
  static final String TRIM = "systemTrimNativeHeap";

  private NativeHeap() {}

  /**
   * Trims the C heap now; the command's own answer (the resident size before and after), or null
   * when this JVM has no such command.
   */
  static String trim() {
    try {
      MBeanServer server = ManagementFactory.getPlatformMBeanServer();
      Object answer =
          server.invoke(
              new ObjectName(BEAN),
              TRIM,
              new Object[] {new String[0]},
              new String[] {String[].class.getName()});
      return answer == null ? "" : answer.toString().strip();
    } catch (JMException | RuntimeException | LinkageError e) {
      return null;
    }
  }
}
