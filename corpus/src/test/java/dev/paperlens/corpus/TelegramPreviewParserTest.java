package dev.paperlens.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class TelegramPreviewParserTest {
  private static final String BODY =
      "<br/><br/>авторы заменяют внимание длинными свёртками и получают контекст в миллион"
          + " токенов на одной карте, что раньше было невозможно<br/>";
  private static final String LINK =
      "👀 <a href=\"https://arxiv.org/abs/2306.15794\" target=\"_blank\">paper</a>";
  private static final Instant AT = Instant.parse("2024-02-02T18:05:12Z");

  private final TelegramPreviewParser parser = new TelegramPreviewParser();

  private static String onePost(String textHtml, String reactions) {
    return PreviewPages.page(
        "rizzearch",
        "rizzearch",
        List.of(new PreviewPages.Post(42, textHtml, AT, reactions)),
        null);
  }

  private ReviewDraft only(String html) {
    List<ReviewDraft> drafts = parser.parse("page.html", html);
    assertEquals(1, drafts.size(), () -> "reviews: " + drafts);
    return drafts.get(0);
  }

  static Stream<Arguments> posts() {
    return Stream.of(
        arguments(
            "bold title, body, link",
            "<b>HyenaDNA: Long-Range Genomic Sequence Modeling</b>" + BODY + LINK,
            "",
            "HyenaDNA: Long-Range Genomic Sequence Modeling",
            List.of("paper -> https://arxiv.org/abs/2306.15794"),
            Map.of()),
        arguments(
            "emoji image around the title's emoji, reactions with K",
            "<i class=\"emoji\" style=\"background-image:url('x.png')\"><b>🧬</b></i>"
                + " HyenaDNA: Long-Range Genomic Sequence Modeling"
                + BODY
                + LINK,
            PreviewPages.reaction("🔥", "1.2K") + PreviewPages.reaction("👍", "3"),
            "HyenaDNA: Long-Range Genomic Sequence Modeling",
            List.of("paper -> https://arxiv.org/abs/2306.15794"),
            Map.of("🔥", 1200, "👍", 3)),
        arguments(
            "paid and custom-emoji reactions",
            "HyenaDNA: Long-Range Genomic Sequence Modeling" + BODY + LINK,
            "<span class=\"tgme_reaction tgme_reaction_paid\"><i class=\"icon\"></i>7</span>"
                + "<span class=\"tgme_reaction\"><tg-emoji emoji-id=\"546\"></tg-emoji>5</span>",
            "HyenaDNA: Long-Range Genomic Sequence Modeling",
            List.of("paper -> https://arxiv.org/abs/2306.15794"),
            Map.of("⭐", 7, "custom emoji", 5)),
        arguments(
            "bare URL shown as its own text, hashtag link, unknown elements",
            "<b>HyenaDNA: Long-Range Genomic Sequence Modeling</b>"
                + BODY
                + "<a href=\"?q=%23papers\">#papers</a> <blink>мигает</blink>"
                + "<tg-spoiler>спойлер</tg-spoiler><br/>"
                + "<a href=\"https://github.com/HazyResearch/hyena-dna\">"
                + "https://github.com/HazyResearch/hyena-dna</a>",
            "",
            "HyenaDNA: Long-Range Genomic Sequence Modeling",
            List.of(
                "https://github.com/HazyResearch/hyena-dna ->"
                    + " https://github.com/HazyResearch/hyena-dna"),
            Map.of()),
        arguments(
            "link in bold inside the title line",
            "<b>HyenaDNA: Long-Range Genomic <a href=\"https://hazyresearch.stanford.edu/\">"
                + "Sequence</a> Modeling</b>"
                + BODY
                + LINK,
            "",
            "HyenaDNA: Long-Range Genomic Sequence Modeling",
            List.of(
                "Sequence -> https://hazyresearch.stanford.edu/",
                "paper -> https://arxiv.org/abs/2306.15794"),
            Map.of()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("posts")
  void readsPosts(
      String what,
      String html,
      String reactions,
      String title,
      List<String> links,
      Map<String, Integer> counts) {
    ReviewDraft draft = only(onePost(html, reactions));
    assertEquals(title, draft.title());
    assertEquals(
        links, draft.links().stream().map(l -> l.label() + " -> " + l.url()).toList(), what);
    assertEquals(counts, draft.reactions().counts(), what);
    assertEquals(SourceFormat.TELEGRAM_PREVIEW, draft.format());
    assertEquals("https://t.me/rizzearch/42", draft.postUrl());
    assertEquals(42L, draft.messageId());
    assertEquals("2024-02-02T18:05:12", draft.date());
    assertEquals("rizzearch", draft.channel());
    assertTrue(draft.text().startsWith("авторы заменяют внимание"), draft.text());
  }

  @Test
  void forwardedPostKeepsItsSourceChannelAndNoPostUrl() {
    String html =
        onePost("HyenaDNA: Long-Range Genomic Sequence Modeling" + BODY + LINK, "")
            .replace(
                "<div class=\"tgme_widget_message_text",
                "<div class=\"tgme_widget_message_forwarded_from accent_color\">Forwarded from <a"
                    + " class=\"tgme_widget_message_forwarded_from_name\""
                    + " href=\"https://t.me/other/7\"><span dir=\"auto\">Other Channel</span></a>"
                    + "</div><div class=\"tgme_widget_message_text");
    ReviewDraft draft = only(html);
    assertEquals("Other Channel", draft.channel());
    assertNull(draft.postUrl());
  }

  @Test
  void quotedReplyTextIsNotThePost() {
    String html =
        onePost("HyenaDNA: Long-Range Genomic Sequence Modeling" + BODY + LINK, "")
            .replace(
                "<div class=\"tgme_widget_message_text",
                "<a class=\"tgme_widget_message_reply\" href=\"https://t.me/rizzearch/41\">"
                    + "<div class=\"tgme_widget_message_text js-message_text\">старый пост</div>"
                    + "</a><div class=\"tgme_widget_message_text");
    assertEquals("HyenaDNA: Long-Range Genomic Sequence Modeling", only(html).title());
  }

  @Test
  void memesServiceMessagesAndPhotosWithoutTextAreNoReviews() {
    String page =
        PreviewPages.page(
            "rizzearch",
            "rizzearch",
            List.of(
                new PreviewPages.Post(1, "", AT, PreviewPages.reaction("😁", "40")),
                new PreviewPages.Post(2, "Channel created", AT, ""),
                new PreviewPages.Post(3, "мем дня", AT, "")),
            null);
    page =
        page.replace(
            "data-post=\"rizzearch/2\"",
            "data-post=\"rizzearch/2\" class=\"tgme_widget_message service_message\"");
    assertEquals(List.of(), parser.parse("page.html", page));
    TelegramPreviewPage.Page read = TelegramPreviewPage.read(page);
    assertEquals(3, read.messages().size());
    assertNull(read.before());
  }

  @Test
  void pageGivesChannelOlderPageAndLines() {
    String page = PreviewPages.channelPage("rizzearch", "Rizz Search", 45, 20, null);
    TelegramPreviewPage.Page read = TelegramPreviewPage.read(page);
    assertEquals("rizzearch", read.username());
    assertEquals("Rizz Search", read.title());
    assertEquals(26L, read.before());
    assertEquals(20, read.messages().size());
    assertEquals(26L, read.messages().get(0).json().get("id").asLong());
    List<ReviewDraft> drafts = parser.parse("page.html", page);
    assertEquals(20, drafts.size());
    ReviewDraft first = drafts.get(0);
    String line = page.lines().toList().get(first.startLine() - 1);
    assertTrue(line.contains("tgme_widget_message_text"), line);
    assertTrue(first.endLine() > first.startLine());
    assertEquals("Rizz Search", first.channel());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "plain text about tgme_widget_message data-post",
        "{\"messages\": []}",
        "<html><body><p>a saved article</p></body></html>",
        "@article{key, title={<b>x</b>}}"
      })
  void rejectsOtherContent(String content) {
    assertFalse(parser.accepts(content));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "<div class=\"tgme_widget_message\" data-post=\"x\">",
        "<div class=\"tgme_widget_message\" data-post=\"name/notanumber\"><div>",
        "<div class=\"tgme_widget_message\" data-post=\"name/1\"><time datetime=\"yesterday\">",
        "<div class=\"tgme_widget_message\" data-post=\"name/1\"><div"
            + " class=\"tgme_widget_message_reactions\"><span class=\"tgme_reaction\">many</span>",
        "<<<<div data-post=tgme_widget_message"
      })
  void brokenMarkupGivesNoReviewsAndNeverThrows(String content) {
    assertEquals(List.of(), parser.parse("bad.html", content));
  }

  @Test
  void savedPagesInAFolderAreSourcesAndOtherPagesArePassedOver(@TempDir Path dir) throws Exception {
    Files.writeString(
        dir.resolve("rizzearch.html"),
        PreviewPages.channelPage("rizzearch", "rizzearch", 3, 20, null));
    Files.writeString(
        dir.resolve("older.htm"), PreviewPages.channelPage("other", "o", 2, 20, null));
    Files.writeString(dir.resolve("article.html"), "<html><body>an article</body></html>");
    Corpus corpus = CorpusLoader.load(List.of(dir));
    assertEquals(List.of(), corpus.problems());
    assertEquals(5, corpus.reviewCount());
    assertEquals(3, corpus.papers().size(), "the same arXiv ids in both pages: one paper each");
    assertTrue(
        corpus.papers().stream()
            .flatMap(p -> p.reviews().stream())
            .allMatch(r -> r.postUrl() != null && r.postUrl().startsWith("https://t.me/")));
  }

  @Test
  void countsReadAsTheSiteWritesThem() {
    assertEquals(12, TelegramPreviewPage.count("12"));
    assertEquals(1200, TelegramPreviewPage.count("1.2K"));
    assertEquals(3_400_000, TelegramPreviewPage.count("3,4M"));
    assertEquals(0, TelegramPreviewPage.count("—"));
  }
}
