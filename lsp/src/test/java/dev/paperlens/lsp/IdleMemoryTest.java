package dev.paperlens.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class IdleMemoryTest {
  private final AtomicLong now = new AtomicLong();
  private final AtomicInteger collections = new AtomicInteger();
  private final IdleMemory idle =
      new IdleMemory(Duration.ofSeconds(30), now::get, collections::incrementAndGet);

  private void at(int seconds) {
    now.set(Duration.ofSeconds(seconds).toNanos());
  }

  @Test
  void collectsOnceAfterWorkAndAQuietPeriod() {
    at(0);
    idle.check();
    assertEquals(0, collections.get(), "no work yet, nothing to give back");
    idle.work();
    at(10);
    idle.check();
    assertEquals(0, collections.get(), "still busy");
    at(31);
    idle.check();
    assertEquals(1, collections.get(), "quiet for 30 s after work");
    at(120);
    idle.check();
    assertEquals(1, collections.get(), "no work since: nothing more to give back");
  }

  @Test
  void everyRequestPostponesTheCollection() {
    for (int s = 0; s <= 100; s += 20) {
      at(s);
      idle.work();
      idle.check();
    }
    assertEquals(0, collections.get(), "requests every 20 s keep it busy");
    at(131);
    idle.check();
    assertEquals(1, collections.get());
    idle.work();
    at(162);
    idle.check();
    assertEquals(2, collections.get(), "work again, quiet again: another collection");
  }

  @Test
  void aFinishedBuildIsCollectedSoonAfterEvenWhileRequestsGoOn() {
    at(0);
    idle.built();
    for (int s = 1; s <= 4; s++) {
      at(s);
      idle.work();
      idle.check();
    }
    assertEquals(0, collections.get(), "the build has just finished");
    at(5);
    idle.work();
    idle.check();
    assertEquals(1, collections.get(), "five seconds after the build, busy or not");
    for (int s = 6; s <= 60; s++) {
      at(s);
      idle.work();
      idle.check();
    }
    assertEquals(1, collections.get(), "requests alone do not collect while they go on");
  }

  @Test
  void theIndexABuildReplacedIsCollectedSoonAfterItIsClosedEvenWhenAllIsQuiet() {
    at(0);
    idle.built();
    at(5);
    idle.check();
    assertEquals(1, collections.get(), "after the build, while the replaced index is still open");
    at(30);
    idle.released();
    at(34);
    idle.check();
    assertEquals(1, collections.get(), "just closed");
    at(35);
    idle.check();
    assertEquals(2, collections.get(), "what it held is collected though nothing else happened");
    at(200);
    idle.check();
    assertEquals(2, collections.get(), "then nothing until there is work");
  }

  @Test
  void aReleaseDoesNotPutOffTheIdleCollection() {
    at(0);
    idle.work();
    at(20);
    idle.released();
    at(25);
    idle.check();
    assertEquals(1, collections.get(), "the release is collected");
    at(31);
    idle.check();
    assertEquals(1, collections.get(), "that collection came after the work: nothing left to do");
  }
}
