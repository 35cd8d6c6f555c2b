package dev.paperlens.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What the terms dictionaries alone tell about a tier's query: whether it surely matches nothing
 * (then its search is skipped), against what searching it finds. One row per kind of query; the
 * index has two segments, so a term held by the second only still counts; a term whose documents
 * were deleted still counts (the search finds nothing there, which is what it would have found).
 */
class QueriesMatchingNothingTest {
  private static ByteBuffersDirectory directory;
  private static DirectoryReader reader;

  @BeforeAll
  static void index() throws IOException {
    directory = new ByteBuffersDirectory();
    // No merges: a merge would drop the deleted document's terms.
    IndexWriterConfig config =
        new IndexWriterConfig(new StandardAnalyzer()).setMergePolicy(NoMergePolicy.INSTANCE);
    try (IndexWriter writer = new IndexWriter(directory, config)) {
      writer.addDocument(doc("hyenadna", "paper"));
      writer.addDocument(doc("gone", "paper"));
      writer.commit();
      writer.addDocument(doc("titans", "method"));
      writer.deleteDocuments(new Term("name", "gone"));
      writer.commit();
    }
    reader = DirectoryReader.open(directory);
  }

  @AfterAll
  static void close() throws IOException {
    reader.close();
    directory.close();
  }

  private static Document doc(String name, String kind) {
    Document doc = new Document();
    doc.add(new StringField("name", name, Field.Store.NO));
    doc.add(new StringField("kind", kind, Field.Store.NO));
    return doc;
  }

  private static Query term(String text) {
    return new TermQuery(new Term("name", text));
  }

  private static Query prefix(String text) {
    return new PrefixQuery(new Term("name", text));
  }

  private static Query all(Query... required) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    Stream.of(required).forEach(q -> b.add(q, Occur.FILTER));
    return b.build();
  }

  private static Query any(Query... optional) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    Stream.of(optional).forEach(q -> b.add(q, Occur.SHOULD));
    return b.build();
  }

  static Stream<Arguments> rows() {
    Function<String, Query> kind = k -> new TermQuery(new Term("kind", k));
    return Stream.of(
        Arguments.of("a term of the first segment", term("hyenadna"), false),
        Arguments.of("a term of the second segment", term("titans"), false),
        Arguments.of("a term no segment holds", term("mamba"), true),
        Arguments.of("a field no segment holds", new TermQuery(new Term("title", "x")), true),
        Arguments.of("a term of deleted documents only", term("gone"), false),
        Arguments.of("a prefix of a term", prefix("hyena"), false),
        Arguments.of("a prefix that is a whole term", prefix("titans"), false),
        Arguments.of("a prefix of no term", prefix("hyenax"), true),
        Arguments.of("a prefix past every term", prefix("zz"), true),
        Arguments.of("the empty prefix", prefix(""), false),
        Arguments.of("wrapped in a constant score", new ConstantScoreQuery(term("mamba")), true),
        Arguments.of("required clauses all held", all(term("titans"), kind.apply("method")), false),
        Arguments.of("a required clause held nowhere", all(term("titans"), term("mamba")), true),
        Arguments.of("a filter by a kind", all(prefix("hyena"), kind.apply("nothing")), true),
        Arguments.of("optional clauses, one held", any(term("mamba"), prefix("tit")), false),
        Arguments.of("optional clauses, none held", any(term("mamba"), prefix("xl")), true),
        Arguments.of(
            "a required clause held, an optional one not",
            new BooleanQuery.Builder()
                .add(term("titans"), Occur.MUST)
                .add(term("mamba"), Occur.SHOULD)
                .build(),
            false),
        Arguments.of(
            "only an excluded clause",
            new BooleanQuery.Builder().add(term("mamba"), Occur.MUST_NOT).build(),
            false),
        Arguments.of("a query it does not read", new FuzzyQuery(new Term("name", "mambo")), false));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void toldFromTheTermsAlone(String row, Query query, boolean nothing) throws IOException {
    assertEquals(nothing, TieredSearch.matchesNothing(reader, query), row);
    if (nothing) {
      assertEquals(0, new IndexSearcher(reader).count(query), row + ": the search agrees");
    }
  }
}
