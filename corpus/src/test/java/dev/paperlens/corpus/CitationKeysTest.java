package dev.paperlens.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paperlens.corpus.CitationKeys.Request;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CitationKeysTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "HyenaDNA: Long-Range Genomic Sequence Modeling at Single Nucleotide Resolution | | hyenadna",
        "Memory Mosaics | | memorymosaics",
        "ATLAS: Learning to Optimally Memorize the Context at Test Time | | atlas",
        "Unsupervised-to-Online Reinforcement Learning | | unsupervisedonline",
        "The Platonic Representation Hypothesis | | platonicrepresentation",
        "Many-Shot In-Context Learning | | manyshotcontext",
        "Мозаики памяти и внимание | | mozaikipamyati",
        "Some Long Title About Things | FIFO-Diffusion | fifodiffusion",
        " | GPT-2 | gpt2",
        "::: | | paper",
      })
  void readableBases(String title, String method, String expected) {
    assertEquals(expected, CitationKeys.base(title, method == null ? List.of() : List.of(method)));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "HyenaDNA: Long-Range Genomic | hyenadnalongrangegenomic",
        "GPT-2 (1.5B) | gpt215b",
        "::: | ''",
        "Schölkopf | scholkopf",
        "Мозаики памяти | mozaikipamyati",
        "ﬁne-tuning | finetuning",
      })
  void slugs(String text, String expected) {
    assertEquals(expected, CitationKeys.slug(text));
  }

  @Test
  void asciiSlugIsTheSlugOfAnyScriptForAsciiAndStepsAsideOtherwise() {
    java.util.Random random = new java.util.Random(18);
    for (int i = 0; i < 200_000; i++) {
      char[] text = new char[random.nextInt(40)];
      for (int j = 0; j < text.length; j++) {
        // Mostly ASCII, now and then a letter a transliteration or NFKD changes.
        text[j] =
            random.nextInt(30) == 0
                ? "öéßﬁЖя²Ⅻ".charAt(random.nextInt(8))
                : (char) random.nextInt(128);
      }
      String s = new String(text);
      String ascii = CitationKeys.asciiSlug(s);
      if (s.chars().allMatch(c -> c < 0x80)) {
        assertEquals(CitationKeys.slugOfAnyScript(s), ascii, s);
      } else {
        assertEquals(null, ascii, s);
      }
      assertEquals(CitationKeys.slugOfAnyScript(s), CitationKeys.slug(s), s);
    }
  }

  private static Request paper(String title, Integer year) {
    return Request.of(null, title, List.of(), year, "content of " + title + " " + year);
  }

  @Test
  void sameInputGivesSameKeys() {
    List<Request> papers =
        List.of(paper("Memory Mosaics", 2025), paper("HyenaDNA: Long-Range", 2023));
    assertEquals(CitationKeys.assign(papers), CitationKeys.assign(papers));
    assertEquals(List.of("memorymosaics", "hyenadna"), CitationKeys.assign(papers));
  }

  @Test
  void collisionsAddTheYearThenTitleWordsThenAContentSuffix() {
    List<String> keys =
        CitationKeys.assign(
            List.of(
                paper("Memory Mosaics", 2024),
                paper("Memory Mosaics", 2025),
                paper("Memory Mosaics: again", 2025),
                paper("Memory Mosaics", null)));
    assertEquals("memorymosaics2024", keys.get(0));
    assertTrue(keys.get(1).matches("memorymosaics2025[a-z]{4}"), keys.get(1));
    assertEquals("memorymosaicsagain", keys.get(2));
    assertTrue(keys.get(3).matches("memorymosaics[a-z]{4}"), keys.get(3));
    assertEquals(4, new HashSet<>(keys).size());
  }

  @Test
  void titlesThatStartAlikeAreToldApartByTheirNextWords() {
    List<String> keys =
        CitationKeys.assign(
            List.of(
                paper("Transformers learn to implement preconditioned gradient descent", null),
                paper("Transformers Learn Temporal Difference Methods", null),
                paper("Linear Transformers with Learnable Kernel Functions", null)));
    assertEquals(
        List.of("transformerslearnimplement", "transformerslearntemporal", "lineartransformers"),
        keys);
  }

  @Test
  void keysDoNotDependOnOrder() {
    List<Request> papers =
        new ArrayList<>(
            List.of(
                paper("Memory Mosaics", 2025),
                Request.of(null, "Memory Mosaics", List.of(), 2025, "another review"),
                paper("Octo: An Open-Source Generalist Robot Policy", 2024)));
    List<String> forward = CitationKeys.assign(papers);
    List<Request> reversed = new ArrayList<>(papers);
    java.util.Collections.reverse(reversed);
    List<String> backward = new ArrayList<>(CitationKeys.assign(reversed));
    java.util.Collections.reverse(backward);
    assertEquals(forward, backward);
  }

  @Test
  void addingAnUnrelatedPaperKeepsEveryKey() {
    List<Request> before =
        List.of(
            paper("Memory Mosaics", 2025),
            paper("Memory Mosaics", 2025),
            paper("HyenaDNA: Long-Range", 2023));
    List<Request> after = new ArrayList<>(before);
    after.add(paper("Scaling Cross-Embodied Learning: One Policy", 2024));
    assertEquals(CitationKeys.assign(before), CitationKeys.assign(after).subList(0, 3));
  }

  @Test
  void userKeyWinsAndIsReservedFirst() {
    List<String> keys =
        CitationKeys.assign(
            List.of(
                paper("HyenaDNA: Long-Range", 2023),
                Request.of("hyenadna", "Something else", List.of(), 2021, "x"),
                Request.of("Nguyen2023HyenaDNA", "HyenaDNA: Long-Range", List.of(), 2023, "y")));
    assertEquals("hyenadna2023", keys.get(0));
    assertEquals("hyenadna", keys.get(1));
    assertEquals("Nguyen2023HyenaDNA", keys.get(2));
  }

  @Test
  void aUserKeyGivenTwiceIsKeptOnce() {
    List<String> keys =
        CitationKeys.assign(
            List.of(
                Request.of("smith2020", "Alpha Beta Gamma", List.of(), 2020, "a"),
                Request.of("smith2020", "Delta Epsilon", List.of(), 2020, "b")));
    assertEquals("smith2020", keys.get(0));
    assertEquals("deltaepsilon", keys.get(1));
  }

  @Test
  void generatedKeysAreBibtexSafe() {
    List<String> keys =
        CitationKeys.assign(
            List.of(
                paper("Ré & Dao: «Быстрое» внимание {FlashAttention}", 2022),
                paper("Principe d'Anna Karénine", null),
                paper("", null),
                paper(null, null)));
    for (String key : keys) {
      assertTrue(key.matches("[a-z0-9]+"), key);
    }
    assertNotEquals(keys.get(2), keys.get(3));
  }
}
