package dev.paperlens.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Small review drafts for tests, as a parser would produce them. */
final class Drafts {
  private Drafts() {}

  /** A scraped-page review: title on startLine, body lines after it. */
  static ReviewDraft review(String path, int startLine, String title, String... body) {
    return review(path, startLine, title, List.of(), null, body);
  }

  static ReviewDraft review(
      String path,
      int startLine,
      String title,
      List<String> methods,
      String arxiv,
      String... body) {
    List<SourceLine> lines = new ArrayList<>();
    for (int i = 0; i < body.length; i++) {
      lines.add(new SourceLine(startLine + 1 + i, body[i]));
    }
    List<Link> links =
        arxiv == null
            ? List.of(new Link("LINK", null))
            : List.of(new Link("paper", "https://arxiv.org/abs/" + arxiv));
    return new ReviewDraft(
        path,
        SourceFormat.TELEGRAM_TEXT,
        startLine,
        startLine + body.length + 1,
        title,
        methods,
        "rizzearch",
        "2024-05-21T14:03:11",
        null,
        null,
        new Reactions(Map.of("🔥", 3), "🔥3"),
        links,
        lines,
        arxiv,
        null);
  }

  /** A digest abstract: no title, the paper known by the methods it introduces. */
  static ReviewDraft digest(String path, int line, List<String> methods, String text) {
    return digest(path, line, methods, text, null);
  }

  static ReviewDraft digest(String path, int line, List<String> methods, String text, String doi) {
    return new ReviewDraft(
        path,
        SourceFormat.ABSTRACT_DIGEST,
        line,
        line,
        null,
        methods,
        null,
        null,
        null,
        null,
        Reactions.NONE,
        List.of(),
        List.of(new SourceLine(line, text)),
        null,
        doi);
  }

  static BibEntry bib(String key, Map<String, String> fields) {
    return new BibEntry(key, "article", fields, "refs.bib", 1, "@article{" + key + ", ...}");
  }
}
