package dev.paperlens.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpelledInBothTest {

  /**
   * A body, the plain Latin words it gives, its Cyrillic words Russian has no word for, and those
   * of them that stand where names stand (a kind noun before, quotes, a capital, a version).
   */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "в diffusers его можно завести | diffusers | '' | ''",
        "лосс как в Skip-gram, только на графе | Skip-gram | '' | ''",
        // English prose, a path and an acronym give nothing
        "we use diffusers here | '' | '' | ''",
        "лежит в huggingface/diffusers | '' | '' | ''",
        "обучили VAE на картинках | '' | '' | ''",
        // Russian words and the glossary's words are no spellings; short words are not asked
        "пайплайн лежит в диффузерсах | '' | пайплайн диффузерсах | ''",
        "модель на датасетах и куду | '' | '' | ''",
        "векторы из библиотеки генсим | '' | генсим | генсим",
        "векторы из «генсима» | '' | генсима | генсима",
      })
  void givesPlainLatinAndUnknownCyrillicWords(
      String body, String latin, String cyrillic, String signed) {
    SpelledInBoth.Words words = SpelledInBoth.of(body);
    assertEquals(list(latin), words.latin());
    assertEquals(list(cyrillic), words.cyrillic());
    assertEquals(list(signed), words.signed());
  }

  @Test
  void aListedLatinWordIsANameWhereACyrillicWordReadsAsIt() {
    List<SpelledInBoth.Words> bodies =
        List.of(
            SpelledInBoth.of("в diffusers его можно завести"),
            SpelledInBoth.of("все лежит в диффузерсах"));
    assertEquals(List.of("diffusers"), SpelledInBoth.names(bodies, Set.of()));
    // a word the vocabulary holds is not asked again
    assertEquals(List.of(), SpelledInBoth.names(bodies, Set.of("diffusers")));
    // one spelling alone is no evidence
    assertEquals(List.of(), SpelledInBoth.names(List.of(bodies.get(0)), Set.of()));
  }

  @Test
  void anUnlistedWordEnglishLacksNeedsASignOfANameByItsCyrillicSpelling() {
    SpelledInBoth.Words latin = SpelledInBoth.of("векторы учим через gensim и softmax");
    assertEquals(
        List.of("gensim"),
        SpelledInBoth.names(
            List.of(latin, SpelledInBoth.of("векторы из библиотеки генсим")), Set.of()));
    // without a sign, a word of the field said both ways stays a word
    assertEquals(
        List.of(),
        SpelledInBoth.names(
            List.of(latin, SpelledInBoth.of("векторы из генсима, а сверху софтмакс")), Set.of()));
  }

  private static List<String> list(String words) {
    return words.isBlank() ? List.of() : Arrays.asList(words.trim().split("\\s+"));
  }
}
