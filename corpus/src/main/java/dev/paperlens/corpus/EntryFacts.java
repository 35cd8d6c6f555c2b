package dev.paperlens.corpus;

import java.util.List;

/**
 * What a library entry (BibTeX or CSL-JSON) states about its paper, read from its fields once: a
 * server's first stage ({@link LibraryPapers}) and the whole build ({@link CorpusBuilder}'s
 * grouping, facts and keys) both need the title, year, authors and ids of every entry, and reading
 * them twice cost the first stage's start (docs/performance.md).
 *
 * @param entry the entry as parsed
 * @param title its title as plain text ({@link BibTexParser#title}), or null
 * @param year its year, or null
 * @param authors its authors as written, in order
 * @param arxiv its arXiv id, or null
 * @param doi its DOI, or null
 */
public record EntryFacts(
    BibEntry entry, String title, Integer year, List<String> authors, String arxiv, String doi) {

  /** Reads one entry's facts. */
  public static EntryFacts of(BibEntry entry) {
    return new EntryFacts(
        entry,
        BibTexParser.title(entry),
        BibTexParser.year(entry),
        BibTexParser.authors(entry),
        BibTexParser.arxivId(entry),
        BibTexParser.doi(entry));
  }

  /** Reads every entry's facts, on every core, in the entries' order. */
  public static List<EntryFacts> of(List<BibEntry> entries) {
    return entries.parallelStream().map(EntryFacts::of).toList();
  }
}
