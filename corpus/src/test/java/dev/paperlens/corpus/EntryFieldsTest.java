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
}
