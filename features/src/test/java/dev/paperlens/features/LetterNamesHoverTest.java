package dev.paperlens.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hovers and completion on acronyms a note says by the Russian names of their letters ("дэкуэн",
 * "джи-си-эн"), over a corpus whose reviews write them only in Latin.
 */
class LetterNamesHoverTest {
  private static final String DIGEST =
      "Свежие статьи с переводом аннотаций\n"
          + "Мы предлагаем агента под названием DQN, который учится играть в игры Atari по"
          + " пикселям.\n"
          + "Мы представляем GCN — сверточную сеть на графах с линейной сложностью по рёбрам.\n"
          + "Мы представляем RSSM — модель мира с детерминированным и стохастическим"
          + " состоянием.\n"
          + "Мы предлагаем диффузионные модели под названием DDPM, которые учатся обращать"
          + " зашумление.\n";

  @RegisterExtension static final SourceNotes notes = SourceNotes.ofDigest(DIGEST);

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "обучили дэку|эн на атари; DQN",
        "а дэкуэн|а хватило; DQN",
        "слой джи-си|-эн поверх; GCN",
        "мир из эр-эс-эс-э|м; RSSM",
        "сэмплер дэдэпээ|ма; DDPM",
        "и ДЭДЭП|ЭЭМ тоже; DDPM",
      })
  void hoversOnLettersSaidByName(String marked, String inCard) {
    String md = notes.card(marked);
    assertTrue(md.contains(inCard), () -> "card lacks " + inCard + ":\n" + md);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {"обучили дэку|; DQN", "слой джиси|; GCN"})
  void completesLettersSaidByName(String marked, String label) {
    List<String> labels = notes.completionLabels(marked);
    assertTrue(labels.contains(label), () -> label + " not among " + labels);
  }

  @ParameterizedTest
  @ValueSource(strings = {"дети| в саду", "пиар|щики", "эмир| приехал", "кафе| рядом"})
  void russianWordsGetNoCard(String marked) {
    assertEquals(Optional.empty(), notes.hover(marked), marked);
  }
}
