package dev.paperlens.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

/**
 * The prefix-only name fields hold each document's terms without those that start another of its
 * terms ({@link EntryDocuments#withoutLeadingParts}); prefix queries, and the fuzzy tier's {@link
 * EdgeFuzzyQuery}, must find the same documents in them as in all the terms.
 */
class LeadingPartsTest {

  /** Terms, then the terms kept, one row per way a term can start another. */
  private static final String[][] ROWS = {
    {"hye,hyen,hyena,hyenadna", "hyenadna"},
    {"dna,hyenadna,hye", "dna,hyenadna"},
    {"lora,lorabased,ora,orabased,based", "based,lorabased,orabased"},
    {"ab,abc,abd", "abc,abd"},
    {"same", "same"},
    {"", ""},
    {"ёлка,ёл,ел", "ел,ёлка"},
  };

  @Test
  void keepsTheTermsThatStartNoOther() {
    for (String[] row : ROWS) {
      assertEquals(set(row[1]), EntryDocuments.withoutLeadingParts(set(row[0])), row[0]);
    }
  }

  @Test
  void prefixAndFuzzyQueriesFindTheSameDocuments() throws IOException {
    Random random = new Random(7);
    List<Set<String>> edges = new ArrayList<>();
    List<Set<String>> infixes = new ArrayList<>();
    for (int doc = 0; doc < 400; doc++) {
      Set<String> docEdges = new LinkedHashSet<>();
      Set<String> docInfixes = new LinkedHashSet<>();
      for (int word = 1 + random.nextInt(3); word > 0; word--) {
        String name = word(random);
        NameForms.addEdges(name, docEdges);
        NameForms.addSuffixes(name, docInfixes);
      }
      edges.add(docEdges);
      infixes.add(docInfixes);
    }
    try (Directory all = index(edges, infixes, Function.identity());
        Directory kept = index(edges, infixes, EntryDocuments::withoutLeadingParts);
        DirectoryReader allReader = DirectoryReader.open(all);
        DirectoryReader keptReader = DirectoryReader.open(kept)) {
      IndexSearcher allSearcher = new IndexSearcher(allReader);
      IndexSearcher keptSearcher = new IndexSearcher(keptReader);
      int found = 0;
      for (int i = 0; i < 600; i++) {
        String word = word(random);
        String input =
            word.substring(0, Math.min(word.length(), 1 + random.nextInt(4) + (i % 2) * 4));
        String typed = input.length() > NameForms.MAX_EDGE ? input.substring(0, 12) : input;
        assertEquals(
            docs(allSearcher, new PrefixQuery(new Term("infix", input))),
            docs(keptSearcher, new PrefixQuery(new Term("infix", input))),
            input);
        if (typed.length() < 4) {
          continue;
        }
        int edits = typed.length() >= 7 ? 2 : 1;
        Set<Integer> fuzzy =
            docs(
                allSearcher,
                new FuzzyQuery(
                    new Term("edge", typed),
                    edits,
                    edits - 1,
                    64,
                    true,
                    MultiTermQuery.CONSTANT_SCORE_BLENDED_REWRITE));
        found += fuzzy.size();
        assertEquals(
            fuzzy,
            docs(
                keptSearcher,
                new EdgeFuzzyQuery(
                    new Term("edge", typed),
                    edits,
                    edits - 1,
                    MultiTermQuery.CONSTANT_SCORE_BLENDED_REWRITE)),
            typed);
      }
      assertTrue(found > 100, "the fuzzy queries found too little to compare: " + found);
    }
  }

  /** Words over a small alphabet, so that many share their first letters and are near misses. */
  private static String word(Random random) {
    String letters = random.nextInt(5) == 0 ? "лорагиен" : "loraqdnahye";
    StringBuilder word = new StringBuilder();
    for (int i = 3 + random.nextInt(12); i > 0; i--) {
      word.append(letters.charAt(random.nextInt(letters.length())));
    }
    return word.toString();
  }

  private static Directory index(
      List<Set<String>> edges, List<Set<String>> infixes, Function<Set<String>, Set<String>> terms)
      throws IOException {
    Directory directory = new ByteBuffersDirectory();
    try (IndexWriter writer =
        new IndexWriter(directory, new IndexWriterConfig(new KeywordAnalyzer()))) {
      for (int i = 0; i < edges.size(); i++) {
        Document doc = new Document();
        for (String term : terms.apply(edges.get(i))) {
          doc.add(new StringField("edge", term, Field.Store.NO));
        }
        for (String term : terms.apply(infixes.get(i))) {
          doc.add(new StringField("infix", term, Field.Store.NO));
        }
        writer.addDocument(doc);
      }
    }
    return directory;
  }

  private static Set<Integer> docs(IndexSearcher searcher, Query query) throws IOException {
    Set<Integer> docs = new HashSet<>();
    for (ScoreDoc hit : searcher.search(query, Integer.MAX_VALUE).scoreDocs) {
      docs.add(hit.doc);
    }
    return docs;
  }

  private static Set<String> set(String terms) {
    Set<String> out = new LinkedHashSet<>();
    for (String term : terms.split(",")) {
      if (!term.isEmpty()) {
        out.add(term);
      }
    }
    return out;
  }
}
