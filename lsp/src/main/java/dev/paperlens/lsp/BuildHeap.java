package dev.paperlens.lsp;

import com.sun.management.HotSpotDiagnosticMXBean;
import com.sun.management.VMOption;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.List;

/**
 * Lets the heap grow freely while an index is built, and sizes it by the user's heap-free ratios
 * again once the build ends. A collector that sizes the heap by {@code -XX:MinHeapFreeRatio} and
 * {@code -XX:MaxHeapFreeRatio} after each full collection (the serial one the clients start the
 * server with) grows a small heap in steps of that ratio: a build whose data lives on (the first
 * stage of 70,000 entries holds a quarter of a GB) meets a full collection at every step, each
 * going over all the data kept so far. While a build runs the minimum free ratio is raised (and the
 * maximum lifted), so the first full collection grows the heap to what the build needs; when it
 * ends, successfully or not, the ratios the JVM started with are set again, before the collection
 * after the build ({@link IdleMemory}) that shrinks the heap by them. Both ratios are manageable
 * options of HotSpot, set through its diagnostic bean; on a JVM without it, or one that refuses,
 * nothing changes and the build runs as before.
 *
 * <p>Wraps the listener the build reports to, so it sees every start and end.
 */
final class BuildHeap implements IndexLifecycle.Listener {
  /** The minimum free share of the heap after a full collection while a build runs, in percent. */
  static final int BUILDING_MIN_FREE = 70;

  private static final String MIN = "MinHeapFreeRatio";
  private static final String MAX = "MaxHeapFreeRatio";

  /** Where the ratios are read and set: HotSpot's bean when serving. */
  interface Options {
    String get(String name);

    void set(String name, String value);
  }

  private final IndexLifecycle.Listener delegate;
  private final Options options;
  private final ServerLog log;
  private String startMin;
  private String startMax;
  private boolean raised;

  /**
   * @param options the JVM's options, or null when they cannot be read (nothing is changed then)
   */
  BuildHeap(IndexLifecycle.Listener delegate, Options options, ServerLog log) {
    this.delegate = delegate;
    this.options = options;
    this.log = log;
  }

  /** The running JVM's options through HotSpot's diagnostic bean; null on a JVM without it. */
  static Options hotSpot() {
    try {
      HotSpotDiagnosticMXBean bean =
          ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
      if (bean == null) {
        return null;
      }
      return new Options() {
        @Override
        public String get(String name) {
          VMOption option = bean.getVMOption(name);
          return option.isWriteable() ? option.getValue() : null;
        }

        @Override
        public void set(String name, String value) {
          bean.setVMOption(name, value);
        }
      };
    } catch (RuntimeException | LinkageError e) {
      return null;
    }
  }

  @Override
  public void started(String reason) {
    raise();
    delegate.started(reason);
  }

  @Override
  public void progress(String message) {
    delegate.progress(message);
  }

  @Override
  public void firstStage(int papers) {
    delegate.firstStage(papers);
  }

  @Override
  public void finished(int papers, Duration took, List<String> problems) {
    restore();
    delegate.finished(papers, took, problems);
  }

  @Override
  public void failed(String message) {
    restore();
    delegate.failed(message);
  }

  @Override
  public void released() {
    delegate.released();
  }

  /** Whether the ratios are the build's now. */
  synchronized boolean raised() {
    return raised;
  }

  private synchronized void raise() {
    if (raised || options == null) {
      return;
    }
    try {
      String min = options.get(MIN);
      String max = options.get(MAX);
      if (min == null || max == null || Integer.parseInt(min) >= BUILDING_MIN_FREE) {
        return;
      }
      // The maximum first: the JVM refuses a minimum above the maximum.
      options.set(MAX, "100");
      options.set(MIN, Integer.toString(BUILDING_MIN_FREE));
      startMin = min;
      startMax = max;
      raised = true;
    } catch (RuntimeException e) {
      log.trace("heap-free ratios left as they were: " + e.getMessage());
    }
  }

  private synchronized void restore() {
    if (!raised) {
      return;
    }
    raised = false;
    try {
      // The minimum first, for the same reason.
      options.set(MIN, startMin);
      options.set(MAX, startMax);
    } catch (RuntimeException e) {
      log.warn("cannot set the heap-free ratios back after the build: " + e.getMessage());
    }
  }
}
