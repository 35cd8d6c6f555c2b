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
 * Hovers on Russian common nouns that spell a name the corpus knows ("лама" is LLaMA and an animal,
 * "клип" CLIP and a music video): a card only where the note says the word is the name, as the
 * linker decides for reviews; and on the other Cyrillic spellings of names, which need no sign.
 */
class CommonNounHoverTest {
  private static final String DIGEST =
      "Свежие статьи с переводом аннотаций\n"
          + "Мы представляем LLaMA — набор открытых языковых моделей от 7B до 65B параметров.\n"
          + "Мы представляем CLIP — модель, которая учит картинки и тексты в одном пространстве.\n"
          + "Мы представляем PaLM — языковую модель на 540B параметров.\n"
          + "Мы предлагаем способ под названием RLHF, где модель учится на оценках людей.\n"
          + "Мы представляем BERT — двунаправленный энкодер для понимания языка.\n"
          + "Мы представляем Whisper — модель распознавания речи.\n";

  @RegisterExtension static final SourceNotes notes = SourceNotes.ofDigest(DIGEST);

  private static Optional<Hover> hover(String marked) {
    return notes.hover(marked);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        // a common noun with a sign of a name: a kind noun, an ordinal, quotes, a capital, Latin
        "дообучили модель лам|у на диалогах; LLaMA",
        "у первой лам|ы контекст 2k; LLaMA",
        "взяли «кли|п» как есть; CLIP",
        "сравнили с Лам|ой на тестах; LLaMA",
        "LLaMA хороша, и лам|у все тюнят; LLaMA",
        // spellings that are no Russian word need no sign
        "дообучили вис|пер на русском; Whisper",
        "вместо рлх|ф взяли DPO; RLHF",
        "сравнили с берт|ом; BERT",
      })
  void hoversWhereTheNoteSaysItIsTheName(String marked, String inCard) {
    String md = notes.card(marked);
    assertTrue(md.contains(inCard), () -> "card lacks " + inCard + ":\n" + md);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "лам|а в зоопарке такого не умеет",
        "кли|п на ютубе с субтитрами",
        "пока я сидел под паль|мой в отпуске",
      })
  void commonNounsWithoutASignGetNoCard(String marked) {
    assertEquals(Optional.empty(), hover(marked), marked);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {"вместо рлх|; RLHF", "дообучили вис|; Whisper"})
  void completesACyrillicPrefixToTheLatinName(String marked, String label) {
    List<String> labels = notes.completionLabels(marked);
    assertTrue(labels.contains(label), () -> label + " not among " + labels);
  }
}
