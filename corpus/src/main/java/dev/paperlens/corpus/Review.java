package dev.paperlens.corpus;

import java.util.List;

/**
 * One review of a paper in one source.
 *
 * @param path the source file, as given on the command line or found under a source folder
 * @param format how the source was read
 * @param startLine 1-based first line (the title line, or the message's first line)
 * @param endLine 1-based last line of the first body copy and any postscript
 * @param title the title as this review wrote it (null for a digest abstract)
 * @param channel the channel's name or handle, or null when the source does not say
 * @param date ISO-8601 date-time ("2024-05-21T14:03:11") or null when unknown
 * @param messageId the Telegram message id, or null
 * @param postUrl {@code https://t.me/<channel>/<id>} for public channels, or null
 * @param reactions reaction counts
 * @param links link labels and URLs (a scraped page keeps labels only: url is then null)
 * @param text the review body cleaned of scraping artifacts, lines joined by '\n'
 * @param summary a short plain-text gist for hover cards
 * @param mentions named methods, models and datasets this review mentions
 */
public record Review(
    String path,
    SourceFormat format,
    int startLine,
    int endLine,
    String title,
    String channel,
    String date,
    Long messageId,
    String postUrl,
    Reactions reactions,
    List<Link> links,
    String text,
    String summary,
    List<Mention> mentions) {

  public Review {
    links = List.copyOf(links);
    mentions = List.copyOf(mentions);
  }

  /** The URLs among this review's links, in order. */
  public List<String> urls() {
    return links.stream().map(Link::url).filter(u -> u != null && !u.isEmpty()).toList();
  }
}
