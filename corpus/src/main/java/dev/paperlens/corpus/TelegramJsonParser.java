package dev.paperlens.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import dev.paperlens.corpus.TelegramExportReader.Chat;
import dev.paperlens.corpus.TelegramExportReader.Message;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntUnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the reviews in Telegram Desktop JSON exports ({@code result.json}), one chat or a whole
 * account ({@link TelegramExportReader}).
 *
 * <p>A review spans its message's lines from its "text" field, where its words start (a definition
 * lands there, not on the object's brace), to the object's end. A text written as one string keeps
 * its lines on one source line as escaped "\n", so its body lines carry the text field's line; a
 * text written as an array gives each body line the line of the element it starts in.
 *
 * <p>A message is a review when its first line reads like a paper title ({@link TitleLine}), a body
 * follows and it carries a link; service messages, memes, chatter and promos are left out.
 */
public final class TelegramJsonParser implements SourceParser {
  private static final int MIN_BODY_CHARS = 80;
  private static final Pattern SELF_LINK =
      Pattern.compile(
          "(?i)^(?:https?://)?(?:www\\.)?(?:t|telegram)\\.me/(?:s/)?([a-z][a-z0-9_]{3,31})/(\\d+)");
  private static final Set<String> NOT_USERNAMES =
      Set.of("joinchat", "addlist", "addstickers", "addemoji", "share", "proxy", "boost");
  private static final List<String> PROMO_MARKERS =
      List.of("#реклама", "#промо", "#ad ", "erid", "промокод", "розыгрыш", "giveaway");

  /** "#papers #llm" above the title files the post; it is not the title. */
  private static final Pattern TAGS_ONLY = Pattern.compile("(?:[#@][\\p{L}\\p{N}_]+[\\s,]*)+");

  private static final Set<String> PUBLIC_TYPES = Set.of("public_channel", "public_supergroup");

  @Override
  public SourceFormat format() {
    return SourceFormat.TELEGRAM_JSON;
  }

  /** A JSON object with a top-level "messages", "chats" or "left_chats" field before any error. */
  @Override
  public boolean accepts(String content) {
    return TelegramExportReader.isExport(content);
  }

  @Override
  public List<ReviewDraft> parse(String path, String content) {
    List<ReviewDraft> drafts = new ArrayList<>();
    for (Chat chat : TelegramExportReader.read(content)) {
      drafts.addAll(reviews(path, chat, SourceFormat.TELEGRAM_JSON));
    }
    return drafts;
  }

  /**
   * The reviews among a chat's messages, read as {@code format}: an export, or a preview page
   * mapped to the export's model ({@link TelegramPreviewPage}).
   */
  static List<ReviewDraft> reviews(String path, Chat chat, SourceFormat format) {
    String username = null;
    if (chat.type() != null && PUBLIC_TYPES.contains(chat.type())) {
      username = chat.username() != null ? chat.username() : username(chat);
    }
    List<ReviewDraft> drafts = new ArrayList<>();
    List<Message> messages = chat.messages();
    for (int i = 0; i < messages.size(); i++) {
      Message raw = messages.get(i);
      try {
        ReviewDraft draft = review(path, chat, username, raw, albumCaptions(messages, i), format);
        if (draft != null) {
          drafts.add(draft);
        }
      } catch (RuntimeException e) {
        // A message of an unexpected shape is left out; the others still count.
      }
    }
    return drafts;
  }

  /**
   * The captions of the other photos of the album message {@code at} belongs to: Telegram Desktop
   * exports an album as one message per photo, sent at the same second, and a post's text stands on
   * one of them while the others may carry a caption of their own ("Архитектура Zorblax").
   */
  static List<String> albumCaptions(List<Message> messages, int at) {
    JsonNode date = messages.get(at).json().get("date_unixtime");
    if (date == null || !hasMedia(messages.get(at).json())) {
      return List.of();
    }
    List<String> captions = new ArrayList<>();
    for (int step = -1; step <= 1; step += 2) {
      for (int j = at + step; j >= 0 && j < messages.size(); j += step) {
        JsonNode other = messages.get(j).json();
        if (!date.equals(other.get("date_unixtime")) || !hasMedia(other)) {
          break;
        }
        String caption = TelegramMessageText.of(other.get("text")).text().strip();
        if (!caption.isEmpty()) {
          captions.add(caption);
        }
      }
    }
    return captions;
  }

  private static boolean hasMedia(JsonNode message) {
    return message.hasNonNull("photo") || message.hasNonNull("media_type");
  }

  /**
   * What the post writes about its link to the paper: the text of its link-only lines ("Zorblax:
   * статья" as one link), of a line that opens with the eyes mark the channels put before links
   * ("👀 Zorblax: статья | блог"), and of a link to the paper itself inside the prose; and the
   * captions of its album's other photos. {@link IntroducedNames} reads a name in them as evidence.
   */
  private static List<String> labels(
      TelegramMessageText text, Shape shape, String arxiv, String doi, List<String> captions) {
    List<String> labels = new ArrayList<>();
    for (Link link : shape.markerLinks()) {
      labels.add(link.label());
    }
    for (SourceLine line : shape.body()) {
      if (line.text().startsWith(EYES)) {
        labels.add(line.text().substring(EYES.length()).strip());
      }
    }
    for (Link link : text.links()) {
      boolean toPaper =
          (arxiv != null && arxiv.equals(LinkIds.arxivId(link.url())))
              || (doi != null && doi.equals(LinkIds.doiFromUrl(link.url())));
      if (toPaper && !link.label().equals(link.url()) && !labels.contains(link.label())) {
        labels.add(link.label());
      }
    }
    labels.addAll(captions);
    return labels;
  }

  private static final String EYES = "\uD83D\uDC40";

  private static ReviewDraft review(
      String path,
      Chat chat,
      String username,
      Message raw,
      List<String> captions,
      SourceFormat format) {
    JsonNode m = raw.json();
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
    Shape shape = shape(text, offset -> text.lineAt(offset, raw.textLine(), raw.textPartLines()));
    if (shape == null || isPromo(text.text())) {
      return null;
    }
    String title = shape.title();
    List<SourceLine> body = shape.body();
    List<Link> markerLinks = shape.markerLinks();
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
    String channel = forwardedFrom != null ? forwardedFrom : chat.name();
    String postUrl =
        username != null && forwardedFrom == null && messageId != null
            ? "https://t.me/" + username + "/" + messageId
            : null;
    String date = m.path("date").isTextual() ? m.get("date").asText() : null;
    String bodyText = SourceLine.join(body);
    return new ReviewDraft(
        path,
        format,
        raw.textLine(),
        raw.endLine(),
        title,
        IntroducedNames.introduced(title, bodyText, labels(text, shape, arxiv, doi, captions)),
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

  /**
   * Splits a message into title, body and link-only lines; null when it is not shaped like a review
   * (no title-like first line, or too short a body).
   */
  private static Shape shape(TelegramMessageText text, IntUnaryOperator lineAt) {
    String all = text.text();
    String title = null;
    List<SourceLine> body = new ArrayList<>();
    List<Link> markerLinks = new ArrayList<>();
    int bodyChars = 0;
    for (int lineStart = 0, lineEnd; lineStart <= all.length(); lineStart = lineEnd + 1) {
      lineEnd = all.indexOf('\n', lineStart);
      if (lineEnd < 0) {
        lineEnd = all.length();
      }
      String current = all.substring(lineStart, lineEnd).strip();
      boolean tagsAboveTitle = title == null && TAGS_ONLY.matcher(current).matches();
      if (current.isEmpty() || tagsAboveTitle) {
        continue;
      }
      if (title == null) {
        if (!TitleLine.looksLikeTitle(current)) {
          return null;
        }
        title = TitleLine.clean(current);
      } else if (text.isLinkOnly(lineStart, lineEnd)) {
        markerLinks.addAll(linksIn(text, lineStart, lineEnd));
      } else {
        body.add(new SourceLine(lineAt.applyAsInt(lineStart), current));
        bodyChars += current.length();
      }
    }
    return title == null || bodyChars < MIN_BODY_CHARS ? null : new Shape(title, body, markerLinks);
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
   * export names by document id only, count together under "custom emoji"; an unknown kind under
   * its own name.
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
            case "custom_emoji" -> "custom emoji";
            default -> r.path("type").asText("other");
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
    for (Message raw : chat.messages()) {
      if (raw.json().path("id").canConvertToLong()) {
        ids.add(raw.json().path("id").asLong());
      }
    }
    Map<String, Integer> votes = new LinkedHashMap<>();
    for (Message raw : chat.messages()) {
      JsonNode textNode = raw.json().get("text");
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

  /** A message cut into its title, body lines and the links on link-only lines ("👀LINK"). */
  private record Shape(String title, List<SourceLine> body, List<Link> markerLinks) {}
}
