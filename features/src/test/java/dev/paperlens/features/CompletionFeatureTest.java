package dev.paperlens.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paperlens.features.CompletionFeature.Completions;
import dev.paperlens.testing.Cursor;
import dev.paperlens.testing.SamplePapers;
import java.util.List;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionItemKind;
import org.eclipse.lsp4j.Range;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CompletionFeatureTest {
  private final CompletionFeature feature =
      new CompletionFeature(SamplePapers.backend(), Workspace.NONE, 20);

  private Completions complete(Cursor cursor) {
    return feature.complete(cursor.document(), cursor.position(), Cancellation.NEVER);
  }

  private static List<String> labels(Completions completions) {
    return completions.items().stream().map(CompletionItem::getLabel).toList();
  }

  private static String replaced(Cursor cursor, Range range) {
    int start =
        cursor.document().offsetAt(range.getStart().getLine(), range.getStart().getCharacter());
    int end = cursor.document().offsetAt(range.getEnd().getLine(), range.getEnd().getCharacter());
    return cursor.document().text().substring(start, end);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "\\cite{nguy|}; nguyen2023hyenadna; nguy; }",
        "\\citep[see][p.~3]{behrouz2024titans, ngu|yen}; nguyen2023hyenadna; nguyen; }",
        "\\textcite{Hyena|}; poli2023hyena; Hyena; }",
        "\\parencite*{tit|}; behrouz2024titans; tit; }",
        "\\autocite{гие|}; poli2023hyena; гие; }",
      })
  void latexCitationsCompleteKeys(
      String marked, String firstKey, String replacedText, String closing) {
    assertCitationCompletion(Cursor.latex(marked), firstKey, replacedText, closing);
  }

  @Test
  void itemsTellPapersApartAtAGlance() {
    Completions completions = complete(Cursor.latex("\\cite{nguy|}"));
    CompletionItem item = completions.items().get(0);
    assertEquals("nguyen2023hyenadna", item.getLabel());
    assertEquals(" 2023", item.getLabelDetails().getDetail());
    assertEquals("Nguyen et al.", item.getLabelDetails().getDescription());
    assertEquals(org.eclipse.lsp4j.CompletionItemKind.Reference, item.getKind());
    assertTrue(item.getDetail().startsWith("HyenaDNA: Long-Range"), item.getDetail());
  }

  @Test
  void aPaperOnlyTheBibTeXKnowsLooksDifferent() {
    dev.paperlens.corpus.Paper bibOnly =
        new dev.paperlens.corpus.Paper(
            "vaswani2017attention",
            "Attention Is All You Need",
            2017,
            List.of("Ashish Vaswani", "Noam Shazeer"),
            dev.paperlens.corpus.PaperIds.NONE,
            List.of(),
            List.of(),
            List.of(),
            new dev.paperlens.corpus.BibEntry(
                "vaswani2017attention",
                "inproceedings",
                java.util.Map.of("booktitle", "NeurIPS"),
                "refs.bib",
                3,
                "@inproceedings{...}"));
    CompletionFeature only =
        new CompletionFeature(
            dev.paperlens.index.LuceneIndex.of(List.of(bibOnly)), Workspace.NONE, 20);
    Cursor cursor = Cursor.latex("\\cite{vasw|}");
    CompletionItem item =
        only.complete(cursor.document(), cursor.position(), Cancellation.NEVER).items().get(0);
    assertEquals(org.eclipse.lsp4j.CompletionItemKind.File, item.getKind());
    assertEquals("Vaswani et al. · NeurIPS · BibTeX only", item.getLabelDetails().getDescription());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "BibTeX journal        | journal=JMLR                         | Vaswani · JMLR · BibTeX only",
        "BibLaTeX journaltitle | journaltitle=TMLR;date=2023-05       | Vaswani · TMLR · BibTeX only",
        "journal wins          | journaltitle=J. ML Res.;journal=JMLR | Vaswani · JMLR · BibTeX only",
        "booktitle             | booktitle=ICML;publisher=PMLR        | Vaswani · ICML · BibTeX only",
        "no venue              | publisher=PMLR                       | Vaswani · BibTeX only",
      })
  void theLabelNamesTheVenueOfBibTexAndBibLatex(String why, String fields, String expected) {
    java.util.Map<String, String> map = new java.util.LinkedHashMap<>();
    for (String pair : fields.split(";")) {
      map.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
    }
    dev.paperlens.corpus.Paper paper =
        new dev.paperlens.corpus.Paper(
            "k",
            "T",
            null,
            List.of("Ashish Vaswani"),
            dev.paperlens.corpus.PaperIds.NONE,
            List.of(),
            List.of(),
            List.of(),
            new dev.paperlens.corpus.BibEntry("k", "article", map, "refs.bib", 1, "@article{k}"));
    assertEquals(
        expected,
        CompletionFeature.labelDetails(dev.paperlens.index.PaperLabel.of(paper)).getDescription(),
        why);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "\\cite{michael|}; nguyen2023hyenadna; a second author's given name",
        "\\citep{2024|}; behrouz2024titans; the year",
        "\\cite{нуклеотидов|}; nguyen2023hyenadna; a word of the review, declined",
        "\\cite{2306.15794|}; nguyen2023hyenadna; the arXiv id",
      })
  void aCitationCompletesFromWhatAPersonRemembers(String marked, String key, String why) {
    Completions completions = complete(Cursor.latex(marked));
    assertTrue(labels(completions).contains(key), why + ": " + labels(completions));
    CompletionItem item =
        completions.items().stream().filter(i -> i.getLabel().equals(key)).findFirst().get();
    assertEquals(key, item.getInsertText(), "the inserted text is always the key");
  }

  /**
   * Several words typed after {@code \\cite{} or {@code [@} narrow the list: every word matches some
   * field of each paper offered; the item inserts the key and reports the typed words as the text
   * the editor filters on ("|" separates the keys expected, in order).
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "\\cite{poli 2023|}; poli2023hyena|nguyen2023hyenadna; a key prefix, an author, the year",
        "[@poli 2023|]; poli2023hyena|nguyen2023hyenadna; the same in pandoc",
        "\\cite{michael nguyen|}; nguyen2023hyenadna; two authors",
        "\\citep{hyena nucleot|}; nguyen2023hyenadna; a title word and a title word's start",
        "\\cite{titans 2024|}; behrouz2024titans; a method and the year",
        "\\cite{гиена днк|}; nguyen2023hyenadna; a Russian spelling of a method and a review word",
        "\\cite{свертки 2023|}; poli2023hyena; a review word written without its ё",
        "\\cite{2306.15794 michael|}; nguyen2023hyenadna; the arXiv id and a given name",
        "\\cite{poli 2024|}; ''; no paper has both",
        "\\cite{hyena zzzz|}; ''; a word nothing holds",
      })
  void severalWordsNarrowTheList(String marked, String keys, String why) {
    Cursor cursor = marked.startsWith("[@") ? Cursor.markdown(marked) : Cursor.latex(marked);
    Completions completions = complete(cursor);
    assertEquals(keys.isEmpty() ? List.of() : List.of(keys.split("\\|")), labels(completions), why);
    String typed = marked.substring(marked.indexOf('{') + 1, marked.indexOf('|'));
    if (marked.startsWith("[@")) {
      typed = marked.substring(2, marked.indexOf('|'));
    }
    for (CompletionItem item : completions.items()) {
      assertEquals(item.getLabel(), item.getInsertText(), "the inserted text is always the key");
      assertEquals(typed, item.getFilterText(), "the editor filters on what was typed");
    }
    if (!completions.items().isEmpty()) {
      assertEquals(typed, replaced(cursor, completions.replace()));
    }
  }

  /** Authors with accents found without them, and Latin names found by their Russian spelling. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "\\cite{schmidhuber|}; hochreiter1997long",
        "\\cite{шмидхубер|}; hochreiter1997long",
        "\\cite{шмидху|}; hochreiter1997long",
        "\\cite{хохрай|}; hochreiter1997long",
        "\\cite{цеттл|}; dettmers2023qlora",
        "[@цеттлмойер 2023|]; dettmers2023qlora",
        "\\cite{хохрайтер 1997|}; hochreiter1997long",
        "\\cite{jurgen|}; hochreiter1997long",
        "\\cite{jürgen|}; hochreiter1997long",
        "\\cite{re|}; dao2022flashattention",
        "\\cite{Ré flash|}; dao2022flashattention",
        "[@ermon|]; dao2022flashattention",
        "[@rudra 2022|]; dao2022flashattention",
      })
  void authorsMatchWithoutAccentsAndInCyrillic(String marked, String key) throws Exception {
    try (dev.paperlens.index.LuceneIndex authors =
        dev.paperlens.index.LuceneIndex.of(
            List.of(
                bibOnly(
                    "hochreiter1997long",
                    "Long Short-Term Memory",
                    1997,
                    "Sepp Hochreiter",
                    "Jürgen Schmidhuber"),
                bibOnly(
                    "dao2022flashattention",
                    "FlashAttention: Fast and Memory-Efficient Exact Attention",
                    2022,
                    "Tri Dao",
                    "Stefano Ermon",
                    "Atri Rudra",
                    "Christopher Ré"),
                bibOnly(
                    "dettmers2023qlora",
                    "QLoRA: Efficient Finetuning of Quantized LLMs",
                    2023,
                    "Tim Dettmers",
                    "Luke Zettlemoyer")))) {
      CompletionFeature byAuthors = new CompletionFeature(authors, Workspace.NONE, 20);
      Cursor cursor = marked.startsWith("[@") ? Cursor.markdown(marked) : Cursor.latex(marked);
      Completions completions =
          byAuthors.complete(cursor.document(), cursor.position(), Cancellation.NEVER);
      assertEquals(List.of(key), labels(completions), marked);
    }
  }

  private static dev.paperlens.corpus.Paper bibOnly(
      String key, String title, int year, String... authors) {
    return new dev.paperlens.corpus.Paper(
        key,
        title,
        year,
        List.of(authors),
        dev.paperlens.corpus.PaperIds.NONE,
        List.of(),
        List.of(),
        List.of(),
        new dev.paperlens.corpus.BibEntry(
            key, "article", java.util.Map.of("title", title), "refs.bib", 1, "@article{...}"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '#',
      value = {
        "[@nguy|]# nguyen2023hyenadna# nguy# ]",
        "see [@behrouz2024titans; @Tita|ns]# behrouz2024titans# Titans# ]",
        "as @beh| says# behrouz2024titans# beh# ]",
      })
  void pandocCitationsCompleteKeys(
      String marked, String firstKey, String replacedText, String closing) {
    assertCitationCompletion(Cursor.markdown(marked), firstKey, replacedText, closing);
  }

  private void assertCitationCompletion(
      Cursor cursor, String firstKey, String replacedText, String closing) {
    Completions completions = complete(cursor);
    assertTrue(completions.incomplete());
    assertEquals(firstKey, labels(completions).get(0), () -> labels(completions).toString());
    CompletionItem item = completions.items().get(0);
    assertEquals(replacedText, replaced(cursor, completions.replace()));
    String typed =
        cursor
            .document()
            .text()
            .substring(
                cursor
                    .document()
                    .offsetAt(
                        completions.replace().getStart().getLine(),
                        completions.replace().getStart().getCharacter()),
                cursor.offset());
    assertEquals(typed, item.getFilterText());
    assertEquals(List.of(",", closing), item.getCommitCharacters());
    assertTrue(item.getDetail().length() > 10);
    // The card comes on resolve, not with the list.
    assertEquals(null, item.getDocumentation());
    assertEquals(firstKey, item.getData());
    CompletionItem resolved = feature.resolve(item, (String) item.getData());
    assertTrue(
        resolved
            .getDocumentation()
            .getRight()
            .getValue()
            .contains(item.getDetail().substring(0, 6)));
  }

  @Test
  void anEmptyCitationOffersThePapersOfTheIndex() throws Exception {
    try (dev.paperlens.index.LuceneIndex index =
        dev.paperlens.index.LuceneIndex.of(SamplePapers.all())) {
      CompletionFeature real = new CompletionFeature(index, Workspace.NONE, 20);
      for (Cursor cursor :
          List.of(
              Cursor.latex("as in \\citep[see][]{|}"),
              Cursor.markdown("as in [@|]"),
              Cursor.latex("\\cite{gu2023mamba, |}"))) {
        Completions completions =
            real.complete(cursor.document(), cursor.position(), Cancellation.NEVER);
        assertEquals(SamplePapers.all().size(), completions.items().size(), cursor.toString());
        assertTrue(
            completions.items().stream()
                .allMatch(i -> i.getKind() == CompletionItemKind.Reference));
      }
    }
  }

  @Test
  void proseCompletesNamesAfterThreeCharacters() {
    assertEquals(List.of(), labels(complete(Cursor.markdown("we use Hy|"))));
    Completions completions = complete(Cursor.markdown("we use Hye|"));
    assertTrue(
        labels(completions).containsAll(List.of("HyenaDNA", "Hyena")),
        labels(completions).toString());
    assertEquals("Hye", completions.items().get(0).getFilterText());
  }

  @Test
  void latexProseCompletesButNotInsideLabels() {
    assertTrue(labels(complete(Cursor.latex("Unlike Tit|"))).contains("Titans"));
    assertEquals(List.of(), labels(complete(Cursor.latex("\\label{Tit|}"))));
  }

  @Test
  void plainTextProseCompletes() {
    assertTrue(labels(complete(Cursor.plain("memory as in Tita|"))).contains("Titans"));
  }

  @Test
  void codeGetsNoCompletion() {
    assertEquals(List.of(), labels(complete(Cursor.markdown("`Hye|`"))));
  }
}
