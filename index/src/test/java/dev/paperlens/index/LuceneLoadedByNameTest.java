package dev.paperlens.index;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.util.AttributeImpl;
import org.apache.lucene.util.AttributeSource;
import org.junit.jupiter.api.Test;

/** The editor jar keeps only what code reaches: every attribute Lucene makes by name is listed. */
class LuceneLoadedByNameTest {

  @Test
  void everyAttributeTheAnalysisMakesIsListed() throws IOException {
    try (MixedScriptAnalyzer analyzer = new MixedScriptAnalyzer()) {
      for (String field : List.of("body", "title", "names")) {
        try (TokenStream stream = analyzer.tokenStream(field, "Гиены и LoRA's adapters 2023")) {
          stream.reset();
          while (stream.incrementToken()) {
            // the attributes are all added before the first token
          }
          stream.end();
          assertListed(stream);
        }
      }
    }
  }

  @Test
  void theAttributesOfMultiTermQueriesAreListed() {
    // Fuzzy and prefix queries' terms enums add these; the one nested in FuzzyTermsEnum is kept
    // with its enclosing class.
    AttributeSource atts = new AttributeSource();
    atts.addAttribute(org.apache.lucene.search.BoostAttribute.class);
    atts.addAttribute(org.apache.lucene.search.MaxNonCompetitiveBoostAttribute.class);
    assertListed(atts);
  }

  private static void assertListed(AttributeSource source) {
    List<String> missing = new ArrayList<>();
    for (Iterator<AttributeImpl> it = source.getAttributeImplsIterator(); it.hasNext(); ) {
      Class<?> impl = it.next().getClass();
      if (!LuceneLoadedByName.CLASSES.contains(impl) && impl.getEnclosingClass() == null) {
        missing.add(impl.getName());
      }
    }
    assertTrue(missing.isEmpty(), "add to LuceneLoadedByName: " + missing);
  }
}
