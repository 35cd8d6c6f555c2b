package dev.paperlens.index;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.ToIntFunction;

/**
 * The last answers of one kind of lookup on one version of the index, least recently used dropped
 * first: an editor asks again about the names and papers around its cursor, and each answer costs
 * several term lookups or a stored document's decompression. Answers belong to the reader they were
 * computed on ({@code generation}, its cache key); a lookup on any other reader empties the cache
 * first, so an update never leaves an old answer behind. Bounded by a count and by a weight (for
 * papers, the bytes of their stored JSON), so a few huge entries cannot hold the heap.
 *
 * <p>A map behind a lock rather than a caching library: the server's start reads none of it, and
 * the lock is held for a map operation, never while an answer is computed.
 */
final class RecentAnswers<K, V> {
  /** Computes an answer on the reader the generation names. */
  @FunctionalInterface
  interface Lookup<V> {
    V compute() throws java.io.IOException;
  }

  private record Weighed<V>(V value, int weight) {}

  private final int maxEntries;
  private final long maxWeight;
  private final ToIntFunction<V> weigher;
  private final LinkedHashMap<K, Weighed<V>> answers = new LinkedHashMap<>(64, 0.75f, true);
  private Object generation;
  private long weight;

  RecentAnswers(int maxEntries, long maxWeight, ToIntFunction<V> weigher) {
    this.maxEntries = maxEntries;
    this.maxWeight = maxWeight;
    this.weigher = weigher;
  }

  /** A cache of at most {@code maxEntries} answers, each weighing one. */
  RecentAnswers(int maxEntries) {
    this(maxEntries, maxEntries, v -> 1);
  }

  /**
   * The answer for {@code key} on the reader {@code generation} names: the remembered one, or the
   * one {@code lookup} computes, then remembered. Two threads asking at once may both compute it;
   * they get equal answers.
   */
  V get(Object generation, K key, Lookup<V> lookup) throws java.io.IOException {
    synchronized (this) {
      if (generation != this.generation) {
        answers.clear();
        weight = 0;
        this.generation = generation;
      }
      Weighed<V> known = answers.get(key);
      if (known != null) {
        return known.value();
      }
    }
    V value = lookup.compute();
    int w = Math.max(1, weigher.applyAsInt(value));
    if (w > maxWeight) {
      return value;
    }
    synchronized (this) {
      if (generation != this.generation) {
        return value; // the index changed while this was computed: keep the newer reader's cache
      }
      Weighed<V> old = answers.put(key, new Weighed<>(value, w));
      weight += w - (old == null ? 0 : old.weight());
      Iterator<Map.Entry<K, Weighed<V>>> eldest = answers.entrySet().iterator();
      while ((answers.size() > maxEntries || weight > maxWeight) && eldest.hasNext()) {
        weight -= eldest.next().getValue().weight();
        eldest.remove();
      }
    }
    return value;
  }

  /** How many answers are remembered now (tests). */
  synchronized int size() {
    return answers.size();
  }
}
