package dev.paperlens.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.eclipse.lsp4j.Hover;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hovers on names a note writes the way Russian borrows them, over a corpus whose reviews write the
 * names only in Latin: by English sound, letter by letter, declined, with a version.
 */
class LoanwordHoverTest {
  private static final String DIGEST =
      "Свежие статьи с переводом аннотаций\n"
          + "Мы представляем Whisper — модель распознавания речи, обученную на 680 тысячах часов"
          + " аудио со слабой разметкой.\n"
          + "В этой работе мы представляем PyTorch — библиотеку глубокого обучения с императивным"
          + " стилем.\n"
          + "Мы предлагаем алгоритм под названием PPO, который чередует сбор данных и"
          + " оптимизацию суррогатной цели.\n"
          + "Мы представляем Gemma 2 — семейство открытых языковых моделей от 2B до 27B"
          + " параметров.\n"
          + "В этой работе мы представляем TensorFlow — систему машинного обучения в больших"
          + " масштабах.\n"
          + "Мы представляем Common Crawl Corpus (CCC) — корпус веб-страниц; CCC открыт, а CCC-2"
          + " больше.\n"
          + "Мы предлагаем генеративно-состязательные сети под названием GAN, в которых генератор"
          + " соревнуется с дискриминатором.\n"
          + "В этой работе мы представляем xgboost — систему бустинга над деревьями.\n"
          + "В этой работе мы представляем EfficientNet — семейство сверточных сетей.\n"
          + "Мы представляем TabPFN — трансформер, который решает задачи на табличных данных.\n";

  @RegisterExtension static final SourceNotes notes = SourceNotes.ofDigest(DIGEST);

  private static Optional<Hover> hover(String marked) {
    return notes.hover(marked);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "дообучили вис|перу на русском; Whisper",
        "всё на пайтор|че; PyTorch",
        "тот самый пп|о из статьи; PPO",
        "и его ппош|ка; PPO",
        // "гемма" is also a Russian word, so it is the name where a kind noun says so
        "сравнили с моделью гем|мой; Gemma 2",
        "портировали на тензорфл|оу; TensorFlow",
        "десяток ган|ов; GAN",
        "и ГАН|ы тоже; GAN",
        "гановск|ие трюки; GAN",
        "обучили на Common Cr|awl Corpus; Common Crawl Corpus",
        "бустинг через xgbo|ost; xgboost",
        "Tensor|Flow как есть; TensorFlow",
        "бэкбон эффишентн|ета; EfficientNet",
        // a diminutive "-к" after two consonants
        "дообучили табпфн|ку; TabPFN",
        "а табпфнк|и быстрее; TabPFN",
      })
  void hoversOnBorrowedSpellings(String marked, String inCard) {
    String md = notes.card(marked);
    assertTrue(md.contains(inCard), () -> "card lacks " + inCard + ":\n" + md);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {"дообучали висп|; Whisper", "всё на пайто|; PyTorch", "на табпф|; TabPFN"})
  void completesBorrowedSpellings(String marked, String label) {
    List<String> labels = notes.completionLabels(marked);
    assertTrue(labels.contains(label), () -> label + " not among " + labels);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"моё| мнение", "серия| статей", "вишн|я в саду", "пит|ер", "гиенов|ый смех"})
  void russianWordsGetNoCard(String marked) {
    assertEquals(Optional.empty(), hover(marked), marked);
  }
}
