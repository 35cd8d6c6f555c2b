package dev.paperlens.index;

import static dev.paperlens.index.TestPapers.paper;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paperlens.corpus.Paper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/** An entry's name terms and how its document holds them, whichever way the build computes them. */
class EntryDocumentsTest {

  private static final List<Paper> PAPERS =
      List.of(
          paper("poli2023hyena", "Hyena Hierarchy: Towards Larger Convolutional Language Models")
              .method("Hyena")
              .mentions("LoRA", "LoRA", "лоры", "ЛоРА")
              .build(),
          paper("dettmers2023qlora", "QLoRA: Efficient Finetuning of Quantized LLMs")
              .method("QLoRA")
              .mentions("Gemma 2", "Gemma 2", "геммой")
              .build(),
          paper("behrouz2024titans", "Titans: Learning to Memorize at Test Time")
              .method("Titans")
              .build(),
          paper("x2024", "Обучение без учителя: ё и е, 2.5 и Llama-3.1").build(),
          paper("long2024", "A " + "verylongwordfromabrokensource".repeat(4) + " title").build());

  /**
   * The terms NameForms gives each name, field by field, as the entry's terms were built before
   * words were worked out once per build.
   */
  private static List<List<String>> direct(IndexEntry entry) {
    List<Set<String>> sets = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      sets.add(new LinkedHashSet<>());
    }
    boolean first = true;
    for (String name : entry.names()) {
      String normalized = NameForms.normalize(name);
      if (normalized.isEmpty()) {
        continue;
      }
      sets.get(0).add(normalized);
      boolean key = first && entry.kind() == SearchHit.Kind.PAPER;
      first = false;
      if (key) {
        continue;
      }
      sets.get(1).addAll(NameForms.words(name));
      sets.get(2).addAll(NameForms.infixTerms(name));
      sets.get(3).addAll(NameForms.edgeTerms(name));
      sets.get(4).addAll(NameForms.phoneticTerms(name));
      sets.get(5).addAll(NameForms.phoneticInfixTerms(name));
      if (!NameForms.phoneticKey(name).isEmpty()) {
        sets.get(6).add(NameForms.phoneticKey(name));
      }
      if (normalized.length() <= NameForms.MAX_WHOLE_SUFFIXED) {
        sets.get(4).addAll(NameForms.partReadings(name));
        sets.get(7).addAll(NameForms.stemKeys(name));
        for (String reading : NameForms.readings(name)) {
          sets.get(6).add(reading);
          sets.get(4).add(reading);
          sets.get(7).addAll(NameForms.readingStems(reading));
        }
      }
    }
    return sets.stream().map(set -> List.copyOf(set)).toList();
  }

  private static List<List<String>> fields(NameTerms terms) {
    return List.of(
        List.copyOf(terms.exact()),
        List.copyOf(terms.words()),
        List.copyOf(terms.infix()),
        List.copyOf(terms.edges()),
        List.copyOf(terms.phonetic()),
        List.copyOf(terms.phoneticInfix()),
        List.copyOf(terms.phoneticExact()),
        List.copyOf(terms.stems()));
  }

  @Test
  void nameTermsAreNameFormsTermsWithOrWithoutTheBuildsMemo() {
    NameForms.WordMemo memo = new NameForms.WordMemo();
    // twice over one memo: the second pass reads every word from it
    for (int pass = 0; pass < 2; pass++) {
      for (IndexEntry entry : IndexEntries.of(PAPERS)) {
        List<List<String>> expected = direct(entry);
        assertEquals(expected, fields(NameTerms.of(entry)), entry.id());
        assertEquals(expected, fields(NameTerms.of(entry, memo::get)), entry.id());
      }
    }
  }

  @Test
  void aOneWordNameHasTheTermsItHadWhenCutOutOfTheNameAndTheWordApart() {
    // one word in several shapes: CamelCase, all capitals, Cyrillic, digits, a trailing "s",
    // longer than the whole-name suffix limit; and names that are not one word, beside them
    List<String> names =
        List.of(
            "HyenaDNA",
            "GPT",
            "лора",
            "ЛоРА",
            "Llama3",
            "Transformers",
            "Zenoradnaformerxlgptlmnetlong",
            "Ё-модель",
            "Gemma 2",
            "x");
    NameForms.WordMemo memo = new NameForms.WordMemo();
    for (String name : names) {
      List<Paper> papers =
          List.of(paper("k2024" + names.indexOf(name), "A title").method(name).build());
      for (IndexEntry entry : IndexEntries.of(papers)) {
        List<List<String>> expected = direct(entry);
        assertEquals(expected, fields(NameTerms.of(entry)), name);
        assertEquals(expected, fields(NameTerms.of(entry, memo::get)), name);
      }
    }
  }

  @Test
  void aWordMemoSlotHoldsTheWordItWasAskedFor() {
    NameForms.WordMemo memo = new NameForms.WordMemo();
    // "Aa" and "BB" share String.hashCode, so they share a slot and replace each other
    assertEquals("Aa".hashCode(), "BB".hashCode());
    for (String word : List.of("aa", "Aa", "BB", "Aa", "bb")) {
      NameForms.WordTerms terms = memo.get(word);
      assertEquals(word, terms.word());
      assertEquals(NameForms.WordTerms.of(word), terms);
    }
  }

  @Test
  void nameFieldsAreIndexedAsAStringFieldPerTermWouldBe() throws IOException {
    IndexEntry entry = IndexEntries.paper(PAPERS.get(0));
    NameTerms terms = NameTerms.of(entry);
    Document asStringFields = new Document();
    for (String term : terms.infix()) {
      asStringFields.add(new StringField("expected", term, Field.Store.NO));
    }
    try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
      try (IndexWriter writer =
          new IndexWriter(directory, new IndexWriterConfig(new MixedScriptAnalyzer()))) {
        writer.addDocument(EntryDocuments.of(entry));
        writer.addDocument(asStringFields);
      }
      try (DirectoryReader reader = DirectoryReader.open(directory)) {
        FieldInfos infos = FieldInfos.getMergedFieldInfos(reader);
        FieldInfo expected = infos.fieldInfo("expected");
        FieldInfo actual = infos.fieldInfo(IndexFields.NAME_INFIX);
        assertEquals(expected.getIndexOptions(), actual.getIndexOptions());
        assertEquals(expected.omitsNorms(), actual.omitsNorms());
        assertFalse(actual.hasVectors());
        IndexSearcher searcher = new IndexSearcher(reader);
        assertFalse(terms.infix().isEmpty());
        for (String term : terms.infix()) {
          assertEquals(
              1, searcher.count(new TermQuery(new Term(IndexFields.NAME_INFIX, term))), term);
        }
        assertEquals(
            reader.getSumDocFreq("expected"), reader.getSumDocFreq(IndexFields.NAME_INFIX));
      }
    }
  }

  @Test
  void aNameTermIsClippedAsAStringFieldsTermWas() throws IOException {
    String longName = "x".repeat(EntryDocuments.MAX_TERM_CHARS + 10);
    IndexEntry entry = IndexEntries.paper(paper(longName, "Title").build());
    try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
      try (IndexWriter writer =
          new IndexWriter(directory, new IndexWriterConfig(new MixedScriptAnalyzer()))) {
        writer.addDocument(EntryDocuments.of(entry));
      }
      try (DirectoryReader reader = DirectoryReader.open(directory)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        Term clipped = new Term(IndexFields.NAME_EXACT, EntryDocuments.term(longName));
        assertTrue(searcher.count(new TermQuery(clipped)) == 1);
      }
    }
  }
}
