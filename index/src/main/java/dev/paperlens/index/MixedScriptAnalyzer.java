package dev.paperlens.index;

import dev.paperlens.text.CrossScript;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ConditionalTokenFilter;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Review text mixes Russian prose with English terms in one sentence, so one analyzer serves both:
 * tokens with Cyrillic letters go through the Russian stemmer, then every token through the English
 * possessive filter and Porter (which change only Latin endings); each script's stop words are
 * dropped. The Solr configset (solr/configset) builds the same chain from stock factories. Used for
 * both indexing and querying, so a query is stemmed the way text was.
 */
public final class MixedScriptAnalyzer extends Analyzer {
  private static final CharArraySet STOP_WORDS = stopWords();

  private final Function<TokenStream, TokenStream> russian;

  /** The analysis with another filter for Cyrillic tokens: for comparing stemmers. */
  public MixedScriptAnalyzer(Function<TokenStream, TokenStream> russianStemmer) {
    this.russian = russianStemmer;
  }

  public MixedScriptAnalyzer() {
    this(RussianStemming.SNOWBALL.filter());
  }

  private static CharArraySet stopWords() {
    CharArraySet set = new CharArraySet(RussianAnalyzer.getDefaultStopSet(), false);
    set.addAll(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
    return CharArraySet.unmodifiableSet(set);
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer source = new StandardTokenizer();
    TokenStream stream = new LowerCaseFilter(source);
    stream = new YoFoldingFilter(stream);
    stream = new StopFilter(stream, STOP_WORDS);
    stream = new ScriptFilter(stream, russian);
    stream = new PorterStemFilter(new EnglishPossessiveFilter(stream));
    return new TokenStreamComponents(source, stream);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new YoFoldingFilter(new LowerCaseFilter(in));
  }

  /**
   * Applies the Russian stemmer to tokens with a Cyrillic letter, including a Latin stem with a
   * Russian ending ("BERTовые" stems to "bertов"). Latin tokens pass through the English filters
   * only; those leave Cyrillic endings alone. Snowball's Russian stemmer leaves Latin tokens alone
   * too, so the chain equals the Solr configset's, which runs every filter on every token.
   */
  private static final class ScriptFilter extends ConditionalTokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    ScriptFilter(TokenStream in, Function<TokenStream, TokenStream> filter) {
      super(in, filter);
    }

    @Override
    protected boolean shouldFilter() {
      for (int i = 0; i < term.length(); i++) {
        if (CrossScript.isCyrillic(term.charAt(i))) {
          return true;
        }
      }
      return false;
    }
  }

  /** "ё" and "е" are one letter in practice: most text never writes the dots. */
  private static final class YoFoldingFilter extends org.apache.lucene.analysis.TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    YoFoldingFilter(TokenStream in) {
      super(in);
    }

    @Override
    public boolean incrementToken() throws java.io.IOException {
      if (!input.incrementToken()) {
        return false;
      }
      char[] buffer = term.buffer();
      for (int i = 0; i < term.length(); i++) {
        if (buffer[i] == 'ё') {
          buffer[i] = 'е';
        }
      }
      return true;
    }
  }
}
