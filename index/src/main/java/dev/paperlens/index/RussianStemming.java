package dev.paperlens.index;

import java.util.function.Function;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ru.RussianLightStemFilter;
import org.tartarus.snowball.ext.RussianStemmer;

/**
 * How Russian words are reduced to a searchable form. Snowball is the default: measured against the
 * light stemmer and Hunspell (see docs/performance.md; the benchmark builds the Hunspell filter
 * itself, so the editor jar carries no dictionary code) it conflates the declined forms reviews use
 * about as well as Hunspell, needs no dictionary and indexes several times faster.
 */
public enum RussianStemming {
  SNOWBALL,
  LIGHT;

  /** A filter factory for Cyrillic tokens. */
  public Function<TokenStream, TokenStream> filter() {
    return switch (this) {
      case SNOWBALL -> in -> new StemMemoFilter(in, new RussianStemmer());
      case LIGHT -> RussianLightStemFilter::new;
    };
  }
}
