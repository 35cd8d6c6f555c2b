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
 * card. An acronym leading a name is coined too, though English has its word ("BIG" of BIG-bench):
 * "бенчам" is benchmarks, not BIG-bench; so is a single capital ("V" of V-trace): "трейсы" are
 * traces.
 */
class NamePartHoverTest {
  private static final String DIGEST =
      "Свежие статьи с переводом аннотаций\n"
          + "Мы представляем StyleGAN — генератор лиц, и в стиле StyleGAN учим котов.\n"
          + "Мы представляем FasterTransformer — движок для инференса.\n"
          + "Мы представляем Zorblax — модель, и фастер она в разы.\n"
          + "Мы представляем Megatron-LM — фреймворк, на мегатроне учат большие модели.\n"
          + "Мы представляем BIG-bench — двести задач, и по бенчам видно, где модели слабы.\n"
          + "Мы представляем V-trace — поправку для off-policy, трейсы агентов правим ею.\n";

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

  @Test
  void aNameLedByOneCapitalWrittenInLatinHovers() {
    String md = notes.card("поправка V-tr|ace");
    assertTrue(md.contains("V-trace"), md);
  }

  @Test
  void anAcronymLedNameWrittenInLatinHovers() {
    String md = notes.card("замерили на BIG-b|ench");
    assertTrue(md.contains("BIG-bench"), md);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "написано в сти|ле статьи",
        "фаст|ер в разы",
        "по бенч|ам кода",
        "собрали трей|сы"
      })
  void anEnglishPartGetsNoCard(String marked) {
    assertEquals(Optional.empty(), notes.hover(marked), marked);
  }
}
