package dev.paperlens.index;

import static dev.paperlens.index.TestPapers.paper;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paperlens.corpus.CorpusLoader;
import dev.paperlens.corpus.Mention;
import dev.paperlens.corpus.Paper;
import dev.paperlens.corpus.SyntheticCorpus;
import dev.paperlens.text.CrossScript;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each matching rule of the index on a corpus small enough to read, for every {@link
 * SearchBackend}: the embedded index runs it in this module, the Solr backend against a real
 * SolrCloud in its own module. The last tests compare a backend's answers with the embedded index's
 * on a larger corpus, query by query.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class SearchBackendContract {

  /** A backend holding exactly these papers; the test closes it. */
  protected abstract SearchBackend open(List<Paper> papers) throws Exception;

  /** Whether the backend is the embedded index itself, which needs no comparison with itself. */
  protected boolean isEmbedded() {
    return false;
  }

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

  /** Papers told apart by what a person remembers besides their names. */
  static final List<Paper> REMEMBERED =
      List.of(
          paper("gu2023mamba", "Mamba: Linear-Time Sequence Modeling with Selective State Spaces")
              .year(2023)
              .authors("Albert Gu", "Tri Dao")
              .arxiv("2312.00752")
              .method("Mamba")
              .review("селективные пространства состояний вместо внимания")
              .build(),
          paper(
                  "dao2022flashattention",
                  "FlashAttention: Fast and Memory-Efficient Exact Attention with IO-Awareness")
              .year(2022)
              .authors("Tri Dao", "Daniel Y. Fu", "Stefano Ermon", "Atri Rudra", "Christopher Ré")
              .arxiv("2205.14135")
              .venue("booktitle", "NeurIPS")
              .method("FlashAttention")
              .review("внимание без материализации матрицы: тайлинг в быстрой памяти")
              .build(),
          paper("hochreiter1997long", "Long Short-Term Memory")
              .year(1997)
              .authors("Sepp Hochreiter", "Jürgen Schmidhuber")
              .venue("journal", "Neural Computation")
              .method("LSTM")
              .review("гейт забывания спасает градиент")
              .build(),
          paper("lieber2024jamba", "Jamba: A Hybrid Transformer-Mamba Language Model")
              .year(2024)
              .authors("Opher Lieber")
              .method("Jamba")
              .review("гибрид слоев внимания и мамбы")
              .build(),
          paper("scholkopf2001learning", "Learning with Kernels")
              .year(2001)
              .authors("Bernhard Schölkopf", "Alexander J. Smola")
              .venue("publisher", "MIT Press")
              .build());

  SearchBackend index;
  SearchBackend remembered;

  /** Runs before any backend is opened: where a backend starts what it needs. */
  protected void prepare() throws Exception {}

  @BeforeAll
  void build() throws Exception {
    prepare();
    index = open(CORPUS);
    remembered = open(REMEMBERED);
  }

  @AfterAll
  void close() throws Exception {
    if (index != null) {
      index.close();
    }
    if (remembered != null) {
      remembered.close();
    }
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
    assertEquals(expected, firstName(index.complete(typed, CompletionContext.ANY, 5)));
  }

  @Test
  void exactNameBeatsPrefixWhichBeatsTitleWord() {
    List<String> names = names(index.complete("mosaic", CompletionContext.ANY, 10));
    assertEquals("Mosaic", names.get(0));
    assertEquals("Mosaic Networks for Images", names.get(1));
    assertTrue(names.indexOf("Memory Mosaics") > 1, names.toString());
  }

  @Test
  void infixFindsNamesInsideCompounds() {
    List<String> names = names(index.complete("lora", CompletionContext.ANY, 10));
    assertEquals("LoRA", names.get(0));
    assertTrue(names.contains("QLoRA"), names.toString());
    assertTrue(names.contains("LoRA-based Adapters for Vision Transformers"), names.toString());
  }

  @Test
  void cyrillicInfixFindsLatinCompounds() {
    assertTrue(names(index.complete("лора", CompletionContext.ANY, 10)).contains("QLoRA"));
  }

  @Test
  void latinFindsNamesKnownOnlyInCyrillic() {
    assertEquals("Memory Mosaics", firstName(index.complete("mozaiki", CompletionContext.ANY, 5)));
  }

  @Test
  void citationContextPrefersPapersAndProsePrefersNames() {
    assertEquals(
        SearchHit.Kind.PAPER, index.complete("fifo", CompletionContext.CITATION, 5).get(0).kind());
    assertEquals(
        SearchHit.Kind.METHOD, index.complete("fifo", CompletionContext.PROSE, 5).get(0).kind());
  }

  @Test
  void anEmptyCitationOffersPapersMostReviewedAndNewestFirst() {
    List<SearchHit> hits = index.complete("", CompletionContext.CITATION, 50);
    assertEquals(CORPUS.size(), hits.size());
    assertTrue(hits.stream().allMatch(h -> h.kind() == SearchHit.Kind.PAPER), hits.toString());
    for (int i = 1; i < hits.size(); i++) {
      assertTrue(hits.get(i - 1).score() >= hits.get(i).score(), "most popular first: " + hits);
    }
    assertEquals(3, index.complete("", CompletionContext.CITATION, 3).size());
    assertEquals(List.of(), index.complete("", CompletionContext.PROSE, 5), "prose needs letters");
    assertEquals(List.of(), index.complete("", CompletionContext.ANY, 5));
    assertEquals(List.of(), index.complete("!!", CompletionContext.CITATION, 5));
  }

  /**
   * A citation finds a paper by any field a person remembers, and several words narrow the list:
   * every word must match some field of each paper offered ("|" separates the keys expected, in
   * order, and nothing else may come).
   */
  @ParameterizedTest(name = "\\cite'{'{0} offers {1}")
  @CsvSource(
      delimiter = ';',
      value = {
        "gu mamba; gu2023mamba",
        "dao 2022; dao2022flashattention",
        "Dao 2022 ; dao2022flashattention",
        "mamba gu; gu2023mamba",
        "mamba; gu2023mamba|lieber2024jamba",
        "ermon; dao2022flashattention",
        "rudra neurips; dao2022flashattention",
        "ré; dao2022flashattention",
        "re flash; dao2022flashattention",
        "schölkopf; scholkopf2001learning",
        "smola 2001; scholkopf2001learning",
        "шмидхубер; hochreiter1997long",
        "хохрайтер; hochreiter1997long",
        "neural computation; hochreiter1997long",
        "2205.14135; dao2022flashattention",
        "2312; gu2023mamba",
        "neurips; dao2022flashattention",
        "тайлинг; dao2022flashattention",
        "гибрид 2024; lieber2024jamba",
        "мамба lieber; lieber2024jamba",
        "2023 selective; gu2023mamba",
        "long memory; hochreiter1997long",
        "the mamba; gu2023mamba|lieber2024jamba",
        "neurips 2023; ''",
        "gu zzzz; ''",
        "ermon 1997; ''",
      })
  void citationsFindPapersByWhatAPersonRemembers(String typed, String expected) {
    List<String> keys =
        remembered.complete(typed, CompletionContext.CITATION, 10).stream()
            .filter(h -> h.kind() == SearchHit.Kind.PAPER)
            .map(SearchHit::key)
            .toList();
    assertEquals(
        expected.isEmpty() ? List.of() : List.of(expected.split("\\|")), keys, "typed " + typed);
  }

  @Test
  void namesComeBeforeFieldsAndFieldsBeforeReviewWords() {
    // "dao" is the first word of a key, an author of two papers, and no review's word.
    List<String> keys =
        remembered.complete("dao", CompletionContext.CITATION, 10).stream()
            .map(SearchHit::key)
            .distinct()
            .toList();
    assertEquals(List.of("dao2022flashattention", "gu2023mamba"), keys);
    // "внимани" is a review word of two papers and a title word of none.
    List<SearchHit> text = remembered.complete("внимани", CompletionContext.CITATION, 10);
    assertEquals(
        Set.of("gu2023mamba", "dao2022flashattention", "lieber2024jamba"),
        Set.copyOf(text.stream().map(SearchHit::key).toList()));
    assertTrue(text.stream().allMatch(h -> h.score() < NameQueries.FIELDS), text.toString());
  }

  @Test
  void completionsOfAKeyPrefix() {
    assertEquals(
        "nguyen2023hyenadna", index.complete("nguyen20", CompletionContext.ANY, 5).get(0).key());
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
    assertEquals(List.of(), index.complete(input, CompletionContext.ANY, 5));
    assertEquals(List.of(), index.search(input, 5));
  }

  @Test
  void hugeInputIsClippedNotFatal() {
    String huge = "hyena ".repeat(20_000);
    assertEquals("Hyena", firstName(index.complete(huge, CompletionContext.ANY, 5)));
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
    try (SearchBackend small = open(corpus)) {
      assertEquals("Fine Paper", firstName(small.complete("fine", CompletionContext.ANY, 5)));
      assertEquals("huge", small.complete("runaway", CompletionContext.ANY, 5).get(0).key());
      assertEquals(2, small.size());
      // A label too long to keep apart is made from the whole paper, and is the same.
      assertEquals(
          Map.of("huge", PaperLabel.of(corpus.get(0))), small.labels(List.of("huge", "ok2024x")));
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
    assertTrue(keys.indexOf("zhang2025mosaics") < keys.indexOf("old2016genomes"), keys.toString());
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
        List.of("dettmers2023qlora"),
        index.mentioning("LoRA", SearchBackend.MAX_MENTIONING).stream().map(Paper::key).toList());
    assertEquals(
        List.of("nguyen2023hyenadna"),
        index.mentioning("HyenaDNA", SearchBackend.MAX_MENTIONING).stream()
            .map(Paper::key)
            .toList());
  }

  @Test
  void labelsAreThoseOfTheWholePapers() {
    // Every paper, with and without authors, year, venue and methods.
    List<Paper> all = new ArrayList<>(CORPUS);
    all.addAll(REMEMBERED);
    for (Paper paper : all) {
      SearchBackend backend = CORPUS.contains(paper) ? index : remembered;
      assertEquals(
          Map.of(paper.key(), PaperLabel.of(paper)),
          backend.labels(List.of(paper.key(), "nope")),
          paper.key());
    }
    assertEquals(
        Set.of("gu2023mamba", "dao2022flashattention", "scholkopf2001learning"),
        remembered
            .labels(List.of("gu2023mamba", "dao2022flashattention", "scholkopf2001learning"))
            .keySet());
    assertEquals(Map.of(), index.labels(List.of()));
  }

  @Test
  void labelsOfPapersMentioningANameComeInTheOrderOfThePapers() {
    for (String name : List.of("LoRA", "HyenaDNA", "Mosaic", "hyena", "nothing")) {
      assertEquals(
          index.mentioning(name, SearchBackend.MAX_MENTIONING).stream()
              .map(PaperLabel::of)
              .toList(),
          index.mentioningLabels(name, SearchBackend.MAX_MENTIONING),
          name);
    }
    assertEquals(1, index.mentioningLabels("hyena", 1).size());
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
    try (SearchBackend small = open(corpus);
        SearchBackend again = open(reversed)) {
      List<String> keys =
          small.complete("tandem", CompletionContext.ANY, 10).stream().map(SearchHit::key).toList();
      assertEquals(List.of("a", "c"), keys.subList(0, 2));
      assertEquals("b", keys.get(4));
      assertEquals(
          keys,
          again.complete("tandem", CompletionContext.ANY, 10).stream()
              .map(SearchHit::key)
              .toList());
      List<SearchHit> hits = small.complete("tandem", CompletionContext.ANY, 10);
      for (int i = 1; i < hits.size(); i++) {
        assertTrue(hits.get(i - 1).score() >= hits.get(i).score(), hits.toString());
      }
    }
  }

  // ---- the same answers as the embedded index, query by query ----

  /** Inputs that are Solr or Lucene syntax, which must be read as text. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "*:*",
        "id:*",
        "{!term f=id}p:old2016genomes",
        "kind:paper",
        "\"(",
        "\\",
        "AND OR NOT",
        "hyena~2",
        "mos*",
        "[a TO z]",
        "(hyena) OR (atlas)",
        "+hyena -atlas"
      })
  void syntaxIsReadAsText(String input) throws Exception {
    try (LuceneIndex embedded = LuceneIndex.of(CORPUS)) {
      assertSameAnswers(embedded, index, List.of(input));
    }
  }

  @Test
  void answersAsTheEmbeddedIndexOnTheExamples() throws Exception {
    Path examples = Path.of("..", "examples");
    assertTrue(Files.isDirectory(examples), "examples/ beside the module");
    List<Paper> papers =
        CorpusLoader.load(List.of(examples.resolve("reviews"), examples.resolve("references.bib")))
            .papers();
    compareWithEmbedded(papers);
  }

  @Test
  void answersAsTheEmbeddedIndexOnASyntheticCorpus(@TempDir Path dir) throws Exception {
    SyntheticCorpus.write(dir, 600, 7);
    compareWithEmbedded(CorpusLoader.load(List.of(dir)).papers());
  }

  @Test
  void answersAsTheEmbeddedIndexOnTheSeeds() throws Exception {
    Path seeds = null;
    for (Path dir = Path.of("").toAbsolutePath();
        dir != null && seeds == null;
        dir = dir.getParent()) {
      Path candidate = dir.resolve("shared").resolve("seeds");
      seeds = Files.isDirectory(candidate) ? candidate : null;
    }
    Assumptions.assumeTrue(seeds != null, "the sample seeds are not beside this checkout");
    compareWithEmbedded(CorpusLoader.load(List.of(seeds)).papers());
  }

  private void compareWithEmbedded(List<Paper> papers) throws Exception {
    Assumptions.assumeFalse(isEmbedded(), "the embedded index is the reference");
    assertFalse(papers.isEmpty());
    try (LuceneIndex embedded = LuceneIndex.of(papers);
        SearchBackend backend = open(papers)) {
      assertEquals(embedded.size(), backend.size());
      List<String> inputs = inputs(papers, 60);
      assertSameAnswers(embedded, backend, inputs);
      for (Paper paper : papers.subList(0, Math.min(20, papers.size()))) {
        assertEquals(embedded.paper(paper.key()), backend.paper(paper.key()), paper.key());
        for (Mention mention : paper.mentions()) {
          assertEquals(
              keys(embedded.mentioning(mention.name(), 5)),
              keys(backend.mentioning(mention.name(), 5)),
              "mentioning " + mention.name());
        }
      }
    }
  }

  /**
   * What users type, drawn from the corpus's names: whole, prefixes, in Cyrillic, swapped,
   * misspelt.
   */
  public static List<String> inputs(List<Paper> papers, int maxNames) {
    Set<String> names = new LinkedHashSet<>();
    for (Paper paper : papers) {
      names.addAll(paper.methods());
      paper.mentions().forEach(m -> names.add(m.name()));
      paper.mentions().forEach(m -> names.addAll(m.surfaces()));
      if (paper.title() != null) {
        names.add(paper.title());
      }
      names.add(paper.key());
    }
    List<String> inputs = new ArrayList<>();
    int taken = 0;
    for (String name : names) {
      if (taken++ >= maxNames) {
        break;
      }
      inputs.add(name);
      for (int n : new int[] {2, 3, 5}) {
        if (name.length() > n) {
          inputs.add(name.substring(0, n));
        }
      }
      inputs.add(CrossScript.toCyrillic(name));
      inputs.add(CrossScript.swapKeyboardLayout(name));
      if (name.length() > 5) {
        inputs.add(name.substring(0, 2) + name.substring(3));
      }
    }
    return inputs;
  }

  public static void assertSameAnswers(
      SearchBackend expected, SearchBackend actual, List<String> inputs) {
    for (String input : inputs) {
      assertEquals(expected.resolve(input), actual.resolve(input), "resolve " + input);
      for (CompletionContext context : CompletionContext.values()) {
        assertSameHits(
            expected.complete(input, context, 10),
            actual.complete(input, context, 10),
            "complete " + context + " " + input);
      }
      assertSameHits(expected.search(input, 5), actual.search(input, 5), "search " + input);
    }
  }

  /**
   * The same hits in the same order with the same scores; where two hits' scores are within
   * rounding of each other their order may differ.
   */
  static void assertSameHits(List<SearchHit> expected, List<SearchHit> actual, String what) {
    if (what.startsWith("complete")) {
      // The fuzzy tier, completion's last resort, may differ (see SolrQueries); the rest may not.
      expected = beforeFuzzy(expected);
      actual = beforeFuzzy(actual);
    }
    assertEquals(expected.size(), actual.size(), what + ": " + expected + " vs " + actual);
    for (int i = 0; i < expected.size(); i++) {
      SearchHit e = expected.get(i);
      SearchHit a = actual.get(i);
      double tolerance = 1e-4 * Math.max(1, Math.abs(e.score()));
      assertTrue(
          Math.abs(e.score() - a.score()) <= tolerance, what + " #" + i + ": " + e + " vs " + a);
      if (!e.key().equals(a.key()) || !e.name().equals(a.name()) || e.kind() != a.kind()) {
        boolean tie =
            (i + 1 < expected.size()
                    && Math.abs(expected.get(i + 1).score() - e.score()) <= tolerance)
                || (i > 0 && Math.abs(expected.get(i - 1).score() - e.score()) <= tolerance);
        assertTrue(tie, what + " #" + i + ": " + e + " vs " + a);
      }
    }
  }

  private static List<SearchHit> beforeFuzzy(List<SearchHit> hits) {
    return hits.stream().filter(h -> h.score() >= NameQueries.FUZZY + 1).toList();
  }

  static List<String> keys(List<Paper> papers) {
    return papers.stream().map(Paper::key).toList();
  }
}
