package dev.paperlens.features;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Markdown written from text we do not control (review bodies, titles, channel names). Everything
 * that Markdown or HTML would interpret is escaped, so review text cannot add links, images, HTML
 * or command links to a hover card.
 */
final class MarkdownText {
  private MarkdownText() {}

  private static final String PUNCTUATION = "\\`*_{}[]()#+-.!|<>~&:\"'$=^";

  /** One line of inert text: whitespace collapsed, Markdown punctuation backslash-escaped. */
  static String escape(String text) {
    if (text == null) {
      return "";
    }
    String collapsed = text.replaceAll("\\s+", " ").strip();
    StringBuilder out = new StringBuilder(collapsed.length() + 16);
    for (int i = 0; i < collapsed.length(); i++) {
      char c = collapsed.charAt(i);
      if (c == '<') {
        out.append("&lt;");
      } else if (c == '>') {
        out.append("&gt;");
      } else if (c == '&') {
        out.append("&amp;");
      } else if (PUNCTUATION.indexOf(c) >= 0 && mustEscape(collapsed, i)) {
        out.append('\\').append(c);
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** Punctuation that cannot start or close any construct stays readable ("a-b", "v1.2"). */
  private static boolean mustEscape(String s, int i) {
    char c = s.charAt(i);
    if (c == '-' || c == '.' || c == ':' || c == '\'' || c == '"' || c == '=') {
      boolean atStart = i == 0;
      boolean urlLike = c == ':' && s.startsWith("//", i + 1);
      return atStart || urlLike;
    }
    return true;
  }

  /** An inline code span holding the text verbatim (keys, names). */
  static String code(String text) {
    String t = text == null ? "" : text.replaceAll("\\s+", " ");
    String fence = t.contains("`") ? "`` " : "`";
    String close = t.contains("`") ? " ``" : "`";
    return fence + t.replace("``", "` `") + close;
  }

  /**
   * A link to an http(s) URL taken from a review; anything else (javascript:, command:, data:) is
   * shown as inert text.
   */
  static String link(String label, String url) {
    if (url == null || !isWebUrl(url)) {
      return escape(label);
    }
    return "[" + escape(label) + "](" + safeUrl(url) + ")";
  }

  static boolean isWebUrl(String url) {
    String lower = url.strip().toLowerCase(Locale.ROOT);
    return lower.startsWith("https://") || lower.startsWith("http://");
  }

  /** A URL with the characters that could end or escape the link destination percent-encoded. */
  static String safeUrl(String url) {
    StringBuilder out = new StringBuilder(url.length());
    for (char c : url.strip().toCharArray()) {
      switch (c) {
        case '(' -> out.append("%28");
        case ')' -> out.append("%29");
        case '<' -> out.append("%3C");
        case '>' -> out.append("%3E");
        case ' ' -> out.append("%20");
        case '"' -> out.append("%22");
        case '\\' -> out.append("%5C");
        case '`' -> out.append("%60");
        default -> {
          if (c >= ' ') {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }

  /** A command link as VS Code renders it: {@code command:id?<url-encoded JSON arguments>}. */
  static String commandLink(String label, String command, String jsonArguments) {
    String args = URLEncoder.encode(jsonArguments, StandardCharsets.UTF_8).replace("+", "%20");
    return "[" + escape(label) + "](command:" + command + "?" + args + ")";
  }
}
