package dev.paperlens.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text of one message in a Telegram Desktop export, flattened: the plain text, the links it
 * carries, and which characters are link text (so a line made only of links, like "👀 paper, code",
 * can be told from prose).
 *
 * <p>The export writes {@code text} as a plain string when the message has no formatting, else as
 * an array mixing plain strings and entity objects ({@code {"type": "text_link", "text": "LINK",
 * "href": "…"}}, {@code {"type": "link", "text": "https://…"}}, bold, code, mention…).
 *
 * @param text the message text as the reader sees it
 * @param links text_link and link entities, then bare URLs in plain parts, in text order
 * @param linkChars indexes into {@code text} that belong to a link
 * @param partStarts where each element of an array-form text starts in {@code text}
 */
@SuppressWarnings("ArrayRecordComponent") // internal to the parser; never compared
record TelegramMessageText(String text, List<Link> links, BitSet linkChars, int[] partStarts) {
  private static final Pattern BARE_URL =
      Pattern.compile("https?://[^\\s<>\"()\\[\\]]+[^\\s<>\"()\\[\\].,;:!?]");

  static TelegramMessageText of(JsonNode textNode) {
    StringBuilder text = new StringBuilder();
    List<Link> links = new ArrayList<>();
    BitSet linkChars = new BitSet();
    int[] partStarts = new int[0];
    if (textNode == null || textNode.isNull()) {
      return new TelegramMessageText("", List.of(), linkChars, new int[0]);
    }
    if (textNode.isTextual()) {
      appendPlain(textNode.asText(), text, links, linkChars);
    } else if (textNode.isArray()) {
      partStarts = new int[textNode.size()];
      int index = 0;
      for (JsonNode part : textNode) {
        partStarts[index++] = text.length();
        if (part.isTextual()) {
          appendPlain(part.asText(), text, links, linkChars);
        } else if (part.isObject()) {
          appendEntity(part, text, links, linkChars);
        }
      }
    }
    return new TelegramMessageText(text.toString(), links, linkChars, partStarts);
  }

  /**
   * The source line of the character at {@code offset}: the line of the text element it belongs to,
   * or {@code textLine} for a plain-string text.
   */
  int lineAt(int offset, int textLine, List<Integer> partLines) {
    int line = textLine;
    for (int i = 0; i < partStarts.length && i < partLines.size(); i++) {
      if (partStarts[i] > offset) {
        break;
      }
      line = partLines.get(i);
    }
    return line;
  }

  private static void appendEntity(
      JsonNode part, StringBuilder text, List<Link> links, BitSet linkChars) {
    String type = part.path("type").asText("");
    String shown = part.path("text").asText("");
    if (type.equals("plain")) {
      appendPlain(shown, text, links, linkChars);
      return;
    }
    int start = text.length();
    text.append(shown);
    String url =
        switch (type) {
          case "text_link" -> part.path("href").asText("");
          case "link" -> withScheme(shown);
          default -> "";
        };
    if (!url.isEmpty()) {
      links.add(new Link(shown.strip(), url));
      linkChars.set(start, text.length());
    }
  }

  private static void appendPlain(
      String plain, StringBuilder text, List<Link> links, BitSet linkChars) {
    int start = text.length();
    text.append(plain);
    Matcher m = BARE_URL.matcher(plain);
    while (m.find()) {
      links.add(new Link(m.group(), m.group()));
      linkChars.set(start + m.start(), start + m.end());
    }
  }

  private static String withScheme(String url) {
    String u = url.strip();
    if (u.isEmpty()
        || u.regionMatches(true, 0, "http://", 0, 7)
        || u.regionMatches(true, 0, "https://", 0, 8)) {
      return u;
    }
    return u.contains("://") ? u : "https://" + u;
  }

  /**
   * Whether the line holds a link and no letter or digit outside link text ("👀LINK", "paper,
   * code").
   */
  boolean isLinkOnly(int lineStart, int lineEnd) {
    boolean anyLink = false;
    for (int i = lineStart; i < lineEnd; ) {
      int cp = text.codePointAt(i);
      boolean inLink = linkChars.get(i);
      anyLink |= inLink;
      if (!inLink && Character.isLetterOrDigit(cp)) {
        return false;
      }
      i += Character.charCount(cp);
    }
    return anyLink;
  }
}
