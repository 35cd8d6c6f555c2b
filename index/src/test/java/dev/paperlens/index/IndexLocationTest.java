package dev.paperlens.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IndexLocationTest {
  static final Path HOME = Path.of("/home/reader");

  @Test
  void cacheRootFollowsXdgWithAFallbackAndAnOverride() {
    assertEquals(HOME.resolve(".cache/paperlens"), IndexLocation.cacheRoot(Map.of(), HOME));
    assertEquals(
        Path.of("/var/cache/x/paperlens"),
        IndexLocation.cacheRoot(Map.of("XDG_CACHE_HOME", "/var/cache/x"), HOME));
    assertEquals(
        HOME.resolve(".cache/paperlens"),
        IndexLocation.cacheRoot(Map.of("XDG_CACHE_HOME", "relative/not/allowed"), HOME));
    assertEquals(
        Path.of("/elsewhere"),
        IndexLocation.cacheRoot(
            Map.of("XDG_CACHE_HOME", "/var/cache/x", IndexLocation.CACHE_ENV, "/elsewhere"), HOME));
  }

  @Test
  void theSameSourcesInAnyOrderShareAnIndex() {
    Path root = Path.of("/cache");
    Path ab = IndexLocation.forSources(root, List.of(Path.of("/a"), Path.of("/b/../b")));
    assertEquals(ab, IndexLocation.forSources(root, List.of(Path.of("/b"), Path.of("/a"))));
    assertNotEquals(ab, IndexLocation.forSources(root, List.of(Path.of("/a"))));
    assertEquals(root, ab.getParent());
  }
}
