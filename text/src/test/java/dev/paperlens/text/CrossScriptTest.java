package dev.paperlens.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CrossScriptTest {

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
}
