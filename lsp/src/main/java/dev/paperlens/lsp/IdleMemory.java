package dev.paperlens.lsp;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Gives memory back when the server has been quiet for a while. An index build or a burst of
 * requests leaves the heap grown and mostly garbage (at 20,000 BibTeX entries, about a gigabyte of
 * which under 20 MB stay live); the JVM keeps it until a full collection, which an idle server
 * never triggers on its own. So after work and then a quiet period, one full collection runs, and a
 * collector that shrinks the heap after it (the serial collector with the heap-free ratios the
 * clients start the server with, or G1) returns the rest to the system. Nothing runs again until
 * there has been work. A finished build is collected after it even while requests go on: the heap
 * it grew would otherwise stay committed for as long as the editor is busy, since a small live set
 * never starts a concurrent cycle that could shrink it. So is the index a build replaced, once it
 * is closed: it stays open for a grace period after the build for requests still reading it (a
 * first stage of 70,000 entries holds a quarter of a GB), so the collection after the build cannot
 * free it, and an editor gone quiet by then would keep that heap committed for good.
 */
final class IdleMemory {
  /** How long without requests or builds counts as idle. */
  static final Duration QUIET = Duration.ofSeconds(30);

  /** How long after a build its garbage is collected, quiet or not. */
  static final Duration AFTER_BUILD = Duration.ofSeconds(5);

  private final Duration quiet;
  private final LongSupplier nanoClock;
  private final Runnable collect;
  private long lastWork;
  private boolean workSinceCollect;
  private long buildEnded;
  private boolean buildSinceCollect;

  /**
   * @param quiet how long without work before collecting
   * @param nanoClock the time in nanoseconds ({@link System#nanoTime} when serving)
   * @param collect the collection ({@link System#gc} when serving)
   */
  IdleMemory(Duration quiet, LongSupplier nanoClock, Runnable collect) {
    this.quiet = quiet;
    this.nanoClock = nanoClock;
    this.collect = collect;
  }

  /**
   * The server's own: the real clock and a full collection, then the C heap trimmed ({@link
   * NativeHeap}: what a build's threads left free in malloc's arenas), checked on {@code timer};
   * what the trim returned goes to {@code trace}.
   */
  static IdleMemory start(ScheduledExecutorService timer, Consumer<String> trace) {
    IdleMemory idle = new IdleMemory(QUIET, System::nanoTime, () -> giveBack(trace));
    long period = AFTER_BUILD.toMillis();
    var unusedChecks =
        timer.scheduleWithFixedDelay(idle::check, period, period, TimeUnit.MILLISECONDS);
    return idle;
  }

  /**
   * A full collection, then the C heap's free pages returned; the trim's answer to {@code trace}.
   */
  static void giveBack(Consumer<String> trace) {
    System.gc();
    String trimmed = NativeHeap.trim();
    if (trimmed != null) {
      trace.accept("after a full collection: " + trimmed);
    }
  }

  /** A request or build happened now. */
  synchronized void work() {
    lastWork = nanoClock.getAsLong();
    workSinceCollect = true;
  }

  /** An index build finished now. */
  synchronized void built() {
    work();
    garbageNow();
  }

  /**
   * The index a build replaced was closed now: collected {@link #AFTER_BUILD} later, quiet or not,
   * like a build's garbage. Not work: it does not put off the idle collection.
   */
  synchronized void released() {
    garbageNow();
  }

  private void garbageNow() {
    buildEnded = nanoClock.getAsLong();
    buildSinceCollect = true;
  }

  /**
   * Collects {@link #AFTER_BUILD} after a build or a released index, and when there was work since
   * the last collection and none for {@link #quiet}.
   */
  void check() {
    synchronized (this) {
      long now = nanoClock.getAsLong();
      boolean afterBuild = buildSinceCollect && now - buildEnded >= AFTER_BUILD.toNanos();
      boolean idle = workSinceCollect && now - lastWork >= quiet.toNanos();
      if (!afterBuild && !idle) {
        return;
      }
      workSinceCollect = false;
      buildSinceCollect = false;
    }
    collect.run();
  }
}
