package dev.paperlens.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class NativeHeapTest {
  private static void assumeTrimmable() {
    assumeTrue(
        System.getProperty("os.name").toLowerCase(Locale.ROOT).contains("linux")
            && ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class) != null
            && Runtime.version().compareTo(Runtime.Version.parse("17.0.2")) >= 0,
        "the command is HotSpot's, on Linux, since 17.0.2");
  }

  @Test
  void trimsTheCHeapThroughTheDiagnosticBeanOnLinux() {
    assumeTrimmable();
    String answer = NativeHeap.trim();
    assertNotNull(answer, "the bean has no " + NativeHeap.TRIM + " operation");
    assertTrue(answer.toLowerCase(Locale.ROOT).contains("trim"), answer);
  }

  @Test
  void theServersCollectionTrimsAfterwardsAndSaysWhatItGaveBack() {
    assumeTrimmable();
    List<String> traced = new ArrayList<>();
    IdleMemory.giveBack(traced::add);
    assertEquals(1, traced.size(), traced.toString());
    assertTrue(
        traced.get(0).startsWith("after a full collection: Trim native heap"), traced.get(0));
  }
}
