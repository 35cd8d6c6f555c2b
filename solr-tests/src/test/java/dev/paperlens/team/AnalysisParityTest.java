package dev.paperlens.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paperlens.corpus.CorpusLoader;
import dev.paperlens.corpus.Paper;
import dev.paperlens.corpus.Review;
import dev.paperlens.index.AnalyzerTokens;
import dev.paperlens.index.IndexFields;
import dev.paperlens.index.MixedScriptAnalyzer;
import dev.paperlens.index.TestPapers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.solr.core.SolrCore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The configset's text analysis, built by Solr from the schema, gives the same tokens as the
 * embedded index's {@link MixedScriptAnalyzer} on real review text.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnalysisParityTest {
  private Analyzer solrAnalyzer;
  private final Analyzer embedded = new MixedScriptAnalyzer();

  @BeforeAll
  @SuppressWarnings("deprecation") // CoreContainer's replacement iterates descriptors, not cores
  void load() throws Exception {
    SolrCluster solr = SolrCluster.get();
    SolrIndex index =
        solr.collectionOf(List.of(TestPapers.paper("a2024", "A").review("x").build()));
    String collection = index.collection();
    for (var node : solr.cluster.getJettySolrRunners()) {
      for (SolrCore core : node.getCoreContainer().getCores()) {
        if (core.getCoreDescriptor().getCollectionName().equals(collection)) {
          solrAnalyzer =
              core.getLatestSchema().getField(IndexFields.BODY_TEXT).getType().getIndexAnalyzer();
        }
      }
    }
    assertTrue(solrAnalyzer != null, "a core of the collection");
  }

  private static List<String> tokens(Analyzer analyzer, String text) throws IOException {
    return AnalyzerTokens.of(analyzer, text);
  }

  private void assertSameTokens(String text) throws IOException {
    assertEquals(
        tokens(embedded, text),
        tokens(solrAnalyzer, text),
        text.length() > 200 ? text.substring(0, 200) : text);
  }

  @Test
  void stopWordsOfBothLanguagesGiveNoTokens() throws IOException {
    List<String> words = new ArrayList<>();
    RussianAnalyzer.getDefaultStopSet().forEach(w -> words.add(new String((char[]) w)));
    EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.forEach(w -> words.add(new String((char[]) w)));
    String text = String.join(" ", words);
    assertEquals(List.of(), tokens(embedded, text));
    assertSameTokens(text);
  }

  @Test
  void mixedScriptSentences() throws IOException {
    for (String text :
        List.of(
            "Ёжик в тумане: the hedgehog's walks, ёлки и ЁЛКИ",
            "модели HyenaDNA обучаются на геномных последовательностях, learning long-range dependencies",
            "лора, ЛоРЫ и QLoRA's adapters; мозаики памяти (Memory Mosaics)",
            "GPTшка и BERTовые модели, x2 быстрее, 3.5B параметров, e-mail: a@b.c")) {
      assertSameTokens(text);
    }
  }

  @Test
  void everyReviewOfTheExamples() throws IOException {
    Path examples = Path.of("..", "examples");
    for (Paper paper : CorpusLoader.load(List.of(examples.resolve("reviews"))).papers()) {
      assertSameTokens(paper.title());
      for (Review review : paper.reviews()) {
        assertSameTokens(review.text());
      }
    }
  }

  @Test
  void everyReviewOfTheSeeds() throws IOException {
    Path seeds = null;
    for (Path dir = Path.of("").toAbsolutePath();
        dir != null && seeds == null;
        dir = dir.getParent()) {
      Path candidate = dir.resolve("shared").resolve("seeds");
      seeds = Files.isDirectory(candidate) ? candidate : null;
    }
    org.junit.jupiter.api.Assumptions.assumeTrue(
        seeds != null, "the sample seeds are not beside this checkout");
    for (Paper paper : CorpusLoader.load(List.of(seeds)).papers()) {
      assertSameTokens(paper.title());
      for (Review review : paper.reviews()) {
        assertSameTokens(review.text());
      }
    }
  }
}
