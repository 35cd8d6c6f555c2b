package dev.paperlens.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class EntryFieldsTest {

  private static Map<String, String> written() {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("title", "Hyena Hierarchy");
    fields.put("author", "Poli, Michael and Massaroli, Stefano");
    fields.put("year", "2023");
    fields.put("note", null);
    return fields;
  }

  @Test
  void answersAsTheMapItWasMadeFromInItsOrder() {
    Map<String, String> fields = EntryFields.of(written());
    assertEquals(written(), fields);
    assertEquals(written().hashCode(), fields.hashCode());
    assertEquals(List.of("title", "author", "year", "note"), new ArrayList<>(fields.keySet()));
    assertEquals("2023", fields.get("year"));
    assertNull(fields.get("journal"));
    assertTrue(fields.containsKey("note"));
    assertFalse(fields.containsKey("journal"));
    assertEquals(4, fields.size());
  }

  @Test
  void isUnmodifiable() {
    Map<String, String> fields = EntryFields.of(written());
    assertThrows(UnsupportedOperationException.class, () -> fields.put("year", "2024"));
    assertThrows(UnsupportedOperationException.class, () -> fields.remove("year"));
    assertThrows(
        UnsupportedOperationException.class,
        () -> fields.entrySet().iterator().next().setValue(""));
  }

  @Test
  void entriesShareTheirFieldNames() {
    Map<String, String> a = EntryFields.of(Map.of(new String("journal"), "A"));
    Map<String, String> b = EntryFields.of(Map.of(new String("journal"), "B"));
    assertSame(a.keySet().iterator().next(), b.keySet().iterator().next());
  }

  @Test
  void aBibEntryKeepsItsFieldsSoAndSurvivesJson() throws Exception {
    BibEntry entry = new BibEntry("poli2023", "article", written(), "lib.bib", 3, "@article{...}");
    assertEquals(written(), entry.fields());
    var json = new com.fasterxml.jackson.databind.ObjectMapper();
    String text = json.writeValueAsString(entry);
    assertTrue(text.contains("{\"title\":\"Hyena Hierarchy\",\"author\""), text);
    assertEquals(entry, json.readValue(text, BibEntry.class));
  }

  /** An abstract longer than the values rendered as the fields are made. */
  private static final String LONG_ABSTRACT =
      "We reach 50\\% of peak --- twice ``as fast'' as \\textbf{before}. ".repeat(8);

  /** LaTeX as written, one row per kind of value a library holds. */
  private static Map<String, String> latex() {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("title", "{Flash{A}ttention}: Fast  and\n Exact");
    fields.put("author", "R{\\'e}, Christopher and M\\\"uller, J{\\\"o}rg");
    fields.put("abstract", LONG_ABSTRACT);
    fields.put("annote", LONG_ABSTRACT.replace("peak", "the \\emph{peak}"));
    fields.put("url", "  https://example.org/a\\_b%20c  ");
    fields.put("year", "2022");
    fields.put("note", "");
    return fields;
  }

  private static final Set<String> VERBATIM = Set.of("url");

  /** The fields as the parser rendered them before values were kept as LaTeX. */
  private static Map<String, String> renderedAtOnce() {
    Map<String, String> out = new LinkedHashMap<>();
    latex()
        .forEach(
            (name, value) ->
                out.put(
                    name, VERBATIM.contains(name) ? value.strip() : LatexToUnicode.plain(value)));
    return out;
  }

  @Test
  void latexValuesReadAsTheirRenderingOnlyWhenFirstRead() {
    EntryFields fields = (EntryFields) EntryFields.ofLatex(latex(), VERBATIM);
    Map<String, String> expected = renderedAtOnce();
    assertTrue(LONG_ABSTRACT.length() > EntryFields.RENDERED_AT_ONCE);
    assertTrue(fields.rendered("title"), "a short value is rendered as the fields are made");
    assertTrue(fields.rendered("author"));
    assertFalse(fields.rendered("abstract"));
    assertFalse(fields.rendered("annote"));
    assertTrue(fields.rendered("url"), "a verbatim field is kept as written");
    assertEquals(expected.get("title"), fields.get("title"));
    assertEquals(expected.get("abstract"), fields.get("abstract"));
    assertTrue(fields.rendered("abstract"));
    assertFalse(fields.rendered("annote"), "reading one field renders no other");
    assertSame(fields.get("abstract"), fields.get("abstract"), "rendered once, then kept");
    assertEquals(expected.get("author"), fields.get("author"));
    assertEquals("https://example.org/a\\_b%20c", fields.get("url"));
    assertEquals(expected, fields);
    assertTrue(fields.rendered("annote"));
  }

  @Test
  void latexValuesAnswerAsTheRenderedMapInEveryWay() throws Exception {
    Map<String, String> expected = renderedAtOnce();
    assertEquals(expected, EntryFields.ofLatex(latex(), VERBATIM));
    assertEquals(expected.hashCode(), EntryFields.ofLatex(latex(), VERBATIM).hashCode());
    assertEquals(expected.toString(), EntryFields.ofLatex(latex(), VERBATIM).toString());
    assertEquals(
        new ArrayList<>(expected.entrySet()),
        new ArrayList<>(EntryFields.ofLatex(latex(), VERBATIM).entrySet()));
    BibEntry lazy =
        new BibEntry(
            "dao2022", "article", EntryFields.ofLatex(latex(), VERBATIM), "lib.bib", 3, "@a{}");
    BibEntry eager = new BibEntry("dao2022", "article", expected, "lib.bib", 3, "@a{}");
    var json = new com.fasterxml.jackson.databind.ObjectMapper();
    assertEquals(json.writeValueAsString(eager), json.writeValueAsString(lazy));
    assertEquals(eager, lazy);
  }

  @Test
  void threadsReadingAFieldAtOnceAllGetItsRendering() throws Exception {
    String expected = renderedAtOnce().get("abstract");
    for (int round = 0; round < 200; round++) {
      Map<String, String> fields = EntryFields.ofLatex(latex(), VERBATIM);
      CountDownLatch start = new CountDownLatch(1);
      List<Future<String>> reads = new ArrayList<>();
      ExecutorService pool = Executors.newFixedThreadPool(4);
      try {
        for (int t = 0; t < 4; t++) {
          reads.add(
              pool.submit(
                  () -> {
                    start.await();
                    return fields.get("abstract");
                  }));
        }
        start.countDown();
        for (Future<String> read : reads) {
          assertEquals(expected, read.get(10, TimeUnit.SECONDS));
        }
      } finally {
        pool.shutdownNow();
      }
    }
  }
}
