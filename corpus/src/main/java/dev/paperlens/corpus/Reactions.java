package dev.paperlens.corpus;

import java.util.Map;

/**
 * Reaction counts under a post.
 *
 * @param counts count per emoji, in the order shown; the key "" holds counts whose emoji the source
 *     dropped
 * @param raw the reactions line as written, or null (JSON exports)
 */
public record Reactions(Map<String, Integer> counts, String raw) {
  public static final Reactions NONE = new Reactions(Map.of(), null);

  public Reactions {
    counts = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(counts));
  }

  public int total() {
    return counts.values().stream().mapToInt(Integer::intValue).sum();
  }
}
