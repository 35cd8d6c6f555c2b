package dev.paperlens.corpus;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything read from a set of review sources: the papers, deterministically ordered (by source
 * path and line; papers known only from BibTeX last, by key), and one line per source that could
 * not be read.
 *
 * @param papers every paper, each with a unique key
 * @param problems what was skipped and why, one human-readable line each
 */
public record Corpus(List<Paper> papers, List<String> problems) {
  public static final Corpus EMPTY = new Corpus(List.of(), List.of());

  public Corpus {
    papers = List.copyOf(papers);
    problems = List.copyOf(problems);
  }

  /** The paper with this citation key (exact, then case-insensitive). A linear scan: see byKey. */
  public Optional<Paper> paper(String key) {
    for (Paper p : papers) {
      if (p.key().equals(key)) {
        return Optional.of(p);
      }
    }
    return papers.stream().filter(p -> p.key().equalsIgnoreCase(key)).findFirst();
  }

  /** Papers by key, in corpus order; build it once where many lookups follow. */
  public Map<String, Paper> byKey() {
    Map<String, Paper> out = new LinkedHashMap<>();
    for (Paper p : papers) {
      out.put(p.key(), p);
    }
    return out;
  }

  /** Number of reviews across all papers. */
  public int reviewCount() {
    return papers.stream().mapToInt(p -> p.reviews().size()).sum();
  }
}
