package dev.paperlens.corpus;

import java.util.List;

/**
 * Identifiers that say two records are the same paper.
 *
 * @param arxiv arXiv id without version ("2306.15794"), or null
 * @param doi DOI in lower case ("10.48550/arxiv.2306.15794"), or null
 * @param urls every URL known for the paper (paper, code, blog...), in first-seen order
 */
public record PaperIds(String arxiv, String doi, List<String> urls) {
  public static final PaperIds NONE = new PaperIds(null, null, List.of());

  public PaperIds {
    urls = List.copyOf(urls);
  }
}
