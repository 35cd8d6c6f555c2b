package dev.paperlens.index;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.hunspell.Dictionary;
import org.apache.lucene.analysis.hunspell.HunspellStemFilter;
import org.apache.lucene.analysis.ru.RussianLightStemFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.tartarus.snowball.ext.RussianStemmer;

/**
 * How Russian words are reduced to a searchable form. Snowball is the default: measured against the
 * light stemmer and Hunspell (see docs/performance.md) it conflates the declined forms reviews use
 * about as well as Hunspell, needs no dictionary and indexes several times faster.
 */
public enum RussianStemming {
  SNOWBALL,
  LIGHT,
  HUNSPELL;

  /** A filter factory for Cyrillic tokens; Hunspell needs its .aff/.dic pair. */
  Function<TokenStream, TokenStream> filter(Path hunspellAffix) {
    return switch (this) {
      case SNOWBALL -> in -> new SnowballFilter(in, new RussianStemmer());
      case LIGHT -> RussianLightStemFilter::new;
      case HUNSPELL -> {
        Dictionary dictionary = loadDictionary(hunspellAffix);
        yield in -> new HunspellStemFilter(in, dictionary, true, true);
      }
    };
  }

  private static Dictionary loadDictionary(Path affix) {
    if (affix == null) {
      throw new IllegalArgumentException("Hunspell stemming needs a .aff file");
    }
    Path dic = affix.resolveSibling(affix.getFileName().toString().replaceAll("\\.aff$", ".dic"));
    try (InputStream aff = Files.newInputStream(affix);
        InputStream words = Files.newInputStream(dic)) {
      return new Dictionary(new ByteBuffersDirectory(), "hunspell", aff, words);
    } catch (IOException | java.text.ParseException e) {
      throw new UncheckedIOException(
          new IOException("cannot read Hunspell dictionary " + affix, e));
    }
  }
}
