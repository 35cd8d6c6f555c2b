package dev.paperlens.text;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * A map from keys to values for the millions of short reading keys a large vocabulary makes: the
 * keys are kept as bytes in one array and found through an open-addressing table of ints, about 25
 * bytes a key against some 85 for a {@link HashMap} entry with its own {@link String} (docs/
 * performance.md, "100k under 512 MB"). Keys with a character above U+00FF go to a plain map.
 *
 * <p>Filled by one thread; once filled and published through a final field it may be read by any
 * number of threads. No removal.
 */
final class KeyTable<V> {
  private static final float MAX_LOAD = 0.5f;

  /** The keys' characters, one byte each, one key after another. */
  private byte[] bytes;

  private int used;

  /** Where each key starts in {@link #bytes}; the key after the last starts at {@link #used}. */
  private int[] starts;

  private Object[] values;
  private int size;

  /** Each slot holds a key's number plus one, or 0 when empty. */
  private int[] slots;

  private final Map<String, V> wide = new HashMap<>();

  /** A table sized for about {@code expected} keys. */
  KeyTable(int expected) {
    int n = Math.max(expected, 8);
    bytes = new byte[n * 8];
    starts = new int[n + 1];
    values = new Object[n];
    slots = new int[tableSize(n)];
  }

  /** The value of {@code key}, or null. */
  @SuppressWarnings("unchecked")
  V get(String key) {
    if (!wide.isEmpty() && isWide(key)) {
      return wide.get(key);
    }
    int at = find(key, hash(key));
    return at < 0 ? null : (V) values[slots[at] - 1];
  }

  /** Sets the value of {@code key}. */
  void put(String key, V value) {
    if (isWide(key)) {
      wide.put(key, value);
      return;
    }
    int h = hash(key);
    int at = find(key, h);
    if (at >= 0) {
      values[slots[at] - 1] = value;
      return;
    }
    if (size + 1 > slots.length * MAX_LOAD) {
      rehash(slots.length * 2);
    }
    int n = key.length();
    if (used + n > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, used + n));
    }
    for (int i = 0; i < n; i++) {
      bytes[used + i] = (byte) key.charAt(i);
    }
    if (size + 1 >= starts.length) {
      starts = Arrays.copyOf(starts, starts.length * 2);
      values = Arrays.copyOf(values, starts.length);
    }
    starts[size] = used;
    used += n;
    starts[size + 1] = used;
    values[size] = value;
    size++;
    slots[emptySlot(h)] = size;
  }

  int size() {
    return size + wide.size();
  }

  boolean isEmpty() {
    return size() == 0;
  }

  /** Gives back what growing left unused; called once the table is filled. */
  void trim() {
    bytes = Arrays.copyOf(bytes, used);
    starts = Arrays.copyOf(starts, size + 1);
    values = Arrays.copyOf(values, size);
    int wanted = tableSize(size);
    if (wanted < slots.length) {
      rehash(wanted);
    }
  }

  /** The slot holding {@code key}, or -1. */
  private int find(String key, int h) {
    int mask = slots.length - 1;
    for (int s = h & mask; ; s = (s + 1) & mask) {
      int id = slots[s] - 1;
      if (id < 0) {
        return -1;
      }
      if (sameKey(id, key)) {
        return s;
      }
    }
  }

  private int emptySlot(int h) {
    int mask = slots.length - 1;
    int s = h & mask;
    while (slots[s] != 0) {
      s = (s + 1) & mask;
    }
    return s;
  }

  private boolean sameKey(int id, String key) {
    int start = starts[id];
    int n = starts[id + 1] - start;
    if (n != key.length()) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      if ((bytes[start + i] & 0xFF) != key.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private void rehash(int tableSize) {
    slots = new int[tableSize];
    for (int id = 0; id < size; id++) {
      int h = 0;
      for (int i = starts[id]; i < starts[id + 1]; i++) {
        h = 31 * h + (bytes[i] & 0xFF);
      }
      slots[emptySlot(spread(h))] = id + 1;
    }
  }

  private static int tableSize(int keys) {
    int n = Integer.highestOneBit(Math.max((int) (keys / MAX_LOAD), 8) - 1) << 1;
    return Math.max(n, 8);
  }

  /** The key's hash: {@link String#hashCode}, which a string caches, spread over the table. */
  private static int hash(String key) {
    return spread(key.hashCode());
  }

  private static int spread(int h) {
    int x = h * 0x9E3779B9;
    return x ^ (x >>> 16);
  }

  private static boolean isWide(String key) {
    for (int i = 0; i < key.length(); i++) {
      if (key.charAt(i) > 0xFF) {
        return true;
      }
    }
    return false;
  }
}
