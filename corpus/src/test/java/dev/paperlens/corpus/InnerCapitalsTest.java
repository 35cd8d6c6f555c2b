package dev.paperlens.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InnerCapitalsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "capitals inside words spell it; SHAP; SHapley Additive exPlanations; true",
        "a hyphen in the short form and in the long one; M-FALCON;"
            + " Microbatched-Fast Attention Leveraging Cacheable OperatioNs; true",
        "capitals only after capitals mark nothing; DETR; DEtection TRansformer; false",
        "an all-capital word is initials; RLAIF; Reinforcement Learning from AI Feedback; false",
        "initials alone are another rule's; PPO; Proximal Policy Optimization; false",
        "one capital too many; SHAP; SHapley Additive exPlanations Library; false",
        "a digit is a version, not a marked letter; NF4; NormalFloat Four; false",
        "one word is no long form; SHAP; SHapleyAdditivePlanations; false",
        "two letters spell too much; SP; SimPle thing; false",
      })
  void spellsByCapitals(String irregularity, String shortForm, String longForm, boolean spells) {
    assertEquals(spells, InnerCapitals.spells(shortForm, longForm));
  }
}
