package dev.paperlens.corpus;

import java.util.Map;

/**
 * A BibTeX entry as the user wrote it.
 *
 * @param key the entry's citation key
 * @param type the entry type in lower case ("article", "inproceedings", "misc")
 * @param fields field name (lower case) to value with braces and LaTeX accents resolved
 * @param path the .bib file
 * @param line 1-based line of the entry's '@'
 * @param source the entry's text exactly as written, for copying into another .bib
 */
public record BibEntry(
    String key, String type, Map<String, String> fields, String path, int line, String source) {
  public BibEntry {
    fields = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fields));
  }

  public String field(String name) {
    return fields.get(name);
  }
}
