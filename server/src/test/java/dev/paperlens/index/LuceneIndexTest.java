package dev.paperlens.index;

import static dev.paperlens.index.TestPapers.paper;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paperlens.corpus.Paper;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Each matching rule of the index on a corpus small enough to read. */
class LuceneIndexTest {
  static final List<Paper> CORPUS =
      List.of(
          paper("nguyen2023hyenadna", "HyenaDNA: Long-Range Genomic Sequence Modeling")
              .method("HyenaDNA")
              .mentions("Hyena", "hyena", "гиена")
              .review("при помощи не трансформера, а например hyena; как себя будет вести гиена")
              .build(),
          paper("zhang2025mosaics", "Memory Mosaics")
              .mentions("Memory Mosaics", "мозаики памяти")
              .review("айклировские мозаики памяти, которые базируются на ассоциативной памяти")
              .build(),
          paper("lee2020mosaic", "Mosaic Networks for Images")
              .method("Mosaic")
              .review("сеть собирает картинку из кусочков")
              .build(),
          paper("behrouz2025atlas", "ATLAS: Learning to Optimally Memorize the Context")
              .method("ATLAS")
              .review("атлас учится запоминать контекст во время теста, memorizing tokens")
              .build(),
          paper("dettmers2023qlora", "QLoRA: Efficient Finetuning of Quantized LLMs")
              .method("QLoRA")
              .mentions("LoRA", "лора", "ЛоРЫ")
              .review("еще до того, как появилась лора, низкоранговые матрицы использовали")
              .build(),
          paper("wu2024adapters", "LoRA-based Adapters for Vision Transformers")
              .review("адаптеры для картинок")
              .build(),
          paper("kim2024fifo", "FIFO-Diffusion: Generating Infinite Videos from Text")
              .method("FIFO-Diffusion")
              .review("диагональный денойзинг очереди кадров")
              .build(),
          paper("old2016genomes", "Genomes at Scale")
              .review("геномные последовательности, как в работе про мозаики")
              .build());

  static LuceneIndex index;

  @BeforeAll
  static void build() {
    index = LuceneIndex.of(CORPUS);
  }

  @AfterAll
  static void close() throws Exception {
    index.close();
  }

  static String firstName(List<SearchHit> hits) {
    assertFalse(hits.isEmpty(), "no hits");
    return hits.get(0).name();
  }

  static List<String> names(List<SearchHit> hits) {
    return hits.stream().map(SearchHit::name).toList();
  }

  @ParameterizedTest(name = "{0} completes to {1}")
  @CsvSource({
    "HyenaDNA, HyenaDNA",
    "hyen, Hyena",
    "hyenad, HyenaDNA",
    "мозаик, Memory Mosaics",
    "лора, LoRA",
    "atlas, ATLAS",
    "fifo, FIFO-Diffusion",
    "qlo, QLoRA",
    "гиена, Hyena",
    "ртутфвтф, HyenaDNA",
    "рнутфвтф, HyenaDNA",
    "ФЕДФ, ATLAS",
  })
  void completesToTheRightNameFirst(String typed, String expected) {
    assertEquals(expected, firstName(index.complete(typed, 5)));
  }

  @Test
  void exactNameBeatsPrefixWhichBeatsTitleWord() {
    List<String> names = names(index.complete("mosaic", 10));
    assertEquals("Mosaic", names.get(0));
    assertEquals("Mosaic Networks for Images", names.get(1));
    assertTrue(names.indexOf("Memory Mosaics") > 1, names.toString());
  }

  @Test
  void infixFindsNamesInsideCompounds() {
    List<String> names = names(index.complete("lora", 10));
    assertEquals("LoRA", names.get(0));
    assertTrue(names.contains("QLoRA"), names.toString());
    assertTrue(names.contains("LoRA-based Adapters for Vision Transformers"), names.toString());
  }

  @Test
  void cyrillicInfixFindsLatinCompounds() {
    assertTrue(names(index.complete("лора", 10)).contains("QLoRA"));
  }

  @Test
  void latinFindsNamesKnownOnlyInCyrillic() {
    assertEquals("Memory Mosaics", firstName(index.complete("mozaiki", 5)));
  }

  @Test
  void citationContextPrefersPapersAndProsePrefersNames() {
    assertEquals(
        SearchHit.Kind.PAPER, index.complete("fifo", CompletionContext.CITATION, 5).get(0).kind());
    assertEquals(
        SearchHit.Kind.METHOD, index.complete("fifo", CompletionContext.PROSE, 5).get(0).kind());
  }

  @Test
  void completionsOfAKeyPrefix() {
    assertEquals("nguyen2023hyenadna", index.complete("nguyen20", 5).get(0).key());
  }

  @ParameterizedTest(name = "{0} resolves to {1} of {2}")
  @CsvSource({
    "HyenaDNA, HyenaDNA, nguyen2023hyenadna",
    "гиена, Hyena, nguyen2023hyenadna",
    "ЛоРЫ, LoRA, dettmers2023qlora",
    "лоре, LoRA, dettmers2023qlora",
    "атласа, ATLAS, behrouz2025atlas",
    "FIFO-Diffusion, FIFO-Diffusion, kim2024fifo",
    "Memory Mos, Memory Mosaics, zhang2025mosaics",
    "dettmers2023qlora, QLoRA: Efficient Finetuning of Quantized LLMs, dettmers2023qlora",
  })
  void resolvesMentions(String surface, String name, String key) {
    Optional<SearchHit> hit = index.resolve(surface);
    assertTrue(hit.isPresent(), surface);
    assertEquals(name, hit.get().name());
    assertEquals(key, hit.get().key());
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"!!!", "   ", "Mos", "transformer", "zzzzzz"})
  void resolvesNothingForNonNames(String surface) {
    assertEquals(Optional.empty(), index.resolve(surface));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"!!!", "   ", "\\cite{"})
  void badInputGivesNoAnswer(String input) {
    assertEquals(List.of(), index.complete(input, 5));
    assertEquals(List.of(), index.search(input, 5));
  }

  @Test
  void hugeInputIsClippedNotFatal() {
    String huge = "hyena ".repeat(20_000);
    assertEquals("Hyena", firstName(index.complete(huge, 5)));
    assertTrue(index.resolve(huge).isEmpty());
    assertFalse(index.search(huge, 5).isEmpty());
  }

  @Test
  void aRunawayTitleOrKeyDoesNotStopTheOthersFromBeingIndexed() throws Exception {
    String title = "Runaway " + "заголовок ".repeat(2_000);
    List<Paper> corpus =
        List.of(
            paper("huge", title).method("X".repeat(40_000)).review("x").build(),
            paper("k".repeat(40_000), "Broken Key").review("y").build(),
            paper("ok2024", "Fine Paper").review("z").build());
    try (LuceneIndex small = LuceneIndex.of(corpus)) {
      assertEquals("Fine Paper", firstName(small.complete("fine", 5)));
      assertEquals("huge", small.complete("runaway", 5).get(0).key());
      assertEquals(2, small.size());
    }
  }

  @Test
  void searchStemsRussian() {
    List<SearchHit> hits = index.search("мозаика", 10);
    assertEquals("zhang2025mosaics", hits.get(0).key());
    assertTrue(hits.stream().anyMatch(h -> h.key().equals("old2016genomes")));
  }

  @Test
  void searchStemsEnglish() {
    assertEquals("behrouz2025atlas", index.search("memorized", 5).get(0).key());
  }

  @Test
  void searchRanksTitlesAboveBodyText() {
    List<String> keys = index.search("мозаики", 10).stream().map(SearchHit::key).toList();
    assertTrue(
        keys.indexOf("zhang2025mosaics") < keys.indexOf("old2016genomes"), keys.toString());
  }

  @Test
  void relatedPapersShareWords() {
    List<SearchHit> related = index.related("zhang2025mosaics", 5);
    assertEquals("old2016genomes", related.get(0).key());
    assertTrue(related.stream().noneMatch(h -> h.key().equals("zhang2025mosaics")));
  }

  @Test
  void papersRoundTrip() {
    assertEquals(Optional.of(CORPUS.get(0)), index.paper("nguyen2023hyenadna"));
    assertEquals(Optional.empty(), index.paper("nope"));
    assertEquals(CORPUS.size(), index.size());
  }

  @Test
  void papersMentioningAName() {
    assertEquals(
        List.of("dettmers2023qlora"), index.mentioning("LoRA").stream().map(Paper::key).toList());
    assertEquals(
        List.of("nguyen2023hyenadna"),
        index.mentioning("HyenaDNA").stream().map(Paper::key).toList());
  }

  @Test
  void moreReviewsAndNewerPapersWinTiesInStableOrder() throws Exception {
    List<Paper> corpus =
        List.of(
            paper("b", "Tandem Old").review("a.txt", "2016-01-01T00:00:00", "x").build(),
            paper("c", "Tandem New").review("a.txt", "2025-01-01T00:00:00", "x").build(),
            paper("a", "Tandem Popular")
                .review("a.txt", "2016-01-01T00:00:00", "x")
                .review("b.txt", "2016-01-01T00:00:00", "y")
                .review("c.txt", "2016-01-01T00:00:00", "z")
                .build(),
            paper("e", "Tandem Twin").review("a.txt", "2020-01-01T00:00:00", "x").build(),
            paper("d", "Tandem Twins").review("a.txt", "2020-01-01T00:00:00", "x").build());
    List<Paper> reversed = new java.util.ArrayList<>(corpus);
    java.util.Collections.reverse(reversed);
    try (LuceneIndex small = LuceneIndex.of(corpus);
        LuceneIndex again = LuceneIndex.of(reversed)) {
      List<String> keys = small.complete("tandem", 10).stream().map(SearchHit::key).toList();
      assertEquals(List.of("a", "c"), keys.subList(0, 2));
      assertEquals("b", keys.get(4));
      assertEquals(keys, again.complete("tandem", 10).stream().map(SearchHit::key).toList());
      List<SearchHit> hits = small.complete("tandem", 10);
      for (int i = 1; i < hits.size(); i++) {
        assertTrue(hits.get(i - 1).score() >= hits.get(i).score(), hits.toString());
      }
    }
  }
}
