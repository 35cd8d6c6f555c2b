package dev.paperlens.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The whole seeds folder read as one corpus, when it is present. */
class CorpusSeedsTest {
  private static Corpus corpus;

  @BeforeAll
  static void load() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path seeds = dir.resolve("shared").resolve("seeds");
      if (Files.isDirectory(seeds)) {
        corpus = CorpusLoader.load(List.of(seeds));
        return;
      }
    }
  }

  /** Every Cyrillic surface linked anywhere, by canonical name. */
  private static Map<String, TreeSet<String>> cyrillicSurfaces() {
    Map<String, TreeSet<String>> out = new TreeMap<>();
    for (Paper paper : corpus.papers()) {
      for (Mention m : paper.mentions()) {
        for (String surface : m.surfaces()) {
          if (surface
              .codePoints()
              .anyMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC)) {
            out.computeIfAbsent(m.name(), k -> new TreeSet<>()).add(surface);
          }
        }
      }
    }
    return out;
  }

  private static Paper paper(String key) {
    return corpus.paper(key).orElseThrow(() -> new AssertionError("no paper " + key));
  }

  @Test
  void thirtyOnePapersAndNoProblems() {
    assumeTrue(corpus != null, "no shared seeds folder");
    assertEquals(31, corpus.papers().size());
    assertEquals(List.of(), corpus.problems());
    assertEquals(31, corpus.reviewCount());
  }

  @Test
  void cyrillicSpellingsLinkToTheirLatinNames() {
    assumeTrue(corpus != null, "no shared seeds folder");
    assertEquals(
        Map.of(
            "LoRA", new TreeSet<>(List.of("лора", "ЛоРЫ")),
            "ATLAS", new TreeSet<>(List.of("атласа")),
            "HyenaDNA", new TreeSet<>(List.of("гиена")),
            "Memory Mosaics", new TreeSet<>(List.of("мозаики памяти", "мозаик памяти", "мозаики")),
            "LLaVa", new TreeSet<>(List.of("ллаву")),
            // "по кнн": an acronym written in Cyrillic consonants, spelled in Latin
            "KNN", new TreeSet<>(List.of("кнн"))),
        cyrillicSurfaces());
    Mention lora =
        paper("unleashingpower").mentions().stream()
            .filter(m -> m.name().equals("LoRA"))
            .findFirst()
            .orElseThrow();
    assertEquals(List.of("ЛоРЫ"), lora.surfaces());
    assertEquals(List.of(54), lora.lines());
  }

  @Test
  void titansIsNeverWrittenInLatinSoTitanovStaysUnlinked() {
    assumeTrue(corpus != null, "no shared seeds folder");
    assertTrue(paper("atlas").reviews().get(0).text().contains("титанов"));
    assertFalse(cyrillicSurfaces().values().stream().anyMatch(s -> s.contains("титанов")));
  }

  @Test
  void headersMemesAndPromosNameNothing() {
    assumeTrue(corpus != null, "no shared seeds folder");
    for (Paper paper : corpus.papers()) {
      assertFalse(paper.title().contains("Telegram"), paper.title());
      assertFalse(paper.title().contains("subscribers"), paper.title());
      for (Mention m : paper.mentions()) {
        assertFalse(
            List.of("LINK", "VIEW", "TELEGRAM", "Telegram", "Download", "rizzearch", "UPD")
                .contains(m.name()),
            paper.key() + " mentions " + m.name());
      }
    }
  }
}
