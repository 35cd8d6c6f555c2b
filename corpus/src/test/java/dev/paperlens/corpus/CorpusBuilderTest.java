package dev.paperlens.corpus;

import static dev.paperlens.corpus.Drafts.bib;
import static dev.paperlens.corpus.Drafts.digest;
import static dev.paperlens.corpus.Drafts.review;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CorpusBuilderTest {

  @Test
  void bibTexEntriesIntroduceWhatTheirTitleAndAbstractName() {
    Corpus corpus =
        new CorpusBuilder()
            .addDrafts(List.of(review("a.txt", 1, "Other Paper", "обучали на ZetaBERT и Gizmo")))
            .addBibEntries(
                List.of(
                    bib(
                        "sanh2019zeta",
                        Map.of("title", "ZetaBERT, a distilled version of BERT: smaller, faster")),
                    bib(
                        "doe2024gizmo",
                        Map.of(
                            "title",
                            "Widgets at Scale",
                            "abstract",
                            "We introduce Gizmo, a widget model trained on widgets."))))
            .build();
    Paper zeta =
        corpus.papers().stream()
            .filter(p -> p.key().equals("sanh2019zeta"))
            .findFirst()
            .orElseThrow();
    Paper gizmo =
        corpus.papers().stream()
            .filter(p -> p.key().equals("doe2024gizmo"))
            .findFirst()
            .orElseThrow();
    assertEquals(List.of("ZetaBERT"), zeta.methods());
    assertEquals(List.of("Gizmo"), gizmo.methods());
  }

  @Test
  void theSamePaperInTwoSourcesIsOnePaperWithTwoReviews() {
    Corpus corpus =
        new CorpusBuilder()
            .addDrafts(List.of(review("b.txt", 10, "Memory Mosaics", "мозаики памяти хороши")))
            .addDrafts(
                List.of(
                    review("a.txt", 1, "memory  mosaics", "снова мозаики"),
                    review("a.txt", 5, "HyenaDNA: Long-Range Genomic", "гиена и лора")))
            .build();
    assertEquals(2, corpus.papers().size());
    Paper mosaics = corpus.papers().get(0);
    assertEquals("memorymosaics", mosaics.key());
    assertEquals(List.of("a.txt", "b.txt"), mosaics.reviews().stream().map(Review::path).toList());
    assertEquals("hyenadna", corpus.papers().get(1).key());
    Mention m = mosaics.mentions().get(0);
    assertEquals("memory  mosaics", m.name());
    assertEquals(List.of("мозаики", "мозаики памяти"), m.surfaces());
    assertEquals(List.of(2, 11), m.lines());
  }

  @Test
  void reviewsWithTheSameArxivIdMergeWhateverTheirTitles() {
    Corpus corpus =
        new CorpusBuilder()
            .addDrafts(
                List.of(
                    review("a.txt", 1, "Octo", List.of(), "2405.12213", "первый"),
                    review(
                        "b.txt",
                        1,
                        "Octo: An Open-Source Robot Policy",
                        List.of(),
                        "2405.12213",
                        "второй")))
            .build();
    assertEquals(1, corpus.papers().size());
    assertEquals("2405.12213", corpus.papers().get(0).ids().arxiv());
  }

  @Test
  void bibtexEnrichesByArxivDoiOrTitleAndItsKeyWins() {
    Corpus corpus =
        new CorpusBuilder()
            .addDrafts(
                List.of(
                    review("a.txt", 1, "HyenaDNA: Long-Range", List.of(), "2306.15794", "гиена"),
                    review("a.txt", 9, "Memory Mosaics", "мозаики"),
                    digest(
                        "d.txt",
                        3,
                        List.of("FIFO-Diffusion"),
                        "Наш подход FIFO-Diffusion",
                        "10.48550/arxiv.2405.11473")))
            .addBibEntries(
                List.of(
                    bib(
                        "nguyen2023hyenadna",
                        Map.of(
                            "title",
                            "HyenaDNA: Long-Range Genomic Sequence Modeling",
                            "eprint",
                            "2306.15794v2",
                            "year",
                            "2023",
                            "author",
                            "Eric Nguyen and Michael Poli")),
                    bib("zhang2025mosaics", Map.of("title", "Memory {M}osaics", "year", "2025")),
                    bib(
                        "kim2024fifo",
                        Map.of(
                            "title",
                            "FIFO-Diffusion: Infinite Video",
                            "doi",
                            "10.48550/arXiv.2405.11473")),
                    bib("alone2020", Map.of("title", "A Paper Nobody Reviewed", "year", "2020"))))
            .build();
    assertEquals(
        List.of("nguyen2023hyenadna", "zhang2025mosaics", "kim2024fifo", "alone2020"),
        corpus.papers().stream().map(Paper::key).toList());
    Paper hyena = corpus.papers().get(0);
    assertEquals("HyenaDNA: Long-Range Genomic Sequence Modeling", hyena.title());
    assertEquals(2023, hyena.year());
    assertEquals(List.of("Eric Nguyen", "Michael Poli"), hyena.authors());
    assertEquals("nguyen2023hyenadna", hyena.bibtex().key());
    assertEquals(1, hyena.reviews().size());
    assertEquals("Memory Mosaics", corpus.papers().get(1).title());
    assertEquals("FIFO-Diffusion: Infinite Video", corpus.papers().get(2).title());
    Paper alone = corpus.papers().get(3);
    assertTrue(alone.reviews().isEmpty());
    assertEquals(2020, alone.year());
    assertSame(alone, corpus.paper("alone2020").orElseThrow());
  }

  @Test
  void aDigestPaperIsTitledByItsFirstMethod() {
    Corpus corpus =
        new CorpusBuilder()
            .addDrafts(
                List.of(digest("d.txt", 2, List.of("MoRA"), "Мы предлагаем MoRA, лучше LoRA.")))
            .build();
    Paper paper = corpus.papers().get(0);
    assertEquals("MoRA", paper.title());
    assertEquals("mora", paper.key());
    assertNull(paper.reviews().get(0).title());
  }

  @Test
  void aDigestAbstractJoinsTheOneTitledPaperThatIntroducesItsMethod() {
    Corpus corpus =
        new CorpusBuilder()
            .addDrafts(
                List.of(
                    review(
                        "c.txt",
                        1,
                        "Hyena Hierarchy: Towards Larger Convolutional Models",
                        List.of("Hyena"),
                        null,
                        "обзор"),
                    review(
                        "c.txt",
                        20,
                        "LoRA: Low-Rank Adaptation of Large Language Models",
                        List.of("LoRA"),
                        null,
                        "обзор"),
                    digest("d.txt", 2, List.of("Hyena"), "Мы представляем Hyena."),
                    digest(
                        "d.txt",
                        3,
                        List.of("Low-Rank Adaptation"),
                        "Представляем Low-Rank Adaptation."),
                    digest("d.txt", 4, List.of("MoRA"), "Мы предлагаем MoRA.")))
            .build();
    assertEquals(3, corpus.papers().size());
    Paper hyena = corpus.papers().get(0);
    assertEquals("Hyena Hierarchy: Towards Larger Convolutional Models", hyena.title());
    assertEquals(2, hyena.reviews().size());
    assertEquals(2, corpus.papers().get(1).reviews().size());
    assertEquals("MoRA", corpus.papers().get(2).title());
  }

  @Test
  void aDigestAbstractStaysAloneWhenTwoPapersIntroduceItsMethod() {
    Corpus corpus =
        new CorpusBuilder()
            .addDrafts(
                List.of(
                    review(
                        "a.txt",
                        1,
                        "Hedgehog: Linear Attention",
                        List.of("Hedgehog"),
                        null,
                        "обзор"),
                    review(
                        "b.txt", 1, "Hedgehog: Sparse Hashing", List.of("Hedgehog"), null, "обзор"),
                    digest("d.txt", 2, List.of("Hedgehog"), "Мы представляем Hedgehog.")))
            .build();
    assertEquals(3, corpus.papers().size());
  }

  @Test
  void reviewsCarryASummaryAndTheirLines() {
    String longLine = "слово ".repeat(80);
    Corpus corpus =
        new CorpusBuilder()
            .addDrafts(
                List.of(review("a.txt", 4, "Some Title Here", "Первое. Второе! Третье.", longLine)))
            .build();
    Review r = corpus.papers().get(0).reviews().get(0);
    assertEquals("Первое. Второе!", r.summary());
    assertEquals(4, r.startLine());
    assertEquals("Первое. Второе! Третье.\n" + longLine, r.text());
  }

  @Test
  void buildingDoesNotDependOnTheOrderSourcesWereAdded() {
    List<ReviewDraft> a = List.of(review("a.txt", 1, "Memory Mosaics", "x"));
    List<ReviewDraft> b = List.of(review("b.txt", 1, "Memory Mosaics", "y"));
    Corpus ab = new CorpusBuilder().addDrafts(a).addDrafts(b).build();
    Corpus ba = new CorpusBuilder().addDrafts(b).addDrafts(a).build();
    assertEquals(ab, ba);
  }

  @Test
  void papersInPaperOrderAsOneSortOfTheWholeListWould() {
    java.util.Random random = new java.util.Random(18);
    for (int round = 0; round < 200; round++) {
      List<Paper> papers = new java.util.ArrayList<>();
      int n = random.nextInt(60);
      for (int i = 0; i < n; i++) {
        List<Review> reviews = new java.util.ArrayList<>();
        for (int r = random.nextInt(3) - 1; r > 0; r--) {
          reviews.add(
              new Review(
                  "r" + random.nextInt(3) + ".md",
                  SourceFormat.TELEGRAM_TEXT,
                  random.nextInt(5),
                  9,
                  null,
                  null,
                  null,
                  null,
                  null,
                  Reactions.NONE,
                  List.of(),
                  "",
                  "",
                  List.of()));
        }
        // Few keys, so that equal keys show whether the order among them is kept.
        String key = "k" + random.nextInt(8);
        papers.add(
            new Paper(
                key, "t" + i, null, List.of(), PaperIds.NONE, List.of(), reviews, List.of(), null));
      }
      List<Paper> expected = new java.util.ArrayList<>(papers);
      expected.sort(CorpusBuilder.PAPER_ORDER);
      List<Paper> actual = CorpusBuilder.inPaperOrder(papers);
      assertEquals(expected.size(), actual.size());
      for (int i = 0; i < expected.size(); i++) {
        assertSame(expected.get(i), actual.get(i));
      }
    }
  }
}
