package dev.paperlens.index;

import static dev.paperlens.index.TestPapers.paper;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paperlens.corpus.Paper;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A name is found by how Russian spells its English sound, though no review wrote that spelling.
 */
class EnglishReadingsTest {
  private static final List<Paper> PAPERS =
      List.of(
          paper("radford2022whisper", "Robust Speech Recognition via Weak Supervision")
              .method("Whisper")
              .review("обучили на 680к часов аудио")
              .build(),
          paper("paszke2019pytorch", "An Imperative Style Deep Learning Library")
              .method("PyTorch")
              .review("библиотека для обучения")
              .build(),
          paper("oord2016wavenet", "A Generative Model for Raw Audio")
              .method("WaveNet")
              .review("звук по одному сэмплу")
              .build());

  @Test
  void readingsAreIndexed() {
    assertTrue(NameForms.readings("Whisper").contains("visper"));
    assertTrue(NameForms.readings("PyTorch").contains("paitorc"));
    assertEquals(List.of(), List.copyOf(NameForms.readings("гиена")));
  }

  @ParameterizedTest(name = "{0} resolves to {1}")
  @CsvSource({"виспер, Whisper", "висперу, Whisper", "пайторче, PyTorch", "вейвнетом, WaveNet"})
  void resolvesSpellingsNoReviewWrote(String surface, String name) throws IOException {
    try (LuceneIndex index = LuceneIndex.of(PAPERS)) {
      Optional<SearchHit> hit = index.resolve(surface);
      assertTrue(hit.isPresent(), surface);
      assertEquals(name, hit.get().name());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"вишня", "питер", "волна"})
  void russianWordsResolveToNothing(String word) throws IOException {
    try (LuceneIndex index = LuceneIndex.of(PAPERS)) {
      assertEquals(Optional.empty(), index.resolve(word), word);
    }
  }
}
