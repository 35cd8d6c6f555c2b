package dev.paperlens.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hovers on a capitalised word Russian has only as a person's or a place's name ("к Лиону во
 * Франции", "Альберт Эйнштейн"): no card, even where the reviews know Lion and ALBERT, while the
 * names written in Latin keep theirs.
 */
class RussianProperNounHoverTest {
  private static final String DIGEST =
      "Свежие статьи с переводом аннотаций\n"
          + "Мы представляем Lion — оптимизатор, и к Лиону во Франции отношения не имеет.\n"
          + "Мы представляем ALBERT — облегчённый BERT, и Альберт Эйнштейн одобряет.\n";

  @RegisterExtension static final SourceNotes notes = SourceNotes.ofDigest(DIGEST);

  @Test
  void theNameInLatinHovers() {
    String md = notes.card("оптимизатор Li|on быстрее");
    assertTrue(md.contains("Lion"), md);
  }

  @ParameterizedTest
  @ValueSource(strings = {"летим к Лио|ну во Франции", "сказал Альбер|т Эйнштейн"})
  void aPersonOrAPlaceGetsNoCard(String marked) {
    assertEquals(Optional.empty(), notes.hover(marked), marked);
  }
}
