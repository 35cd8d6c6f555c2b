package dev.paperlens.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.ArrayList;
import java.util.List;

/**
 * The name matcher on a fuzzed vocabulary and text: every match lies inside the text, its surface
 * is the text at that span, and matches come in order without overlapping.
 */
class NameMatcherFuzzTest {
  @FuzzTest(maxDuration = "60s")
  void matchesAreSpansOfTheText(FuzzedDataProvider data) {
    int names = data.consumeInt(0, 8);
    List<String> vocabulary = new ArrayList<>();
    for (int i = 0; i < names; i++) {
      vocabulary.add(data.consumeString(24));
    }
    String text = data.consumeRemainingAsString();
    NameMatcher matcher = NameMatcher.of(vocabulary);
    int previousEnd = 0;
    for (NameMatcher.Match match : matcher.find(text)) {
      assertTrue(
          match.start() >= previousEnd
              && match.start() < match.end()
              && match.end() <= text.length(),
          match + " in a text of " + text.length());
      assertEquals(text.substring(match.start(), match.end()), match.surface());
      previousEnd = match.end();
    }
  }
}
