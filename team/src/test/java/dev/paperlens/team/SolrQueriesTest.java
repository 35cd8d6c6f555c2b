package dev.paperlens.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paperlens.index.NameQueries;
import dev.paperlens.index.SolrTarget;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.WildcardQuery;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.junit.jupiter.api.Test;

/** The name tiers in Solr syntax, and the team index's address; the contract runs them on Solr. */
class SolrQueriesTest {

  @Test
  void eachTierIsAConstantScoreClauseWithItsTermsInParameters() {
    ModifiableSolrParams params = new ModifiableSolrParams();
    String query = SolrQueries.tiers(NameQueries.prefixTiers("hyen"), params);
    assertTrue(
        query.startsWith(
            "({!term f=name_exact v=$t0})^=100.0 ({!prefix f=name_exact v=$t1})^=50.0"),
        query);
    assertEquals("hyen", params.get("t0"));
    assertFalse(query.contains("hyen"), "terms never appear in the query text: " + query);
  }

  @Test
  void whatUsersTypeNeverBecomesSyntax() {
    ModifiableSolrParams params = new ModifiableSolrParams();
    String query = SolrQueries.tiers(NameQueries.prefixTiers("a} OR {!lucene}*:*"), params);
    assertFalse(query.contains("*:*"), query);
    assertEquals(
        "\\\\cite\\{x\\} \\(a\\) \\-b \\*\\:\\* and or not",
        SolrQueries.freeText("\\cite{x} (a) -b *:* AND OR NOT"));
  }

  @Test
  void aFuzzyTierKeepsItsUneditedPrefix() {
    ModifiableSolrParams params = new ModifiableSolrParams();
    String query = SolrQueries.tiers(NameQueries.fuzzyTiers("hyenadnx"), params);
    assertTrue(query.contains("+name_edge:hyenadnx~2 +{!prefix f=name_edge v=$t0}"), query);
    assertEquals("h", params.get("t0"));
  }

  @Test
  void otherQueryTypesAreRefused() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            SolrQueries.clause(
                new WildcardQuery(new Term("name_exact", "h*")), new ModifiableSolrParams()));
  }

  @Test
  void aTargetIsSolrUrlsOrZooKeeperHosts() {
    SolrTarget urls = SolrTarget.ofUrls(" http://a:8983/solr/ ,https://b/solr", null);
    assertEquals(List.of("http://a:8983/solr", "https://b/solr"), urls.urls());
    assertEquals(SolrTarget.DEFAULT_COLLECTION, urls.collection());
    SolrTarget zk = SolrTarget.ofZooKeeper("zk1:2181,zk2:2181/solr", "team");
    assertEquals(List.of("zk1:2181", "zk2:2181"), zk.zkHosts());
    assertEquals(Optional.of("/solr"), zk.zkChroot());
    assertEquals("collection team at ZooKeeper zk1:2181,zk2:2181/solr", zk.describe());
    assertThrows(IllegalArgumentException.class, () -> SolrTarget.ofUrls("solr:8983", null));
    assertThrows(IllegalArgumentException.class, () -> SolrTarget.ofUrls(" , ", null));
    assertThrows(
        IllegalArgumentException.class, () -> SolrTarget.ofUrls("http://a/solr", "bad name"));
    assertThrows(IllegalArgumentException.class, () -> SolrTarget.ofZooKeeper(" ", null));
  }
}
