package dev.paperlens.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One row per irregularity of scraped pages. Each review renders as "start-end title | body line
 * numbers | links | reactions | channel".
 */
class TelegramTextParserTest {
  private final TelegramTextParser parser = new TelegramTextParser();

  static Stream<Arguments> pages() {
    return Stream.of(
        row(
            "duplicated body",
            """
            Sparse Widgets for Everyone
            мы разобрали новую статью про виджеты
            и вот что получилось
            👀LINK
            мы разобрали новую статью про виджеты
            и вот что получилось
            👀LINK
            🔥3👍1\
            """,
            "1-4 Sparse Widgets for Everyone | 2,3 | LINK | 🔥=3,👍=1 | -"),
        row(
            "repeat with dropped emoji",
            """
            Widget Title
            классная идея про виджеты 🤔
            еще одна строка😭
            👀LINK
            классная идея про виджеты
            еще одна строка
            👀LINK\
            """,
            "1-4 Widget Title | 2,3 | LINK | - | -"),
        row(
            "repeat with missing lines and a truncated line",
            """
            Widget Title
            первая строка обзора виджетов
            вторая строка обзора виджетов
            третья строка обзора 😓 . и ее длинное продолжение
            четвертая строка обзора виджетов
            👀LINK
            первая строка обзора виджетов
            третья строка обзора
            четвертая строка обзора виджетов
            👀LINK\
            """,
            "1-6 Widget Title | 2,3,4,5 | LINK | - | -"),
        row(
            "glued foreign prefix on the repeat",
            """
            Widget Title
            жиза при работе с виджетами - не влезли в память😟
            и вторая строка про виджеты
            👀LINK
            ValueError: shapes do not match. Oh noжиза при работе с виджетами - не влезли в память
            и вторая строка про виджеты
            👀LINK\
            """,
            "1-4 Widget Title | 2,3 | LINK | - | -"),
        row(
            "marker with a space",
            "Widget Title\nтекст обзора\n👀 LINK\n❤1",
            "1-3 Widget Title | 2 | LINK | ❤=1 | -"),
        row(
            "marker with labels",
            "Widget Title\nтекст обзора\n👀 paper, code\n❤1",
            "1-3 Widget Title | 2 | paper,code | ❤=1 | -"),
        row(
            "marker with a multi-word label",
            "Widget Title\nтекст обзора\n👀 paper, code for widgets, demo\n❤1",
            "1-3 Widget Title | 2 | paper,code for widgets,demo | ❤=1 | -"),
        row(
            "eyes after the label",
            "Widget Title\nтекст обзора\nLINK 👀\nтекст обзора\nLINK 👀\n❤1",
            "1-3 Widget Title | 2 | LINK | ❤=1 | -"),
        row(
            "Telegram leftovers",
            """
            Widget Title
            текст обзора
            This media is not supported in your browser
            еще текст
            👀LINK
            текст обзора
            еще текст
            👀LINK
            Please open Telegram to view this post
            VIEW IN TELEGRAM
            Please open Telegram to view this post
            VIEW IN TELEGRAM
            🔥2🥱1\
            """,
            "1-5 Widget Title | 2,4 | LINK | 🔥=2,🥱=1 | -"),
        row(
            "leftovers between the first copy and its repeat",
            """
            Widget Title
            текст обзора про виджеты
            еще немного текста
            👀LINK
            Please open Telegram to view this post
            VIEW IN TELEGRAM
            текст обзора про виджеты
            еще немного текста
            👀LINK
            🔥5\
            """,
            "1-4 Widget Title | 2,3 | LINK | 🔥=5 | -"),
        row(
            "reactions with eyes",
            "Widget Title\nтекст обзора\n👀LINK\n😁3👀1",
            "1-3 Widget Title | 2 | LINK | 😁=3,👀=1 | -"),
        row(
            "reactions as bare digits",
            "Widget Title\nтекст обзора\n👀LINK\n432",
            "1-3 Widget Title | 2 | LINK | =432 | -"),
        row(
            "channel header",
            """
            widgetlab
            2.5K subscribers
            120 photos
            3 videos

            Про виджеты каждый день
            @widgetlab_admin
            Download Telegram
            Widget Title
            текст обзора
            👀LINK
            👍2\
            """,
            "9-11 Widget Title | 10 | LINK | 👍=2 | widgetlab"),
        row(
            "channel header without a download line",
            "widgetlab\n1.01K subscribers\n12 photos\nWidget Title\nтекст обзора\n👀LINK\n👍2",
            "4-6 Widget Title | 5 | LINK | 👍=2 | widgetlab"),
        row(
            "blank lines between paragraphs, no repeat",
            """
            First Widget

            абзац один

            абзац два

            👀LINK
            611
            Second Widget

            абзац три

            👀 LINK
            Please open Telegram to view this post
            VIEW IN TELEGRAM
            5👍2🔥1\
            """,
            "1-7 First Widget | 3,5 | LINK | =611 | -",
            "9-13 Second Widget | 11 | LINK | =5,👍=2,🔥=1 | -"),
        row(
            "UPD postscript after the first marker",
            """
            Widget Title

            текст обзора

            👀LINK

            UPD: код выложили https://github.com/widgets/widget.
            🔥4\
            """,
            "1-7 Widget Title | 3,7 | LINK,github.com=https://github.com/widgets/widget | 🔥=4 |"
                + " -"),
        row(
            "UPD postscript before the repeat, and again after it",
            """
            Widget Title
            текст обзора про виджеты
            вторая строка обзора
            LINK 👀
            UPD: авторы выложили веса
            Out of memory? снова текст обзора про виджеты
            вторая строка обзора
            LINK 👀
            UPD: авторы выложили веса
            5👍2
            Next Widget
            другой обзор
            👀LINK\
            """,
            "1-5 Widget Title | 2,3,5 | LINK | =5,👍=2 | -",
            "11-13 Next Widget | 12 | LINK | - | -"),
        row(
            "meme post without a marker",
            """
            Widget Title
            текст обзора
            👀LINK
            432
            This media is not supported in your browser
            VIEW IN TELEGRAM
            Рецензент: ставит 2/10, не читая

            Как он видит себя:
            13👍3
            Next Widget
            текст
            👀LINK\
            """,
            "1-3 Widget Title | 2 | LINK | =432 | -",
            "11-13 Next Widget | 12 | LINK | - | -"),
        row(
            "channel promo re-quoting an earlier title",
            """
            Widget Title
            текст обзора про виджеты
            👀LINK
            текст обзора про виджеты
            👀LINK
            ❤2👍2
            widgetlab
            Widget Title текст обзора про виджеты…
            А остальные обзоры ищите в нашем дайджесте!
            ❤🔥3\
            """,
            "1-3 Widget Title | 2 | LINK | ❤=2,👍=2 | -"),
        row(
            "rubric tag after the title",
            """
            Widget Compression with Low Rank
            widgetlab throwback
            текст обзора
            👀LINK
            widgetlab throwback
            текст обзора
            👀LINK\
            """,
            "1-4 Widget Compression with Low Rank | 2,3 | LINK | - | -"),
        row(
            "post right after the previous second marker",
            """
            First Widget
            текст первого обзора
            👀LINK
            текст первого обзора
            👀LINK
            Second Widget
            текст второго обзора
            👀LINK
            текст второго обзора
            👀LINK
            🔥1\
            """,
            "1-3 First Widget | 2 | LINK | - | -",
            "6-8 Second Widget | 7 | LINK | 🔥=1 | -"),
        row(
            "post right after a first marker with no repeat and no reactions",
            """
            First Widget
            текст первого обзора
            👀LINK
            Second Widget
            совсем другой текст
            👀LINK
            совсем другой текст
            👀LINK\
            """,
            "1-3 First Widget | 2 | LINK | - | -",
            "4-6 Second Widget | 5 | LINK | - | -"),
        row(
            "unlinked text after a post keeps its own reactions",
            """
            Widget Title
            текст обзора
            👀LINK
            смешная картинка про рецензентов
            😁9\
            """,
            "1-3 Widget Title | 2 | LINK | - | -"),
        row(
            "URLs in the body become links",
            """
            Widget Title
            - https://t.me/widgetlab/217
            см. https://arxiv.org/abs/2401.01234v2, там все
            👀 paper\
            """,
            "1-4 Widget Title | 2,3 | t.me=https://t.me/widgetlab/217,"
                + "arxiv.org=https://arxiv.org/abs/2401.01234v2,paper | - | -"),
        row("no marker at all", "Widget Title\nтекст\n🔥1", new String[0]),
        row("empty page", "", new String[0]));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pages")
  void readsPages(String irregularity, String page, List<String> expected) {
    List<String> actual =
        parser.parse("widgets.txt", page).stream().map(TelegramTextParserTest::render).toList();
    assertEquals(expected, actual);
  }

  static Stream<Arguments> reactionLines() {
    return Stream.of(
        Arguments.of("🔥3👍1", "🔥=3,👍=1"),
        Arguments.of("❤4 2 1 1", "❤=4,=4"),
        Arguments.of("432", "=432"),
        Arguments.of("13👍3", "=13,👍=3"),
        Arguments.of("❤🔥3", "❤🔥=3"),
        Arguments.of("😁3👀1", "😁=3,👀=1"),
        Arguments.of("3🔥21", "=3,🔥=21"),
        Arguments.of("👍1.2K🔥3", "👍=1200,🔥=3"),
        Arguments.of("❤️‍🔥2", "❤️‍🔥=2"),
        Arguments.of("👍99999999999", "👍=2147483647"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("reactionLines")
  void readsReactionCounts(String line, String expected) {
    assertEquals(TelegramLine.Kind.REACTIONS, TelegramLine.kind(line));
    Reactions reactions = TelegramLine.reactions(line);
    assertEquals(expected, counts(reactions));
    assertEquals(line, reactions.raw());
  }

  static Stream<Arguments> lineKinds() {
    return Stream.of(
        Arguments.of("👀LINK", TelegramLine.Kind.MARKER),
        Arguments.of("👀 LINK", TelegramLine.Kind.MARKER),
        Arguments.of("LINK 👀", TelegramLine.Kind.MARKER),
        Arguments.of("👀 paper, code for kinetix, demo", TelegramLine.Kind.MARKER),
        Arguments.of("❤2👀1", TelegramLine.Kind.REACTIONS),
        Arguments.of("👀", TelegramLine.Kind.TEXT),
        Arguments.of("👀 смотрите: 3 статьи", TelegramLine.Kind.TEXT),
        Arguments.of("VIEW IN TELEGRAM", TelegramLine.Kind.LEFTOVER),
        Arguments.of("1.", TelegramLine.Kind.TEXT),
        Arguments.of("2K subscribers", TelegramLine.Kind.TEXT),
        Arguments.of("🔥1.5K", TelegramLine.Kind.REACTIONS),
        Arguments.of("   ", TelegramLine.Kind.BLANK));
  }

  @ParameterizedTest(name = "{index}: {0}")
  @MethodSource("lineKinds")
  void classifiesLines(String line, TelegramLine.Kind expected) {
    assertEquals(expected, TelegramLine.kind(line));
  }

  static Stream<Arguments> detection() {
    return Stream.of(
        Arguments.of("scraped page", "T\nтекст\n👀LINK\nтекст\n👀LINK\n🔥1", true),
        Arguments.of("header and one marker", "chan\n10 subscribers\nT\nтекст\n👀 paper", true),
        Arguments.of("one marker and reactions", "T\nтекст\n👀 paper\n🔥2", true),
        Arguments.of("JSON export", "{\"name\": \"chan\", \"text\": \"👀LINK\"}", false),
        Arguments.of("JSON array", "[\n\"👀LINK\",\n\"👀LINK\"\n]", false),
        Arguments.of("BibTeX", "@article{widget2024,\n  title={👀 LINK}\n}\n👀LINK\n👀LINK", false),
        Arguments.of(
            "abstract digest",
            "Ежедневные статьи с переводами\nМы представляем WidgetNet, модель. " + "x".repeat(300),
            false),
        Arguments.of("plain prose", "просто текст\nбез ссылок", false),
        Arguments.of("empty", "", false));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("detection")
  void detectsFromContent(String kind, String content, boolean expected) {
    assertEquals(expected, parser.accepts(content));
  }

  @Test
  void draftsCarryTheirSourceAndCleanText() {
    List<ReviewDraft> drafts =
        parser.parse(
            "widgets.txt",
            "WidgetNet: Widgets at Scale\r\nтекст, и называется DeepWidget\r\n👀LINK\r\n");
    ReviewDraft draft = drafts.get(0);
    assertEquals("widgets.txt", draft.path());
    assertEquals(SourceFormat.TELEGRAM_TEXT, draft.format());
    assertEquals("WidgetNet: Widgets at Scale", draft.title());
    assertEquals("текст, и называется DeepWidget", draft.text());
    assertEquals(List.of("WidgetNet", "DeepWidget"), draft.methods());
    assertEquals(null, draft.date());
  }

  @Test
  void arxivLinksGiveTheId() {
    List<ReviewDraft> drafts =
        parser.parse("w.txt", "T\nсм https://arxiv.org/abs/2306.15794v2\n👀LINK\n");
    assertEquals("2306.15794", drafts.get(0).arxiv());
  }

  @Test
  void hugeLinesDoNotHang() {
    String huge = "слово ".repeat(1_000_000);
    String page =
        "Widget Title\n" + huge + "\n👀LINK\n" + huge + "\n👀LINK\n🔥1\n" + "👀".repeat(500_000);
    // A guard against quadratic scanning (minutes), not a speed test: speed is benchmarked.
    List<ReviewDraft> drafts =
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
            java.time.Duration.ofSeconds(60),
            () -> {
              assertTrue(parser.accepts(page));
              return parser.parse("w.txt", page);
            });
    assertEquals(1, drafts.size());
    assertFalse(drafts.get(0).body().isEmpty());
  }

  private static String render(ReviewDraft d) {
    String body =
        d.body().stream().map(l -> String.valueOf(l.line())).collect(Collectors.joining(","));
    String links =
        d.links().stream()
            .map(l -> l.url() == null ? l.label() : l.label() + "=" + l.url())
            .collect(Collectors.joining(","));
    return d.startLine()
        + "-"
        + d.endLine()
        + " "
        + d.title()
        + " | "
        + body
        + " | "
        + (links.isEmpty() ? "-" : links)
        + " | "
        + (d.reactions().counts().isEmpty() ? "-" : counts(d.reactions()))
        + " | "
        + (d.channel() == null ? "-" : d.channel());
  }

  private static String counts(Reactions reactions) {
    return reactions.counts().entrySet().stream()
        .map(e -> e.getKey() + "=" + e.getValue())
        .collect(Collectors.joining(","));
  }

  private static Arguments row(String irregularity, String page, String... reviews) {
    return Arguments.of(irregularity, page, List.of(reviews));
  }

  @Test
  void aSavedPageWithOnePostIsAReviewSource() {
    String page =
        "HyenaDNA: Long-Range Genomic Sequence Modeling at Single Nucleotide Resolution\n"
            + "Гиена на ДНК: контекст в миллион нуклеотидов, и всё это без внимания.\n"
            + "Авторы обучили модель на геноме человека и обогнали трансформеры.\n"
            + "👀LINK\n";
    assertTrue(parser.accepts(page));
    assertEquals(1, parser.parse("one.txt", page).size());
    assertFalse(parser.accepts("просто заметки\nбез заголовка\n👀LINK\n"), "no title, no review");
  }
}
