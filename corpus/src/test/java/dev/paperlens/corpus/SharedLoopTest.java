package dev.paperlens.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;

/** Steps handed out to the pool and to the thread that finishes: each runs once, none is lost. */
class SharedLoopTest {
  @Test
  void everyStepRunsExactlyOnceWhileTheCallerDoesOtherWorkFirst() {
    for (int size : new int[] {0, 1, 2, 7, 10_000}) {
      AtomicIntegerArray runs = new AtomicIntegerArray(size);
      long[] squares = new long[size];
      SharedLoop loop =
          SharedLoop.start(
              size,
              i -> {
                runs.incrementAndGet(i);
                squares[i] = (long) i * i;
              });
      long other = 0;
      for (int k = 0; k < 100_000; k++) {
        other += k; // the caller's own work before it helps
      }
      loop.finish();
      assertEquals(4_999_950_000L, other);
      for (int i = 0; i < size; i++) {
        assertEquals(1, runs.get(i), "step " + i + " of " + size);
        assertEquals((long) i * i, squares[i]);
      }
    }
  }

  @Test
  void aStepsFailureIsThrownByFinish() {
    SharedLoop loop =
        SharedLoop.start(
            50,
            i -> {
              if (i == 31) {
                throw new IllegalStateException("step 31");
              }
            });
    RuntimeException thrown = assertThrows(RuntimeException.class, loop::finish);
    // the pool rethrows a copy of a worker's exception, caused by it
    Throwable cause = thrown;
    while (cause.getCause() != null) {
      cause = cause.getCause();
    }
    assertEquals("step 31", cause.getMessage());
  }
}
