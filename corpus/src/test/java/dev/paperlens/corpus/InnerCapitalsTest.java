package dev.paperlens.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
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

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "a capital after a lower-case letter; SHapley exPlanations; true",
        "at the very end; an exampleX; true",
        "capitals only after capitals and spaces; DEtection TRansformer; false",
        "a capital first in the text; Xy; false",
        "a Cyrillic letter before is not ASCII; яX; false",
        "a digit before; 4X; false",
        "one character; X; false",
      })
  void hasInnerCapital(String irregularity, String text, boolean has) {
    assertEquals(has, InnerCapitals.hasInnerCapital(text));
  }

  /**
   * The body's check never skips a body a phrase of which spells a short form: every spelled phrase
   * of random bodies stands in a body that has an inner capital, and bodies without one add
   * nothing.
   */
  @Test
  void bodiesWithoutAnInnerCapitalSpellNothing() {
    Random random = new Random(18);
    String[] words = {
      "SHapley",
      "Additive",
      "exPlanations",
      "of",
      "the",
      "Model",
      "model",
      "SHAP",
      "with",
      "AI",
      "Feedback",
      "DEtection",
      "TRansformer",
      "sHort",
      "Fast",
      "-",
      "Attention",
      "4",
      "Kernel"
    };
    int spelled = 0;
    for (int t = 0; t < 20_000; t++) {
      StringBuilder body = new StringBuilder();
      int length = 2 + random.nextInt(10);
      for (int w = 0; w < length; w++) {
        body.append(w == 0 ? "" : " ").append(words[random.nextInt(words.length)]);
      }
      String text = body.toString();
      Set<String> names = new LinkedHashSet<>(List.of("SHAP", "SAET", "DETR", "FA"));
      int before = names.size();
      InnerCapitals.add(text, names);
      if (names.size() > before) {
        spelled++;
        assertTrue(InnerCapitals.hasInnerCapital(text), text);
      }
      String[] parts = text.split(" ");
      for (int from = 0; from < parts.length; from++) {
        for (int to = from + 2; to <= parts.length; to++) {
          String phrase = String.join(" ", List.of(parts).subList(from, to));
          if (InnerCapitals.spells("SHAP", phrase) || InnerCapitals.spells("SAET", phrase)) {
            assertTrue(InnerCapitals.hasInnerCapital(text), phrase);
          }
        }
      }
    }
    assertTrue(spelled > 0, "some random bodies spell a short form");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "a capital first; Shapley; 0; true",
        "a capital inside; exPlanations; 0; true",
        "no capital in the word; explanations Of; 0; false",
        "a digit before the capital; a4X; 0; false",
        "from a later place; the SHAP; 4; true",
        "a hyphen before the capital; a-B; 0; false",
        "the end of the text; abc; 3; false",
      })
  void startsCapitalWord(String irregularity, String text, int at, boolean starts) {
    assertEquals(starts, InnerCapitals.startsCapitalWord(text, at));
  }

  /**
   * The runs tried only where a word holding a capital starts are the runs {@link MatchStarts}
   * finds from every word start, in order, on random texts of capitals, lower-case letters, little
   * words, hyphens, digits and other scripts.
   */
  @Test
  void runsAreMatchStartsRuns() {
    Random random = new Random(34);
    String[] pieces = {
      "SHapley",
      "additive",
      "exPlanations",
      " ",
      " ",
      " ",
      "of",
      "the",
      "Model",
      "a",
      "4",
      "-",
      "Fast",
      "Attention",
      ",",
      "(",
      "модель",
      "X",
      "aB",
      "&",
      "\n",
      "é"
    };
    int runs = 0;
    for (int t = 0; t < 20_000; t++) {
      StringBuilder body = new StringBuilder();
      int length = 1 + random.nextInt(16);
      for (int w = 0; w < length; w++) {
        body.append(pieces[random.nextInt(pieces.length)]);
      }
      String text = body.toString();
      List<String> expected = new ArrayList<>();
      MatchStarts scan =
          MatchStarts.ofWordStarts(InnerCapitals.RUN, text, MatchStarts.ASCII_LETTER);
      while (scan.find()) {
        expected.add(scan.matcher().group());
      }
      List<String> found = new ArrayList<>();
      InnerCapitals.forEachRun(text, found::add);
      assertEquals(expected, found, text);
      runs += found.size();
    }
    assertTrue(runs > 1000, "random texts hold runs: " + runs);
  }
}
