package dev.paperlens.team;

import dev.paperlens.index.NameQueries;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.solr.client.solrj.util.ClientUtils;
import org.apache.solr.common.params.ModifiableSolrParams;

/**
 * Writes the name tiers of {@link NameQueries} in Solr's query syntax, so both backends run the
 * same tiers. Every tier is a constant-score clause of its tier score, and {@code {!maxscore}}
 * scores a document by its best tier only, as the embedded index does. Terms travel as separate
 * request parameters ({@code v=$t3}), so nothing a user types is parsed as syntax.
 */
final class SolrQueries {
  private SolrQueries() {}

  /** A query naming the tiers of {@link #tiers}, given in the {@code tiers} parameter. */
  static final String BEST_TIER = "{!maxscore tie=0 v=$tiers}";

  /**
   * Adds the tiers' terms to {@code params} and returns the body of one query over all of them, for
   * {@link #BEST_TIER}.
   */
  static String tiers(List<NameQueries.Tier> tiers, ModifiableSolrParams params) {
    StringBuilder query = new StringBuilder();
    for (NameQueries.Tier tier : tiers) {
      query
          .append('(')
          .append(clause(tier.query(), params))
          .append(")^=")
          .append(String.format(Locale.ROOT, "%s", tier.score()))
          .append(' ');
    }
    return query.toString().strip();
  }

  /**
   * Free text for edismax: every character Solr's syntax reserves is escaped and the text is lower
   * cased (the analysis lower-cases anyway), so "AND", "OR" and "NOT" are words, not operators.
   * Whitespace stays, so the text still splits into words.
   */
  static String freeText(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ("\\+-!():^[]\"{}~*?|&/;".indexOf(c) >= 0) {
        out.append('\\');
      }
      out.append(Character.isWhitespace(c) ? ' ' : c);
    }
    return out.toString().toLowerCase(Locale.ROOT);
  }

  /** The tier query in Solr syntax; the query types {@link NameQueries} builds, no others. */
  static String clause(Query query, ModifiableSolrParams params) {
    if (query instanceof TermQuery term) {
      return "{!term f=" + term.getTerm().field() + " v=$" + param(term.getTerm(), params) + "}";
    }
    if (query instanceof PrefixQuery prefix) {
      return "{!prefix f=" + prefix.getField() + " v=$" + param(prefix.getPrefix(), params) + "}";
    }
    if (query instanceof FuzzyQuery fuzzy) {
      // Solr's parser has no prefix length: the unedited first letters are asked of the same field
      // instead. A document whose other name starts so may then match: the fuzzy tier, the last
      // resort of completion, can offer a few more near misses than the embedded index.
      Term term = fuzzy.getTerm();
      String near =
          term.field()
              + ":"
              + ClientUtils.escapeQueryChars(term.text())
              + "~"
              + fuzzy.getMaxEdits();
      int prefix = Math.min(fuzzy.getPrefixLength(), term.text().length());
      if (prefix == 0) {
        return near;
      }
      Term start = new Term(term.field(), term.text().substring(0, prefix));
      return "(+" + near + " +{!prefix f=" + start.field() + " v=$" + param(start, params) + "})";
    }
    if (query instanceof BooleanQuery bool) {
      // Parenthesized, so that a boolean inside another stays one clause of it.
      return "(" + booleanClause(bool, params) + ")";
    }
    throw new IllegalArgumentException("not a name tier query: " + query);
  }

  /**
   * A conjunction ("+a +b", the clauses that must or filter) or a disjunction ("a OR b", all
   * clauses should): the two shapes {@link NameQueries} builds.
   */
  private static String booleanClause(BooleanQuery bool, ModifiableSolrParams params) {
    boolean disjunction =
        bool.clauses().stream().allMatch(c -> c.getOccur() == BooleanClause.Occur.SHOULD);
    StringBuilder all = new StringBuilder();
    for (BooleanClause clause : bool.clauses()) {
      if (!disjunction
          && clause.getOccur() != BooleanClause.Occur.FILTER
          && clause.getOccur() != BooleanClause.Occur.MUST) {
        throw new IllegalArgumentException("neither a conjunction nor a disjunction: " + bool);
      }
      if (all.length() > 0) {
        all.append(disjunction ? " OR " : " ");
      }
      all.append(disjunction ? "" : "+").append(clause(clause.getQuery(), params));
    }
    return all.toString();
  }

  private static String param(Term term, ModifiableSolrParams params) {
    String name = "t" + countTerms(params);
    params.set(name, term.text());
    return name;
  }

  private static int countTerms(ModifiableSolrParams params) {
    int n = 0;
    while (params.get("t" + n) != null) {
      n++;
    }
    return n;
  }
}
