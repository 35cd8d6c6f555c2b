package dev.paperlens.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hovers on a Russian word right after a figure: "90 гигов" measures memory, it is no spelling of
 * the Higgs the note writes beside it, which keeps its card; without the figure the word still
 * reads as the name the note writes.
 */
class MeasuredWordHoverTest {
  private static final String DIGEST =
      "Свежие статьи с переводом аннотаций\n"
          + "Мы представляем Higgs — набор данных для бустинга на миллионах строк.\n";

  @RegisterExtension static final SourceNotes notes = SourceNotes.ofDigest(DIGEST);

  @ParameterizedTest
  @ValueSource(
      strings = {
        "обучали на Higgs, под 90 гиг|ов в bf16",
        "обучали на Higgs, примерно 3.5 ги|га на карту",
      })
  void aWordAfterAFigureGetsNoCard(String marked) {
    assertEquals(Optional.empty(), notes.hover(marked), marked);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "обучали на Hig|gs, под 90 гигов в bf16",
        "обучали на Higgs, а гиг|ов там нет",
      })
  void theNameBesideItKeepsItsCard(String marked) {
    String md = notes.card(marked);
    assertTrue(md.contains("Higgs"), md);
  }
}
