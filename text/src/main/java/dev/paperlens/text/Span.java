package dev.paperlens.text;

/**
 * A stretch of a text by character offsets, {@code end} exclusive.
 *
 * @param start offset of the first character
 * @param end offset after the last character
 */
public record Span(int start, int end) {

  /** The characters of {@code text} this span covers. */
  public String of(String text) {
    return text.substring(start, end);
  }

  /** True when the span covers no character. */
  public boolean isEmpty() {
    return end <= start;
  }
}
