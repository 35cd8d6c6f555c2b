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
 * @param source the entry's text exactly as written, for copying into another .bib (for a CSL item:
 *     the item written as BibTeX)
 * @param format the file's format: {@link SourceFormat#BIBTEX}, or {@link SourceFormat#CSL_JSON}
 *     for an item of a CSL-JSON library, whose file Paperlens does not edit
 */
public record BibEntry(
    String key,
    String type,
    Map<String, String> fields,
    String path,
    int line,
    String source,
    SourceFormat format) {
  public BibEntry {
    fields = EntryFields.of(fields);
    format = format == null ? SourceFormat.BIBTEX : format;
  }

  /** An entry of a .bib file. */
  public BibEntry(
      String key, String type, Map<String, String> fields, String path, int line, String source) {
    this(key, type, fields, path, line, source, SourceFormat.BIBTEX);
  }

  public String field(String name) {
    return fields.get(name);
  }
}
