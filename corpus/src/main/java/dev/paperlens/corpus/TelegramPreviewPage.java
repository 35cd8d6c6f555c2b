package dev.paperlens.corpus;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.paperlens.corpus.TelegramExportReader.Chat;
import dev.paperlens.corpus.TelegramExportReader.Message;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;

/**
 * One page of a Telegram channel's public web preview ({@code https://t.me/s/NAME}, or {@code
 * ?before=ID} for older posts), read with jsoup into the model of a Telegram Desktop export, so
 * that a saved page, a synced channel and an export share one review reader ({@link
 * TelegramJsonParser#reviews}).
 *
 * <p>The markup: each post is a {@code div.tgme_widget_message} with {@code data-post="NAME/ID"};
 * inside it {@code .tgme_widget_message_text} holds the text ({@code <br>} for line breaks, {@code
 * <a href>} for links, {@code <b>}, {@code <i>}, {@code <code>}... for formatting, {@code
 * i.emoji}/{@code tg-emoji} around emoji), {@code .tgme_widget_message_date time[datetime]} the
 * date, {@code .tgme_widget_message_reactions .tgme_reaction} one span per reaction (emoji in
 * {@code <b>}, a custom emoji as {@code tg-emoji[emoji-id]}, paid stars as {@code
 * .tgme_reaction_paid}, then the count: {@code 12}, {@code 1.2K}), {@code
 * .tgme_widget_message_forwarded_from_name} the channel a post was forwarded from, {@code
 * .tgme_widget_message_photo_wrap}/{@code _video_player} media. The page header {@code
 * .tgme_channel_info} names the channel; {@code a.tme_messages_more[data-before]} (or {@code
 * link[rel=prev]}) points to the older page. Elements this does not know are ignored.
 */
final class TelegramPreviewPage {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Pattern POST = Pattern.compile("([A-Za-z0-9_]{1,64})/(\\d{1,18})");
  private static final Pattern BEFORE = Pattern.compile("[?&]before=(\\d{1,18})");
  private static final Pattern COUNT = Pattern.compile("(\\d+(?:[.,]\\d+)?)\\s*([KkMm]?)");
  private static final Pattern BACKGROUND_URL = Pattern.compile("url\\(['\"]?([^'\")]+)['\"]?\\)");
  private static final Set<String> FORMATTING =
      Set.of("b", "strong", "i", "em", "u", "s", "del", "code", "pre", "tg-spoiler");

  private TelegramPreviewPage() {}

  /**
   * A page as far as it could be read.
   *
   * @param username the channel's username from its posts' {@code data-post} (else from the
   *     header), or null
   * @param title the channel's title from the header, or null
   * @param messages the posts in page order, as export messages (lines are the HTML's)
   * @param before the id to ask {@code ?before=} for the next older page, or null on the oldest
   * @param channelInfo whether the page had the channel header
   */
  record Page(
      String username, String title, List<Message> messages, Long before, boolean channelInfo) {

    /** The page as one public channel of an export. */
    Chat chat() {
      return new Chat(title != null ? title : username, "public_channel", username, messages);
    }
  }

  /** Whether the content is HTML holding preview posts. */
  static boolean looksLikePreview(String content) {
    if (content == null) {
      return false;
    }
    int i = 0;
    while (i < content.length()
        && (Character.isWhitespace(content.charAt(i)) || content.charAt(i) == '\uFEFF')) {
      i++;
    }
    return i < content.length()
        && content.charAt(i) == '<'
        && content.contains("tgme_widget_message")
        && content.contains("data-post");
  }

  /** Reads a page; never throws on odd markup: what cannot be read is left out. */
  static Page read(String html) {
    Parser parser = Parser.htmlParser().setTrackPosition(true);
    Document doc = parser.parseInput(html, "https://t.me/");
    String username = null;
    List<Message> messages = new ArrayList<>();
    for (Element post : doc.select("div.tgme_widget_message[data-post]")) {
      Matcher m = POST.matcher(post.attr("data-post").strip());
      if (!m.matches()) {
        continue;
      }
      username = username != null ? username : m.group(1);
      messages.add(message(post, Long.parseLong(m.group(2))));
    }
    Element info = doc.selectFirst(".tgme_channel_info");
    String title = null;
    if (info != null) {
      title = textOrNull(info.selectFirst(".tgme_channel_info_header_title"));
      String handle = textOrNull(info.selectFirst(".tgme_channel_info_header_username"));
      if (username == null && handle != null && handle.startsWith("@")) {
        username = handle.substring(1);
      }
    }
    return new Page(username, title, List.copyOf(messages), before(doc), info != null);
  }

  private static Long before(Document doc) {
    Element more = doc.selectFirst("a.tme_messages_more[data-before]");
    if (more != null && more.attr("data-before").matches("\\d{1,18}")) {
      return Long.parseLong(more.attr("data-before"));
    }
    for (Element link : doc.select("link[rel=prev][href], a.tme_messages_more[href]")) {
      Matcher m = BEFORE.matcher(link.attr("href"));
      if (m.find()) {
        return Long.parseLong(m.group(1));
      }
    }
    return null;
  }

  private static Message message(Element post, long id) {
    ObjectNode json = MAPPER.createObjectNode();
    json.put("id", id);
    json.put("type", post.hasClass("service_message") ? "service" : "message");
    Element time = post.selectFirst(".tgme_widget_message_date time[datetime]");
    if (time == null) {
      time = post.selectFirst("time[datetime]");
    }
    if (time != null) {
      putDate(json, time.attr("datetime"));
    }
    String author = textOrNull(post.selectFirst(".tgme_widget_message_owner_name"));
    if (author != null) {
      json.put("from", author);
    }
    String forwarded = textOrNull(post.selectFirst(".tgme_widget_message_forwarded_from_name"));
    if (forwarded != null) {
      json.put("forwarded_from", forwarded);
    }
    Element photo = post.selectFirst(".tgme_widget_message_photo_wrap");
    if (photo != null) {
      Matcher url = BACKGROUND_URL.matcher(photo.attr("style"));
      json.put("photo", url.find() ? url.group(1) : photo.absUrl("href"));
    }
    if (post.selectFirst(".tgme_widget_message_video_player, video") != null) {
      json.put("media_type", "video_file");
    }
    int start = post.sourceRange().start().lineNumber();
    int end = post.endSourceRange().isTracked() ? post.endSourceRange().end().lineNumber() : start;
    int textLine = start;
    List<Integer> partLines = new ArrayList<>();
    Element text = messageText(post);
    ArrayNode parts = MAPPER.createArrayNode();
    if (text != null) {
      textLine = text.sourceRange().start().lineNumber();
      new TextParts(parts, partLines, textLine).appendChildren(text);
    }
    json.set("text", parts);
    ArrayNode reactions = reactions(post.selectFirst(".tgme_widget_message_reactions"));
    if (!reactions.isEmpty()) {
      json.set("reactions", reactions);
    }
    return new Message(json, start, Math.max(start, end), textLine, List.copyOf(partLines));
  }

  /** The post's own text, not a quoted reply's. */
  private static Element messageText(Element post) {
    for (Element text : post.select(".tgme_widget_message_text")) {
      if (text.closest(".tgme_widget_message_reply") == null) {
        return text;
      }
    }
    return null;
  }

  /**
   * The export keeps the local time of the exporting machine without an offset, and the instant in
   * {@code date_unixtime}; here the date is written in UTC.
   */
  private static void putDate(ObjectNode json, String datetime) {
    try {
      OffsetDateTime at = OffsetDateTime.parse(datetime.strip());
      LocalDateTime utc = at.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
      json.put("date", utc.toString().length() == 16 ? utc + ":00" : utc.toString());
      json.put("date_unixtime", Long.toString(at.toEpochSecond()));
    } catch (DateTimeParseException e) {
      json.put("date", datetime.strip());
    }
  }

  private static ArrayNode reactions(Element box) {
    ArrayNode out = MAPPER.createArrayNode();
    if (box == null) {
      return out;
    }
    for (Element reaction : box.select(".tgme_reaction")) {
      StringBuilder own = new StringBuilder();
      for (TextNode t : reaction.textNodes()) {
        own.append(t.text());
      }
      int count = count(own.toString());
      if (count <= 0) {
        continue;
      }
      ObjectNode r = out.addObject();
      Element custom = reaction.selectFirst("tg-emoji[emoji-id]");
      Element emoji = reaction.selectFirst("b");
      if (reaction.hasClass("tgme_reaction_paid")) {
        r.put("type", "paid");
      } else if (emoji != null && !emoji.text().isBlank()) {
        r.put("type", "emoji");
        r.put("emoji", emoji.text().strip());
      } else if (custom != null) {
        r.put("type", "custom_emoji");
        r.put("document_id", custom.attr("emoji-id"));
      } else {
        r.put("type", "emoji");
        r.put("emoji", "");
      }
      r.put("count", count);
    }
    return out;
  }

  /** "12", "1.2K", "3,4M" as a number; 0 when there is none. */
  static int count(String text) {
    Matcher m = COUNT.matcher(text.replace('\u00a0', ' '));
    if (!m.find()) {
      return 0;
    }
    BigDecimal value = new BigDecimal(m.group(1).replace(',', '.'));
    String unit = m.group(2).toUpperCase(Locale.ROOT);
    if (unit.equals("K")) {
      value = value.movePointRight(3);
    } else if (unit.equals("M")) {
      value = value.movePointRight(6);
    }
    return value.min(BigDecimal.valueOf(Integer.MAX_VALUE)).intValue();
  }

  private static String textOrNull(Element e) {
    if (e == null) {
      return null;
    }
    String text = e.text().strip();
    return text.isEmpty() ? null : text;
  }

  /**
   * Flattens a message's text element into the export's array form: plain strings, {@code
   * text_link}/{@code link}/{@code hashtag}/{@code mention} objects for anchors, formatting objects
   * for formatted runs without links or breaks inside, each part with its source line.
   */
  private static final class TextParts {
    private final ArrayNode parts;
    private final List<Integer> lines;
    private final StringBuilder plain = new StringBuilder();
    private int plainLine;

    TextParts(ArrayNode parts, List<Integer> lines, int firstLine) {
      this.parts = parts;
      this.lines = lines;
      this.plainLine = firstLine;
    }

    void appendChildren(Element element) {
      for (Node child : element.childNodes()) {
        append(child);
      }
      flush();
    }

    private void append(Node node) {
      if (node instanceof TextNode t) {
        addPlain(t.getWholeText().replace('\u00a0', ' '), line(node));
      } else if (node instanceof Element e) {
        String tag = e.normalName();
        if (tag.equals("br")) {
          addPlain("\n", line(node));
        } else if (tag.equals("a") && e.hasAttr("href")) {
          link(e);
        } else if (tag.equals("script") || tag.equals("style")) {
          return;
        } else if (FORMATTING.contains(tag)
            && !e.hasClass("emoji")
            && e.selectFirst("a, br") == null
            && !e.text().isEmpty()) {
          entity(formatType(tag), e.text(), null, line(node));
        } else {
          for (Node child : e.childNodes()) {
            append(child);
          }
        }
      }
    }

    private void link(Element a) {
      String shown = a.wholeText().replace('\u00a0', ' ');
      String href = a.attr("href").strip();
      if (shown.isBlank()) {
        return;
      }
      String url = a.absUrl("href");
      if (href.startsWith("?q=")) {
        entity(shown.startsWith("#") ? "hashtag" : "plain", shown, null, line(a));
      } else if (shown.startsWith("@") && url.matches("https?://t\\.me/[A-Za-z0-9_]+/?")) {
        entity("mention", shown, null, line(a));
      } else if (url.isEmpty()) {
        addPlain(shown, line(a));
      } else if (sameUrl(shown, url)) {
        entity("link", shown, null, line(a));
      } else {
        entity("text_link", shown, url, line(a));
      }
    }

    private static boolean sameUrl(String shown, String url) {
      String s = shown.strip().replaceFirst("^https?://", "").replaceFirst("/$", "");
      String u = url.replaceFirst("^https?://", "").replaceFirst("/$", "");
      return s.equalsIgnoreCase(u)
          || (s.endsWith("…") && u.startsWith(s.substring(0, s.length() - 1)));
    }

    private static String formatType(String tag) {
      return switch (tag) {
        case "b", "strong" -> "bold";
        case "i", "em" -> "italic";
        case "u" -> "underline";
        case "s", "del" -> "strikethrough";
        case "pre" -> "pre";
        case "code" -> "code";
        default -> "spoiler";
      };
    }

    private void addPlain(String text, int line) {
      if (plain.length() == 0) {
        plainLine = line;
      }
      plain.append(text);
    }

    private void entity(String type, String text, String href, int line) {
      if (type.equals("plain")) {
        addPlain(text, line);
        return;
      }
      flush();
      ObjectNode part = parts.addObject();
      part.put("type", type);
      part.put("text", text);
      if (href != null) {
        part.put("href", href);
      }
      lines.add(line);
    }

    private void flush() {
      if (plain.length() > 0) {
        parts.add(plain.toString());
        lines.add(plainLine);
        plain.setLength(0);
      }
    }

    private int line(Node node) {
      return node.sourceRange().isTracked() ? node.sourceRange().start().lineNumber() : plainLine;
    }
  }
}
