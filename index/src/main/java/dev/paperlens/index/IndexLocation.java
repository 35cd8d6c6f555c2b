package dev.paperlens.index;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Where the on-disk index of a set of sources lives: a per-user cache directory, one subdirectory
 * per distinct set of sources, so that two workspaces never share or overwrite an index.
 */
public final class IndexLocation {
  private IndexLocation() {}

  /** Environment variable naming the cache root, overriding the XDG default. */
  public static final String CACHE_ENV = "PAPERLENS_CACHE_DIR";

  /**
   * The cache root: {@code $PAPERLENS_CACHE_DIR}, else {@code $XDG_CACHE_HOME/paperlens}, else
   * {@code ~/.cache/paperlens}.
   */
  public static Path cacheRoot(Map<String, String> env, Path home) {
    String explicit = env.get(CACHE_ENV);
    if (explicit != null && !explicit.isBlank()) {
      return Path.of(explicit);
    }
    String xdg = env.get("XDG_CACHE_HOME");
    if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
      return Path.of(xdg, "paperlens");
    }
    return home.resolve(".cache").resolve("paperlens");
  }

  /** The cache root for this process's environment and user. */
  public static Path cacheRoot() {
    return cacheRoot(System.getenv(), Path.of(System.getProperty("user.home")));
  }

  /**
   * The index directory for these sources under {@code root}: named by a hash of their absolute,
   * normalized paths, in any order.
   */
  public static Path forSources(Path root, List<Path> sources) {
    TreeSet<String> paths = new TreeSet<>();
    for (Path source : sources) {
      paths.add(source.toAbsolutePath().normalize().toString());
    }
    byte[] bytes = String.join("\n", paths).getBytes(StandardCharsets.UTF_8);
    return root.resolve("index-" + IndexEntries.hash(bytes));
  }

  /** The index directory for these sources under the default cache root. */
  public static Path forSources(List<Path> sources) {
    return forSources(cacheRoot(), sources);
  }
}
