package dev.paperlens.corpus;

import java.util.List;

/**
 * A paper as the corpus knows it: what it is called, how to cite it, what it introduces, and every
 * review of it. Built by {@link CorpusBuilder}; immutable.
 *
 * @param key the citation key: the user's BibTeX key when there is one, else a generated one
 * @param title the title exactly as written (for an abstract digest: the introduced method's name)
 * @param year publication year, or null when unknown
 * @param authors author names as written, possibly empty
 * @param ids arXiv id, DOI and URLs
 * @param methods names of the methods, models or datasets the paper introduces
 * @param reviews every review of this paper, in source order
 * @param mentions names mentioned across all its reviews, merged by canonical name
 * @param bibtex the user's BibTeX entry, when the paper came from or merged with one
 */
public record Paper(
    String key,
    String title,
    Integer year,
    List<String> authors,
    PaperIds ids,
    List<String> methods,
    List<Review> reviews,
    List<Mention> mentions,
    BibEntry bibtex) {

  public Paper {
    authors = List.copyOf(authors);
    methods = List.copyOf(methods);
    reviews = List.copyOf(reviews);
    mentions = List.copyOf(mentions);
  }
}
