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
 * Hovers and completion on the Cyrillic spellings this round links: a capital said by its letter's
 * name ("кулора"), an all-caps English word said as the word ("игл"), a part whose only vowel is
 * not silent ("зиро"), a version glued to the word ("гпт3"), and an acronym the reviews write only
 * in Cyrillic consonants ("нлтк") or a listed library they write only in Cyrillic ("спейси"), an
 * English plural's s ("трансформерс"), an ending after a hyphen ("PaLI-X-шка"), a listed model
 * architecture ("дистилбертом") or Python package ("матплотлиба"), an ending after an apostrophe
 * ("QLoRA'у"), a noun ending after a hyphen that is a word alone ("DQN-а") or a noun in -шник
 * ("Kaldi-шников"), a capital or a digit splitting an English syllable ("глоув", "гуглнет",
 * "нод2век"), a new version of a known family written only in Cyrillic ("ламу 4" where Llama 3 is
 * known), "al" before k, "ie", o as in "move" and c before e or i as "ц" ("дипволк", "мувиленс",
 * "инцепшн"), an adjective after a hyphen ("DQN-овские"); Russian abbreviations get nothing.
 */
class CyrillicSpellingHoverTest {
  private static final String DIGEST =
      "Свежие статьи с переводом аннотаций\n"
          + "Мы представляем QLoRA — дообучение квантованных моделей с адаптерами.\n"
          + "Мы представляем EAGLE — спекулятивное декодирование по признакам.\n"
          + "Мы представляем ZeRO — оптимизатор памяти для обучения больших моделей.\n"
          + "Мы представляем GPT-3 — языковую модель на 175B параметров.\n"
          + "В этой работе мы сравниваем токенизацию через нлтк и через спейси на новостях.\n"
          + "Веса лежат в Transformers от Hugging Face, а бустинг учим через xgboost.\n"
          + "Мы представляем PaLI-X — модель зрения и языка на 55B параметров.\n"
          + "В этой работе мы дообучаем модель дистилберт на отзывах о фильмах.\n"
          + "В этой работе мы рисуем графики в библиотеке матплотлиб по логам обучения.\n"
          + "Мы представляем GloVe — векторы слов из глобальной статистики совстречаемости.\n"
          + "Мы представляем GoogLeNet — сеть из блоков Inception для классификации.\n"
          + "Мы представляем DQN — обучение с подкреплением на пикселях игр Atari.\n"
          + "Мы представляем Kaldi — набор инструментов для распознавания речи.\n"
          + "Мы представляем Llama 3 — открытые языковые модели на 8B и 70B параметров.\n"
          + "В этой работе мы сравниваем ламу 4 с плотными моделями на задачах кода.\n"
          + "Мы представляем node2vec — эмбеддинги вершин графа из случайных блужданий.\n"
          + "Мы представляем DeepWalk — эмбеддинги вершин из случайных блужданий.\n"
          + "Мы представляем MovieLens — оценки фильмов от пользователей сайта.\n"
          + "В этой работе мы учим рекомендации на мувиленсе по оценкам фильмов.\n"
          + "Мы представляем Inception — сеть из параллельных сверток разного размера.\n";

  @RegisterExtension static final SourceNotes notes = SourceNotes.ofDigest(DIGEST);

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "дообучили через кулор|у; QLoRA",
        "разница между лорой и кулор|ой; QLoRA",
        "а с игл|ом пока больше возни; EAGLE",
        "прирост против обычного зир|о; ZeRO",
        "казалось, что гпт|3 — это предел; GPT-3",
        "токенизирую через нлт|к; NLTK",
        "токенизирую через спей|си; spaCy",
        "веса лежат в трансформер|с; Transformers",
        "роботом рулит PaLI-X-шк|а; PaLI-X",
        "сравнили с дистилберт|ом; DistilBert",
        "графики из матплотлиб|а; matplotlib",
        "дообучили через QLoRA'|у; QLoRA",
        "реплей буфер из DQN-|а; DQN",
        "совет для Kaldi-шник|ов; Kaldi",
        "эмбеддинги из глоу|ва; GloVe",
        "первое место у гуглнет|а; GoogLeNet",
        "а лам|у 4 мы ждали-ждали; Llama 4",
        "эмбеддинги из нод2век|а; node2vec",
        "сравнили с дипволк|ом; DeepWalk",
        "учили на мувиленс|е; MovieLens",
        "блоки как в инцепшн|е; Inception",
        "варианты GPT-3-шн|ые; GPT-3",
        "трюки DQN-овск|ие; DQN",
      })
  void hoversOnCyrillicSpellings(String marked, String inCard) {
    String md = notes.card(marked);
    assertTrue(md.contains(inCard), () -> "card lacks " + inCard + ":\n" + md);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "дообучили через кулор|; QLoRA",
        "токенизирую через нлт|; NLTK",
        "токенизирую через спей|; spaCy",
        "а лам|; Llama 4",
        "сравнили с дипвол|; DeepWalk",
        "учили на мувиле|; MovieLens",
      })
  void completesCyrillicPrefixes(String marked, String label) {
    List<String> labels = notes.completionLabels(marked);
    assertTrue(labels.contains(label), () -> label + " not among " + labels);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "тысяча мл|н рублей",
        "в сп|б холодно",
        "игл|а в стоге сена",
        "ну что ж, зер|о так зеро",
      })
  void russianWordsGetNoCard(String marked) {
    assertEquals(Optional.empty(), notes.hover(marked), marked);
  }
}
