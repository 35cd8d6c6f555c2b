package dev.paperlens.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Hover and completion on the classic networks and datasets of PyTorch's vision and audio libraries
 * that the reviews write only in Cyrillic ("модель денснет", "датасет либриспич"): the listed name
 * in Latin, with the reviews that mention it; a listed name no review writes gives no card.
 */
class ClassicNamesHoverTest {
  private static final String DIGEST =
      "Свежие статьи с переводом аннотаций\n"
          + "В этой работе мы сравниваем нашу сеть с моделью денснет на классификации снимков.\n"
          + "В этой работе мы дообучаем распознавание речи на датасете либриспич.\n"
          + "Мы представляем Zorbnet — сеть для сегментации спутниковых снимков.\n"
          + "В этой работе мы ускоряем на телефоне модель мобайлнет без потери качества.\n";

  @RegisterExtension static final SourceNotes notes = SourceNotes.ofDigest(DIGEST);

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "сравнить бы еще с денснет|ом; DenseNet; digest.txt:2",
        "в денсн|ете блоки сцеплены; DenseNet; digest.txt:2",
        "ошибка на либриспич|е упала; LibriSpeech; digest.txt:3",
        // a family the lists hold only in versions (MobileNetV1 to MobileNetV4), by its head
        "быстрее мобайлнет|а; MobileNet; digest.txt:5",
      })
  void hoversOnAClassicWrittenInCyrillic(String marked, String name, String review) {
    String md = notes.card(marked);
    assertTrue(md.contains(name), () -> "card lacks " + name + ":\n" + md);
    // the review that writes it, and no other
    assertTrue(md.contains(review), () -> "card lacks " + review + ":\n" + md);
    assertEquals(1, md.split("digest\\.txt:").length - 1, () -> "one review expected:\n" + md);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "сравнить бы с денс|; DenseNet",
        "на либрис|; LibriSpeech",
        "сравнить бы с мобайл|; MobileNet"
      })
  void completesACyrillicPrefix(String marked, String label) {
    List<String> labels = notes.completionLabels(marked);
    assertTrue(labels.contains(label), () -> label + " not among " + labels);
  }

  @Test
  void aListedClassicNoReviewWritesGetsNoCard() {
    assertEquals(Optional.empty(), notes.hover("сравнить бы с ретинанет|ом"));
  }
}
