package dev.paperlens.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EnglishSoundsTest {

  /** Each Latin name has a reading whose key is the Russian spelling's key. */
  @ParameterizedTest(name = "{0} ~ {1}")
  @CsvSource({
    "Whisper, виспер",
    "PyTorch, пайторч",
    "WaveNet, вейвнет",
    "CatBoost, кэтбуст",
    "TensorFlow, тензорфлоу",
    "XGBoost, хгбуст",
    "Stable, стейбл",
    "Diffusion, диффьюжн",
    "Mistral, мистраль",
    "Chinchilla, чинчилла",
    "Q-learning, кьюлернинг",
  })
  void readsLikeRussianSpellsIt(String latin, String cyrillic) {
    List<String> keys = EnglishSounds.keys(latin, 12);
    String key = CrossScript.phoneticKey(cyrillic);
    assertTrue(keys.contains(key), latin + " " + keys + " lacks " + key);
  }

  @ParameterizedTest(name = "{0} ~ {1}")
  @CsvSource({"PPO, ппо", "DiT, дит", "VAE, вае", "T5, т5", "RLHF, рлхф", "XGB, хгб"})
  void shortNamesReadLetterByLetter(String latin, String cyrillic) {
    List<String> keys = EnglishSounds.letterKeys(latin, 8);
    assertTrue(keys.contains(CrossScript.letterKey(cyrillic)), latin + " " + keys);
  }

  @ParameterizedTest(name = "{0} !~ {1}")
  @CsvSource({"Whisper, вишня", "Mamba, мама", "PyTorch, питер"})
  void unrelatedWordsDoNotShareAKey(String latin, String cyrillic) {
    String key = CrossScript.phoneticKey(cyrillic);
    assertFalse(EnglishSounds.keys(latin, 12).contains(key), latin + " ~ " + cyrillic);
  }
}
