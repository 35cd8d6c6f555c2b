package dev.paperlens.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
    // one capital before a capitalised part is said by its name; a part's only vowel is not silent
    "QLoRA, кулора",
    "QLoRA, кьюлора",
    "ZeRO, зиро",
    "ZeRO, зеро",
    // so are two capitals opening a name before a capitalised word
    "XGBoost, иксджибуст",
    // a capital may split an English syllable: "-ve" after a vowel, "-le" after a consonant
    "GloVe, глоув",
    "GoogLeNet, гуглнет",
    // so does a digit: "node|2vec"
    "node2vec, нод2век",
    // "al" before k is /ɔː/, as in "walk"; c before e, i, y is also "ц", as Russian writes Latin
    "DeepWalk, дипволк",
    "Inception, инцепшн",
    "Inception, инсепшн",
    // an acronym of consonants closing a name is said letter by letter, c as "ц", g as "дж"
    "LightGCN, лайтгцн",
    "ShareGPT, шерджпт",
    "LightGBM, лайтгбм",
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

  /**
   * Long compounds have more readings than any cap keeps; the search over all of them finds the one
   * a writer chose, within a budget, and a skeleton of its readings finds the name first.
   */
  @ParameterizedTest(name = "{0} ~ {1}")
  @CsvSource({
    "HuggingFace, хаггингфейс",
    "EfficientNet, эффишентнет",
    "MusicGen, мьюзикген",
    "GitHub, гитхаб",
    "Midjourney, миджорни",
    "SentencePiece, сентенспис",
    "FlashAttention, флешатеншн",
    "Common Crawl, коммонкроул",
    // o as in "move", ie as in "movie"
    "MovieLens, мувиленс",
  })
  void everyReadingWithinTheBudgetIsFound(String latin, String cyrillic) {
    String key = CrossScript.phoneticKey(cyrillic);
    assertTrue(EnglishSounds.readingCost(latin, key, 3) >= 0, latin + " !~ " + key);
    assertTrue(
        EnglishSounds.skeletons(latin, 16).contains(EnglishSounds.skeleton(key)),
        latin + " " + EnglishSounds.skeletons(latin, 16) + " lacks " + EnglishSounds.skeleton(key));
  }

  @ParameterizedTest(name = "{0} !~ {1}")
  @CsvSource({
    "Whisper, вишня",
    "Mamba, мама",
    "PyTorch, питер",
    "HuggingFace, хаггингфейсмен",
    "EfficientNet, эффективнет",
    "MovieLens, мувилайнс",
  })
  void noReadingIsAnUnrelatedWord(String latin, String cyrillic) {
    assertEquals(-1, EnglishSounds.readingCost(latin, CrossScript.phoneticKey(cyrillic), 3));
  }

  @org.junit.jupiter.api.Test
  void theCheapestReadingCostsNothingAndAnUnusualOneMore() {
    assertEquals(0, EnglishSounds.readingCost("WaveNet", CrossScript.phoneticKey("вавнет"), 3));
    assertEquals(1, EnglishSounds.readingCost("WaveNet", CrossScript.phoneticKey("вейвнет"), 3));
    assertEquals(-1, EnglishSounds.readingCost("WaveNet", CrossScript.phoneticKey("вейвнет"), 0));
  }

  @ParameterizedTest(name = "{0} !~ {1}")
  @CsvSource({"Whisper, вишня", "Mamba, мама", "PyTorch, питер"})
  void unrelatedWordsDoNotShareAKey(String latin, String cyrillic) {
    String key = CrossScript.phoneticKey(cyrillic);
    assertFalse(EnglishSounds.keys(latin, 12).contains(key), latin + " ~ " + cyrillic);
  }
}
