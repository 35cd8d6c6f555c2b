package dev.paperlens.notes;

/**
 * Text in a note where names may be mentioned: no code, math, URLs, comments, labels or citation
 * keys. Offsets are UTF-16 indexes, end exclusive; the range never starts or ends with whitespace.
 */
public record ProseRange(int start, int end) {
  public boolean contains(int offset) {
    return offset >= start && offset < end;
  }
}
