package dev.paperlens.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hovers on a Cyrillic word that spells the leading part of a compound name: an English word
 * ("стиле" of StyleGAN even in a review that writes the name, "фастер" of FasterTransformer in one
 * that does not) gets no card, while a coined part ("мегатроне" of Megatron-LM) keeps the name's
 * card.
 */
class NamePartHoverTest {
  private static final String DIGEST =
      "Свежие статьи с переводом аннотаций\n"
          + "Мы представляем StyleGAN — генератор лиц, и в стиле StyleGAN учим котов.\n"
          + "Мы представляем FasterTransformer — движок для инференса.\n"
          + "Мы представляем Zorblax — модель, и фастер она в разы.\n"
          + "Мы представляем Megatron-LM — фреймворк, на мегатроне учат большие модели.\n";

  @RegisterExtension static final SourceNotes notes = SourceNotes.ofDigest(DIGEST);

  @Test
  void aCoinedPartHoversAsTheName() {
    String md = notes.card("учили на мегатр|оне");
    assertTrue(md.contains("Megatron-LM"), md);
  }

  @Test
  void theNameWrittenInLatinHovers() {
    String md = notes.card("генератор Style|GAN");
    assertTrue(md.contains("StyleGAN"), md);
  }

  @ParameterizedTest
  @ValueSource(strings = {"написано в сти|ле статьи", "фаст|ер в разы"})
  void anEnglishPartGetsNoCard(String marked) {
    assertEquals(Optional.empty(), notes.hover(marked), marked);
  }
}
