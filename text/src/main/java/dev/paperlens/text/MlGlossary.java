package dev.paperlens.text;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A small bilingual glossary of common machine-learning words, so that a Russian phrase can be
 * matched to a multi-word English name by meaning ("мозаики памяти" ~ "Memory Mosaics") where
 * spelling cannot.
 *
 * <p>Its English words are also what makes a name component <em>not</em> distinctive: "Memory",
 * "Diffusion" or "Transformer" alone say nothing about which paper is meant, so a Russian word that
 * only translates to one of them never links a name by itself.
 */
public final class MlGlossary {
  private MlGlossary() {}

  /**
   * Russian lemma, English word. Lemmas are reduced to stems at load time, so any case form
   * matches.
   */
  private static final String[][] PAIRS = {
    {"память", "memory"},
    {"модель", "model"},
    {"внимание", "attention"},
    {"обучение", "learning"},
    {"сеть", "network"},
    {"трансформер", "transformer"},
    {"диффузия", "diffusion"},
    {"нейронный", "neural"},
    {"глубокий", "deep"},
    {"линейный", "linear"},
    {"язык", "language"},
    {"языковой", "language"},
    {"большой", "large"},
    {"крупный", "large"},
    {"маленький", "small"},
    {"малый", "small"},
    {"быстрый", "fast"},
    {"эффективный", "efficient"},
    {"масштабирование", "scaling"},
    {"слой", "layer"},
    {"норма", "norm"},
    {"нормализация", "normalization"},
    {"пакет", "batch"},
    {"данные", "data"},
    {"набор", "set"},
    {"датасет", "dataset"},
    {"задача", "task"},
    {"политика", "policy"},
    {"агент", "agent"},
    {"награда", "reward"},
    {"вознаграждение", "reward"},
    {"подкрепление", "reinforcement"},
    {"контекст", "context"},
    {"токен", "token"},
    {"последовательность", "sequence"},
    {"представление", "representation"},
    {"репрезентация", "representation"},
    {"эмбеддинг", "embedding"},
    {"вектор", "vector"},
    {"матрица", "matrix"},
    {"ранг", "rank"},
    {"низкий", "low"},
    {"высокий", "high"},
    {"адаптация", "adaptation"},
    {"адаптер", "adapter"},
    {"оптимизация", "optimization"},
    {"оптимизатор", "optimizer"},
    {"градиент", "gradient"},
    {"спуск", "descent"},
    {"функция", "function"},
    {"потеря", "loss"},
    {"лосс", "loss"},
    {"генерация", "generation"},
    {"генеративный", "generative"},
    {"изображение", "image"},
    {"картинка", "image"},
    {"видео", "video"},
    {"текст", "text"},
    {"речь", "speech"},
    {"звук", "audio"},
    {"граф", "graph"},
    {"поиск", "search"},
    {"дерево", "tree"},
    {"кодировщик", "encoder"},
    {"энкодер", "encoder"},
    {"декодер", "decoder"},
    {"автоэнкодер", "autoencoder"},
    {"классификация", "classification"},
    {"регрессия", "regression"},
    {"предсказание", "prediction"},
    {"вывод", "inference"},
    {"инференс", "inference"},
    {"рассуждение", "reasoning"},
    {"агентный", "agentic"},
    {"мультимодальный", "multimodal"},
    {"визуальный", "visual"},
    {"зрение", "vision"},
    {"робот", "robot"},
    {"манипуляция", "manipulation"},
    {"навигация", "navigation"},
    {"планирование", "planning"},
    {"управление", "control"},
    {"среда", "environment"},
    {"состояние", "state"},
    {"пространство", "space"},
    {"действие", "action"},
    {"траектория", "trajectory"},
    {"ошибка", "error"},
    {"шум", "noise"},
    {"свертка", "convolution"},
    {"сверточный", "convolutional"},
    {"рекуррентный", "recurrent"},
    {"ассоциативный", "associative"},
    {"ключ", "key"},
    {"значение", "value"},
    {"запрос", "query"},
    {"голова", "head"},
    {"эксперт", "expert"},
    {"смесь", "mixture"},
    {"разреженный", "sparse"},
    {"плотный", "dense"},
    {"открытый", "open"},
    {"новый", "new"},
    {"общий", "general"},
    {"универсальный", "universal"},
    {"стабильный", "stable"},
    {"устойчивый", "robust"},
    {"длинный", "long"},
    {"короткий", "short"},
    {"дальний", "range"},
    {"время", "time"},
    {"тест", "test"},
    {"тестовый", "test"},
    {"метод", "method"},
    {"алгоритм", "algorithm"},
    {"архитектура", "architecture"},
    {"фундаментальный", "foundation"},
    {"основа", "foundation"},
    {"базовый", "base"},
    {"оценка", "score"},
    {"сопоставление", "matching"},
    {"согласование", "alignment"},
    {"выравнивание", "alignment"},
    {"дистилляция", "distillation"},
    {"квантизация", "quantization"},
    {"сжатие", "compression"},
    {"параметр", "parameter"},
    {"вес", "weight"},
    {"ядро", "kernel"},
    {"кернел", "kernel"},
    {"функциональный", "functional"},
    {"эволюция", "evolution"},
    {"эволюционный", "evolutionary"},
    {"гипотеза", "hypothesis"},
    {"закон", "law"},
    {"самовнимание", "self-attention"},
    {"смещение", "bias"},
    {"модуль", "module"},
    {"блок", "block"},
    {"слияние", "merging"},
    {"маршрутизация", "routing"},
    {"мир", "world"},
    {"физика", "physics"},
    {"онлайн", "online"},
    {"офлайн", "offline"},
    {"оффлайн", "offline"},
    {"ансупервайзд", "unsupervised"},
    {"супервайзд", "supervised"},
    {"пиксель", "pixel"},
    {"кадр", "frame"},
    {"шаг", "step"},
    {"токенизатор", "tokenizer"},
    {"скорость", "speed"},
    {"поток", "flow"},
    {"мечтатель", "dreamer"},
    {"голос", "voice"}
  };

  /** Common English words that name nothing by themselves, beyond the glossary's English side. */
  private static final Set<String> ENGLISH_STOPWORDS =
      Set.of(
          "a",
          "an",
          "the",
          "of",
          "for",
          "and",
          "or",
          "with",
          "without",
          "to",
          "in",
          "on",
          "at",
          "by",
          "from",
          "via",
          "is",
          "are",
          "be",
          "as",
          "into",
          "over",
          "under",
          "all",
          "you",
          "need",
          "your",
          "we",
          "our",
          "that",
          "this",
          "its",
          "it",
          "not",
          "no",
          "more",
          "less",
          "than",
          "better",
          "good",
          "one",
          "two",
          "how",
          "what",
          "why",
          "when",
          "do",
          "does",
          "can",
          "towards",
          "toward",
          "beyond",
          "through",
          "about",
          "using",
          "based",
          "single",
          "multi",
          "self",
          "super",
          "hyper",
          "meta",
          "auto",
          "cross",
          "pre",
          "post",
          "non",
          "re",
          "un",
          "up",
          "out",
          "next",
          "first",
          "best",
          "simple",
          "scalable",
          "learned",
          "learnable",
          "training",
          "train",
          "fine",
          "tuning",
          "pretrained",
          "pretraining",
          "models",
          "networks",
          "methods",
          "systems",
          "system",
          "tasks",
          "study",
          "analysis",
          "approach",
          "framework",
          "benchmark",
          "revisiting",
          "rethinking",
          "understanding",
          "improving",
          "improved",
          "efficiently",
          "effective");

  private static final Map<String, String> ENGLISH_BY_STEM = new HashMap<>();
  private static final Set<String> ENGLISH_WORDS = new HashSet<>(ENGLISH_STOPWORDS);

  static {
    for (String[] pair : PAIRS) {
      for (String stem : RussianInflection.stems(pair[0], 3)) {
        ENGLISH_BY_STEM.putIfAbsent(stem, pair[1]);
      }
      ENGLISH_WORDS.add(pair[1]);
    }
  }

  /**
   * The English glossary word a Russian word in any case form translates to, or null. "памяти"
   * gives "memory", "моделей" gives "model".
   */
  public static String english(String russianWord) {
    List<String> stems = RussianInflection.stems(russianWord, 3);
    for (String stem : stems) {
      String english = ENGLISH_BY_STEM.get(stem);
      if (english != null) {
        return english;
      }
    }
    return null;
  }

  /**
   * Whether an English word is too common to identify a name by itself: a glossary word ("memory",
   * "diffusion") or a function word, in singular or plural.
   */
  public static boolean isCommonEnglish(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    if (ENGLISH_WORDS.contains(lower)) {
      return true;
    }
    return (lower.endsWith("s") && ENGLISH_WORDS.contains(lower.substring(0, lower.length() - 1)))
        || (lower.endsWith("es") && ENGLISH_WORDS.contains(lower.substring(0, lower.length() - 2)));
  }
}
