package dev.paperlens.corpus;

import java.util.List;

/**
 * A line of review text and where it stands in its source.
 *
 * @param line 1-based line number in the source file
 * @param text the line's text, cleaned
 */
public record SourceLine(int line, String text) {

  /**
   * The lines' text joined by '\n': a review body as one string. Empty lines before the first line
   * with text are left out. Joined by {@link String#join}, which sizes the string once, where a
   * growing builder copied a body several times and then once more to make the string: a body is
   * joined for its gist and again for its review.
   */
  public static String join(List<SourceLine> lines) {
    int first = 0;
    while (first < lines.size() && lines.get(first).text().isEmpty()) {
      first++;
    }
    String[] texts = new String[lines.size() - first];
    for (int i = first; i < lines.size(); i++) {
      texts[i - first] = lines.get(i).text();
    }
    return String.join("\n", texts);
  }
}
