package dev.paperlens.corpus;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** URLs written in review text, and the paper identifiers they carry (read by {@link LinkIds}). */
final class TextLinks {
  private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"'«»()\\[\\]{}]+");
  private static final String TRAILING_PUNCTUATION = ".,;:!?…";

  private TextLinks() {}

  /** Adds every http(s) URL in the text as a link labelled with its host. */
  static void addUrls(String text, List<Link> links) {
    if (text.indexOf("://") < 0) {
      return;
    }
    Matcher m = URL.matcher(text);
    while (m.find()) {
      String url = m.group();
      int end = url.length();
      while (end > 0 && TRAILING_PUNCTUATION.indexOf(url.charAt(end - 1)) >= 0) {
        end--;
      }
      url = url.substring(0, end);
      String host = host(url);
      if (!host.isEmpty()) {
        links.add(new Link(host, url));
      }
    }
  }

  static String host(String url) {
    int start = url.indexOf("://") + 3;
    int end = start;
    while (end < url.length() && "/?#:".indexOf(url.charAt(end)) < 0) {
      end++;
    }
    return url.substring(start, end);
  }

  /** The arXiv id (without version) of the first arXiv link, or null. */
  static String arxiv(List<Link> links) {
    for (Link link : links) {
      String id = link.url() == null ? null : LinkIds.arxivId(link.url());
      if (id != null) {
        return id;
      }
    }
    return null;
  }

  /** The DOI (lower case) of the first doi.org link, or null. */
  static String doi(List<Link> links) {
    for (Link link : links) {
      String doi = link.url() == null ? null : LinkIds.doiFromUrl(link.url());
      if (doi != null) {
        return doi;
      }
    }
    return null;
  }
}
