package dev.paperlens.index;

import static dev.paperlens.index.TestPapers.paper;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paperlens.corpus.Paper;
import dev.paperlens.corpus.SyntheticCorpus;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/**
 * The name dictionary answers as the forms did in each entry: every name tier finds the same
 * entries in an index whose entries hold their words' forms and in one whose dictionary does.
 */
class NameWordsTest {

  private static final List<Paper> PAPERS =
      List.of(
          paper("poli2023hyena", "Hyena Hierarchy: Towards Larger Convolutional Language Models")
              .method("Hyena")
              .method("HyenaDNA")
              .build(),
          paper("dettmers2023qlora", "QLoRA: Efficient Finetuning of Quantized LLMs")
              .method("QLoRA")
              .method("Gemma 2")
              .build(),
          paper("behrouz2024titans", "Titans: Learning to Memorize at Test Time")
              .method("Titans")
              .build(),
          paper("x2024", "Обучение без учителя: ё и е, 2.5 и Llama-3.1").method("ЛоРА").build(),
          paper("long2024", "A " + "verylongwordfromabrokensource".repeat(4) + " title").build());

  @Test
  void everyNameTierFindsWhatTheEntriesOwnFormsFound() throws IOException {
    List<Paper> papers = new ArrayList<>(PAPERS);
    papers.addAll(SyntheticCorpus.papers(20, 5L));
    List<IndexEntry> entries = IndexEntries.of(papers);
    Set<String> inputs = new TreeSet<>();
    for (IndexEntry entry : entries) {
      for (String name : entry.names()) {
        // inner parts, beginnings with a typo, and cross-script spellings of every word
        for (String word : NameForms.words(name)) {
          for (int from = 0; from + 3 <= word.length() && from < 6; from++) {
            inputs.add(word.substring(from, Math.min(word.length(), from + 5)));
          }
          if (word.length() >= 5) {
            inputs.add(word.charAt(0) + "x" + word.substring(2, Math.min(word.length(), 9)));
            inputs.add(word.substring(0, 2) + word.substring(3, Math.min(word.length(), 10)));
          }
          inputs.add(dev.paperlens.text.CrossScript.toCyrillic(word));
        }
      }
    }
    try (ByteBuffersDirectory own = new ByteBuffersDirectory();
        ByteBuffersDirectory shared = new ByteBuffersDirectory()) {
      write(own, entries, false);
      write(shared, entries, true);
      try (DirectoryReader ownReader = DirectoryReader.open(own);
          DirectoryReader sharedReader = DirectoryReader.open(shared)) {
        IndexSearcher withForms = new IndexSearcher(ownReader);
        IndexSearcher withWords = new IndexSearcher(sharedReader);
        int wordForms = 0;
        for (String input : inputs) {
          List<NameQueries.Tier> all = new ArrayList<>(NameQueries.prefixTiers(input));
          all.addAll(NameQueries.fuzzyTiers(input));
          for (NameQueries.Tier tier : all) {
            Set<String> expected = ids(withForms, tier.query());
            Set<String> actual = ids(withWords, NameWords.expand(tier.query(), withWords));
            assertEquals(expected, actual, input + " " + tier.query());
            boolean form =
                tier.score() == NameQueries.INFIX
                    || tier.score() == NameQueries.PHONETIC_INFIX
                    || tier.score() == NameQueries.FUZZY;
            wordForms += form && !expected.isEmpty() ? 1 : 0;
          }
        }
        // not vacuous: the tiers on word forms find entries, hundreds of times
        assertTrue(wordForms > 300, wordForms + " word-form tiers found entries");
      }
    }
  }

  @Test
  void entriesWithTheDictionaryHoldFewerNameTerms() {
    for (IndexEntry entry : IndexEntries.of(PAPERS)) {
      NameTerms whole = NameTerms.of(entry);
      NameTerms shared = NameTerms.withoutWordForms(entry, NameForms.WordTerms::of);
      assertEquals(whole.exact(), shared.exact());
      assertEquals(whole.words(), shared.words());
      assertEquals(whole.phonetic(), shared.phonetic());
      assertEquals(whole.phoneticExact(), shared.phoneticExact());
      assertEquals(whole.stems(), shared.stems());
      assertTrue(whole.infix().containsAll(shared.infix()), entry.id());
      assertTrue(whole.edges().containsAll(shared.edges()), entry.id());
    }
    IndexEntry hyena = IndexEntries.paper(PAPERS.get(0));
    NameTerms shared = NameTerms.withoutWordForms(hyena, NameForms.WordTerms::of);
    // a title longer than a whole name suffixed keeps only the edges of the whole title
    assertTrue(shared.infix().isEmpty(), shared.infix().toString());
    assertEquals(
        Set.of("hye", "hyen", "hyena", "hyenah"),
        Set.copyOf(shared.edges().stream().filter(e -> e.length() <= 6).toList()));
  }

  @Test
  void anUpdateAddsTheWordsTheDictionaryLacksOnly() throws IOException {
    try (LuceneIndex index = LuceneIndex.of(PAPERS)) {
      assertFalse(index.complete("ierarch", CompletionContext.ANY, 5).isEmpty());
      assertTrue(index.complete("zorbulat", CompletionContext.ANY, 5).isEmpty());
      List<Paper> more = new ArrayList<>(PAPERS);
      more.add(paper("new2025", "Zorbulation of Hierarchies").build());
      index.update(more);
      assertEquals("new2025", index.complete("orbulat", CompletionContext.ANY, 5).get(0).key());
      // "hierarchies" is a new word beside the known "hierarchy"
      Set<String> keys = new TreeSet<>();
      index.complete("ierarch", CompletionContext.ANY, 5).forEach(hit -> keys.add(hit.key()));
      assertTrue(keys.containsAll(Set.of("poli2023hyena", "new2025")), keys.toString());
    }
  }

  private static void write(ByteBuffersDirectory directory, List<IndexEntry> entries, boolean words)
      throws IOException {
    try (IndexWriter writer =
        new IndexWriter(directory, new IndexWriterConfig(new MixedScriptAnalyzer()))) {
      Set<String> seen = new LinkedHashSet<>();
      for (IndexEntry entry : entries) {
        Document doc =
            words
                ? EntryDocuments.withoutWordForms(entry, NameForms.WordTerms::of, seen::addAll)
                : EntryDocuments.of(entry);
        writer.addDocument(doc);
      }
      for (String word : seen) {
        writer.addDocument(NameWords.document(NameForms.WordTerms.of(word)));
      }
    }
  }

  private static Set<String> ids(IndexSearcher searcher, Query query) throws IOException {
    Set<String> ids = new TreeSet<>();
    StoredFields stored = searcher.storedFields();
    for (ScoreDoc hit : searcher.search(query, 100_000).scoreDocs) {
      ids.add(stored.document(hit.doc).get(IndexFields.ID));
    }
    return ids;
  }
}
