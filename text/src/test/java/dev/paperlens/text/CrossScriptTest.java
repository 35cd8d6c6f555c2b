package dev.paperlens.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CrossScriptTest {
  @Test
  void lettersAndDigitsAreTheJdksForEveryUtf16Unit() {
    for (int i = 0; i <= Character.MAX_VALUE; i++) {
      char c = (char) i;
      assertEquals(Character.isLetter(c), CrossScript.isLetter(c), "U+" + Integer.toHexString(i));
      assertEquals(
          Character.isLetterOrDigit(c),
          CrossScript.isLetterOrDigit(c),
          "U+" + Integer.toHexString(i));
    }
  }

  @ParameterizedTest(name = "{0} ~ {1}")
  @CsvSource({
    "Hyena, гиена",
    "LoRA, лора",
    "ATLAS, атлас",
    "Titan, титан",
    "Mosaic, мозаик",
    "LLaVA, ллава",
    "Octo, окто",
    "Hyper, гипер",
    "Mamba, мамба",
    "JAX, джакс",
  })
  void latinAndCyrillicSpellingsShareAKey(String latin, String cyrillic) {
    assertEquals(CrossScript.phoneticKey(latin), CrossScript.phoneticKey(cyrillic));
  }

  @Test
  void unrelatedWordsKeepDifferentKeys() {
    assertNotEquals(CrossScript.phoneticKey("LoRA"), CrossScript.phoneticKey("MoRA"));
    assertNotEquals(CrossScript.phoneticKey("лора"), CrossScript.phoneticKey("лоры"));
  }

  @Test
  void transliteratesBothWays() {
    assertEquals("giena", CrossScript.toLatin("гиена"));
    assertEquals("Mozaiki pamyati", CrossScript.toLatin("Мозаики памяти"));
    assertEquals("лора", CrossScript.toCyrillic("LoRA"));
    assertEquals("гиена", CrossScript.toCyrillic("hyena").replace('х', 'г'));
  }

  @Test
  void swapsKeyboardLayouts() {
    assertEquals("hnenadna", CrossScript.swapKeyboardLayout("ртутфвтф"));
    assertEquals("рнутфвтф", CrossScript.swapKeyboardLayout("hyenadna"));
    assertTrue(CrossScript.hasCyrillic(CrossScript.swapKeyboardLayout("lora")));
  }

  @Test
  void inflectionStemsIncludeTheBareName() {
    assertTrue(RussianInflection.stems("титанов", 3).contains("титан"));
    assertTrue(RussianInflection.stems("ЛоРЫ", 2).contains("лор"));
    assertTrue(RussianInflection.stems("атласа", 3).contains("атлас"));
  }

  @Test
  void lemmasOfANounFormAddTheEndingsItsCaseMayComeFrom() {
    assertEquals(List.of("ган", "гана"), RussianInflection.lemmas("ганы", 2));
    assertTrue(RussianInflection.lemmas("сама", 2).contains("сам"));
    assertTrue(RussianInflection.lemmas("моделями", 2).contains("модель"));
    assertEquals(List.of(), RussianInflection.lemmas("гпт", 2), "no case ending, no other lemma");
  }

  /** A German name's start in Russian transcription reaches the Latin spelling's key. */
  @ParameterizedTest(name = "{0} starts {1}")
  @CsvSource({
    "цеттл, Zettlemoyer",
    "шмидху, Schmidhuber",
    "хохрайт, Hochreiter",
    "шварц, Schwarz",
    "нойма, Neumann",
    "хинт, Hinton",
  })
  void transcriptionKeysReachTheLatinSpelling(String typed, String name) {
    String latin = CrossScript.phoneticKey(name);
    List<String> keys = CrossScript.transcriptionKeys(typed, 16);
    assertEquals(CrossScript.phoneticKey(typed), keys.get(0), "the plain key comes first");
    assertTrue(keys.stream().anyMatch(latin::startsWith), keys + " vs " + latin);
  }

  @Test
  void transcriptionKeysAreBoundedAndOnlyForCyrillicWords() {
    assertEquals(4, CrossScript.transcriptionKeys("цшхцшх", 4).size());
    assertEquals(List.of("mamba"), CrossScript.transcriptionKeys("мамба", 8));
    assertEquals(List.of("kven2"), CrossScript.transcriptionKeys("квен2", 8), "digits are kept");
    assertEquals(
        CrossScript.phoneticKey("гпт-4"), CrossScript.transcriptionKeys("гпт-4", 8).get(0));
    assertEquals(
        List.of(CrossScript.phoneticKey("шмидhuber")),
        CrossScript.transcriptionKeys("шмидhuber", 8));
  }

  /**
   * Words of Cyrillic consonants alone that Russian lacks are acronyms read out letter by letter.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "токенизирую через нлтк или спейси | NLTK",
        "сейчас дпо есть в трл, а МЦТС потом | TRL,MCTS",
        "тысяча млн и млрд, в спб и СССР | ''",
        "как в жж и шкф, ллм и так далее | LLM",
        "ближайшие пары по кнн | KNN",
      })
  void findsAcronymsWrittenInCyrillicConsonants(String text, String expected) {
    assertEquals(expected, String.join(",", CrossScript.cyrillicAcronyms(text)));
  }
}
