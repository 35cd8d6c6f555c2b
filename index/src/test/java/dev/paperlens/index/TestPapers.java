package dev.paperlens.index;

import dev.paperlens.corpus.BibEntry;
import dev.paperlens.corpus.Mention;
import dev.paperlens.corpus.Paper;
import dev.paperlens.corpus.PaperIds;
import dev.paperlens.corpus.Reactions;
import dev.paperlens.corpus.Review;
import dev.paperlens.corpus.SourceFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A tiny builder for in-memory papers: {@code paper("gu2023", "Title").method("X").review(...)}.
 */
public final class TestPapers {
  private final String key;
  private final String title;
  private Integer year;
  private List<String> authors = List.of();
  private PaperIds ids = PaperIds.NONE;
  private BibEntry bibtex;
  private final List<String> methods = new ArrayList<>();
  private final List<Review> reviews = new ArrayList<>();
  private final List<Mention> mentions = new ArrayList<>();

  private TestPapers(String key, String title) {
    this.key = key;
    this.title = title;
  }

  public static TestPapers paper(String key, String title) {
    return new TestPapers(key, title);
  }

  public TestPapers year(int year) {
    this.year = year;
    return this;
  }

  public TestPapers authors(String... names) {
    this.authors = List.of(names);
    return this;
  }

  public TestPapers arxiv(String id) {
    this.ids = new PaperIds(id, null, List.of());
    return this;
  }

  /**
   * A BibTeX entry for the paper in refs.bib naming its venue (booktitle, journal or publisher).
   */
  public TestPapers venue(String field, String venue) {
    this.bibtex = new BibEntry(key, "article", Map.of(field, venue), "refs.bib", 1, "@article{}");
    return this;
  }

  public TestPapers method(String name) {
    methods.add(name);
    return this;
  }

  /** A mention of a canonical name under the given surface forms, in one review. */
  public TestPapers mentions(String name, String... surfaces) {
    mentions.add(new Mention(name, List.of(surfaces), List.of(1)));
    return this;
  }

  public TestPapers review(String text) {
    return review("reviews.txt", "2024-01-01T10:00:00", text);
  }

  public TestPapers review(String path, String date, String text) {
    reviews.add(
        new Review(
            path,
            SourceFormat.TELEGRAM_TEXT,
            1,
            2,
            title,
            "channel",
            date,
            null,
            null,
            Reactions.NONE,
            List.of(),
            text,
            text.length() > 40 ? text.substring(0, 40) : text,
            List.copyOf(mentions)));
    return this;
  }

  public Paper build() {
    return new Paper(key, title, year, authors, ids, methods, reviews, mentions, bibtex);
  }
}
