package dev.paperlens.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FamilyVersionsTest {
  private static final List<String> KNOWN =
      List.of("Llama 3", "Phi-3", "phi-1", "Qwen3", "GPT-4", "phi-3-mini", "Table 1", "BERT");

  /** A new version of a known family, written in Cyrillic, joined as the family joins its own. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "для сравнения, ламу 4 мы ждали-ждали | Llama 4",
        "у квен2.5 было 18T токенов | Qwen2.5",
        "после фи-3.5 и фи-1.5 | Phi-3.5; Phi-1.5",
        "а гпт-5 ещё не вышел | GPT-5",
        // a version the family has is no new name, nor is a name with no versioned member
        "ламу 3 и гпт-4 | ''",
        "берт 2 | ''",
        // a number that is no version, and a Russian word reading as no head
        "в 2 раза, на 20%, ламу 4.1.2, ламу 4x, таблица 2, глава 3 | ''",
      })
  void aCyrillicHeadWithANewVersionNamesTheFamilysMember(String text, String expected) {
    List<String> found = FamilyVersions.names(KNOWN, FamilyVersions.written(text));
    assertEquals(expected, String.join("; ", found));
  }

  @Test
  void theVocabularyTakesTheNewVersionAndTheLinkerFindsIt() {
    List<ReviewDraft> drafts =
        List.of(
            Drafts.review("a.txt", 1, "t", "обучили Llama 3 на коде"),
            Drafts.review("b.txt", 1, "t", "ламу 4 мы ждали-ждали"));
    List<String> vocabulary = MentionLinker.vocabulary(List.of(), List.of(), drafts);
    assertTrue(vocabulary.contains("Llama 4"), vocabulary::toString);
    assertEquals(
        List.of(new Mention("Llama 4", List.of("ламу 4"), List.of(1))),
        new MentionLinker(vocabulary)
            .mentions(List.of(new SourceLine(1, "ламу 4 мы ждали-ждали"))));
  }

  /** Characters that start, join, end or break a Cyrillic word and its version. */
  private static final String[] PIECES = {
    "ламу", "фи", "к", "Квен", "ё", "а\u0483", "\u0482", "é", "ß", "llama", "GPT", " ", "-", "--",
    "\n", ".", ",", "%", "x", "_", "\u00A0", "1", "4", "25", "3.5", "4.1.2", "2,5", "🙂", "\u0301"
  };

  @Test
  void pairsAreWhatAScanOfThePatternFinds() {
    Random random = new Random(7);
    int found = 0;
    for (int t = 0; t < 20_000; t++) {
      StringBuilder text = new StringBuilder();
      int pieces = 1 + random.nextInt(14);
      for (int i = 0; i < pieces; i++) {
        text.append(PIECES[random.nextInt(PIECES.length)]);
      }
      List<String> scanned = new ArrayList<>();
      Matcher m = FamilyVersions.CYRILLIC_VERSION.matcher(text);
      while (m.find()) {
        scanned.add(m.group(1) + "\t" + m.group(2) + "\t" + m.group(3));
      }
      assertEquals(scanned, FamilyVersions.written(text), text::toString);
      found += scanned.size();
    }
    assertTrue(found > 500, "pairs in the generated texts: " + found);
  }

  @Test
  void pairsKeepWhatJoinsTheWordAndTheVersion() {
    assertEquals(
        Arrays.asList("фи\t-\t3.5", "квен\t\t2.5", "ламу\t \t4"),
        FamilyVersions.written("фи-3.5, квен2.5 и ламу 4"));
  }
}
