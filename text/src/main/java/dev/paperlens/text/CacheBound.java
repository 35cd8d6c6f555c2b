package dev.paperlens.text;

/**
 * How many entries a cache of this module may hold: at most a fixed number, and one per so many
 * bytes of the maximum heap, so that the clients' 512 MB heap keeps every cache small while a
 * benchmark's larger heap keeps them whole (docs/performance.md, "100k under 512 MB again").
 */
final class CacheBound {
  private CacheBound() {}

  /** At most {@code most} entries, and one per {@code heapBytesPerEntry} of the maximum heap. */
  static int entries(int most, long heapBytesPerEntry) {
    return (int) Math.min(most, Runtime.getRuntime().maxMemory() / heapBytesPerEntry);
  }
}
