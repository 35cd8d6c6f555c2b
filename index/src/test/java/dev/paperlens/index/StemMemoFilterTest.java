package dev.paperlens.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paperlens.corpus.Paper;
import dev.paperlens.corpus.Review;
import dev.paperlens.corpus.SyntheticCorpus;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.junit.jupiter.api.Test;
import org.tartarus.snowball.ext.RussianStemmer;

/** Remembered stems are the stems: the analyzer gives what Snowball gives, word for word. */
class StemMemoFilterTest {

  @Test
  void reviewTextAnalyzesAsWithSnowballAlone() throws Exception {
    // more distinct words than the memo has slots, so slots are taken over
    StringBuilder text = new StringBuilder();
    for (Paper paper : SyntheticCorpus.papers(800, 11)) {
      for (Review review : paper.reviews()) {
        text.append(review.text()).append('\n');
      }
    }
    text.append("BERTовые ёлки Ёлка модель модели моделями моделью");
    try (Analyzer remembered = new MixedScriptAnalyzer();
        Analyzer snowball =
            new MixedScriptAnalyzer(in -> new SnowballFilter(in, new RussianStemmer()))) {
      List<String> expected = AnalyzerTokens.of(snowball, text.toString());
      assertTrue(expected.size() > 20_000, "tokens: " + expected.size());
      assertEquals(expected, AnalyzerTokens.of(remembered, text.toString()));
      // and again on the same streams, their memo now full
      assertEquals(expected, AnalyzerTokens.of(remembered, text.toString()));
    }
  }
}
