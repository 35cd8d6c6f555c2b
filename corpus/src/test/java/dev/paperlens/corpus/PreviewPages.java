package dev.paperlens.corpus;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes Telegram web preview pages ({@code t.me/s/NAME}) following the real markup, for tests and
 * benchmarks: a channel header, posts in {@code tgme_widget_message} blocks, oldest first as on the
 * site, and the "load more" link to the older page.
 */
public final class PreviewPages {
  private PreviewPages() {}

  /**
   * One post.
   *
   * @param id the message id
   * @param html the inner HTML of its text element
   * @param date when it was posted
   * @param reactions the inner HTML of its reactions element, or "" for none
   */
  public record Post(long id, String html, Instant date, String reactions) {}

  /** A review-shaped post: a paper title, a Russian body and a link, with two reactions. */
  public static Post review(long id) {
    return new Post(
        id,
        "<b>Paper Number "
            + id
            + ": Scaling Synthetic Reviews</b><br/><br/>в статье номер "
            + id
            + " авторы предлагают метод, который учится на длинных последовательностях и"
            + " обходит внимание<br/><br/>👀 <a href=\"https://arxiv.org/abs/2401."
            + String.format("%05d", id % 100_000)
            + "\" target=\"_blank\" rel=\"noopener\">paper</a>",
        Instant.parse("2024-01-01T00:00:00Z").plusSeconds(3600 * id),
        reaction("🔥", "" + (id % 7 + 1)) + reaction("👍", "" + (id % 3 + 1)));
  }

  /** One reaction span as the site writes it. */
  public static String reaction(String emoji, String count) {
    return "<span class=\"tgme_reaction\"><i class=\"emoji\" style=\"background-image:url('//"
        + "telegram.org/img/emoji/40/F09F94A5.png')\"><b>"
        + emoji
        + "</b></i>"
        + count
        + "</span>";
  }

  /** A whole page: header, the posts (oldest first), and a load-more link when {@code before}. */
  public static String page(String channel, String title, List<Post> posts, Long before) {
    StringBuilder html = new StringBuilder();
    html.append("<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n<title>")
        .append(title)
        .append(" – Telegram</title>\n");
    if (before != null) {
      html.append("<link rel=\"prev\" href=\"/s/")
          .append(channel)
          .append("?before=")
          .append(before)
          .append("\">\n");
    }
    html.append("</head>\n<body class=\"widget_frame_base tgme_webpage\">\n")
        .append("<header class=\"tgme_header\"><div class=\"tgme_header_search\"></div></header>\n")
        .append("<div class=\"tgme_channel_info\">\n")
        .append(
            "<div class=\"tgme_channel_info_header\"><div class=\"tgme_channel_info_header_title\">")
        .append("<span dir=\"auto\">")
        .append(title)
        .append(
            "</span></div>\n<div class=\"tgme_channel_info_header_username\"><a href=\"https://t.me/")
        .append(channel)
        .append("\">@")
        .append(channel)
        .append("</a></div></div>\n")
        .append(
            "<div class=\"tgme_channel_info_counters\"><div class=\"tgme_channel_info_counter\">")
        .append(
            "<span class=\"counter_value\">1.01K</span> <span class=\"counter_type\">subscribers")
        .append("</span></div></div>\n</div>\n")
        .append("<section class=\"tgme_channel_history js-message_history\">\n");
    if (before != null) {
      html.append("<div class=\"tgme_widget_message_centered js-messages_more_wrap\"><a href=\"/s/")
          .append(channel)
          .append("?before=")
          .append(before)
          .append("\" class=\"tme_messages_more js-messages_more\" data-before=\"")
          .append(before)
          .append("\"></a></div>\n");
    }
    for (Post post : posts) {
      html.append(post(channel, title, post));
    }
    html.append("</section>\n</body>\n</html>\n");
    return html.toString();
  }

  /** One post's block. */
  public static String post(String channel, String title, Post post) {
    String link = "https://t.me/" + channel + "/" + post.id();
    return "<div class=\"tgme_widget_message_wrap js-widget_message_wrap\">"
        + "<div class=\"tgme_widget_message text_not_supported_wrap js-widget_message\""
        + " data-post=\""
        + channel
        + "/"
        + post.id()
        + "\" data-view=\"eyJjIjotMTAwfQ\">\n"
        + "<div class=\"tgme_widget_message_user\"><a href=\"https://t.me/"
        + channel
        + "\"><i class=\"tgme_widget_message_user_photo bgcolor1\"></i></a></div>\n"
        + "<div class=\"tgme_widget_message_bubble\">\n"
        + "<div class=\"tgme_widget_message_author accent_color\"><a"
        + " class=\"tgme_widget_message_owner_name\" href=\"https://t.me/"
        + channel
        + "\"><span dir=\"auto\">"
        + title
        + "</span></a></div>\n"
        + "<div class=\"tgme_widget_message_text js-message_text\" dir=\"auto\">"
        + post.html()
        + "</div>\n"
        + (post.reactions().isEmpty()
            ? ""
            : "<div class=\"tgme_widget_message_reactions js-message_reactions\">"
                + post.reactions()
                + "</div>\n")
        + "<div class=\"tgme_widget_message_footer compact js-message_footer\">"
        + "<div class=\"tgme_widget_message_info short js-message_info\">"
        + "<span class=\"tgme_widget_message_views\">1.2K</span>"
        + "<span class=\"tgme_widget_message_meta\"><a class=\"tgme_widget_message_date\" href=\""
        + link
        + "\"><time datetime=\""
        + post.date().toString().replace("Z", "+00:00")
        + "\" class=\"time\">00:00</time></a></span></div></div>\n"
        + "</div>\n</div></div>\n";
  }

  /**
   * The page the site serves for a channel of review posts 1..{@code count}: the newest {@code
   * perPage} posts, or with {@code before} the newest {@code perPage} older than it, linking to the
   * next older page while there is one.
   */
  public static String channelPage(
      String channel, String title, long count, int perPage, Long before) {
    long newest = before == null ? count : Math.min(count, before - 1);
    long oldest = Math.max(1, newest - perPage + 1);
    List<Post> posts = new ArrayList<>();
    for (long id = oldest; id <= newest; id++) {
      posts.add(review(id));
    }
    return page(channel, title, posts, oldest > 1 ? oldest : null);
  }
}
