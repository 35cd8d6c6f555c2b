package dev.paperlens.index;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.tartarus.snowball.SnowballStemmer;

/**
 * Snowball stemming as {@code SnowballFilter} does it, with the stems of recent words remembered:
 * review text repeats its words ("модель", "обучения") thousands of times in a build, and looking a
 * word up costs a fraction of stemming it again. Bounded (one slot per hash, the newest word wins
 * it); one per token stream, so per indexing thread, as the analyzer reuses its streams per thread.
 */
final class StemMemoFilter extends TokenFilter {
  private static final int SLOTS = 1 << 12;

  private final SnowballStemmer stemmer;
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
  private final String[] words = new String[SLOTS];
  private final String[] stems = new String[SLOTS];

  StemMemoFilter(TokenStream in, SnowballStemmer stemmer) {
    super(in);
    this.stemmer = stemmer;
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    if (keyword.isKeyword()) {
      return true;
    }
    String word = term.toString();
    int hash = word.hashCode();
    int slot = (hash ^ (hash >>> 16)) & (SLOTS - 1);
    if (word.equals(words[slot])) {
      term.setEmpty().append(stems[slot]);
      return true;
    }
    stemmer.setCurrent(term.buffer(), term.length());
    stemmer.stem();
    term.copyBuffer(stemmer.getCurrentBuffer(), 0, stemmer.getCurrentBufferLength());
    words[slot] = word;
    stems[slot] = term.toString();
    return true;
  }
}
