package dev.paperlens.notes;

/**
 * Where keys of one cite command are written, found even when it holds no key yet ("\cite{" just
 * typed), so the cursor can be placed inside it.
 *
 * @param start the "{" of a LaTeX group, the "[" of a pandoc group, or the "@" of a bare citation
 * @param end after the closing "}" or "]", or where an unfinished group stops
 * @param closed whether the group has its closing bracket
 */
record CitationGroup(String command, int start, int end, boolean closed) {
  /** Whether a cursor at this offset is typing inside the group. */
  boolean holdsCursor(int offset) {
    return offset > start && (closed ? offset < end : offset <= end);
  }
}
