package dev.paperlens.corpus;

import java.util.List;

/**
 * A line of review text and where it stands in its source.
 *
 * @param line 1-based line number in the source file
 * @param text the line's text, cleaned
 */
public record SourceLine(int line, String text) {

  /** The lines' text joined by '\n': a review body as one string. */
  public static String join(List<SourceLine> lines) {
    StringBuilder out = new StringBuilder();
    for (SourceLine line : lines) {
      if (out.length() > 0) {
        out.append('\n');
      }
      out.append(line.text());
    }
    return out.toString();
  }
}
