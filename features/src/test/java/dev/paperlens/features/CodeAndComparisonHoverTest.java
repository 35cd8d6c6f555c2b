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
 * Hovers on Russian common nouns that spell a name where the note says what code is written on
 * ("ядро написано на тритоне") or what a model is compared with ("опережая ламу", "сравнивают с
 * клипом"): the name's card there, and none for the same word without such a sign.
 */
class CodeAndComparisonHoverTest {
  private static final String DIGEST =
      "Свежие статьи с переводом аннотаций\n"
          + "Мы представляем Triton — язык и компилятор для ядер нейросетей.\n"
          + "Мы представляем LLaMA — набор открытых языковых моделей от 7B до 65B параметров.\n"
          + "Мы представляем CLIP — модель, которая учит картинки и тексты в одном пространстве.\n";

  @RegisterExtension static final SourceNotes notes = SourceNotes.ofDigest(DIGEST);

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        // what code is written on, in or for
        "ядро написано на трито|не; Triton",
        "ядра SSD на трито|не; Triton",
        "код был на трито|не, теперь нет; Triton",
        // what a model is compared with
        "опережая лам|у на всех тестах; LLaMA",
        "сравнивают с кли|пом на сдвиге; CLIP",
        "заметно лучше и кли|па, и BLIP; CLIP",
      })
  void hoversWhereTheNoteSaysItIsTheName(String marked, String inCard) {
    String md = notes.card(marked);
    assertTrue(md.contains(inCard), () -> "card lacks " + inCard + ":\n" + md);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "опережая всех, лам|а в зоопарке спит",
        "авторы пишут в кли|пе",
        "с кли|пом на ютубе",
      })
  void theSameWordsWithoutASignGetNoCard(String marked) {
    assertEquals(Optional.empty(), notes.hover(marked), marked);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {"ядро написано на трит|; Triton"})
  void completesACyrillicPrefixToTheLatinName(String marked, String label) {
    List<String> labels = notes.completionLabels(marked);
    assertTrue(labels.contains(label), () -> label + " not among " + labels);
  }
}
