package dev.paperlens.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BibTexParserTest {
  private static final String BIB =
      """
      % my library
      @string{icml = {International Conference on Machine Learning}}

      @inproceedings{gu2024mamba,
        Title = {{Mamba}: Linear-Time Sequence Modeling with Selective State Spaces},
        author = {Gu, Albert and Dao, Tri},
        booktitle = icml # { 2024},
        year = 2024,
        url = {https://arxiv.org/abs/2312.00752_v1}
      }

      @article{broken,
        title = {Never closed,
        year = {2020}

      @misc(hu2021lora,
        title = "{LoRA}: Low-Rank Adaptation of Large Language Models",
        author = {Edward J. Hu and others},
        eprint = {2106.09685}, archivePrefix = {arXiv}
      )
      @comment{ignored, entirely}
      @article{bad syntax here}
      @article{dao2022,
        title = {Flash{A}ttention: Fast and Memory-Efficient Exact Attention with {IO}-Awareness},
        author = {Dao, Tri and R{\\'e}, Christopher}, year = {2022}}
      """;

  private static List<BibEntry> parse(String content, List<String> problems) {
    return BibTexParser.parse("refs.bib", content, problems::add);
  }

  @Test
  void readsEntriesSkippingBrokenOnesWithAMessage() {
    List<String> problems = new ArrayList<>();
    List<BibEntry> entries = parse(BIB, problems);
    assertEquals(
        List.of("gu2024mamba", "hu2021lora", "dao2022"),
        entries.stream().map(BibEntry::key).toList());
    assertEquals(2, problems.size(), problems.toString());
    assertEquals("refs.bib:12: @article{broken is not closed; skipped", problems.get(0));
    assertTrue(
        problems.get(1).startsWith("refs.bib:22: @article{bad syntax here}: "), problems.get(1));
    assertTrue(problems.get(1).endsWith(" at line 22; skipped"), problems.get(1));
  }

  @Test
  void fieldNamesAreLowerCaseAndValuesAreResolved() {
    BibEntry mamba = parse(BIB, new ArrayList<>()).get(0);
    assertEquals("inproceedings", mamba.type());
    assertEquals(
        Map.of(
            "title", "Mamba: Linear-Time Sequence Modeling with Selective State Spaces",
            "author", "Gu, Albert and Dao, Tri",
            "booktitle", "International Conference on Machine Learning 2024",
            "year", "2024",
            "url", "https://arxiv.org/abs/2312.00752_v1"),
        mamba.fields());
    assertEquals(
        List.of("title", "author", "booktitle", "year", "url"),
        List.copyOf(mamba.fields().keySet()));
    assertEquals("refs.bib", mamba.path());
  }

  @Test
  void anEntrysFactsLeaveItsAbstractAsWrittenUntilItIsRead() {
    String bib =
        """
        @article{dao2022,
          title = {Flash{A}ttention: Fast and Exact},
          author = {Dao, Tri and R{\\'e}, Christopher}, year = {2022}, journal = {NeurIPS},
          doi = {10.1/x\\_y},
          abstract = {ABSTRACT}}
        """
            .replace("ABSTRACT", "We reach 50\\% of peak, ``twice'' as fast. ".repeat(10));
    BibEntry dao = parse(bib, new ArrayList<>()).get(0);
    EntryFacts facts = EntryFacts.of(dao);
    assertEquals("FlashAttention: Fast and Exact", facts.title());
    assertEquals(List.of("Tri Dao", "Christopher Ré"), facts.authors());
    EntryFields fields = (EntryFields) dao.fields();
    assertFalse(fields.rendered("abstract"), "a first stage reads no abstract");
    assertEquals(
        "We reach 50% of peak, “twice” as fast. ".repeat(10).strip(), dao.field("abstract"));
    assertTrue(fields.rendered("abstract"));
    assertEquals("10.1/x\\_y", dao.field("doi"), "an id is kept as written");
  }

  @Test
  void recordsLineAndExactSourceOfEachEntry() {
    List<BibEntry> entries = parse(BIB, new ArrayList<>());
    assertEquals(List.of(4, 16, 23), entries.stream().map(BibEntry::line).toList());
    BibEntry lora = entries.get(1);
    assertTrue(lora.source().startsWith("@misc(hu2021lora,\n"), lora.source());
    assertTrue(lora.source().endsWith("archivePrefix = {arXiv}\n)"), lora.source());
    BibEntry dao = entries.get(2);
    assertTrue(BIB.contains(dao.source()));
    assertTrue(dao.source().endsWith("year = {2022}}"));
    assertEquals("Dao, Tri and Ré, Christopher", dao.field("author"));
    assertEquals(
        "FlashAttention: Fast and Memory-Efficient Exact Attention with IO-Awareness",
        dao.field("title"));
  }

  @Test
  void badInputNeverThrows() {
    List<String> problems = new ArrayList<>();
    assertEquals(List.of(), parse("", problems));
    assertEquals(List.of(), parse("no entries at all, mail me at a@b.c", problems));
    assertEquals(List.of(), parse("@article{x, title = {unclosed", problems));
    assertEquals(List.of("refs.bib:1: @article{x is not closed; skipped"), problems);
  }

  @Test
  void problemNamesTheLineWhereParsingStopped() {
    List<String> problems = new ArrayList<>();
    parse("\n@article{k,\n  title = {x},\n  year = 20 20\n}\n@misc{ok, title={fine}}", problems);
    assertEquals(1, problems.size());
    assertTrue(problems.get(0).startsWith("refs.bib:2: @article{k: "), problems.get(0));
    assertTrue(problems.get(0).endsWith(" at line 4; skipped"), problems.get(0));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "'@article{key,\n title={x}}'                   | true",
        "'  @InProceedings( key2024 , title={x})'        | true",
        "'text\n@misc{a:b-c/d,'                          | true",
        "'write to me@example.org {x, y}'                | false",
        "'@article{key}'                                 | false",
        "'{\"name\": \"@misc{x,\"}'                      | false",
        "''                                              | false",
        "'text\r@misc{a,'                                | true",
        "'text\r\n \t@misc{a,'                           | true",
        "'text\u2028@misc{a,'                            | true",
        "'text \t@misc{a,'                               | false",
        "'@@misc{a,\n@misc{b,'                           | true",
        "'@ misc{a,'                                     | false"
      })
  void looksLikeBibTex(String content, boolean expected) {
    assertEquals(expected, BibTexParser.looksLikeBibTex(content));
  }

  /**
   * The entry start is looked for only at an "@" with blanks before it on its line; the answer is
   * the multiline pattern's over texts made of the characters that matter around an entry start.
   */
  @Test
  void looksLikeBibTexAgreesWithTheMultilinePattern() {
    Pattern entryStart =
        Pattern.compile("(?m)^[ \\t]*@[A-Za-z]+[ \\t]*[{(][ \\t]*[^\\s,{}()=\"]+[ \\t]*,");
    String[] pieces = {
      "@",
      "@misc",
      "@misc{k,",
      "@book( k2 ,",
      "{",
      "(",
      "k",
      ",",
      " ",
      "\t",
      "\n",
      "\r",
      "\r\n",
      "\u2028",
      "\u0085",
      "x",
      "="
    };
    Random random = new Random(7);
    int bibTex = 0;
    for (int i = 0; i < 20_000; i++) {
      StringBuilder text = new StringBuilder();
      for (int j = random.nextInt(12); j > 0; j--) {
        text.append(pieces[random.nextInt(pieces.length)]);
      }
      boolean expected = entryStart.matcher(text).find();
      bibTex += expected ? 1 : 0;
      assertEquals(expected, BibTexParser.looksLikeBibTex(text.toString()), text.toString());
    }
    assertTrue(bibTex > 100, "too few entry starts among the texts: " + bibTex);
  }

  private static BibEntry entry(String fields) {
    List<BibEntry> entries = parse("@article{k,\n" + fields + "\n}", new ArrayList<>());
    assertEquals(1, entries.size(), fields);
    return entries.get(0);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      nullValues = "null",
      value = {
        "eprint = {2312.00752}, archivePrefix = {arXiv}               | 2312.00752",
        "eprint = {arXiv:2106.09685v2}, eprinttype = {arxiv}           | 2106.09685",
        "eprint = {2312.00752}                                         | 2312.00752",
        "eprint = {cs/0112017}, archiveprefix = {arXiv}                | cs/0112017",
        "eprint = {12345}, archivePrefix = {PubMed}                    | null",
        "journal = {arXiv preprint arXiv:2205.14135}                   | 2205.14135",
        "journal = {CoRR}, volume = {abs/2305.14314}                   | 2305.14314",
        "url = {https://arxiv.org/pdf/2501.00663v1.pdf}                | 2501.00663",
        "doi = {10.48550/arXiv.2106.09685}                             | 2106.09685",
        "eprint = {2401.00001}, eprinttype = {arXiv}                   | 2401.00001",
        "eprint = {arXiv:2401.00001v3}, eprinttype = {arxiv}           | 2401.00001",
        "eprint = {10.1000/xyz}, eprinttype = {doi}                    | null",
        "eprint = {PMC123}, eprinttype = {pubmed}                      | null",
        "journaltitle = {arXiv preprint arXiv:2402.00002}              | 2402.00002",
        "journaltitle = {CoRR}, volume = {abs/2403.00003}              | 2403.00003",
        "url = {https://openreview.net/forum?id=abc}                   | null",
        "title = {Nothing here}                                        | null"
      })
  void arxivId(String fields, String expected) {
    assertEquals(expected, BibTexParser.arxivId(entry(fields)));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      nullValues = "null",
      value = {
        "doi = {10.1145/3458817.3476209}                      | 10.1145/3458817.3476209",
        "doi = {https://doi.org/10.48550/ARXIV.2106.09685}    | 10.48550/arxiv.2106.09685",
        "doi = {doi:10.1038/Nature14539}                      | 10.1038/nature14539",
        "url = {https://dx.doi.org/10.1162/neco.1997.9.8.1735} | 10.1162/neco.1997.9.8.1735",
        "url = {https://arxiv.org/abs/2106.09685}             | null",
        "title = {No DOI}                                     | null"
      })
  void doi(String fields, String expected) {
    assertEquals(expected, BibTexParser.doi(entry(fields)));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      nullValues = "null",
      value = {
        "year = 2023                    | 2023",
        "year = {{2021}}                | 2021",
        "year = {to appear}             | null",
        "date = {2024-05-21}            | 2024",
        "date = {2023-05}               | 2023",
        "date = {2020/2021}             | 2020",
        "date = {2019-12-01/2020-01-31} | 2019",
        "year = {2022}, date = {2021}   | 2022",
        "title = {x}                    | null"
      })
  void year(String fields, Integer expected) {
    assertEquals(expected, BibTexParser.year(entry(fields)));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "author = {Gu, Albert and Dao, Tri}                  | Albert Gu;Tri Dao",
        "author = {Albert Gu and Tri Dao}                    | Albert Gu;Tri Dao",
        "author = {Hu, Edward J. and others}                 | Edward J. Hu",
        "author = {King, Jr, Martin Luther}                  | Martin Luther King Jr",
        "author = {R{\\'e}, Christopher and {\\L}ukasz Kaiser} | Christopher Ré;Łukasz Kaiser",
        "'author = {  Vaswani,\n   Ashish }'                 | Ashish Vaswani",
        "title = {x}                                         | ''"
      })
  void authors(String fields, String expected) {
    List<String> names = expected.isEmpty() ? List.of() : List.of(expected.split(";"));
    assertEquals(names, BibTexParser.authors(entry(fields)));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "'Gu,\tAlbert\n and\r\nDao , Tri' | Albert Gu;Tri Dao",
        "{Smith and Wesson} and Colt        | Smith;Wesson;Colt",
        "Anderson, Andy and andy Sand       | Andy Anderson;andy Sand",
        "'A and  and B'                     | A;and B",
        "'Doe,, John'                       | John Doe",
        "'and A and B'                      | and A;B",
        "'A and'                            | A and",
        "'{Lab, Inc.}, Team'                | Team Lab Inc."
      })
  // LaTeX is resolved first, so braces do not keep " and " or a comma in one name (see authors)
  void authorsSplitAsTheirPatternsDid(String author, String expected) {
    assertEquals(
        List.of(expected.split(";")), BibTexParser.authors(entry("author = {" + author + "}")));
  }

  /** The split of the patterns it replaced, kept as the reference for the scan. */
  private static List<String> splitByPattern(String text, Pattern separator) {
    List<String> parts = new ArrayList<>();
    java.util.regex.Matcher m = separator.matcher(text);
    int from = 0;
    int depth = 0;
    int scanned = 0;
    while (m.find()) {
      for (; scanned < m.start(); scanned++) {
        char c = text.charAt(scanned);
        depth += c == '{' ? 1 : c == '}' && depth > 0 ? -1 : 0;
      }
      if (depth == 0) {
        parts.add(text.substring(from, m.start()));
        from = m.end();
      }
    }
    parts.add(text.substring(from));
    return parts;
  }

  @Test
  void authorSeparatorsAreFoundWhereTheirPatternsFoundThem() {
    Pattern and = Pattern.compile("\\s+and\\s+");
    Pattern comma = Pattern.compile("\\s*,\\s*");
    String[] pieces = {"and", "an", "d", " ", "  ", "\t", "\n", "\f", ",", "{", "}", "x", "Y"};
    Random random = new Random(18);
    for (int t = 0; t < 200_000; t++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(12);
      for (int i = 0; i < length; i++) {
        text.append(pieces[random.nextInt(pieces.length)]);
      }
      String s = text.toString();
      assertEquals(
          splitByPattern(s, and),
          BibTexParser.outsideBraces(s, BibTexParser.Separator.AND),
          () -> "and: '" + s + "'");
      assertEquals(
          splitByPattern(s, comma),
          BibTexParser.outsideBraces(s, BibTexParser.Separator.COMMA),
          () -> "comma: '" + s + "'");
    }
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      nullValues = "null",
      value = {
        "title = {{QLoRA}: Efficient Finetuning of Quantized {LLMs}} | QLoRA: Efficient Finetuning"
            + " of Quantized LLMs",
        "'title = \"Attention Is\n   All You Need\"'                 | Attention Is All You Need",
        "title = {Schr\\\"odinger {\\em cat} -- a study}             | Schrödinger cat – a study",
        "title = {}                                                  | null",
        "author = {x}                                                | null"
      })
  void title(String fields, String expected) {
    assertEquals(expected, BibTexParser.title(entry(fields)));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      nullValues = "null",
      value = {
        "journal = {Nature}                                    | Nature",
        "journaltitle = {Journal of Machine Learning Research} | Journal of Machine Learning Research",
        "journaltitle = {J. {ML} Res.}, journal = {JMLR}       | JMLR",
        "booktitle = {Proc. of {ICML}}                         | Proc. of ICML",
        "journaltitle = { }, booktitle = {NeurIPS}             | NeurIPS",
        "title = {x}                                           | null"
      })
  void venue(String fields, String expected) {
    assertEquals(expected, BibTexParser.venue(entry(fields)));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      nullValues = "null",
      value = {
        "langid = {english}                    | english",
        "langid = {Russian}                    | russian",
        "hyphenation = {german}                | german",
        "language = {French}                   | french",
        "langid = {ngerman}, language = {de}   | ngerman",
        "title = {x}                           | null"
      })
  void language(String fields, String expected) {
    assertEquals(expected, BibTexParser.language(entry(fields)));
  }

  @Test
  void readingInBlocksGivesTheSameEntriesLinesAndProblems() throws IOException {
    List<String> wholeProblems = new ArrayList<>();
    List<BibEntry> whole = parse(BIB, wholeProblems);
    for (int block : new int[] {1, 7, 64, 1 << 20}) {
      List<String> problems = new ArrayList<>();
      List<BibEntry> blocks =
          BibTexParser.parse("refs.bib", new StringReader(BIB), block, problems::add);
      assertEquals(whole, blocks, "block of " + block);
      assertEquals(wholeProblems, problems, "block of " + block);
    }
  }

  @Test
  void longRunsReadInParallelKeepFileOrderAndTheMacrosOfTheirPlace() {
    StringBuilder bib = new StringBuilder("@string{v = {First}}\n");
    for (int i = 0; i < 300; i++) {
      if (i == 150) {
        bib.append("@string{v = {Second}}\n");
      }
      if (i % 50 == 7) {
        bib.append("@article{bad").append(i).append(" title = {x}}\n");
      }
      bib.append("@misc{e").append(i).append(", note = v # { ").append(i).append("}}\n");
    }
    List<String> problems = new ArrayList<>();
    BibTexParser.Library library = BibTexParser.read("refs.bib", bib.toString(), problems::add);
    List<BibEntry> entries = library.entries();
    assertEquals(300, entries.size());
    for (int i = 0; i < 300; i++) {
      assertEquals("e" + i, entries.get(i).key());
      assertEquals((i < 150 ? "First " : "Second ") + i, entries.get(i).field("note"));
    }
    assertEquals(6, problems.size(), problems.toString());
    for (int k = 0; k < 6; k++) {
      assertTrue(problems.get(k).contains("@article{bad" + (50 * k + 7)), problems.get(k));
    }
    assertFalse(library.endsInsideAnEntry());
    assertTrue(
        BibTexParser.read("refs.bib", bib + "@misc{open, title = {x", p -> {}).endsInsideAnEntry());
  }

  @Test
  void valuesAreBracedQuotedNumbersOrMacrosJoinedWithHash() {
    List<String> problems = new ArrayList<>();
    BibEntry entry =
        parse(
                "@String(venue = \"Neural {Information, \"Processing\"}\")\n"
                    + "@misc{k, note = venue # { 2023} # \" (\" # 7 # \")\", month = dec,"
                    + " pages = {1--2},}",
                problems)
            .get(0);
    assertEquals(List.of(), problems);
    assertEquals("Neural Information, \"Processing\" 2023 (7)", entry.field("note"));
    assertEquals("December", entry.field("month"));
    assertEquals("1–2", entry.field("pages"));
  }

  @Test
  void macrosAndCrossReferencesFromOtherEntriesDoNotBreakParsing() {
    List<String> problems = new ArrayList<>();
    List<BibEntry> entries =
        parse(
            "@inproceedings{a, crossref = {proc}, journal = undefinedmacro, month = may}\n"
                + "@proceedings{proc, title = {Proceedings}}",
            problems);
    assertEquals(List.of("a", "proc"), entries.stream().map(BibEntry::key).toList());
    assertEquals("proc", entries.get(0).field("crossref"));
    assertEquals("May", entries.get(0).field("month"));
    assertFalse(entries.get(0).fields().isEmpty());
  }
}
