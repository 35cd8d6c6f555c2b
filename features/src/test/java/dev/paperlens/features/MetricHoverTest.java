package dev.paperlens.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hovers on a metric written after a score ("53.5 mIoU", "58.7 box AP") and on a heading of a part
 * of a paper ("по Broader Impacts в статье целая глава") and on capitals that spell another name
 * ("SAmple and aggreGatE" of GraphSAGE): no card, while the names beside them keep theirs.
 */
class MetricHoverTest {
  private static final String DIGEST =
      "Свежие статьи с переводом аннотаций\n"
          + "Мы представляем UperNet — сеть для сегментации сцен, на ADE20K: 53.5 mIoU.\n"
          + "Мы представляем HTCNet — детектор, на COCO: 58.7 box AP и 51.1 mask AP.\n"
          + "Мы представляем GPTZ — модель, и по Broader Impacts в статье целая глава.\n"
          + "Мы представляем GraphSAGE, от SAmple and aggreGatE, для больших графов.\n";

  @RegisterExtension static final SourceNotes notes = SourceNotes.ofDigest(DIGEST);

  @Test
  void theNameBesideTheScoreHovers() {
    String md = notes.card("сегментация на Uper|Net лучше");
    assertTrue(md.contains("UperNet"), md);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "у нас вышло 50.1 mIo|U",
        "поднял A|P на два пункта",
        "по mI|oU хуже",
        "почитал Broader Imp|acts",
        "берем SAm|ple соседей",
        "сэмпл|ы соседей"
      })
  void aMetricGetsNoCard(String marked) {
    assertEquals(Optional.empty(), notes.hover(marked), marked);
  }
}
