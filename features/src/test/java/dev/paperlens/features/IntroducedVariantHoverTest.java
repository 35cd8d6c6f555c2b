package dev.paperlens.features;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Variants a paper gives of its own name hover as that paper's card: on a line announcing them, on
 * a base model, by an acronym or a rate after a space, and the parts a count announces; a tag
 * written once in passing does not.
 */
class IntroducedVariantHoverTest {
  private static final String PAGE =
      "TabZ: Advancing Tabular Widgets with Parameter-Efficient Gizmos\n"
          + "наконец разбор TabZ\n"
          + "варианты: TabZ-mini - множитель только на входе; TabZ-packed - k сетей в одном"
          + " проходе\n"
          + "👀LINK\n\n"
          + "ZORP: Monolithic Widget Optimization without Reference Gizmo\n"
          + "мы предлагаем ZORP. публикуем чекпоинты Glimbo-ZORP-α (7B) и Glimbo-ZORP-β (7B)\n"
          + "👀LINK\n\n"
          + "Asynchronous Methods for Deep Widget Learning\n"
          + "звезда программы — asynchronous advantage actor-widget, он же A3W\n"
          + "варианты: A3W FF (сверточный торс) и A3W LSTM сверху\n"
          + "👀LINK\n\n"
          + "High Fidelity Neural Widget Compression\n"
          + "нейрокодек, dubbed EnZodec\n"
          + "из коробки две модели: EnZodec 24 kHz (моно) и EnZodec 48 kHz (стерео)\n"
          + "👀LINK\n\n"
          + "Long Range Widget Benchmark\n"
          + "мы представляем LRWB с 3 наборами данных: Zorb-SP, Glim-Contact и Flam-func\n"
          + "👀LINK\n\n"
          + "Gizmo Detection at Scale\n"
          + "собрали детектор и назвали GizmoNet. GizmoNet FPN быстрее всех\n"
          + "👀LINK\n";

  @RegisterExtension static final SourceNotes notes = SourceNotes.ofTelegramPage(PAGE);

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "a variant on a line announcing it: взяли TabZ-mi|ni; **TabZ",
        "a participle on such a line: взяли TabZ-pack|ed; **TabZ",
        "a checkpoint on a base model: взяли Glimbo-ZORP-|α; **ZORP",
        "a lower-case long form's acronym: как в A3|W; **Asynchronous Methods",
        "an acronym after a space: взяли A3W LS|TM; **Asynchronous Methods",
        "a rate after a space: взяли EnZodec 48 k|Hz; **High Fidelity",
        "a part a count announces: на Peptides Glim-Cont|act; **Long Range Widget Benchmark",
      })
  void aVariantThePaperIntroducesHoversAsItsCard(String marked, String cardStart) {
    String text = marked.substring(marked.indexOf(": ") + 2);
    String md = notes.card(text);
    assertTrue(md.startsWith(cardStart), () -> text + " gave:\n" + md);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {"взяли TabZ-pa|; TabZ-packed", "взяли Glimbo-ZO|; Glimbo-ZORP-β"})
  void completesVariants(String marked, String label) {
    var labels = notes.completionLabels(marked);
    assertTrue(labels.contains(label), () -> label + " not among " + labels);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "one tag in passing; взяли GizmoNet FP|N; **Gizmo Detection",
      })
  void aTagInPassingIsNoVariant(String irregularity, String marked, String notCard) {
    String md = notes.card(marked);
    assertFalse(md.startsWith(notCard), md);
  }
}
