package dev.paperlens.features;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.paperlens.index.SearchHit;
import dev.paperlens.notes.Phrase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameAtCursorTest {

  @ParameterizedTest(name = "{0} -> {1}: {2}")
  @CsvSource({
    "attention, Attention Is All You Need, false",
    "Attention, Attention Is All You Need, true",
    "low-rank, Low-Rank Adaptation, false",
    "mamba, Mamba, true",
    "по, PPO, false",
    "T5, T5, true",
    "лоры, LoRA, true",
    "Vaswani, Attention Is All You Need, true",
  })
  void oneWordMustReallyNameWhatItResolvesTo(String word, String name, boolean plausible) {
    SearchHit hit = new SearchHit(SearchHit.Kind.PAPER, "key2020", name, name, 1);
    assertEquals(plausible, NameAtCursor.plausible(new Phrase(word, 0, word.length(), 1), hit));
  }
}
