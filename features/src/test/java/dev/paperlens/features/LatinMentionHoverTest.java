package dev.paperlens.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.eclipse.lsp4j.Hover;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hovers and completion on Latin names whose spelling is also English: lower-case libraries that
 * the reviews write in code ("pip install datasets", "`accelerate`", "transformers от Hugging
 * Face") or that a bundled list holds ("из audiocraft"), capitalised words a review gives evidence
 * for ("датасет Steam"), and the English words that are not names however they are capitalised
 * ("Helpfulness и Safety", "мысли (Thought)"), nor is the year of a date after a name part of it
 * ("Zorbnet 2019 года"), nor a share, hours or a resolution after it ("Quxplanner 70%", "Wugspeech
 * 300h", "Zorbfaces 64×64"), nor are a formula's letters in a row a name ("U V^T").
 */
class LatinMentionHoverTest {
  private static final String DIGEST =
      "Свежие статьи с переводом аннотаций\n"
          + "Мы дообучаем модель, код ставится через pip install datasets, а веса лежат в"
          + " transformers от Hugging Face.\n"
          + "Обучение распределено через `accelerate`, а метрики считаются в пакете evaluate.\n"
          + "Рекомендации проверяем на датасет Steam и на Amazon Games, бьем SASRec.\n"
          + "Ответы отдельно размечены на Helpfulness и Safety, по раундам.\n"
          + "Агент чередует мысли (Thought), действия (Action) и наблюдения (Observation) в"
          + " цикле ReAct.\n"
          + "Предобученная seq2seq-модель дает на HumanEval 50.6 процента.\n"
          + "Бустинг сравнивают на Allstate, Flight Delay, LETOR, как видно на Figure 1.\n"
          + "Каждый FFN-блок сжимаем через SVD-разложение, а добавка W + BA вливается в веса.\n"
          + "Соседей ищем через kNN-граф поверх conv-слоя, а проекцию строит Zorbmap.\n"
          + "Рисуем PCA-проекции патчей, первые компоненты PCA ярче; VAE-декодер берем от VAE,"
          + " но VAE учим заново.\n"
          + "Обертка совместима с sklearn, а сравнение идет с scikit-learn и xgboost.\n"
          + "Дистиллируем из DeepSeek-R1: R1 пишет длинные рассуждения.\n"
          + "Признаки читаются в таблицы, модель дружит с pandas и numpy.\n"
          + "Лосс включили в sentence-transformers.\n"
          + "Детектор выдает objectness и поправки к боксам, как в YOLO.\n"
          + "Кодек берем из audiocraft, а декодер учим свой.\n"
          + "Кросс-признаки учит Zorbnet 2019 года, его и берем за основу.\n"
          + "Слой считает σ(A H W), а низкоранговая U V^T сжимает веса.\n"
          + "У планировщика Quxplanner 70% успешных планов, а распознаватель учат на Wugspeech 300h.\n"
          + "Переоценку в TD3 разбирают Fujimoto, van Hoof и Meger.\n"
          + "Семплы генерируем на Zorbfaces 64×64.\n";

  @RegisterExtension static final SourceNotes notes = SourceNotes.ofDigest(DIGEST);

  private static Optional<Hover> hover(String marked) {
    return notes.hover(marked);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "грузим через datas|ets; datasets",
        "модели из transfor|mers; transformers",
        "запускаем на acce|lerate; accelerate",
        "считаем в evalu|ate; evaluate",
        "проверяли на St|eam; Steam",
        "декодер от VA|E; **VAE** —",
        "пайплайн из skle|arn; **scikit-learn** —",
        "пайплайн из scikit-le|arn; **scikit-learn** —",
        "рассуждения R|1 длиннее; **DeepSeek-R1** —",
        "таблицы из pan|das; **pandas** —",
        "кодек из audio|craft; **audiocraft** —",
        "эмбеддинги из sentence-trans|formers; **sentence-transformers** —",
        "результат на Human|Eval 50.6; **HumanEval** —",
        "обучали на Flight De|lay; **Flight Delay** —",
        "берем Zorb|net 2019 года; **Zorbnet** —",
        "берем Quxplan|ner 70% задач; **Quxplanner** —",
        "берем Wugsp|eech 300h; **Wugspeech** —",
        "проекцию строит Zorb|map; **Zorbmap** —",
      })
  void hoversOnNamesTheReviewsWriteInCodeOrWithEvidence(String marked, String inCard) {
    String md = notes.card(marked);
    assertTrue(md.contains(inCard), () -> "card lacks " + inCard + ":\n" + md);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "модель Helpful|ness отдельно",
        "и Saf|ety тоже",
        "шаг Thou|ght в цикле",
        "потом Obser|vation",
        "обычная seq2|seq модель",
        "см. Figu|re 1 в статье",
        "каждый FF|N слой",
        "сжали через SV|D",
        "добавка B|A к весам",
        "компоненты PC|A",
        "читаются в табли|цы",
        "выдает object|ness боксов",
        "слой σ(A H| W) считает",
        "низкоранговая U| V^T",
        "строим kN|N граф",
        "поверх co|nv слоя"
      })
  void englishWordsGetNoCard(String marked) {
    assertEquals(Optional.empty(), hover(marked), marked);
  }

  /** A capitalised word after a surname's particle is a person, not a name: "van Hoof". */
  @org.junit.jupiter.api.Test
  void aSurnameAfterItsParticleGetsNoCard() {
    assertEquals(Optional.empty(), hover("спасибо van Ho|of за код"));
    assertTrue(notes.card("переоценка в T|D3").contains("TD3"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "веса из transf|; transformers",
        "pip install datas|; datasets",
        "пайплайн из scik|; scikit-learn",
        "таблицы из pand|; pandas"
      })
  void completesLibraryNames(String marked, String label) {
    List<String> labels = notes.completionLabels(marked);
    assertTrue(labels.contains(label), () -> label + " not among " + labels);
  }

  /** A year with "года" after a name dates it: the name is completed without the year. */
  @org.junit.jupiter.api.Test
  void completesANameWithoutTheYearOfItsDate() {
    List<String> labels = notes.completionLabels("берем Zorb|");
    assertTrue(labels.contains("Zorbnet"), () -> "Zorbnet not among " + labels);
    assertFalse(labels.contains("Zorbnet 2019"), () -> "Zorbnet 2019 among " + labels);
  }

  /** A share or hours after a name say how much: the name is completed without them. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "берем Quxpl|; Quxplanner 70",
        "берем Wugsp|; Wugspeech 300h",
        "берем Zorbf|; Zorbfaces 64"
      })
  void completesANameWithoutAQuantity(String marked, String withQuantity) {
    List<String> labels = notes.completionLabels(marked);
    String name = withQuantity.substring(0, withQuantity.indexOf(' '));
    assertTrue(labels.contains(name), () -> name + " not among " + labels);
    assertFalse(labels.contains(withQuantity), () -> withQuantity + " among " + labels);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "каждый FF|; FFN",
        "сжатие SV|; SVD",
        "компоненты PC|; PCA",
        "низкоранговая U|; U V",
        "слой H|; H W"
      })
  void doesNotCompleteAFieldsTerms(String marked, String label) {
    List<String> labels = notes.completionLabels(marked);
    assertFalse(labels.contains(label), () -> label + " among " + labels);
  }
}
