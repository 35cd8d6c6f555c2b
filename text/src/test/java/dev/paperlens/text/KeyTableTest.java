package dev.paperlens.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class KeyTableTest {
  @Test
  void findsWhatWasPutAndNothingElse() {
    KeyTable<String> table = new KeyTable<>(0);
    table.put("vispr", "Whisper");
    table.put("bert", "BERT");
    table.put("ber", "BER");
    assertEquals("Whisper", table.get("vispr"));
    assertEquals("BERT", table.get("bert"));
    assertEquals("BER", table.get("ber"));
    assertNull(table.get("be"));
    assertNull(table.get("berta"));
    assertNull(table.get(""));
    assertEquals(3, table.size());
  }

  @Test
  void aKeyPutAgainTakesTheNewValue() {
    KeyTable<String> table = new KeyTable<>(4);
    table.put("lora", "LoRA");
    table.put("lora", "shared");
    assertEquals("shared", table.get("lora"));
    assertEquals(1, table.size());
  }

  @Test
  void keysBeyondLatinOneAndTheEmptyKey() {
    KeyTable<String> table = new KeyTable<>(4);
    table.put("берт", "BERT");
    table.put("", "empty");
    table.put("ü", "u-umlaut");
    assertEquals("BERT", table.get("берт"));
    assertEquals("empty", table.get(""));
    assertEquals("u-umlaut", table.get("ü"));
    assertNull(table.get("бер"));
    assertEquals(3, table.size());
  }

  @Test
  void agreesWithAHashMapThroughGrowthAndTrim() {
    Random random = new Random(7);
    Map<String, Integer> expected = new HashMap<>();
    KeyTable<Integer> table = new KeyTable<>(1);
    for (int i = 0; i < 50_000; i++) {
      String key = randomKey(random);
      expected.put(key, i);
      table.put(key, i);
    }
    table.trim();
    assertEquals(expected.size(), table.size());
    expected.forEach((key, value) -> assertEquals(value, table.get(key), key));
    for (int i = 0; i < 20_000; i++) {
      String key = randomKey(random) + "q";
      assertEquals(expected.get(key), table.get(key), key);
    }
    table.put("after-trim", -1);
    assertEquals(-1, table.get("after-trim"));
    assertTrue(table.size() > 1000);
  }

  private static String randomKey(Random random) {
    int n = 1 + random.nextInt(9);
    StringBuilder b = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      b.append((char) ('a' + random.nextInt(random.nextBoolean() ? 4 : 26)));
    }
    return b.toString();
  }
}
