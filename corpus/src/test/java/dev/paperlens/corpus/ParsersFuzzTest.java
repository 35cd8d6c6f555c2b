package dev.paperlens.corpus;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.ArrayList;
import java.util.List;

/**
 * Source parsers on arbitrary text: they may find nothing, but never throw. Without JAZZER_FUZZ
 * these run the seeds under {@code src/test/resources/dev/paperlens/corpus/ParsersFuzzTestInputs};
 * {@code JAZZER_FUZZ=1 mvn test -Dtest=ParsersFuzzTest#telegramText} fuzzes one target (see
 * docs/reliability.md).
 */
class ParsersFuzzTest {
  private static void parse(SourceParser parser, String content) {
    if (parser.accepts(content)) {
      List<ReviewDraft> drafts = parser.parse("fuzz.txt", content);
      assertNotNull(drafts);
      // the corpus built from them must hold together too
      CorpusBuilder builder = new CorpusBuilder();
      builder.addDrafts(drafts);
      assertNotNull(builder.build());
    }
  }

  @FuzzTest(maxDuration = "60s")
  void telegramText(String content) {
    parse(new TelegramTextParser(), content);
  }

  @FuzzTest(maxDuration = "60s")
  void abstractDigest(String content) {
    parse(new AbstractDigestParser(), content);
  }

  @FuzzTest(maxDuration = "60s")
  void telegramJson(String content) {
    parse(new TelegramJsonParser(), content);
  }

  /**
   * Raw text rarely passes the export check; this one fuzzes the messages inside a valid export.
   */
  @FuzzTest(maxDuration = "60s")
  void telegramJsonMessages(String messages) {
    parse(
        new TelegramJsonParser(),
        "{\"name\":\"c\",\"type\":\"public_channel\",\"messages\":[" + messages + "]}");
  }

  @FuzzTest(maxDuration = "60s")
  void telegramPreview(String content) {
    parse(new TelegramPreviewParser(), content);
  }

  /**
   * Arbitrary markup inside one post of a valid preview page: its text, reactions and what follows.
   */
  @FuzzTest(maxDuration = "60s")
  void telegramPreviewPosts(String inner) {
    parse(
        new TelegramPreviewParser(),
        "<html><body><div class=\"tgme_widget_message\" data-post=\"c_name/1\">"
            + "<div class=\"tgme_widget_message_text\">"
            + inner
            + "</div><time datetime=\"2024-01-01T00:00:00+00:00\"></time></div></body></html>");
  }

  @FuzzTest(maxDuration = "60s")
  void bibTex(String content) {
    List<String> problems = new ArrayList<>();
    assertNotNull(BibTexParser.parse("fuzz.bib", content, problems::add));
    BibTexParser.looksLikeBibTex(content);
  }
}
