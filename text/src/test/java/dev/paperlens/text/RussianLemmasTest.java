package dev.paperlens.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RussianLemmasTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "музыки | музыка",
        "дала | дать",
        "берем | брать",
        "Тензоры | тензор",
        // a person's name and a participle give nothing: "вита" is Вита or a form of "вить"
        "вита | ",
        // words the dictionary lacks
        "юнит | ",
        "керас | ",
      })
  void givesTheDictionarysLemmas(String word, String expected) {
    List<String> lemmas = RussianLemmas.get().of(word);
    assertEquals(expected == null ? "" : expected, String.join(", ", lemmas));
  }

  @Test
  void aJarWithoutTheDictionaryGivesNoLemmasRatherThanFailing() {
    assertEquals(List.of(), RussianLemmas.from("/no/such/tagger.dict").of("музыки"));
  }
}
