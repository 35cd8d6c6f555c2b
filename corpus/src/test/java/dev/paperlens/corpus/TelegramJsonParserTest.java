package dev.paperlens.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class TelegramJsonParserTest {
  private final TelegramJsonParser parser = new TelegramJsonParser();

  private static String resource(String name) {
    try (InputStream in = TelegramJsonParserTest.class.getResourceAsStream("/telegram/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private List<ReviewDraft> parse(String name) {
    return parser.parse("result.json", resource(name));
  }

  @ParameterizedTest
  @CsvSource({
    "public-channel.json, true",
    "private-channel.json, true",
    "full-account.json, true",
    "truncated.json, true"
  })
  void acceptsExports(String name, boolean expected) {
    assertEquals(expected, parser.accepts(resource(name)));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "Mamba: Linear-Time Sequence Modeling\nселективные SSM",
        "[{\"messages\": []}]",
        "{\"name\": \"x\", \"list\": []}",
        "@article{key, title={x}}",
        "{\"name\": \"x\", \"mess"
      })
  void rejectsOtherContent(String content) {
    assertEquals(false, parser.accepts(content));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "not json at all",
        "{",
        "[1, 2]",
        "{\"messages\": 5}",
        "{\"messages\": [1, \"x\", null, {\"type\": \"message\", \"text\": {\"a\": 1}}]}",
        "{\"chats\": {\"list\": [{\"name\": {\"x\": 1}, \"messages\": [{\"id\": \"a\"}]}]}}"
      })
  void malformedExportsGiveNoReviewsAndNeverThrow(String content) {
    assertEquals(List.of(), parser.parse("bad.json", content));
  }

  @Test
  void publicChannelKeepsReviewsOnly() {
    assertEquals(
        List.of(
            "Mamba: Linear-Time Sequence Modeling with Selective State Spaces",
            "FlashAttention: Fast and Memory-Efficient Exact Attention with IO-Awareness",
            "QLoRA: Efficient Finetuning of Quantized LLMs"),
        parse("public-channel.json").stream().map(ReviewDraft::title).toList());
  }

  @Test
  void reviewCarriesMessageMetadata() {
    ReviewDraft mamba = parse("public-channel.json").get(0);
    assertEquals(SourceFormat.TELEGRAM_JSON, mamba.format());
    assertEquals("result.json", mamba.path());
    assertEquals(2L, mamba.messageId());
    assertEquals("2024-03-02T12:30:05", mamba.date());
    assertEquals("Tea & Papers", mamba.channel());
    assertEquals("https://t.me/teapapers/2", mamba.postUrl());
    Map<String, Integer> counts = new LinkedHashMap<>();
    counts.put("🔥", 12);
    counts.put("👍", 3);
    counts.put("custom emoji", 2);
    assertEquals(new Reactions(counts, null), mamba.reactions());
    assertEquals(List.of(new Link("LINK", "https://arxiv.org/abs/2312.00752v2")), mamba.links());
    assertEquals("2312.00752", mamba.arxiv());
    assertNull(mamba.doi());
    assertEquals(List.of("Mamba"), mamba.methods());
  }

  @Test
  void bodyDropsTitleAndLinkOnlyLinesAndCarriesItsOwnLines() {
    ReviewDraft mamba = parse("public-channel.json").get(0);
    assertEquals(
        "селективные SSM: параметры зависят от входа, поэтому модель умеет забывать ненужное\n"
            + "скан сделан аппаратно-осознанно, как во флешатеншне, и на длинных контекстах"
            + " обгоняет трансформеры того же размера",
        mamba.text());
    List<Integer> lines = mamba.body().stream().map(SourceLine::line).toList();
    assertTrue(
        lines.stream().allMatch(l -> l >= mamba.startLine() && l <= mamba.endLine()),
        lines.toString());
    assertEquals(lines.stream().sorted().toList(), lines, "lines in order");
  }

  @Test
  void aReviewStartsAtItsTextFieldAndEndsWithItsMessageObject() {
    String content = resource("public-channel.json");
    List<String> lines = Arrays.asList(content.split("\n", -1));
    for (ReviewDraft draft : parser.parse("result.json", content)) {
      assertTrue(
          lines.get(draft.startLine() - 1).strip().startsWith("\"text\":"),
          "a definition lands on the words, not the brace: " + draft.title());
      assertTrue(lines.get(draft.endLine() - 1).strip().startsWith("}"), draft.title());
      assertTrue(draft.endLine() > draft.startLine());
      for (SourceLine line : draft.body()) {
        assertTrue(
            line.line() >= draft.startLine() && line.line() <= draft.endLine(), draft.title());
      }
    }
  }

  @Test
  void eachLineOfAnArrayTextNamesTheLineOfItsPart() {
    String content =
        "{\"name\": \"c\", \"type\": \"public_channel\", \"id\": 1, \"messages\": [\n"
            + "{\"id\": 7, \"type\": \"message\", \"date\": \"2024-01-01T10:00:00\",\n"
            + " \"text\": [\n"
            + "  \"HyenaDNA: Long-Range Genomic Sequence Modeling at Single Nucleotide Resolution\\n"
            + "Первая строка обзора про гиену и длинный геномный контекст в миллион нуклеотидов\\n\",\n"
            + "  {\"type\": \"bold\", \"text\": \"вторая строка обзора, жирным и довольно длинная\"},\n"
            + "  \"\\nтретья строка обзора, уже после жирного куска текста\\n\",\n"
            + "  {\"type\": \"text_link\", \"text\": \"LINK\", \"href\": \"https://arxiv.org/abs/2306.15794\"}\n"
            + " ]}\n"
            + "]}\n";
    ReviewDraft draft = parser.parse("result.json", content).get(0);
    assertEquals(3, draft.startLine(), "the text field's line");
    assertEquals(
        List.of(4, 5, 6),
        draft.body().stream().map(SourceLine::line).toList(),
        draft.body().toString());
  }

  @Test
  void textArrayEntitiesBecomeLinks() {
    ReviewDraft flash = parse("public-channel.json").get(1);
    assertEquals(
        List.of(
            new Link("писали про мамбу", "https://t.me/teapapers/2"),
            new Link(
                "github.com/Dao-AILab/flash-attention",
                "https://github.com/Dao-AILab/flash-attention"),
            new Link(
                "https://arxiv.org/pdf/2205.14135.pdf", "https://arxiv.org/pdf/2205.14135.pdf")),
        flash.links());
    assertEquals("2205.14135", flash.arxiv());
    assertEquals("https://t.me/teapapers/3", flash.postUrl());
    assertTrue(flash.text().contains("мы уже писали про мамбу, там тот же трюк"));
  }

  @Test
  void plainStringTextWithBareUrlsAndForwardedMessage() {
    ReviewDraft qlora = parse("public-channel.json").get(2);
    assertEquals("Other Channel", qlora.channel());
    assertNull(qlora.postUrl());
    assertEquals("2305.14314", qlora.arxiv());
    assertEquals("10.48550/arxiv.2305.14314", qlora.doi());
    assertEquals(2, qlora.links().size());
    assertEquals(Reactions.NONE, qlora.reactions());
  }

  @Test
  void privateChannelHasNoPostUrl() {
    List<ReviewDraft> drafts = parse("private-channel.json");
    assertEquals(1, drafts.size());
    ReviewDraft lora = drafts.get(0);
    assertEquals("LoRA: Low-Rank Adaptation of Large Language Models", lora.title());
    assertEquals("Closed Reading Group", lora.channel());
    assertNull(lora.postUrl());
    assertEquals("2106.09685", lora.arxiv());
  }

  @Test
  void fullAccountReadsEveryChatAndLeftChat() {
    List<ReviewDraft> drafts = parse("full-account.json");
    assertEquals(
        List.of(
            "Titans: Learning to Memorize at Test Time",
            "Hyena Hierarchy: Towards Larger Convolutional Language Models",
            "Attention Is All You Need",
            "Deep Residual Learning for Image Recognition"),
        drafts.stream().map(ReviewDraft::title).toList());
    assertEquals(
        Arrays.asList(
            "Sequence Models Daily", "Sequence Models Daily", "Classic Papers", "Old ML Notes"),
        drafts.stream().map(ReviewDraft::channel).toList());
    assertEquals(
        Arrays.asList("https://t.me/seqdaily/100", "https://t.me/seqdaily/101", null, null),
        drafts.stream().map(ReviewDraft::postUrl).toList());
    assertEquals(
        Arrays.asList("2501.00663", "2302.10866", "1706.03762", null),
        drafts.stream().map(ReviewDraft::arxiv).toList());
    assertEquals("10.1109/cvpr.2016.90", drafts.get(3).doi());
  }

  @Test
  void truncatedExportKeepsMessagesBeforeTheCut() {
    assertEquals(
        List.of(
            "Mamba: Linear-Time Sequence Modeling with Selective State Spaces",
            "FlashAttention: Fast and Memory-Efficient Exact Attention with IO-Awareness"),
        parse("truncated.json").stream().map(ReviewDraft::title).toList());
  }

  private static final String BODY =
      "\nмодель учит селективное состояние и обгоняет трансформеры на длинных последовательностях,"
          + " код открыт\n";

  /** A one-message public channel whose text is {@code plain} followed by an arXiv text_link. */
  private static String channel(String plain, boolean withLink) {
    String text = "\"" + plain.replace("\n", "\\n") + "\"";
    if (withLink) {
      text =
          "["
              + text
              + ", {\"type\": \"text_link\", \"text\": \"LINK\","
              + " \"href\": \"https://arxiv.org/abs/2312.00752\"}]";
    }
    return "{\"name\": \"c\", \"type\": \"public_channel\", \"id\": 1, \"messages\": [{\"id\": 5,"
        + " \"type\": \"message\", \"date\": \"2024-01-01T00:00:00\", \"text\": "
        + text
        + "}]}";
  }

  static Stream<Arguments> reviewShapes() {
    return Stream.of(
        arguments("Mamba: Selective State Spaces" + BODY, true, "Mamba: Selective State Spaces"),
        arguments(
            "#papers #ssm\nMamba: Selective State Spaces" + BODY,
            true,
            "Mamba: Selective State Spaces"),
        arguments(
            "🔥 xLSTM: Extended Long Short-Term Memory" + BODY,
            true,
            "xLSTM: Extended Long Short-Term Memory"),
        arguments("Селективные модели пространства состояний" + BODY, true, null),
        arguments("Mamba: Selective State Spaces are here." + BODY, true, null),
        arguments("check this out, great paper" + BODY, true, null),
        arguments("Mamba: Selective State Spaces" + BODY, false, null),
        arguments("Mamba: Selective State Spaces\nкоротко: огонь", true, null),
        arguments("Join the Reading Club" + BODY + "#реклама", true, null));
  }

  @ParameterizedTest
  @MethodSource("reviewShapes")
  void reviewsAreTitledBodiesWithLinks(String text, boolean withLink, String expectedTitle) {
    List<String> titles =
        parser.parse("c.json", channel(text, withLink)).stream().map(ReviewDraft::title).toList();
    assertEquals(expectedTitle == null ? List.of() : List.of(expectedTitle), titles);
  }

  private static final String PAPER = "https://arxiv.org/abs/2205.06175";

  /**
   * The start of a review's text, up to an open JSON string: a title with no name, and a body that
   * names its agent in Cyrillic.
   */
  private static final String POST =
      "\"A Generalist Widget\\nодна сеть играет во все игры: зорблакс обгоняет"
          + " специализированных агентов, и зорблаксу хватает одной сети на всё\\n";

  private static String link(String text, String href) {
    return "{\"type\": \"text_link\", \"text\": \"" + text + "\", \"href\": \"" + href + "\"}";
  }

  /** A message of a public channel; {@code photo} gives it a photo, sent at {@code second}. */
  private static String message(int id, int second, boolean photo, String text) {
    return "{\"id\": "
        + id
        + ", \"type\": \"message\", \"date\": \"2024-01-01T00:00:0"
        + second
        + "\", \"date_unixtime\": \"170406720"
        + second
        + "\""
        + (photo ? ", \"photo\": \"photos/" + id + ".jpg\"" : "")
        + ", \"text\": "
        + text
        + "}";
  }

  static Stream<Arguments> labelledReviews() {
    return Stream.of(
        arguments(
            "a link-only line's text names the paper",
            List.of(
                message(1, 0, false, "[" + POST + "\", " + link("Zorblax: статья", PAPER) + "]")),
            List.of("Zorblax")),
        arguments(
            "a line opened by the eyes mark, its links around the name",
            List.of(
                message(
                    1,
                    0,
                    false,
                    "["
                        + POST
                        + "👀 Zorblax: \""
                        + ", "
                        + link("статья", PAPER)
                        + ", \" | \", "
                        + link("блог", "https://example.org/blog")
                        + "]")),
            List.of("Zorblax")),
        arguments(
            "a link to the paper in the prose",
            List.of(
                message(
                    1,
                    0,
                    false,
                    "["
                        + POST
                        + "подробнее про \""
                        + ", "
                        + link("Zorblax", PAPER)
                        + ", \" тут\\n\"]")),
            List.of("Zorblax")),
        arguments(
            "a link to other work in the prose names no paper of the post",
            List.of(
                message(
                    1,
                    0,
                    false,
                    "["
                        + POST
                        + "в отличие от \""
                        + ", "
                        + link("Quuxnet", "https://arxiv.org/abs/1111.22222")
                        + ", \"\\n\", "
                        + link("LINK", PAPER)
                        + "]")),
            List.of()),
        arguments(
            "a site's name or an English word is no name",
            List.of(
                message(
                    1,
                    0,
                    false,
                    "["
                        + POST
                        + "код на гитхабе\\n\""
                        + ", "
                        + link("GitHub", "https://github.com/x/y")
                        + ", \"\\n\", "
                        + link("Paper", PAPER)
                        + "]")),
            List.of()),
        arguments(
            "the caption of another photo of the post's album",
            List.of(
                message(1, 0, true, "[" + POST + "\", " + link("LINK", PAPER) + "]"),
                message(2, 0, true, "\"Архитектура Zorblax\"")),
            List.of("Zorblax")),
        arguments(
            "a caption naming two things (a chart) names neither",
            List.of(
                message(1, 0, true, "[" + POST + "\", " + link("LINK", PAPER) + "]"),
                message(2, 0, true, "\"Zorblax против Quuxnet\"")),
            List.of()),
        arguments(
            "a photo sent at another second is no caption of the post",
            List.of(
                message(1, 0, true, "[" + POST + "\", " + link("LINK", PAPER) + "]"),
                message(2, 5, true, "\"Архитектура Zorblax\"")),
            List.of()),
        arguments(
            "an address written as a link's text names a repository",
            List.of(
                message(
                    1,
                    0,
                    false,
                    "["
                        + POST
                        + "\", "
                        + link("github.com/zorb/Zorblax", "https://github.com/zorb/Zorblax")
                        + ", \"\\n\", "
                        + link("LINK", PAPER)
                        + "]")),
            List.of()),
        arguments(
            "a label the body never writes is not taken",
            List.of(
                message(1, 0, false, "[" + POST + "\", " + link("Quuxnet: статья", PAPER) + "]")),
            List.of()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("labelledReviews")
  void aNameInALinkTextOrACaptionIsEvidence(
      String irregularity, List<String> messages, List<String> introduced) {
    String content =
        "{\"name\": \"c\", \"type\": \"public_channel\", \"id\": 1, \"messages\": ["
            + String.join(", ", messages)
            + "]}";
    List<ReviewDraft> drafts = parser.parse("c.json", content);
    assertEquals(1, drafts.size(), content);
    assertEquals(introduced, drafts.get(0).methods());
  }

  @Test
  void paidAndCustomReactionsKeepTheirCounts() {
    String content =
        channel("Mamba: Selective State Spaces" + BODY, true)
            .replace(
                "\"text\": [",
                "\"reactions\": [{\"type\": \"paid\", \"count\": 3},"
                    + " {\"type\": \"emoji\", \"count\": 2, \"emoji\": \"👍\"},"
                    + " {\"type\": \"custom_emoji\", \"count\": 4, \"document_id\": \"5\"},"
                    + " {\"type\": \"custom_emoji\", \"count\": 1, \"document_id\": \"6\"}],"
                    + " \"text\": [");
    Map<String, Integer> expected = new LinkedHashMap<>();
    expected.put("⭐", 3);
    expected.put("👍", 2);
    expected.put("custom emoji", 5);
    ReviewDraft draft = parser.parse("c.json", content).get(0);
    assertEquals(expected, draft.reactions().counts());
    assertNull(draft.reactions().raw());
  }
}
