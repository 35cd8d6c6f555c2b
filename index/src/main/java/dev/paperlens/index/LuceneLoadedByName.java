package dev.paperlens.index;

import java.util.List;

/**
 * Lucene classes that Lucene loads by name rather than by reference: the implementation of each
 * token attribute. The editor jar is minimized to the classes the code reaches; naming them here
 * keeps them in it. (The providers of memory-mapped input and vector code for newer Java versions,
 * also loaded by name, stay because the jar keeps every {@code META-INF/versions} entry.) {@code
 * LuceneLoadedByNameTest} checks the list against the attributes the analysis and queries use.
 */
public final class LuceneLoadedByName {
  private LuceneLoadedByName() {}

  /** Classes Lucene instantiates by name; referenced here so that minimizing keeps them. */
  static final List<Class<?>> CLASSES =
      List.of(
          org.apache.lucene.analysis.tokenattributes.BytesTermAttributeImpl.class,
          org.apache.lucene.analysis.tokenattributes.CharTermAttributeImpl.class,
          org.apache.lucene.analysis.tokenattributes.FlagsAttributeImpl.class,
          org.apache.lucene.analysis.tokenattributes.KeywordAttributeImpl.class,
          org.apache.lucene.analysis.tokenattributes.OffsetAttributeImpl.class,
          org.apache.lucene.analysis.tokenattributes.PackedTokenAttributeImpl.class,
          org.apache.lucene.analysis.tokenattributes.PayloadAttributeImpl.class,
          org.apache.lucene.analysis.tokenattributes.PositionIncrementAttributeImpl.class,
          org.apache.lucene.analysis.tokenattributes.PositionLengthAttributeImpl.class,
          org.apache.lucene.analysis.tokenattributes.SentenceAttributeImpl.class,
          org.apache.lucene.analysis.tokenattributes.TermFrequencyAttributeImpl.class,
          org.apache.lucene.analysis.tokenattributes.TypeAttributeImpl.class,
          org.apache.lucene.search.BoostAttributeImpl.class,
          org.apache.lucene.search.MaxNonCompetitiveBoostAttributeImpl.class);
}
