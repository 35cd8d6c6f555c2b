package dev.paperlens.corpus;

/**
 * A line of review text and where it stands in its source.
 *
 * @param line 1-based line number in the source file
 * @param text the line's text, cleaned
 */
public record SourceLine(int line, String text) {}
