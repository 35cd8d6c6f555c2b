package dev.paperlens.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecentAnswersTest {
  private final List<String> computed = new ArrayList<>();

  private String ask(RecentAnswers<String, String> cache, Object generation, String key)
      throws IOException {
    return cache.get(
        generation,
        key,
        () -> {
          computed.add(key);
          return key + "@" + generation;
        });
  }

  @Test
  void anAnswerIsComputedOncePerGeneration() throws IOException {
    RecentAnswers<String, String> cache = new RecentAnswers<>(8);
    Object first = new Object();
    Object second = new Object();
    assertEquals("a@" + first, ask(cache, first, "a"));
    assertEquals("a@" + first, ask(cache, first, "a"));
    assertEquals(List.of("a"), computed);
    assertEquals("a@" + second, ask(cache, second, "a"), "another reader: computed again");
    assertEquals(List.of("a", "a"), computed);
    assertEquals(1, cache.size(), "the first reader's answers are gone");
  }

  @Test
  void theLeastRecentlyUsedGoFirst() throws IOException {
    RecentAnswers<String, String> cache = new RecentAnswers<>(2);
    Object g = new Object();
    ask(cache, g, "a");
    ask(cache, g, "b");
    ask(cache, g, "a"); // a is now the most recent
    ask(cache, g, "c"); // b goes
    computed.clear();
    ask(cache, g, "a");
    ask(cache, g, "c");
    ask(cache, g, "b");
    assertEquals(List.of("b"), computed);
  }

  @Test
  void heavyAnswersAreBoundedByWeight() throws IOException {
    RecentAnswers<String, String> cache = new RecentAnswers<>(100, 10, String::length);
    Object g = new Object();
    ask(cache, g, "aaaa"); // weighs 4 + "@..." > 10: never kept
    ask(cache, g, "aaaa");
    assertEquals(List.of("aaaa", "aaaa"), computed);
    assertEquals(0, cache.size());
    RecentAnswers<String, String> byKey = new RecentAnswers<>(100, 10, v -> v.indexOf('@'));
    ask(byKey, g, "xxxx");
    ask(byKey, g, "yyyy");
    ask(byKey, g, "zzzz"); // 12 > 10: xxxx goes
    assertEquals(2, byKey.size());
    computed.clear();
    ask(byKey, g, "zzzz");
    ask(byKey, g, "xxxx");
    assertEquals(List.of("xxxx"), computed);
  }
}
