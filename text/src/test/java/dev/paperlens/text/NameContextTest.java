package dev.paperlens.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameContextTest {
  /** Whether the word marked with | on both sides stands where names stand. */
  private static boolean marked(String text) {
    int start = text.indexOf('|');
    int end = text.indexOf('|', start + 1) - 1;
    String plain = text.replace("|", "");
    return NameContext.isNameContext(plain, start, end);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        // a kind noun before it, up to two words away, or right after it
        "обучили модель |ламу| на текстах; true",
        "через библиотеку |керас|; true",
        "датасетах вроде |мувиленса|; true",
        "детектор |ретинанет| старый; true",
        "|ретинанет| как бэкбон; false",
        "через |керас| и модели; false",
        // an ordinal counts versions
        "у первой |ламы| контекст 2k; true",
        // a version after it, not a count
        "вышла |гемма| 2 недавно; true",
        "|квен|-2 лучше; true",
        "ускорила |сеть| в 2 раза; false",
        "ускорила |сеть| на 20%; false",
        "ускорила |сеть| на 100 шагов; false",
        // quotes
        "взяли «|клип|» как есть; true",
        // a capital inside a sentence, not at its start
        "сравнили с |Ламой| на текстах; true",
        "|Лама| в зоопарке; false",
        "в зоопарке. |Лама| спит; false",
        "- |Лама| спит; false",
        // what code is written on, in or for
        "ядро написано на |тритоне|; true",
        "код на |тф| и сам датасет; true",
        "ядра SSD на |тритоне|; true",
        "код был на |керасе|; true",
        "порт в |трансформерс| ждем; true",
        "перепишет её на |торче| за вечер; true",
        "ядра под |куду|; true",
        "кодек переехал в |клип|; false",
        "авторы пишут в |клипе|; false",
        "код выложили, в |клипе| тоже; false",
        "на |тритоне| нет; false",
        // what a model is compared with
        "опережая |ламу| на тестах; true",
        "лучше и |опуса|, и Lyra; true",
        "сравнивают с |клипом|; true",
        "по сравнению с |ламой|; true",
        "против |клипа| на тестах; true",
        "с |клипом| на ютубе; false",
        "и |лама| тоже; false",
        // nothing
        "|лама| в зоопарке такого не умеет; false",
        "пока я сидел под |пальмой|; false",
      })
  void tellsWhereNamesStand(String text, boolean expected) {
    assertEquals(expected, marked(text), text);
  }

  /** The words listed with the one marked, as written. */
  private static String neighbours(String text) {
    int start = text.indexOf('|');
    int end = text.indexOf('|', start + 1) - 1;
    String plain = text.replace("|", "");
    List<int[]> spans = NameContext.listNeighbours(plain, start, end);
    return spans.stream().map(s -> plain.substring(s[0], s[1])).collect(Collectors.joining(" "));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "Linformer, Performer и |лонгформер|; Performer",
        "через |нлтк| или spaCy; spaCy",
        "живы |ретинанет| и DenseNet в качестве бэкбона; DenseNet",
        "IPO, |KTO| и ORPO; IPO ORPO",
        "GPT-4/|клод| и прочие; GPT-4 прочие",
        "|лама| в зоопарке; ''",
        "перед |ламой| в голосовом ассистенте; ''",
        "сравнили с ним, а |ламу| оставили; ''",
      })
  void findsTheWordsListedWithIt(String text, String expected) {
    assertEquals(expected, neighbours(text), text);
  }

  /** The number the ordinal before the marked word says, or 0. */
  private static int ordinal(String text) {
    int start = text.indexOf('|');
    String plain = text.replace("|", "");
    int[] found = NameContext.ordinalBefore(plain, start);
    return found == null ? 0 : found[1];
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "взяли третью |ламу; 3",
        "вторая |гемма; 2",
        "у четвертой |ламы; 4",
        "в третьей |версии; 3",
        "первый |гпт; 1",
        "десятая |модель; 10",
        "третий, |гпт; 0",
        "вторник |гпт; 0",
        "пятно |гпт; 0",
        "|ламу; 0",
      })
  void readsTheOrdinalBefore(String text, int expected) {
    assertEquals(expected, ordinal(text), text);
  }
}
