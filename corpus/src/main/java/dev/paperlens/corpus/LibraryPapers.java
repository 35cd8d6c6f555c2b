package dev.paperlens.corpus;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The papers of a library (BibTeX or CSL-JSON entries) as the entries state them, before merging
 * with reviews and before the name analysis {@link CorpusBuilder} does: key, title, authors, year,
 * ids and the entry itself, no introduced methods and no mentions. A server answers citations from
 * them while the whole corpus is still being built: reading a paper's own fields is a small part of
 * building it.
 *
 * <p>Every paper here is one the whole corpus also has under the same key: the user's key is kept
 * as written, and an entry whose key was given before (compared without case, as {@link
 * CitationKeys} does) is left out, since the whole build gives it a generated key.
 */
public final class LibraryPapers {
  private LibraryPapers() {}

  /** One paper per entry with a usable key, in the order of the entries. */
  public static List<Paper> of(List<BibEntry> entries) {
    return fromFacts(EntryFacts.of(entries));
  }

  /** One paper per entry with a usable key, in the order of the entries, from facts read before. */
  public static List<Paper> fromFacts(List<EntryFacts> entries) {
    List<Paper> papers = new ArrayList<>(entries.size());
    Set<String> keys = new HashSet<>();
    for (EntryFacts facts : entries) {
      String key = facts.entry().key();
      if (key == null || key.isBlank() || !keys.add(key.toLowerCase(Locale.ROOT))) {
        continue;
      }
      papers.add(paper(facts));
    }
    return papers;
  }

  /** The paper an entry describes, from its own fields. */
  public static Paper paper(BibEntry entry) {
    return paper(EntryFacts.of(entry));
  }

  private static Paper paper(EntryFacts facts) {
    BibEntry entry = facts.entry();
    Set<String> urls = new LinkedHashSet<>();
    String url = entry.field("url");
    if (url != null && !url.isBlank()) {
      urls.add(url.strip());
    }
    return new Paper(
        entry.key(),
        facts.title() != null ? facts.title() : "(untitled)",
        facts.year(),
        facts.authors(),
        new PaperIds(facts.arxiv(), facts.doi(), List.copyOf(urls)),
        List.of(),
        List.of(),
        List.of(),
        entry);
  }
}
