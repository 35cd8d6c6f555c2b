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
 * Hover and completion on a name the reviews write in plain Latin in one place and in Cyrillic in
 * another ("в diffusers", "в диффузерсах"; "через gensim", "библиотека генсим"), which neither
 * spelling gives alone; a word of the field written both ways ("softmax", "софтмакс") with no sign
 * of a name stays a word.
 */
class SpelledInBothHoverTest {
  private static final String DIGEST =
      "Свежие статьи с переводом аннотаций\n"
          + "В этой работе мы запускаем пайплайн в diffusers на одной видеокарте.\n"
          + "В этой работе мы берем пайплайны генерации из диффузерсов без изменений.\n"
          + "В этой работе мы считаем softmax по блокам в быстрой памяти.\n"
          + "В этой работе мы заменяем софтмакс на сигмоиду в голове внимания.\n"
          + "В этой работе мы учим векторы слов через gensim на новостях.\n"
          + "В этой работе мы сравниваем векторы из библиотеки генсим с новыми.\n";

  @RegisterExtension static final SourceNotes notes = SourceNotes.ofDigest(DIGEST);

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "пайплайн лежит в диффузерс|ах; diffusers",
        "пайплайн лежит в diffu|sers; diffusers",
        "векторы из генсим|а; gensim",
      })
  void hoversOnBothSpellings(String marked, String inCard) {
    String md = notes.card(marked);
    assertTrue(md.contains(inCard), () -> "card lacks " + inCard + ":\n" + md);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {"пайплайн лежит в диффузер|; diffusers", "векторы из генси|; gensim"})
  void completesTheCyrillicPrefix(String marked, String label) {
    List<String> labels = notes.completionLabels(marked);
    assertTrue(labels.contains(label), () -> label + " not among " + labels);
  }

  @ParameterizedTest
  @ValueSource(strings = {"заменили софтмакс|ом", "посчитали soft|max"})
  void aWordOfTheFieldGetsNoCard(String marked) {
    assertEquals(Optional.empty(), notes.hover(marked), marked);
  }
}
