package dev.paperlens.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * Independent steps 0 to n-1 handed out one at a time to the common pool's workers, started at
 * once, and to the thread that asks for the result ({@link #finish}), which may do other work first
 * and then helps with what is left. A parallel stream started from the calling thread runs only
 * while that thread waits on it; this lets the pool work through one step of a build while the
 * calling thread does another that must run alone (grouping papers, building the linker's matcher),
 * so that on two cores the second does not wait.
 *
 * <p>Each step runs exactly once, on whichever thread takes it; steps must not depend on each
 * other's order.
 */
final class SharedLoop {
  private final int size;
  private final IntConsumer step;
  private final AtomicInteger next = new AtomicInteger();
  private final List<ForkJoinTask<?>> workers = new ArrayList<>();

  private SharedLoop(int size, IntConsumer step) {
    this.size = size;
    this.step = step;
  }

  /** Starts steps 0 to {@code size - 1} on the common pool's workers. */
  static SharedLoop start(int size, IntConsumer step) {
    SharedLoop loop = new SharedLoop(size, step);
    ForkJoinPool pool = ForkJoinPool.commonPool();
    int workers = Math.min(size, Math.max(1, ForkJoinPool.getCommonPoolParallelism()));
    for (int i = 0; i < workers; i++) {
      loop.workers.add(pool.submit(loop::run));
    }
    return loop;
  }

  private void run() {
    for (int i = next.getAndIncrement(); i < size; i = next.getAndIncrement()) {
      step.accept(i);
    }
  }

  /**
   * Runs the steps no worker has taken yet on this thread, then waits for the workers' last ones; a
   * step's exception is thrown here.
   */
  void finish() {
    run();
    for (ForkJoinTask<?> worker : workers) {
      worker.join();
    }
  }
}
