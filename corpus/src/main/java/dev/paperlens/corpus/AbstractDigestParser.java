package dev.paperlens.corpus;

import dev.paperlens.text.CrossScript;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a digest of translated abstracts (see docs/formats.md, "Abstract digests"): a short header
 * line, then one abstract per line. Abstracts have no titles, so each paper is known by the method
 * it introduces, found by {@link IntroducedNames}.
 */
public final class AbstractDigestParser implements SourceParser {
  /** A first line this short is the digest's header, not an abstract. */
  private static final int MAX_HEADER_CHARS = 200;

  /** Abstracts are paragraphs; a shorter line is not one. */
  private static final int MIN_ABSTRACT_CHARS = 200;

  /** At most this many lines are looked at to recognise a digest. */
  private static final int DETECTION_LINES = 50;

  @Override
  public SourceFormat format() {
    return SourceFormat.ABSTRACT_DIGEST;
  }

  @Override
  public boolean accepts(String content) {
    if (content == null || content.isBlank()) {
      return false;
    }
    char first = content.strip().charAt(0);
    if (first == '{' || first == '[' || first == '@') {
      return false;
    }
    int abstracts = 0;
    int others = 0;
    int seen = 0;
    boolean header = true;
    int start = 0;
    while (start <= content.length() && seen < DETECTION_LINES) {
      int end = content.indexOf('\n', start);
      if (end < 0) {
        end = content.length();
      }
      String line = content.substring(start, end).strip();
      start = end + 1;
      if (line.isEmpty()) {
        continue;
      }
      seen++;
      if (header && line.length() < MAX_HEADER_CHARS) {
        header = false;
        continue;
      }
      header = false;
      if (isAbstract(line)) {
        abstracts++;
      } else {
        others++;
      }
    }
    // Nearly every paragraph after the header is an abstract; a page with titles, link markers or
    // reactions lines between its paragraphs is a scraped channel instead.
    return abstracts >= 1 && others * 5 <= abstracts;
  }

  /** A long paragraph of mostly Cyrillic prose without link markers. */
  private static boolean isAbstract(String line) {
    if (line.length() < MIN_ABSTRACT_CHARS || line.contains("\uD83D\uDC40")) {
      return false;
    }
    int letters = 0;
    int cyrillic = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (Character.isLetter(c)) {
        letters++;
        if (CrossScript.isCyrillic(c)) {
          cyrillic++;
        }
      }
    }
    return cyrillic * 2 > letters;
  }

  @Override
  public List<ReviewDraft> parse(String path, String content) {
    List<ReviewDraft> drafts = new ArrayList<>();
    if (content == null) {
      return drafts;
    }
    boolean header = true;
    int number = 0;
    int start = 0;
    while (start < content.length()) {
      int end = content.indexOf('\n', start);
      if (end < 0) {
        end = content.length();
      }
      number++;
      String line = content.substring(start, end).strip();
      start = end + 1;
      if (line.isEmpty()) {
        continue;
      }
      if (header) {
        header = false;
        if (line.length() < MAX_HEADER_CHARS) {
          continue;
        }
      }
      drafts.add(review(path, number, line));
    }
    return drafts;
  }

  private static ReviewDraft review(String path, int number, String line) {
    List<Link> links = new ArrayList<>();
    TextLinks.addUrls(line, links);
    return new ReviewDraft(
        path,
        SourceFormat.ABSTRACT_DIGEST,
        number,
        number,
        null,
        IntroducedNames.introduced(null, line),
        null,
        null,
        null,
        null,
        Reactions.NONE,
        links,
        List.of(new SourceLine(number, line)),
        TextLinks.arxiv(links),
        TextLinks.doi(links));
  }
}
