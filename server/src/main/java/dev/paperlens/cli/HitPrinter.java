package dev.paperlens.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.paperlens.index.SearchHit;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Prints ranked hits, best first: aligned text for people, or one JSON object a line. */
final class HitPrinter {
  private static final ObjectMapper JSON = new ObjectMapper();

  private HitPrinter() {}

  /** Prints the hits, best first; none at all is said on {@code err} as {@code none}. */
  static void print(
      List<SearchHit> hits, boolean jsonl, PrintStream out, PrintStream err, String none)
      throws JsonProcessingException {
    if (hits.isEmpty()) {
      err.println("paperlens " + none);
    }
    for (SearchHit hit : hits) {
      if (jsonl) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("kind", hit.kind().jsonName());
        line.put("key", hit.key());
        line.put("title", hit.title());
        line.put("name", hit.name());
        line.put("score", Math.round(hit.score() * 1000) / 1000.0);
        out.println(JSON.writeValueAsString(line));
      } else {
        out.printf(
            Locale.ROOT,
            "%8.3f  %-6s  %-28s  %s%n",
            hit.score(),
            hit.kind().jsonName(),
            hit.key(),
            hit.kind() == SearchHit.Kind.METHOD ? hit.name() + " — " + hit.title() : hit.title());
      }
    }
  }
}
