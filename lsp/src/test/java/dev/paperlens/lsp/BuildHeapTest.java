package dev.paperlens.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BuildHeapTest {
  private final ByteArrayOutputStream logged = new ByteArrayOutputStream();
  private final ServerLog log =
      new ServerLog(new PrintStream(logged, true, StandardCharsets.UTF_8));
  private final List<String> events = new ArrayList<>();

  /** The JVM's options as HotSpot checks them: the minimum never above the maximum. */
  private static final class FakeOptions implements BuildHeap.Options {
    final Map<String, String> values = new HashMap<>();
    final List<String> sets = new ArrayList<>();

    FakeOptions(int min, int max) {
      values.put("MinHeapFreeRatio", Integer.toString(min));
      values.put("MaxHeapFreeRatio", Integer.toString(max));
    }

    @Override
    public String get(String name) {
      return values.get(name);
    }

    @Override
    public void set(String name, String value) {
      Map<String, String> next = new HashMap<>(values);
      next.put(name, value);
      if (Integer.parseInt(next.get("MinHeapFreeRatio"))
          > Integer.parseInt(next.get("MaxHeapFreeRatio"))) {
        throw new IllegalArgumentException(name + " " + value + ": min above max");
      }
      values.putAll(next);
      sets.add(name + "=" + value);
    }

    String ratios() {
      return values.get("MinHeapFreeRatio") + "/" + values.get("MaxHeapFreeRatio");
    }
  }

  /** Records what reaches the wrapped listener, with the ratios at that moment. */
  private IndexLifecycle.Listener recorder(FakeOptions options) {
    return new IndexLifecycle.Listener() {
      @Override
      public void started(String reason) {
        events.add("started " + reason + " " + options.ratios());
      }

      @Override
      public void progress(String message) {
        events.add("progress " + message);
      }

      @Override
      public void firstStage(int papers) {
        events.add("first stage " + papers + " " + options.ratios());
      }

      @Override
      public void finished(int papers, Duration took, List<String> problems) {
        events.add("finished " + papers + " " + options.ratios());
      }

      @Override
      public void failed(String message) {
        events.add("failed " + message + " " + options.ratios());
      }

      @Override
      public void released() {
        events.add("released");
      }
    };
  }

  @Test
  void aBuildRaisesTheMinimumFreeRatioAndItsEndSetsTheUsersBackBeforeTheCollection() {
    FakeOptions options = new FakeOptions(30, 50);
    BuildHeap heap = new BuildHeap(recorder(options), options, log);
    heap.started("start");
    assertTrue(heap.raised());
    heap.firstStage(20);
    heap.progress("half");
    heap.finished(100, Duration.ofSeconds(3), List.of());
    heap.released();
    assertFalse(heap.raised());
    assertEquals(
        List.of(
            "started start 70/100",
            "first stage 20 70/100",
            "progress half",
            "finished 100 30/50",
            "released"),
        events,
        "the listener after the build (the collection that shrinks the heap) sees the user's ratios");
    assertEquals(
        List.of(
            "MaxHeapFreeRatio=100",
            "MinHeapFreeRatio=70",
            "MinHeapFreeRatio=30",
            "MaxHeapFreeRatio=50"),
        options.sets,
        "the order HotSpot accepts: the maximum lifted first, the minimum lowered first");
  }

  @Test
  void aFailedBuildSetsTheRatiosBackToo() {
    FakeOptions options = new FakeOptions(10, 30);
    BuildHeap heap = new BuildHeap(recorder(options), options, log);
    heap.started("change");
    heap.failed("out of memory");
    assertEquals("10/30", options.ratios());
    assertEquals(List.of("started change 70/100", "failed out of memory 10/30"), events);
    heap.started("again");
    heap.finished(1, Duration.ZERO, List.of());
    assertEquals("10/30", options.ratios(), "every build raises and restores");
    assertEquals(8, options.sets.size());
  }

  @Test
  void aUserRatioAtLeastTheBuildsIsLeftAlone() {
    FakeOptions options = new FakeOptions(80, 90);
    BuildHeap heap = new BuildHeap(recorder(options), options, log);
    heap.started("start");
    heap.finished(1, Duration.ZERO, List.of());
    assertEquals(List.of(), options.sets);
    assertEquals(List.of("started start 80/90", "finished 1 80/90"), events);
  }

  @Test
  void withoutTheOptionsOrWhenTheJvmRefusesTheBuildRunsAsBefore() {
    BuildHeap none = new BuildHeap(recorder(new FakeOptions(30, 50)), null, log);
    none.started("start");
    none.finished(1, Duration.ZERO, List.of());
    assertFalse(none.raised());
    BuildHeap.Options refusing =
        new BuildHeap.Options() {
          @Override
          public String get(String name) {
            return "30";
          }

          @Override
          public void set(String name, String value) {
            throw new IllegalArgumentException("not writeable");
          }
        };
    BuildHeap heap = new BuildHeap(recorder(new FakeOptions(30, 50)), refusing, log);
    heap.started("start");
    heap.finished(1, Duration.ZERO, List.of());
    assertFalse(heap.raised());
    assertEquals(4, events.size(), "every event still reaches the listener");
  }

  @Test
  void theRunningJvmTakesTheBuildsRatiosAndGetsItsOwnBack() {
    BuildHeap.Options hotSpot = BuildHeap.hotSpot();
    assertTrue(hotSpot != null, "a HotSpot JVM runs the tests");
    HotSpotDiagnosticMXBean bean =
        ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
    String min = bean.getVMOption("MinHeapFreeRatio").getValue();
    String max = bean.getVMOption("MaxHeapFreeRatio").getValue();
    IndexLifecycle.Listener quiet =
        new QuietListener() {
          @Override
          public void started(String reason) {
            events.add(bean.getVMOption("MinHeapFreeRatio").getValue());
          }
        };
    BuildHeap heap = new BuildHeap(quiet, hotSpot, log);
    heap.started("start");
    heap.finished(1, Duration.ZERO, List.of());
    if (Integer.parseInt(min) < BuildHeap.BUILDING_MIN_FREE) {
      assertEquals(List.of(Integer.toString(BuildHeap.BUILDING_MIN_FREE)), events);
    }
    assertEquals(min, bean.getVMOption("MinHeapFreeRatio").getValue());
    assertEquals(max, bean.getVMOption("MaxHeapFreeRatio").getValue());
  }
}
