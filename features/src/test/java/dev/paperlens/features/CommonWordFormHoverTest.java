package dev.paperlens.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hovers on a form of a common Russian word that reads like a name the note writes beside it:
 * "музыки" is a form of "музыка", not MusicGen, though its guessed stems ("музык") are rare; the
 * dictionary's own lemma says so. The name written in Latin beside it keeps its card.
 */
class CommonWordFormHoverTest {
  private static final String DIGEST =
      "Свежие статьи с переводом аннотаций\n"
          + "Мы представляем MusicGen — одну языковую модель для генерации музыки по тексту.\n";

  @RegisterExtension static final SourceNotes notes = SourceNotes.ofDigest(DIGEST);

  @ParameterizedTest
  @ValueSource(
      strings = {
        "для речи и музы|ки стандарт MusicGen",
        "для генерации муз|ыки взяли MusicGen",
      })
  void aFormOfACommonWordGetsNoCard(String marked) {
    assertEquals(Optional.empty(), notes.hover(marked), marked);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "для речи и музыки стандарт Music|Gen",
        "Music|Gen для речи и музыки",
      })
  void theNameBesideItKeepsItsCard(String marked) {
    String md = notes.card(marked);
    assertTrue(md.contains("MusicGen"), md);
  }
}
