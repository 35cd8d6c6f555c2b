package dev.paperlens.corpus;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads Telegram Desktop JSON exports ({@code result.json}): a single chat ({@code name}, {@code
 * type}, {@code id}, {@code messages}) or a whole account ({@code chats.list} and {@code
 * left_chats.list}, each a chat of that shape).
 *
 * <p>The file is streamed, so each message's first and last line are known ('{' and '}' of its
 * object) and a truncated export still yields every message before the cut. JSON keeps a message's
 * text on one line as escaped "\n", so there is no line for each body line: every body line carries
 * the message's first line.
 *
 * <p>A message is a review when its first line reads like a paper title ({@link TitleLine}), a body
 * follows and it carries a link; service messages, memes, chatter and promos are left out.
 */
public final class TelegramJsonParser implements SourceParser {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final int MIN_BODY_CHARS = 80;
  private static final Pattern SELF_LINK =
      Pattern.compile(
          "(?i)^(?:https?://)?(?:www\\.)?(?:t|telegram)\\.me/(?:s/)?([a-z][a-z0-9_]{3,31})/(\\d+)");
  private static final Set<String> NOT_USERNAMES =
      Set.of("joinchat", "addlist", "addstickers", "addemoji", "share", "proxy", "boost");
  private static final List<String> PROMO_MARKERS =
      List.of("#реклама", "#промо", "#ad ", "erid", "промокод", "розыгрыш", "giveaway");
  private static final Pattern TAGS_ONLY = Pattern.compile("(?:[#@][\\p{L}\\p{N}_]+[\\s,]*)+");
  private static final Set<String> PUBLIC_TYPES = Set.of("public_channel", "public_supergroup");

  @Override
  public SourceFormat format() {
    return SourceFormat.TELEGRAM_JSON;
  }

  /** A JSON object with a top-level "messages", "chats" or "left_chats" field before any error. */
  @Override
  public boolean accepts(String content) {
    if (content == null || content.isBlank()) {
      return false;
    }
    try (JsonParser p = MAPPER.createParser(withoutBom(content))) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return false;
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        if (field.equals("messages") || field.equals("chats") || field.equals("left_chats")) {
          return true;
        }
        p.nextToken();
        p.skipChildren();
      }
      return false;
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  @Override
  public List<ReviewDraft> parse(String path, String content) {
    List<Chat> chats = new ArrayList<>();
    if (content == null || content.isBlank()) {
      return List.of();
    }
    try (JsonParser p = MAPPER.createParser(withoutBom(content))) {
      if (p.nextToken() == JsonToken.START_OBJECT) {
        Chat root = new Chat();
        chats.add(root);
        readChat(p, root, chats);
      }
    } catch (IOException | RuntimeException e) {
      // Truncated or invalid from here on: keep every message read before the error.
    }
    List<ReviewDraft> drafts = new ArrayList<>();
    for (Chat chat : chats) {
      drafts.addAll(reviews(path, chat));
    }
    return drafts;
  }

  /**
   * Reads the fields of a chat object (or of the account root, whose chats go to {@code chats}).
   */
  private static void readChat(JsonParser p, Chat chat, List<Chat> chats) throws IOException {
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      JsonToken value = p.nextToken();
      switch (field) {
        case "name" -> chat.name = scalarText(p, value);
        case "type" -> chat.type = scalarText(p, value);
        case "messages" -> {
          if (value == JsonToken.START_ARRAY) {
            readMessages(p, chat);
          } else {
            p.skipChildren();
          }
        }
        case "chats", "left_chats" -> {
          if (value == JsonToken.START_OBJECT) {
            readChatList(p, chats);
          } else {
            p.skipChildren();
          }
        }
        default -> p.skipChildren();
      }
    }
  }

  private static String scalarText(JsonParser p, JsonToken value) throws IOException {
    if (value == JsonToken.VALUE_STRING) {
      return p.getText();
    }
    p.skipChildren();
    return null;
  }

  /** Reads {@code {"about": ..., "list": [chat...]}}. */
  private static void readChatList(JsonParser p, List<Chat> chats) throws IOException {
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      JsonToken value = p.nextToken();
      if (field.equals("list") && value == JsonToken.START_ARRAY) {
        while (p.nextToken() == JsonToken.START_OBJECT) {
          Chat chat = new Chat();
          chats.add(chat);
          readChat(p, chat, chats);
        }
      } else {
        p.skipChildren();
      }
    }
  }

  private static void readMessages(JsonParser p, Chat chat) throws IOException {
    JsonToken token;
    while ((token = p.nextToken()) != JsonToken.END_ARRAY && token != null) {
      if (token != JsonToken.START_OBJECT) {
        p.skipChildren();
        continue;
      }
      int start = p.currentTokenLocation().getLineNr();
      JsonNode message = MAPPER.readTree(p);
      int end = p.currentTokenLocation().getLineNr();
      chat.messages.add(new RawMessage(message, start, end));
    }
  }

  private List<ReviewDraft> reviews(String path, Chat chat) {
    String username = chat.type != null && PUBLIC_TYPES.contains(chat.type) ? username(chat) : null;
    List<ReviewDraft> drafts = new ArrayList<>();
    for (RawMessage raw : chat.messages) {
      try {
        ReviewDraft draft = review(path, chat, username, raw);
        if (draft != null) {
          drafts.add(draft);
        }
      } catch (RuntimeException e) {
        // A message of an unexpected shape is left out; the others still count.
      }
    }
    return drafts;
  }

  private ReviewDraft review(String path, Chat chat, String username, RawMessage raw) {
    JsonNode m = raw.message();
    if (!m.path("type").asText("").equals("message")) {
      return null;
    }
    JsonNode textNode = m.get("text");
    if (textNode == null || (textNode.isTextual() && textNode.asText().isEmpty())) {
      textNode = m.get("text_entities");
    }
    TelegramMessageText text = TelegramMessageText.of(textNode);
    if (text.links().isEmpty()) {
      return null;
    }
    String all = text.text();
    String title = null;
    List<SourceLine> body = new ArrayList<>();
    List<Link> markerLinks = new ArrayList<>();
    int bodyChars = 0;
    int lineStart = 0;
    while (lineStart <= all.length()) {
      int lineEnd = all.indexOf('\n', lineStart);
      if (lineEnd < 0) {
        lineEnd = all.length();
      }
      String line = all.substring(lineStart, lineEnd).strip();
      if (!line.isEmpty()) {
        if (title == null && TAGS_ONLY.matcher(line).matches()) {
          // "#papers #llm" above the title is a channel's filing, not the title
        } else if (title == null) {
          if (!TitleLine.looksLikeTitle(line)) {
            return null;
          }
          title = TitleLine.clean(line);
        } else if (text.isLinkOnly(lineStart, lineEnd)) {
          markerLinks.addAll(linksIn(text, lineStart, lineEnd));
        } else {
          body.add(new SourceLine(raw.startLine(), line));
          bodyChars += line.length();
        }
      }
      lineStart = lineEnd + 1;
    }
    if (title == null || bodyChars < MIN_BODY_CHARS || isPromo(all)) {
      return null;
    }
    List<Link> candidates = new ArrayList<>(markerLinks);
    candidates.addAll(text.links());
    String arxiv = null;
    String doi = null;
    for (Link link : candidates) {
      arxiv = arxiv != null ? arxiv : LinkIds.arxivId(link.url());
      doi = doi != null ? doi : LinkIds.doiFromUrl(link.url());
    }
    Long messageId = m.path("id").canConvertToLong() ? m.path("id").asLong() : null;
    String forwardedFrom =
        m.path("forwarded_from").isTextual() ? m.get("forwarded_from").asText() : null;
    String channel = forwardedFrom != null ? forwardedFrom : chat.name;
    String postUrl =
        username != null && forwardedFrom == null && messageId != null
            ? "https://t.me/" + username + "/" + messageId
            : null;
    String date = m.path("date").isTextual() ? m.get("date").asText() : null;
    String bodyText = String.join("\n", body.stream().map(SourceLine::text).toList());
    return new ReviewDraft(
        path,
        SourceFormat.TELEGRAM_JSON,
        raw.startLine(),
        raw.endLine(),
        title,
        introducedNames(title, bodyText),
        channel,
        date,
        messageId,
        postUrl,
        reactions(m.get("reactions")),
        text.links(),
        body,
        arxiv,
        doi);
  }

  /** Names the paper introduces; filled by the shared introduced-name finder once it is on main. */
  private List<String> introducedNames(String title, String body) {
    return List.of();
  }

  private static List<Link> linksIn(TelegramMessageText text, int lineStart, int lineEnd) {
    // Links are in text order; find the ones whose label sits on this line.
    List<Link> found = new ArrayList<>();
    String line = text.text().substring(lineStart, lineEnd);
    for (Link link : text.links()) {
      if (!link.label().isEmpty() && line.contains(link.label())) {
        found.add(link);
      }
    }
    return found;
  }

  private static boolean isPromo(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    return PROMO_MARKERS.stream().anyMatch(lower::contains);
  }

  /**
   * Counts per emoji in export order. Paid reactions count under "⭐"; custom emoji, which the
   * export names by document id only, count under "".
   */
  private static Reactions reactions(JsonNode reactions) {
    if (reactions == null || !reactions.isArray() || reactions.isEmpty()) {
      return Reactions.NONE;
    }
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (JsonNode r : reactions) {
      int count = r.path("count").asInt(0);
      if (count <= 0) {
        continue;
      }
      String emoji =
          switch (r.path("type").asText("")) {
            case "emoji" -> r.path("emoji").asText("");
            case "paid" -> "⭐";
            default -> "";
          };
      counts.merge(emoji, count, Integer::sum);
    }
    return counts.isEmpty() ? Reactions.NONE : new Reactions(counts, null);
  }

  /**
   * The chat's public username, read from links to its own posts: {@code t.me/<username>/<id>}
   * where the id is a message of this chat. The most linked such username wins; null when none is
   * found.
   */
  private static String username(Chat chat) {
    Set<Long> ids = new HashSet<>();
    for (RawMessage raw : chat.messages) {
      if (raw.message().path("id").canConvertToLong()) {
        ids.add(raw.message().path("id").asLong());
      }
    }
    Map<String, Integer> votes = new LinkedHashMap<>();
    for (RawMessage raw : chat.messages) {
      JsonNode textNode = raw.message().get("text");
      for (Link link : TelegramMessageText.of(textNode).links()) {
        Matcher s = SELF_LINK.matcher(link.url());
        if (s.find() && !NOT_USERNAMES.contains(s.group(1).toLowerCase(Locale.ROOT))) {
          long target = Long.parseLong(s.group(2).length() > 18 ? "-1" : s.group(2));
          if (ids.contains(target)) {
            votes.merge(s.group(1), 1, Integer::sum);
          }
        }
      }
    }
    String best = null;
    for (Map.Entry<String, Integer> vote : votes.entrySet()) {
      if (best == null || vote.getValue() > votes.get(best)) {
        best = vote.getKey();
      }
    }
    return best;
  }

  private static String withoutBom(String content) {
    return content.startsWith("\uFEFF") ? content.substring(1) : content;
  }

  /** A chat as read so far; fields stay null when the export lacks them or was cut before them. */
  private static final class Chat {
    String name;
    String type;
    final List<RawMessage> messages = new ArrayList<>();
  }

  private record RawMessage(JsonNode message, int startLine, int endLine) {}
}
