package dev.paperlens.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParser;
import dev.paperlens.index.SolrTarget;
import dev.paperlens.notes.NoteLanguage;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SettingsTest {

  private static Settings parse(String json) {
    return Settings.from(JsonParser.parseString(json));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '#',
      value = {
        "{\"settings\": {\"paperlens\": {\"completion\": {\"maxItems\": 7}}}}# 7",
        "{\"paperlens\": {\"completion.maxItems\": 8}}# 8",
        "{\"completion\": {\"maxItems\": 9}}# 9",
        "{\"completion\": {\"maxItems\": 0}}# 30",
        "{\"completion\": {\"maxItems\": \"many\"}}# 30",
        "null# 30",
        "[1, 2]# 30",
      })
  void readsEveryShapeTheClientSends(String json, int maxItems) {
    assertEquals(maxItems, parse(json).completionMaxItems());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '#',
      value = {
        "{\"channels\": {\"maxPages\": 5}}# 5# ",
        "{\"channels.maxPages\": 1000}# 1000# ",
        "{\"channels\": {\"maxPages\": 0}}# 50# channels.maxPages must be between 1 and 1000, not 0",
        "{}# 50# ",
      })
  void readsTheChannelPageCap(String json, int pages, String problem) {
    Settings s = parse(json);
    assertEquals(pages, s.channelMaxPages());
    assertEquals(problem == null ? java.util.List.of() : java.util.List.of(problem), s.problems());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '#',
      value = {
        "{\"channels\": {\"syncMinutes\": 15}}# 15# ",
        "{\"channels.syncMinutes\": 0}# 0# ",
        "{\"channels\": {\"syncMinutes\": -1}}# 60# channels.syncMinutes must be between 0 (off)"
            + " and 10080, not -1",
        "{\"channels\": {\"syncMinutes\": \"often\"}}# 60# paperlens.channels.syncMinutes: cannot"
            + " read \"often\"",
        "{}# 60# ",
      })
  void readsTheChannelSyncInterval(String json, int minutes, String problem) {
    Settings s = parse(json);
    assertEquals(minutes, s.channelSyncMinutes());
    assertEquals(problem == null ? java.util.List.of() : java.util.List.of(problem), s.problems());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '#',
      value = {
        "{\"zoteroPollSeconds\": 5}# 5# ",
        "{\"zoteroPollSeconds\": 0}# 30# zoteroPollSeconds must be between 1 and 86400, not 0",
        "{}# 30# ",
      })
  void readsTheZoteroPollInterval(String json, int seconds, String problem) {
    Settings s = parse(json);
    assertEquals(seconds, s.zoteroPollSeconds());
    assertEquals(problem == null ? java.util.List.of() : java.util.List.of(problem), s.problems());
  }

  @Test
  void readsEveryKey() {
    Settings s =
        parse(
            "{\"settings\": {\"paperlens\": {\"sources\": [\"reviews/\", \"*.bib\"],"
                + " \"indexDir\": \".cache/idx\", \"diagnostics\": {\"unknownCitations\": false},"
                + " \"languages\": [\"markdown\", \"latex\"]}}}");
    assertEquals(List.of("reviews/", "*.bib"), s.sources());
    assertEquals(".cache/idx", s.indexDir());
    assertFalse(s.unknownCitations());
    assertEquals(Set.of(NoteLanguage.MARKDOWN, NoteLanguage.LATEX), s.languages());
    assertFalse(s.serves(NoteLanguage.PLAIN));
    assertEquals(List.of(), s.problems());
  }

  @Test
  void inlayHintsAreOnForCitationsAndOffForMentionsUnlessSet() {
    assertTrue(parse("{}").citationHints());
    assertFalse(parse("{}").mentionHints());
    Settings s = parse("{\"inlayHints\": {\"citations\": false, \"mentions\": true}}");
    assertFalse(s.citationHints());
    assertTrue(s.mentionHints());
    assertEquals(
        List.of("inlayHints.citations: true -> false", "inlayHints.mentions: false -> true"),
        s.differences(Settings.DEFAULT));
    Settings bad = parse("{\"inlayHints\": {\"mentions\": \"perhaps\"}}");
    assertFalse(bad.mentionHints());
    assertEquals(1, bad.problems().size(), bad.problems().toString());
  }

  @Test
  void theBackendIsEmbeddedUnlessASharedCollectionIsNamed() {
    assertNull(parse("{}").backend().team());
    assertNull(parse("{\"backend\": \"embedded\"}").backend().team());
    assertNull(
        parse(
                "{\"backend\": {\"type\": \"embedded\", \"url\": \"\", \"zkHosts\": \"\", \"collection\": \"paperlens\"}}")
            .backend()
            .team());
    SolrTarget byUrl =
        parse(
                "{\"backend\": {\"type\": \"solr\", \"url\": \"http://solr1:8983/solr/, http://solr2:8983/solr\","
                    + " \"zkHosts\": \"\", \"collection\": \"team\"}}")
            .backend()
            .team();
    assertEquals(List.of("http://solr1:8983/solr", "http://solr2:8983/solr"), byUrl.urls());
    assertEquals("team", byUrl.collection());
    SolrTarget byZk =
        parse("{\"backend.type\": \"solr\", \"backend.zkHosts\": \"zk1:2181,zk2:2181/solr\"}")
            .backend()
            .team();
    assertEquals(List.of("zk1:2181", "zk2:2181"), byZk.zkHosts());
    assertEquals(java.util.Optional.of("/solr"), byZk.zkChroot());
    assertEquals(SolrTarget.DEFAULT_COLLECTION, byZk.collection());
  }

  @Test
  void theTeamAddOnJarIsASettingOfTheBackend() {
    assertNull(parse("{}").backend().addon());
    Settings.Backend backend =
        parse(
                "{\"backend\": {\"type\": \"solr\", \"url\": \"http://solr1:8983/solr\","
                    + " \"addon\": \" /opt/paperlens/paperlens-team.jar \"}}")
            .backend();
    assertEquals("/opt/paperlens/paperlens-team.jar", backend.addon());
    assertEquals(
        "/opt/lib/team.jar",
        parse(
                "{\"backend.type\": \"solr\", \"backend.url\": \"http://s:8983/solr\", \"backend.addon\": \"/opt/lib/team.jar\"}")
            .backend()
            .addon());
    assertEquals(List.of(), parse("{\"backend.addon\": \"\"}").problems());
  }

  @Test
  void aSharedCollectionWithoutAnAddressIsReportedAndTheEmbeddedIndexKept() {
    Settings s = parse("{\"backend\": {\"type\": \"solr\"}}");
    assertNull(s.backend().team());
    assertTrue(
        s.problems().get(0).startsWith("paperlens.backend: give Solr URLs or ZooKeeper hosts"),
        s.problems().toString());
    Settings bad = parse("{\"backend\": {\"type\": \"solr\", \"url\": \"solr:8983\"}}");
    assertNull(bad.backend().team());
    assertTrue(bad.problems().get(0).contains("starts with http://"), bad.problems().toString());
    Settings unknown = parse("{\"backend\": \"elastic\"}");
    assertNull(unknown.backend().team());
    assertEquals(1, unknown.problems().size());
  }

  @Test
  void aSingleSourceStringAndPerLanguageSwitchesWork() {
    Settings s =
        parse("{\"sources\": \"notes/reviews.txt\", \"languages\": {\"plaintext\": false}}");
    assertEquals(List.of("notes/reviews.txt"), s.sources());
    assertEquals(Set.of(NoteLanguage.MARKDOWN, NoteLanguage.LATEX), s.languages());
  }

  @Test
  void badValuesAreReportedAndKeepTheDefault() {
    Settings s =
        parse(
            "{\"languages\": [\"cobol\"], \"colour\": \"red\", \"diagnostics\": {\"unknownCitations\": 3}}");
    assertEquals(3, s.problems().size(), s.problems().toString());
    assertTrue(s.unknownCitations());
  }

  @Test
  void clientSettingsOverrideTheWorkspaceFile() {
    List<String> problems = new ArrayList<>();
    var file =
        Settings.parseFile("{\"sources\": [\"a\"], \"completion\": {\"maxItems\": 5}}", problems);
    var client =
        Settings.section(JsonParser.parseString("{\"paperlens\": {\"sources\": [\"b\"]}}"));
    Settings merged = Settings.DEFAULT.with(Settings.merge(file, client));
    assertEquals(List.of("b"), merged.sources());
    assertEquals(5, merged.completionMaxItems());
    Settings.parseFile("{broken", problems);
    assertEquals(1, problems.size());
  }

  @Test
  void differencesNameWhatChanged() {
    Settings after = parse("{\"sources\": [\"x\"], \"completion\": {\"maxItems\": 3}}");
    assertEquals(
        List.of("sources: [] -> [x]", "completion.maxItems: 30 -> 3"),
        after.differences(Settings.DEFAULT));
    assertTrue(after.needsReindex(Settings.DEFAULT));
    assertFalse(parse("{\"completion\": {\"maxItems\": 3}}").needsReindex(Settings.DEFAULT));
  }

  @Test
  void onlyPaperlensSettingsReplaceTheClientsSettings() {
    assertTrue(
        Settings.carriesSection(JsonParser.parseString("{\"settings\": {\"paperlens\": {}}}")));
    assertTrue(Settings.carriesSection(JsonParser.parseString("{\"paperlens\": {}}")));
    assertFalse(Settings.carriesSection(JsonParser.parseString("{\"settings\": {\"other\": 1}}")));
    assertFalse(Settings.carriesSection(null));
  }
}
