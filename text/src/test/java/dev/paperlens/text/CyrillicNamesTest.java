package dev.paperlens.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CyrillicNamesTest {
  @ParameterizedTest
  @CsvSource({
    // compounds of English words written as one Cyrillic word, in any case form
    "тензорфлоу, TensorFlow",
    "вейвнетом, WaveNet",
    "пойнтнета, PointNet",
    "хаггингфейс, HuggingFace",
    "эффишентнетов, EfficientNet",
    // acronyms written letter by letter, declined or with a diminutive
    "лстм, LSTM",
    "нлтк, NLTK",
    "ДДИМ, DDIM",
    "рлхфом, RLHF",
    "ддпма, DDPM",
    "ппошку, PPO",
  })
  void readsNamesNoSourceWritesInLatin(String word, String name) {
    assertEquals(name, CyrillicNames.nameOf(word), word);
  }

  @ParameterizedTest
  @CsvSource({
    "датасетами", // dataset: one English word with a Russian ending
    "бэкбоны", // backbone
    "пайплайна", // pipeline, with a silent e inside
    "файнтюн", // fine-tune, which English hyphenates
    "эмбеддинги", // embedding
    "файнтюнить", // a verb made of a loan
    "сэмплим",
    "нейронки", // a Russian word with a diminutive
    "гиперсети", // ends in the common Russian "сеть"
    "модели", // Russian
    "сетка",
    "Уайтмана", // capitalised: a person
    "уфф", // a sigh, not an acronym
    "ллм", // LLM: a field's term
    "влмки", // VLM with a suffix, still a term
  })
  void leavesWordsAlone(String word) {
    assertEquals(null, CyrillicNames.nameOf(word), word);
  }

  @Test
  void findsEachWordOnceWithItsVersionAndSkipsWordsGluedToLatin() {
    assertEquals(
        List.of(
            new CyrillicNames.Found("гпт-5", "GPT-5"),
            new CyrillicNames.Found("тензорфлоу", "TensorFlow")),
        CyrillicNames.find("обучили гпт-5 на тензорфлоу, потом LoRAшки и снова тензорфлоу"));
  }
}
