package dev.paperlens.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** CSL-JSON libraries become BibTeX-shaped entries that merge with reviews like BibTeX does. */
class CslJsonParserTest {
  @TempDir Path dir;

  private static BibEntry one(String item) {
    List<String> problems = new ArrayList<>();
    List<BibEntry> entries = CslJsonParser.parse("lib.json", "[\n" + item + "\n]", problems::add);
    assertEquals(List.of(), problems);
    assertEquals(1, entries.size());
    return entries.get(0);
  }

  /** One row per kind of item: what the paper gets from it. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "null",
      value = {
        // why | item | key | type | title | authors | year | arxiv | doi | venue
        "journal article | {'id': 'gu2023', 'type': 'article-journal', 'title': 'Mamba',"
            + " 'author': [{'family': 'Gu', 'given': 'Albert'}, {'family': 'Dao', 'given': 'Tri'}],"
            + " 'issued': {'date-parts': [[2023, 12]]}, 'container-title': 'TMLR',"
            + " 'DOI': '10.1000/ABC'}"
            + " | gu2023 | article | Mamba | Albert Gu;Tri Dao | 2023 | null | 10.1000/abc | TMLR",
        "conference paper | {'id': 'c', 'type': 'paper-conference', 'title': 'T',"
            + " 'container-title': 'Proc. ICML', 'issued': {'raw': '2021-07-18'}}"
            + " | c | inproceedings | T | '' | 2021 | null | null | Proc. ICML",
        "book, literal author | {'id': 'b', 'type': 'book', 'title': 'Deep Learning',"
            + " 'author': [{'literal': 'Google and DeepMind, Inc.'}], 'publisher': 'MIT Press',"
            + " 'issued': {'date-parts': [['2016']]}}"
            + " | b | book | Deep Learning | 'Google and DeepMind, Inc.' | 2016 | null | null | null",
        "preprint, BBT number | {'id': 'p', 'citation-key': 'smith2024x', 'type': 'article',"
            + " 'title': 'X', 'number': 'arXiv:2401.00001', 'publisher': 'arXiv'}"
            + " | smith2024x | article | X | '' | null | 2401.00001 | null | null",
        "arXiv line in note | {'id': 'n', 'type': 'manuscript', 'title': 'Y',"
            + " 'note': 'Comment: 12 pages\\narXiv: 2312.00752'}"
            + " | n | misc | Y | '' | null | 2312.00752 | null | null",
        "missing fields | {'id': 42, 'type': 'webpage'}"
            + " | 42 | misc | null | '' | null | null | null | null",
        "unicode and particles | {'id': 'u', 'type': 'thesis', 'title': 'Über Gradienten — ещё',"
            + " 'author': [{'family': 'Broeck', 'given': 'Guy', 'non-dropping-particle': 'van den'},"
            + " {'family': 'Шмидхубер', 'given': 'Юрген'}], 'issued': {'date-parts': [[1999, 1, 2],"
            + " [2000]]}}"
            + " | u | phdthesis | Über Gradienten — ещё | Guy van den Broeck;Юрген Шмидхубер | 1999"
            + " | null | null | null",
      })
  void itemsBecomeEntries(
      String why,
      String item,
      String key,
      String type,
      String title,
      String authors,
      Integer year,
      String arxiv,
      String doi,
      String venue) {
    BibEntry entry = one(item.replace('\'', '"'));
    assertEquals(key, entry.key(), why);
    assertEquals(type, entry.type(), why);
    assertEquals(title, BibTexParser.title(entry), why);
    assertEquals(
        authors.isEmpty() ? List.of() : List.of(authors.split(";")),
        BibTexParser.authors(entry),
        why);
    assertEquals(year, BibTexParser.year(entry), why);
    assertEquals(arxiv, BibTexParser.arxivId(entry), why);
    assertEquals(doi, BibTexParser.doi(entry), why);
    assertEquals(venue, BibTexParser.venue(entry), why);
    assertEquals("lib.json", entry.path());
    assertEquals(2, entry.line(), why);
  }

  @Test
  void theEntryCopiesIntoABibFileAsBibTexThatReadsBackTheSame() {
    BibEntry entry =
        one(
            "{\"id\": \"k\", \"type\": \"article-journal\", \"title\": \"Costs {50%} & more_x\","
                + " \"author\": [{\"family\": \"Ré\", \"given\": \"Christopher\"},"
                + " {\"literal\": \"R&D Team, Ltd\"}], \"issued\": {\"date-parts\": [[2022]]},"
                + " \"URL\": \"https://x.org/a_b%20c\"}");
    List<String> problems = new ArrayList<>();
    List<BibEntry> back = BibTexParser.parse("refs.bib", entry.source(), problems::add);
    assertEquals(List.of(), problems, entry.source());
    assertEquals(1, back.size());
    assertEquals("Costs 50% & more_x", BibTexParser.title(back.get(0)));
    // The .bib reader drops braces as it resolves LaTeX (a known limit: a braced corporate name is
    // split there), so the literal name is checked as the field reads back.
    assertEquals("Ré, Christopher and R&D Team, Ltd", back.get(0).field("author"));
    assertEquals(List.of("Christopher Ré", "R&D Team, Ltd"), BibTexParser.authors(entry));
    assertEquals("https://x.org/a_b%20c", back.get(0).field("url"));
    assertEquals(2022, BibTexParser.year(back.get(0)));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "a CSL array                | [{'id': 'a', 'type': 'book', 'title': 'T'}]         | true",
        "an empty array             | []                                                  | true",
        "truncated after the title  | [{'type': 'book', 'title': 'T', 'author': [{'fam    | true",
        "Telegram export            | {'name': 'c', 'messages': []}                       | false",
        "array of numbers           | [1, 2, 3]                                           | false",
        "array of other objects     | [{'name': 'x', 'value': 1}]                         | false",
        "id alone is not enough     | [{'id': 'x', 'count': 3}]                           | false",
        "BibTeX                     | @article{k, title={T}}                              | false",
      })
  void detectedFromTheContent(String why, String content, boolean csl) {
    assertEquals(csl, CslJsonParser.looksLikeCslJson(content.replace('\'', '"')), why);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "inside an item   | [{'id': 'a', 'type': 'book', 'title': 'T'}, {'id': 'b', 'tit",
        "between items    | [{'id': 'a', 'type': 'book', 'title': 'T'},",
        "after an item    | [{'id': 'a', 'type': 'book', 'title': 'T'}",
        "broken syntax    | [{'id': 'a', 'type': 'book', 'title': 'T'}} ]",
      })
  void aLibraryThatBreaksOffGivesOneMessageAndNoEntries(String why, String content) {
    List<String> problems = new ArrayList<>();
    List<BibEntry> entries =
        CslJsonParser.parse("lib.json", content.replace('\'', '"'), problems::add);
    assertEquals(List.of(), entries, why);
    assertEquals(1, problems.size(), why);
    assertTrue(problems.get(0).startsWith("lib.json: CSL-JSON that is not complete"), why);
  }

  @Test
  void itemsWithoutAKeyOrNotObjectsAreSkippedOneMessageEach() {
    List<String> problems = new ArrayList<>();
    List<BibEntry> entries =
        CslJsonParser.parse(
            "lib.json",
            "[{\"id\": \"a\", \"title\": \"T\"},\n \"stray\",\n {\"type\": \"book\", \"title\": \"U\"}]",
            problems::add);
    assertEquals(List.of("a"), entries.stream().map(BibEntry::key).toList());
    assertEquals(
        List.of(
            "lib.json:2: a CSL item must be an object; skipped",
            "lib.json:3: CSL item without an id; skipped"),
        problems);
  }

  @Test
  void aCslLibraryMergesWithReviewsLikeBibTexAndItsKeyWins() throws IOException {
    Files.writeString(
        dir.resolve("channel.txt"),
        String.join(
            "\n",
            "Mamba: Linear-Time Sequence Modeling with Selective State Spaces",
            "Авторы предлагают селективные пространства состояний, и это работает быстрее"
                + " трансформеров на длинных последовательностях, что очень интересно.",
            "👀LINK",
            "",
            "Memory Mosaics",
            "Сеть ассоциативных памятей, которая работает как трансформер, но прозрачнее"
                + " устроена и предсказуемее обучается на небольших задачах.",
            "👀LINK",
            ""));
    Files.writeString(
        dir.resolve("My Library.json"),
        "[\n"
            + "  {\"id\": \"gu2023mamba\", \"type\": \"article\", \"title\": \"Mamba: Linear-Time"
            + " Sequence Modeling with Selective State Spaces\", \"number\": \"arXiv:2312.00752\","
            + " \"publisher\": \"arXiv\", \"author\": [{\"family\": \"Gu\", \"given\": \"Albert\"}]},\n"
            + "  {\"id\": \"zhang2025mosaics\", \"type\": \"paper-conference\", \"title\": \"Memory"
            + " Mosaics\", \"issued\": {\"date-parts\": [[2025]]}, \"container-title\": \"ICLR\"},\n"
            + "  {\"id\": \"other2020\", \"type\": \"book\", \"title\": \"Nobody Reviewed This Book\"}\n"
            + "]\n");
    Corpus corpus = CorpusLoader.load(List.of(dir));
    assertEquals(List.of(), corpus.problems());
    assertEquals(
        List.of("gu2023mamba", "zhang2025mosaics", "other2020"),
        corpus.papers().stream().map(Paper::key).toList());
    Paper mamba = corpus.papers().get(0);
    assertEquals(1, mamba.reviews().size());
    assertEquals("2312.00752", mamba.ids().arxiv());
    assertEquals(List.of("Albert Gu"), mamba.authors());
    assertEquals(2025, corpus.papers().get(1).year());
    assertEquals(1, corpus.papers().get(1).reviews().size());
    assertTrue(corpus.papers().get(2).reviews().isEmpty());
    assertEquals(3, corpus.papers().get(1).bibtex().line());
    assertFalse(mamba.bibtex().source().isBlank());
  }

  @Test
  void aTruncatedLibraryIsOneProblemLineAndTheOtherSourcesStillCount() throws IOException {
    Files.writeString(
        dir.resolve("lib.json"), "[{\"id\": \"a\", \"type\": \"book\", \"title\": \"T");
    Files.writeString(dir.resolve("refs.bib"), "@book{b, title = {B}}\n");
    Corpus corpus = CorpusLoader.load(List.of(dir));
    assertEquals(List.of("b"), corpus.papers().stream().map(Paper::key).toList());
    assertEquals(1, corpus.problems().size(), corpus.problems().toString());
    assertTrue(corpus.problems().get(0).contains("CSL-JSON that is not complete"));
  }
}
