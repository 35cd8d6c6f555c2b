package dev.paperlens.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MixedScriptAnalyzerTest {
  static final MixedScriptAnalyzer ANALYZER = new MixedScriptAnalyzer();

  @ParameterizedTest(name = "{0} ~ {1}")
  @CsvSource({
    "мозаики, мозаика",
    "моделями, модель",
    "трансформеров, трансформер",
    "датасетах, датасет",
    "памятью, памяти",
    "слоёв, слоев",
    "memorizing, memorize",
    "models, model",
    "Transformer's, transformer",
  })
  void formsOfOneWordShareATerm(String form, String base) throws IOException {
    assertEquals(AnalyzerTokens.of(ANALYZER, base), AnalyzerTokens.of(ANALYZER, form));
  }

  @ParameterizedTest(name = "{0} !~ {1}")
  @CsvSource({"гиена, гигиена", "лора, лорд", "модель, модельер", "atlas, atlases-net"})
  void differentWordsStayApart(String a, String b) throws IOException {
    List<String> left = AnalyzerTokens.of(ANALYZER, a);
    List<String> right = AnalyzerTokens.of(ANALYZER, b);
    assertEquals(false, left.equals(right), left + " vs " + right);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "и все на джаксе | джакс",
        "the model of the world | model world",
        "LoRA и QLoRA | lora qlora",
      })
  void stopWordsGoAndMixedScriptsStemSeparately(String text, String expected) throws IOException {
    assertEquals(List.of(expected.split(" ")), AnalyzerTokens.of(ANALYZER, text));
  }
}
