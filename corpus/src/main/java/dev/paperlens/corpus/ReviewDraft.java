package dev.paperlens.corpus;

import java.util.List;

/**
 * What a parser reads from one review, before papers are merged, keys assigned and mentions linked.
 *
 * @param path the source file
 * @param format the source's format
 * @param startLine 1-based first line of the review
 * @param endLine 1-based last line (first body copy plus any postscript)
 * @param title the title as written, or null (digests: the paper is known by its methods)
 * @param methods names the review says the paper introduces, in order of appearance
 * @param channel channel name or handle, or null
 * @param date ISO-8601 date-time, or null
 * @param messageId Telegram message id, or null
 * @param postUrl public post URL, or null
 * @param reactions reaction counts
 * @param links link labels and URLs
 * @param body the cleaned body, one entry per kept source line, with its 1-based line number
 * @param arxiv arXiv id found in the links, or null
 * @param doi DOI found in the links, or null
 */
public record ReviewDraft(
    String path,
    SourceFormat format,
    int startLine,
    int endLine,
    String title,
    List<String> methods,
    String channel,
    String date,
    Long messageId,
    String postUrl,
    Reactions reactions,
    List<Link> links,
    List<SourceLine> body,
    String arxiv,
    String doi) {

  public ReviewDraft {
    methods = List.copyOf(methods);
    links = List.copyOf(links);
    body = List.copyOf(body);
  }

  /** This draft without its body: what grouping and keys read of it before the body is needed. */
  public ReviewDraft withoutBody() {
    return new ReviewDraft(
        path, format, startLine, endLine, title, methods, channel, date, messageId, postUrl,
        reactions, links, List.of(), arxiv, doi);
  }

  /** The cleaned body text, lines joined by '\n'. */
  public String text() {
    return SourceLine.join(body);
  }
}
