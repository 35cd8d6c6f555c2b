package dev.paperlens.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** One row per cue or trap in translated abstracts; each row is one abstract line. */
class AbstractDigestParserTest {
  private static final String HEADER = "Отобранные статьи о виджетах с переводами";

  /** Pads an abstract to the length of a real one, with prose that introduces nothing. */
  private static final String PADDING =
      " Мы провели всестороннюю оценку нашего подхода на пяти задачах и показали, что он работает"
          + " заметно лучше существующих решений при сопоставимых затратах вычислительных"
          + " ресурсов.";

  private final AbstractDigestParser parser = new AbstractDigestParser();

  static Stream<Arguments> abstracts() {
    return Stream.of(
        row("названный", "Наш подход, названный FIFO-Widget, генерирует виджеты.", "FIFO-Widget"),
        row(
            "под названием after prior work",
            "Мы анализируем обновления в LoRA и предлагаем новый метод под названием WoRA.",
            "WoRA"),
        row(
            "мы представляем after a defined abbreviation",
            "Обучение с подкреплением на основе обратной связи от человека (RLHF) важно. Мы"
                + " представляем OpenWidget, открытую платформу.",
            "OpenWidget"),
        row(
            "two introduced names",
            "Мы представляем модельно-основанную группировку, MBG, метод. Также мы представляем"
                + " новый механизм маршрутизации, Needle, который выбирает адаптеры.",
            "MBG",
            "Needle"),
        row(
            "создаем and a size of the family",
            "Мы создаем Wid - семейство моделей. Наша модель Wid-3B превосходит аналоги.",
            "Wid",
            "Wid-3B"),
        row(
            "prior components are not introduced",
            "LayerNorm медленный, а замена LayerNorm на BatchNorm ломает обучение, поэтому мы"
                + " предлагаем новый метод под названием ProgNorm для постепенной замены.",
            "ProgNorm"),
        row(
            "spelled-out name next to a prior one",
            "Мы предлагаем новый метод Widget Score Matching (WSM), который исправляет ошибку"
                + " в методе Interval Widget Matching (IWM).",
            "Widget Score Matching (WSM)",
            "WSM",
            "Widget Score Matching"),
        row("no cue", "Мы исследуем виджеты и их свойства на больших данных."));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("abstracts")
  void findsIntroducedMethods(String irregularity, String line, List<String> methods) {
    List<ReviewDraft> drafts = parser.parse("digest.txt", HEADER + "\n" + line + PADDING + "\n");
    assertEquals(1, drafts.size());
    ReviewDraft draft = drafts.get(0);
    assertEquals(methods, draft.methods());
    assertEquals(2, draft.startLine());
    assertEquals(2, draft.endLine());
    assertNull(draft.title());
    assertEquals(line + PADDING, draft.text());
  }

  @Test
  void everyLineAfterTheHeaderIsOneReview() {
    String digest =
        HEADER
            + "\n"
            + "Мы представляем WidgetA, модель."
            + PADDING
            + "\n\n"
            + "Код доступен по адресу https://github.com/widgets/b."
            + PADDING
            + "\n";
    List<ReviewDraft> drafts = parser.parse("digest.txt", digest);
    assertEquals(List.of(2, 4), drafts.stream().map(ReviewDraft::startLine).toList());
    assertEquals(
        List.of(new Link("github.com", "https://github.com/widgets/b")), drafts.get(1).links());
    assertEquals(SourceFormat.ABSTRACT_DIGEST, drafts.get(0).format());
  }

  @Test
  void aLongFirstLineIsAnAbstract() {
    List<ReviewDraft> drafts = parser.parse("d.txt", "Мы представляем WidgetA, модель." + PADDING);
    assertEquals(1, drafts.get(0).startLine());
  }

  static Stream<Arguments> detection() {
    String abstractLine = "Мы представляем WidgetA, модель." + PADDING;
    return Stream.of(
        Arguments.of("digest", HEADER + "\n" + abstractLine + "\n" + abstractLine, true),
        Arguments.of("digest without header", abstractLine, true),
        Arguments.of(
            "scraped page",
            "Widget Title\n" + abstractLine + "\n👀LINK\n" + abstractLine + "\n👀LINK\n🔥1",
            false),
        Arguments.of("JSON export", "{\"messages\": [\"" + abstractLine + "\"]}", false),
        Arguments.of("BibTeX", "@article{w,\n title={" + abstractLine + "}\n}", false),
        Arguments.of("English prose", HEADER + "\n" + "We study widgets. ".repeat(30), false),
        Arguments.of("short lines", "один\nдва\nтри", false),
        Arguments.of("empty", "", false));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("detection")
  void detectsFromContent(String kind, String content, boolean expected) {
    assertEquals(expected, parser.accepts(content));
  }

  private static Arguments row(String irregularity, String line, String... methods) {
    return Arguments.of(irregularity, line, List.of(methods));
  }
}
