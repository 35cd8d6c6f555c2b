package dev.paperlens.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LibraryNamesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // where the text says it is a name: a kind noun, a list with a name it writes
        "модель на керасе за вечер | Keras",
        "библиотеку керас поставили | Keras",
        "токенизировали через нлтк или спейси | spaCy, nltk",
        "берут из timm или из керас, кому что ближе | Keras",
        "сравнили с фейрсеком, керасом и timm | Fairseq, Keras",
        // model architectures transformers.js runs, spelled as its classes spell them
        "дообучаем модель дистилберт на отзывах | DistilBert",
        // Python packages Pyodide builds
        "графики рисуем в библиотеке матплотлиб | matplotlib",
        "регрессию считаем в пакете статсмоделс | statsmodels",
        "энкодер вав2век2 и декодер-модель сегформер | Wav2Vec2, Segformer",
        // classic networks and datasets of PyTorch's vision and audio libraries
        "сравнили с моделью денснет | DenseNet",
        "архитектура гуглнет из блоков | GoogLeNet",
        "взяли модель такотрон2 | Tacotron2",
        "дообучили на датасете либриспич | LibriSpeech",
        "на датасете сифар10 точность выше | CIFAR10",
        // a family the lists hold only in versions, by its head
        "сравнили с моделью мобайлнет на телефоне | MobileNet",
        // two listed names side by side say so of each other
        "для детекции до сих пор живы ретинанет и денснет | RetinaNet, DenseNet",
        "сравнили с керасом и спейси | Keras, spaCy",
        "тот случай, когда скейл и рендер решают | ''",
        // with no sign around it a classic is not taken either ("селеба" is a celebrity)
        "это селеба из инсты | ''",
        // what code is written on, what a model is compared with
        "ядро написано на керасе | Keras",
        "код был на фейрсеке | Fairseq",
        "сравнивают с фейрсеком | Fairseq",
        "для детекции до сих пор жив денснет | ''",
        // a kind noun after it is what the word is of
        "на гораздо большем скейле модели | ''",
        // not without a sign: a loanword that reads like a listed name
        "обучили на керасе за вечер | ''",
        "тот случай, когда скейл данных решает | ''",
        // a name the text writes in Latin is the text's own
        "модель на keras за вечер | ''",
        // English words and a name's part are no listed name
        "трансформеры и датасеты, рендер сцены | ''",
        "а в пандасе все медленно | ''",
        "ничего не упомянуто | ''",
      })
  void namesWrittenOnlyInCyrillic(String text, String expected) {
    List<String> want = expected.isEmpty() ? List.of() : Arrays.asList(expected.split(", "));
    assertEquals(want, LibraryNames.writtenInCyrillic(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // a listed name in Russian prose, though English words run together ("audio" + "craft")
        "берите EnCodec из audiocraft и любую реализацию | audiocraft",
        "аудио режем через audiocraft, а | audiocraft",
        "модели сравнивали (audiocraft) на слух | audiocraft",
        "бустинг учим через lightgbm | lightgbm",
        // not in English prose, a path, an address or an identifier
        "in audiocraft we trust | ''",
        "код лежит в facebookresearch/audiocraft | ''",
        "импорт audiocraft_utils из пакета | ''",
        "смотрите audiocraft.models в коде | ''",
        // a listed name that is an English word needs what says it is a library
        "в diffusers его можно завести | ''",
        "в pandas все медленно | ''",
        // written with capitals it is found by its shape already
        "берите EnCodec из Audiocraft | ''",
        "ничего не упомянуто | ''",
      })
  void namesWrittenInLowerCase(String text, String expected) {
    List<String> want = expected.isEmpty() ? List.of() : Arrays.asList(expected.split(", "));
    assertEquals(want, LibraryNames.writtenInLowerCase(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Keras | true",
        "spaCy | true",
        "llama.cpp | true",
        "Transformers | false",
        "Datasets | false",
        "Merlin | false",
        "Pi | false",
        "TGI | false",
        "Big Vision | false",
        "DistilBert | true",
        "Llama | false",
        "GoogLeNet | true",
        "Kinetics | false",
        "VGG | false",
      })
  void readableNames(String name, boolean readable) {
    assertEquals(readable, LibraryNames.readable(name));
  }

  @Test
  void theListSkipsItsHeaderAndWhatCannotBeRead() throws IOException {
    String list = "# from a package\nKeras\tmodel library\nPi\tlocal app\n\nspaCy\tmodel library\n";
    assertEquals(
        List.of("Keras", "spaCy"),
        LibraryNames.read(new ByteArrayInputStream(list.getBytes(StandardCharsets.UTF_8))));
  }

  /**
   * A family a list holds in two versions or more is listed by its head too; one version alone, a
   * head too short to read or that is an English word ("gemma") and a name with no version give
   * none.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "MobileNetV1, MobileNetV2, MobileNetV3 | MobileNet",
        "YOLOv10, YOLOv26 | YOLO",
        "Qwen2, Qwen3, Qwen2.5 | Qwen",
        "DeepseekV3, deepseekV4 | Deepseek",
        "Gemma3, Gemma2 | ''",
        "MobileNetV2, MobileNetV2 | ''",
        "Inception3 | ''",
        "Lfm2, Lfm3 | ''",
        "DenseNet, GoogLeNet, ResNet | ''",
        "Wav2Vec2, Wav2Vec3 | Wav2Vec",
      })
  void familiesListedInSeveralVersionsAreListedByTheirHead(String names, String expected) {
    assertEquals(expected, String.join(", ", LibraryNames.familyHeads(List.of(names.split(", ")))));
  }

  @Test
  void theBundledListIsRead() {
    assertTrue(
        LibraryNames.names()
            .containsAll(
                List.of(
                    "Keras",
                    "spaCy",
                    "Fairseq",
                    "vLLM",
                    "Wav2Vec2",
                    "DistilBert",
                    "numpy",
                    "Scikit-learn",
                    "xgboost",
                    "matplotlib",
                    "DenseNet",
                    "LibriSpeech",
                    "GoogLeNet",
                    // a family listed in versions only (MobileNetV1 to MobileNetV4)
                    "MobileNet")));
  }

  /** Pieces of the text before a candidate: prepositions, items, joins and every kind of space. */
  private static final String[] BEFORE = {
    "из",
    "в",
    "ё",
    "Из",
    "через",
    "модель",
    "timm",
    "керас",
    " ",
    "  ",
    "\n",
    "\u00A0",
    "\u2028",
    "\u0085",
    "\u3000",
    "\u001C",
    ",",
    " или ",
    " и ",
    "x",
    "ъ",
    "-",
    "🙂",
    "из timm или из ",
    "в X, в "
  };

  @Test
  void theTextBeforeIsNotScannedWhereNeitherPrepositionPatternCanEnd() {
    Random random = new Random(11);
    int tried = 0;
    int lists = 0;
    for (int t = 0; t < 30_000; t++) {
      StringBuilder text = new StringBuilder();
      int pieces = random.nextInt(9);
      for (int i = 0; i < pieces; i++) {
        text.append(BEFORE[random.nextInt(BEFORE.length)]);
      }
      String before = text.toString();
      boolean list = LibraryNames.PREPOSITION_LIST_BEFORE.matcher(before).find();
      boolean own = LibraryNames.PREPOSITION_BEFORE.matcher(before).find();
      if (!LibraryNames.mayEndWithPreposition(before)) {
        assertFalse(list || own, before);
      } else {
        tried++;
      }
      lists += list ? 1 : 0;
    }
    assertTrue(lists > 100, "lists in the generated texts: " + lists);
    // most texts are refused without a scan
    assertTrue(tried < 15_000, "scanned " + tried);
    Pattern space = Pattern.compile("(?U)\\s");
    for (char c = 0; c < Character.MAX_VALUE; c++) {
      if (space.matcher(String.valueOf(c)).matches()) {
        assertTrue(LibraryNames.mayEndWithPreposition("из" + c), "U+" + (int) c);
      }
    }
  }
}
