package dev.paperlens.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paperlens.corpus.BibTexParser;
import dev.paperlens.corpus.LibraryPapers;
import dev.paperlens.corpus.Paper;
import dev.paperlens.text.CrossScript;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A first stage served by scanning the entries answers citations typed as written (key, title
 * words, authors, year, venue, ids) as an index of the whole index's documents of the same papers,
 * cut to the fields such a citation matches, does ({@link FirstStageIndex}), hit for hit and in the
 * same order, so its answers are a subset of the whole index's.
 */
class EntryScanTest {
  private static final String[] SURNAMES = {
    "Gu", "Dao", "Vaswani", "Sch{\\\"o}lkopf", "R{\\'e}", "Ermon", "Hinton", "LeCun", "Bengio",
    "Schmidhuber", "Fu", "Shazeer", "Parmar", "Locatello", "Touvron", "Radford", "Kingma", "Welling"
  };
  private static final String[] WORDS = {
    "attention",
    "mamba",
    "state",
    "space",
    "selective",
    "flash",
    "exact",
    "memory",
    "efficient",
    "diffusion",
    "causal",
    "representation",
    "learning",
    "the",
    "of",
    "transformer",
    "scaling",
    "language",
    "models",
    "sequence",
    "linear",
    "time",
    "graph",
    "neural",
    "networks",
    "lora"
  };
  private static final String[] VENUES = {"NeurIPS", "ICML", "ICLR", "Proceedings of the IEEE"};

  /** A library of entries made from a few shared words and names, so queries match many. */
  private static List<Paper> library(int size, long seed) {
    Random random = new Random(seed);
    StringBuilder bib = new StringBuilder();
    for (int i = 0; i < size; i++) {
      String first = SURNAMES[random.nextInt(SURNAMES.length)];
      int year = 2015 + random.nextInt(10);
      List<String> title = new ArrayList<>();
      for (int w = 2 + random.nextInt(5); w > 0; w--) {
        title.add(WORDS[random.nextInt(WORDS.length)]);
      }
      String key =
          first.replaceAll("[^A-Za-z]", "").toLowerCase(Locale.ROOT) + year + title.get(0) + i;
      bib.append(random.nextBoolean() ? "@article{" : "@inproceedings{").append(key).append(",\n");
      bib.append("  title = {")
          .append(String.join(" ", title).substring(0, 1).toUpperCase(Locale.ROOT))
          .append(String.join(" ", title).substring(1))
          .append("},\n");
      bib.append("  author = {").append(first).append(", A.");
      for (int a = random.nextInt(3); a > 0; a--) {
        bib.append(" and ").append(SURNAMES[random.nextInt(SURNAMES.length)]).append(", B.");
      }
      bib.append("},\n");
      if (random.nextInt(3) == 0) {
        bib.append("  eprint = {").append(2100 + i).append(".0075").append(i % 10).append("},\n");
      }
      bib.append("  booktitle = {").append(VENUES[random.nextInt(VENUES.length)]).append("},\n");
      bib.append("  year = {").append(year).append("}\n}\n");
    }
    List<String> problems = new ArrayList<>();
    List<Paper> papers =
        LibraryPapers.of(BibTexParser.parse("library.bib", bib.toString(), problems::add));
    assertTrue(problems.isEmpty(), problems.toString());
    return papers;
  }

  /** What people type: keys, title words and starts, authors, years, ids, mixed, misspelled. */
  private static Set<String> typed(List<Paper> papers) {
    Set<String> out = new LinkedHashSet<>();
    out.add("");
    out.add(" ");
    out.add("zz");
    out.add("the");
    out.add("the attention");
    out.add("мамба");
    out.add("шмидхубер 2020");
    for (int i = 0; i < papers.size(); i += 11) {
      Paper p = papers.get(i);
      String key = p.key();
      String[] title = p.title().toLowerCase(Locale.ROOT).split(" ");
      String surname = IndexEntries.withoutAccents(p.authors().get(0)).split("[ ,]")[0];
      out.add(key);
      out.add(key.substring(0, Math.min(4, key.length())));
      out.add(title[0]);
      out.add(title[0].substring(0, Math.min(3, title[0].length())));
      out.add(title[0] + " " + title[1].substring(0, Math.min(2, title[1].length())));
      out.add(p.title());
      out.add(surname);
      out.add(surname.substring(0, Math.min(5, surname.length())));
      out.add(surname + " " + p.year());
      out.add(surname + " " + title[title.length - 1] + " " + p.year());
      out.add(String.valueOf(p.year()));
      out.add(CrossScript.swapKeyboardLayout(title[0]));
      out.add("the " + title[0]);
      if (p.ids() != null && p.ids().arxiv() != null) {
        out.add(p.ids().arxiv());
      }
    }
    return out;
  }

  @Test
  void answersAsTheWholeIndexsPlainFieldsDoHitForHit() throws Exception {
    List<Paper> papers = library(400, 11);
    EntryScan scan = EntryScan.of(papers);
    try (FirstStageIndex stage = new FirstStageIndex(papers)) {
      assertEquals(stage.size(), scan.size());
      int compared = 0;
      int nonEmpty = 0;
      for (String typed : typed(papers)) {
        for (CompletionContext context : CompletionContext.values()) {
          for (int limit : new int[] {1, 5, 30}) {
            List<SearchHit> expected = stage.complete(typed, context, limit);
            assertEquals(
                expected,
                scan.complete(typed, context, limit),
                typed + " " + context + " " + limit);
            compared++;
            nonEmpty += expected.isEmpty() ? 0 : 1;
          }
        }
        assertEquals(stage.resolve(typed), scan.resolve(typed), typed);
        assertEquals(stage.search(typed, 20), scan.search(typed, 20), typed);
      }
      assertTrue(nonEmpty > compared / 2, nonEmpty + " of " + compared + " answered");
      assertEquals(Optional.of(papers.get(3)), scan.paper(papers.get(3).key()));
      assertTrue(scan.related(papers.get(3).key(), 5).isEmpty());
      assertTrue(scan.mentioning("mamba", 5).isEmpty());
    }
  }

  @Test
  void listsOnlyWhatTheWholeIndexOfTheSamePapersLists() throws Exception {
    List<Paper> papers = library(150, 5);
    EntryScan scan = EntryScan.of(papers);
    try (LuceneIndex whole = LuceneIndex.of(papers)) {
      for (String typed : typed(papers)) {
        List<String> staged = keys(scan.complete(typed, CompletionContext.CITATION, 200));
        List<String> all = keys(whole.complete(typed, CompletionContext.CITATION, 200));
        assertTrue(all.containsAll(staged), typed + ": " + staged + " not within " + all);
      }
      assertFalse(keys(scan.complete("vaswani", CompletionContext.CITATION, 5)).isEmpty());
    }
  }

  private static final String SMALL_LIBRARY =
      String.join(
          "\n",
          "@article{gu2023mamba,",
          "  title = {Mamba: Linear-Time Sequence Modeling with Selective State Spaces},",
          "  author = {Gu, Albert and Dao, Tri},",
          "  eprint = {2312.00752}, archiveprefix = {arXiv},",
          "  year = {2023}",
          "}",
          "@inproceedings{dao2022flash,",
          "  title = {FlashAttention: Fast and Memory-Efficient Exact Attention with IO-Awareness},",
          "  author = {Dao, Tri and Fu, Daniel Y. and Ermon, Stefano and R{\\'e}, Christopher},",
          "  booktitle = {NeurIPS},",
          "  year = {2022}",
          "}",
          "@inproceedings{vaswani2017attention,",
          "  title = {Attention Is All You Need},",
          "  author = {Vaswani, Ashish and Shazeer, Noam},",
          "  booktitle = {NeurIPS},",
          "  year = {2017}",
          "}",
          "@article{Vaswani2017Attention,",
          "  title = {A second entry under the same key in other case},",
          "  year = {2017}",
          "}",
          "");

  /** Typed in a citation, and the keys listed, in order. */
  private record Row(String typed, List<String> keys) {
    Row(String typed, String... keys) {
      this(typed, List.of(keys));
    }
  }

  private static final String MAMBA = "gu2023mamba";
  private static final String FLASH = "dao2022flash";
  private static final String ATTENTION = "vaswani2017attention";

  /**
   * What each way of typing a citation finds, worked out from the three entries: a key's start, a
   * title's start, its words, then the papers whose authors, year, venue or ids hold every word,
   * each tier's papers newest first (no reviews, so the year decides).
   */
  private static final List<Row> ROWS =
      List.of(
          new Row("", MAMBA, FLASH, ATTENTION),
          new Row("gu2023", MAMBA),
          new Row("mamba", MAMBA),
          new Row("flashatt", FLASH),
          new Row("attention", ATTENTION, FLASH),
          new Row("dao", FLASH, MAMBA),
          new Row("exact attention", FLASH),
          new Row("ermon", FLASH),
          new Row("re 2022", FLASH),
          new Row("dao 2023", MAMBA),
          new Row("2312.00752", MAMBA),
          new Row("neurips", FLASH, ATTENTION),
          new Row("2017", ATTENTION),
          new Row("vaswani neurips", ATTENTION),
          new Row("shazeer attention 2017", ATTENTION),
          new Row("scholkopf", new String[0]));

  @Test
  void listsTheKeysEachWayOfTypingACitationFinds() throws Exception {
    List<String> problems = new ArrayList<>();
    List<Paper> papers =
        LibraryPapers.of(BibTexParser.parse("library.bib", SMALL_LIBRARY, problems::add));
    assertTrue(problems.isEmpty(), problems.toString());
    assertEquals(3, papers.size(), "a key given before, in another case, is left out");
    EntryScan scan = EntryScan.of(papers);
    try (LuceneIndex whole = LuceneIndex.of(papers)) {
      assertEquals(whole.size(), scan.size());
      for (Row row : ROWS) {
        List<String> staged = keys(scan.complete(row.typed(), CompletionContext.CITATION, 10));
        assertEquals(row.keys(), staged, row.typed());
        List<String> all = keys(whole.complete(row.typed(), CompletionContext.CITATION, 10));
        assertTrue(all.containsAll(staged), row.typed() + ": " + staged + " not within " + all);
        if (!staged.isEmpty()) {
          assertEquals(staged.get(0), all.get(0), row.typed() + " -> " + all);
        }
      }
      List<String> keys = papers.stream().map(Paper::key).toList();
      assertEquals(whole.labels(keys), scan.labels(keys));
      assertEquals(Map.of(), scan.labels(List.of("nosuchkey")));
      assertEquals(whole.paper(FLASH), scan.paper(FLASH));
      assertTrue(scan.paper("nosuchkey").isEmpty());
    }
  }

  @Test
  void badInputIsAnsweredEmpty() {
    EntryScan scan = EntryScan.of(library(20, 3));
    assertEquals(List.of(), scan.complete(null, CompletionContext.CITATION, 5));
    assertEquals(List.of(), scan.complete("mamba", CompletionContext.CITATION, 0));
    assertEquals(List.of(), scan.complete("!!!", CompletionContext.ANY, 5));
    assertEquals(List.of(), scan.search(null, 5));
    assertTrue(scan.resolve(null).isEmpty());
    assertTrue(scan.paper(null).isEmpty());
    assertTrue(scan.complete("x".repeat(100_000), CompletionContext.CITATION, 5).isEmpty());
  }

  private static List<String> keys(List<SearchHit> hits) {
    return hits.stream().map(SearchHit::key).toList();
  }
}
