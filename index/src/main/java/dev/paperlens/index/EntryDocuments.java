package dev.paperlens.index;

import static dev.paperlens.index.IndexFields.*;

import java.io.IOException;
import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.FloatDocValuesField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;

/**
 * Lays an {@link IndexEntry} out as a Lucene document ({@link SolrDocuments} does the same for
 * Solr).
 */
public final class EntryDocuments {
  private EntryDocuments() {}

  public static Document of(IndexEntry entry) {
    return of(entry, NameForms.WordTerms::of);
  }

  /** The document of an entry, the terms of its names' words taken from {@code wordTerms}. */
  static Document of(IndexEntry entry, Function<String, NameForms.WordTerms> wordTerms) {
    Document doc = common(entry);
    NameTerms terms = NameTerms.of(entry, wordTerms);
    addAll(doc, NAME_EXACT, terms.exact());
    addAll(doc, NAME_WORD, terms.words());
    addAll(doc, NAME_INFIX, terms.infix());
    addAll(doc, NAME_EDGE, terms.edges());
    addAll(doc, NAME_PHONETIC, terms.phonetic());
    addAll(doc, NAME_PHONETIC_INFIX, terms.phoneticInfix());
    addAll(doc, NAME_PHONETIC_EXACT, terms.phoneticExact());
    addAll(doc, NAME_STEM, terms.stems());
    FieldTerms fields = FieldTerms.of(entry);
    addAll(doc, FIELD_WORD, fields.words());
    addAll(doc, FIELD_PHONETIC, fields.phonetic());

    doc.add(new Field(TITLE_TEXT, entry.title(), WORDS));
    doc.add(new Field(NAMES_TEXT, String.join(" ", entry.names()), WORDS));
    if (!entry.body().isEmpty()) {
      doc.add(new Field(BODY_TEXT, entry.body(), WORDS));
    }
    addAll(doc, MENTION, new LinkedHashSet<>(entry.mentions()));
    return doc;
  }

  /** What every kind of document holds: identity, order, what hits read, the stored paper. */
  private static Document common(IndexEntry entry) {
    Document doc = new Document();
    doc.add(new StringField(ID, entry.id(), Field.Store.YES));
    doc.add(new SortedDocValuesField(ID, new BytesRef(entry.id())));
    doc.add(new StringField(KIND, kindName(entry.kind()), Field.Store.NO));
    doc.add(new NumericDocValuesField(KIND, entry.kind() == SearchHit.Kind.PAPER ? 0 : 1));
    doc.add(new NumericDocValuesField(ORDER, stableOrder(entry.id())));
    // Hits read these per result: doc values keep them out of the compressed stored-field blocks
    // that also hold the large paper JSON.
    doc.add(new BinaryDocValuesField(KEY, new BytesRef(entry.key())));
    doc.add(new BinaryDocValuesField(TITLE, display(entry.title())));
    doc.add(new BinaryDocValuesField(NAME, display(entry.name())));
    doc.add(new BinaryDocValuesField(HASH, new BytesRef(entry.hash())));
    for (String source : entry.sources()) {
      doc.add(new StoredField(SOURCE, source));
    }

    doc.add(new FloatDocValuesField(POPULARITY, entry.popularity()));
    if (entry.paperJson() != null) {
      doc.add(new StoredField(PAPER_JSON, entry.paperJson()));
    }
    if (entry.labelJson() != null && entry.labelJson().length <= MAX_LABEL_BYTES) {
      doc.add(new BinaryDocValuesField(LABEL, new BytesRef(entry.labelJson())));
    }
    return doc;
  }

  /** A hash of the id that is the same in every JVM and build (String.hashCode is too small). */
  public static long stableOrder(String id) {
    long hash = 0xcbf29ce484222325L;
    for (int i = 0; i < id.length(); i++) {
      hash ^= id.charAt(i);
      hash *= 0x100000001b3L;
    }
    return hash;
  }

  public static String kindName(SearchHit.Kind kind) {
    return kind == SearchHit.Kind.PAPER ? KIND_PAPER : KIND_METHOD;
  }

  /**
   * Longest name term indexed: Lucene refuses terms over 32 KB and fails the whole update, so a
   * runaway title from a broken source is matched by its words and its first characters only.
   */
  public static final int MAX_TERM_CHARS = 256;

  /**
   * Longest label kept as a doc value (a title or method list from broken input can be longer); a
   * paper without one has its label read from its stored JSON.
   */
  public static final int MAX_LABEL_BYTES = 16_384;

  /** Longest title or name kept for display. */
  public static final int MAX_DISPLAY_CHARS = 2_000;

  /**
   * Analyzed text with each word's count but not its positions: the text is asked for its words
   * (scored by BM25 on counts and length) and never for phrases, so positions would only be
   * written, sorted and merged.
   */
  private static final FieldType WORDS = words();

  private static FieldType words() {
    FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
    type.freeze();
    return type;
  }

  /**
   * Exact terms, indexed as a {@link StringField} of each would be (documents only, no norms), but
   * as one field whose token stream gives them all: an entry has hundreds of name terms, and the
   * indexing chain's per-field work then runs once per field rather than once per term.
   */
  private static final FieldType EXACT_TERMS = exactTerms();

  private static FieldType exactTerms() {
    FieldType type = new FieldType();
    type.setIndexOptions(IndexOptions.DOCS);
    type.setOmitNorms(true);
    type.setTokenized(true);
    type.freeze();
    return type;
  }

  private static void addAll(Document doc, String field, Set<String> values) {
    if (!values.isEmpty()) {
      doc.add(new ExactTermsField(field, values));
    }
  }

  /** Every exact term of one field of one document. */
  private static final class ExactTermsField extends Field {
    private final Collection<String> terms;

    ExactTermsField(String name, Collection<String> terms) {
      super(name, EXACT_TERMS);
      this.terms = terms;
    }

    @Override
    public TokenStream tokenStream(Analyzer analyzer, TokenStream reuse) {
      ExactTermsStream stream =
          reuse instanceof ExactTermsStream reused ? reused : new ExactTermsStream();
      stream.terms = terms.iterator();
      return stream;
    }
  }

  /** The terms of an {@link ExactTermsField}, one token each, clipped as {@link #term} clips. */
  private static final class ExactTermsStream extends TokenStream {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private Iterator<String> terms = Collections.emptyIterator();

    @Override
    public boolean incrementToken() {
      if (!terms.hasNext()) {
        return false;
      }
      clearAttributes();
      term.setEmpty().append(term(terms.next()));
      return true;
    }

    @Override
    public void close() throws IOException {
      super.close();
      terms = Collections.emptyIterator();
    }
  }

  /** A name term as indexed: clipped to {@link #MAX_TERM_CHARS}. */
  public static String term(String value) {
    return value.length() > MAX_TERM_CHARS ? value.substring(0, MAX_TERM_CHARS) : value;
  }

  /** A title or name as shown: clipped to {@link #MAX_DISPLAY_CHARS}. */
  public static String displayText(String value) {
    return value.length() > MAX_DISPLAY_CHARS ? value.substring(0, MAX_DISPLAY_CHARS) : value;
  }

  private static BytesRef display(String value) {
    return new BytesRef(displayText(value));
  }
}
