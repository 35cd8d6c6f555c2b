package dev.paperlens.corpus;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Paper identifiers read from a link or a citation string: the arXiv id and the DOI that say two
 * records are the same paper whatever source they came from.
 */
public final class LinkIds {
  private LinkIds() {}

  private static final String ARXIV_ID =
      "(\\d{4}\\.\\d{4,5}|[a-z][a-z\\-]*(?:\\.[A-Z]{2})?/\\d{7})";
  private static final Pattern ARXIV_URL =
      Pattern.compile(
          "(?i)\\barxiv\\.org/(?:abs|pdf|html|format)/" + ARXIV_ID + "(?:v\\d+)?",
          Pattern.CASE_INSENSITIVE);
  // Mirrors that keep the arXiv id in the path; new-style ids only, old ones never reached them.
  private static final Pattern ARXIV_MIRROR =
      Pattern.compile(
          "(?i)\\b(?:alphaxiv\\.org/(?:abs|overview)|huggingface\\.co/papers|paperswithcode\\.com/paper/arxiv)/"
              + "(\\d{4}\\.\\d{4,5})");
  private static final Pattern ARXIV_PREFIXED =
      Pattern.compile("(?i)\\barxiv\\s*:\\s*" + ARXIV_ID + "(?:v\\d+)?");
  private static final Pattern ARXIV_DOI = Pattern.compile("(?i)^10\\.48550/arxiv\\.(.+)$");
  private static final Pattern BARE_ARXIV =
      Pattern.compile("(?i)^(?:arxiv\\s*:\\s*)?" + ARXIV_ID + "(?:v\\d+)?$");
  private static final Pattern DOI = Pattern.compile("\\b(10\\.\\d{4,9}/[^\\s\"<>{}]+)");
  private static final Pattern DOI_URL =
      Pattern.compile(
          "(?i)(?:doi\\.org/|/doi/(?:abs/|full/|pdf/)?)(10\\.\\d{4,9}/[^\\s\"<>{}?#]+)");

  /**
   * The arXiv id (without version) a link or text points to: an arxiv.org abs/pdf/html URL, a
   * mirror that keeps the id (alphaxiv, Hugging Face papers), an "arXiv:XXXX.XXXXX" mention or an
   * arXiv DOI. Null when there is none.
   */
  public static String arxivId(String text) {
    if (text == null || text.isBlank() || !mayNameArxiv(text)) {
      return null;
    }
    for (Pattern p : new Pattern[] {ARXIV_URL, ARXIV_MIRROR, ARXIV_PREFIXED}) {
      Matcher m = p.matcher(text);
      if (m.find()) {
        return m.group(1);
      }
    }
    String doi = doiIn(text);
    if (doi != null) {
      Matcher m = ARXIV_DOI.matcher(doi);
      if (m.matches()) {
        return bareArxivId(m.group(1));
      }
    }
    return null;
  }

  /**
   * Whether the text has "xiv" (arxiv.org, alphaxiv, "arXiv:", an arXiv DOI) or "huggingface" in it
   * in any case, or a percent escape that may hide either: every form {@link #arxivId} finds does,
   * and most fields of a library have neither, so their patterns are not run.
   */
  private static boolean mayNameArxiv(String text) {
    if (text.indexOf('%') >= 0) {
      return true;
    }
    for (int i = 0; i + 3 <= text.length(); i++) {
      if (text.regionMatches(true, i, "xiv", 0, 3)
          || text.regionMatches(true, i, "huggingface", 0, 11)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The id when the whole string is an arXiv id ("2312.00752v2", "arXiv:cs/0112017"), else null.
   */
  public static String bareArxivId(String text) {
    if (text == null) {
      return null;
    }
    Matcher m = BARE_ARXIV.matcher(text.strip());
    return m.matches() ? m.group(1) : null;
  }

  /**
   * The DOI, lower case, that a link resolves to: doi.org and dx.doi.org URLs and publisher URLs
   * with a "/doi/10.…" path. Null for other links.
   */
  public static String doiFromUrl(String url) {
    if (url == null) {
      return null;
    }
    Matcher m = DOI_URL.matcher(decode(url));
    return m.find() ? clean(m.group(1)) : null;
  }

  /**
   * The first DOI written anywhere in the text ("10.1145/3458817", "doi:10.…", a doi.org URL),
   * lower case, or null.
   */
  public static String doiIn(String text) {
    if (text == null) {
      return null;
    }
    Matcher m = DOI.matcher(decode(text));
    return m.find() ? clean(m.group(1)) : null;
  }

  private static String decode(String s) {
    if (s.indexOf('%') < 0) {
      return s;
    }
    try {
      return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return s;
    }
  }

  private static String clean(String doi) {
    String d = doi;
    while (!d.isEmpty() && ".,;:)]'".indexOf(d.charAt(d.length() - 1)) >= 0) {
      d = d.substring(0, d.length() - 1);
    }
    return d.toLowerCase(Locale.ROOT);
  }
}
