package dev.paperlens.team;

import static dev.paperlens.index.IndexFields.*;

import dev.paperlens.index.EntryDocuments;
import dev.paperlens.index.FieldTerms;
import dev.paperlens.index.IndexEntry;
import dev.paperlens.index.NameTerms;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashSet;
import org.apache.solr.common.SolrInputDocument;

/**
 * Lays an {@link IndexEntry} out as a Solr document with the fields and terms {@link
 * EntryDocuments} gives the embedded index; the configset's schema declares the same fields.
 */
final class SolrDocuments {
  private SolrDocuments() {}

  /** Prefix of every stored hash: a push by another schema version rewrites every entry. */
  static final String HASH_PREFIX = "s" + SCHEMA_VERSION + ":";

  static final String KIND_META = "meta";

  static SolrInputDocument of(IndexEntry entry) {
    SolrInputDocument doc = new SolrInputDocument();
    doc.addField(ID, entry.id());
    doc.addField(KIND, EntryDocuments.kindName(entry.kind()));
    doc.addField(ORDER, EntryDocuments.stableOrder(entry.id()));
    doc.addField(KEY, entry.key());
    doc.addField(TITLE, EntryDocuments.displayText(entry.title()));
    doc.addField(NAME, EntryDocuments.displayText(entry.name()));
    doc.addField(HASH, HASH_PREFIX + entry.hash());
    addAll(doc, SOURCE, entry.sources());
    NameTerms terms = NameTerms.of(entry);
    addTerms(doc, NAME_EXACT, terms.exact());
    addTerms(doc, NAME_WORD, terms.words());
    addTerms(doc, NAME_INFIX, terms.infix());
    addTerms(doc, NAME_EDGE, terms.edges());
    addTerms(doc, NAME_PHONETIC, terms.phonetic());
    addTerms(doc, NAME_PHONETIC_INFIX, terms.phoneticInfix());
    addTerms(doc, NAME_PHONETIC_EXACT, terms.phoneticExact());
    addTerms(doc, NAME_STEM, terms.stems());
    FieldTerms fields = FieldTerms.of(entry);
    addTerms(doc, FIELD_WORD, fields.words());
    addTerms(doc, FIELD_PHONETIC, fields.phonetic());
    doc.addField(TITLE_TEXT, entry.title());
    doc.addField(NAMES_TEXT, String.join(" ", entry.names()));
    if (!entry.body().isEmpty()) {
      doc.addField(BODY_TEXT, entry.body());
    }
    addTerms(doc, MENTION, new LinkedHashSet<>(entry.mentions()));
    doc.addField(POPULARITY, entry.popularity());
    if (entry.paperJson() != null) {
      doc.addField(PAPER_JSON, new String(entry.paperJson(), StandardCharsets.UTF_8));
    }
    return doc;
  }

  private static void addAll(SolrInputDocument doc, String field, Collection<String> values) {
    for (String value : values) {
      doc.addField(field, value);
    }
  }

  private static void addTerms(SolrInputDocument doc, String field, Collection<String> values) {
    for (String value : values) {
      doc.addField(field, EntryDocuments.term(value));
    }
  }
}
