package dev.paperlens.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paperlens.index.CompletionContext;
import dev.paperlens.index.SearchBackend;
import dev.paperlens.index.SolrTarget;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** The lifecycle with the team add-on on the class path, as a team member runs it. */
class SharedIndexLifecycleTest {
  private final List<String> events = new CopyOnWriteArrayList<>();

  @Test
  void aSharedCollectionIsReadNotBuiltAndAnUnreachableOneGivesEmptyAnswers() throws Exception {
    List<String> progress = new CopyOnWriteArrayList<>();
    IndexLifecycle.Listener recording =
        new IndexLifecycle.Listener() {
          @Override
          public void started(String reason) {}

          @Override
          public void progress(String message) {
            progress.add(message);
          }

          @Override
          public void finished(int papers, Duration took, List<String> problems) {
            events.add("finished " + papers);
          }

          @Override
          public void failed(String message) {
            events.add("failed " + message);
          }
        };
    IndexBuilder local =
        (s, d, prev, p, problems) -> {
          throw new AssertionError("the sources must not be indexed");
        };
    SolrTarget nowhere = SolrTarget.ofUrls("http://127.0.0.1:9/solr", "team");
    IndexLifecycle index =
        new IndexLifecycle(
            local,
            () -> new IndexLifecycle.Plan(List.of(), null, nowhere, null),
            recording,
            IndexLifecycle.Timing.defaults());
    try {
      index.reindex("start");
      SearchBackend backend = index.await(Duration.ofSeconds(30));
      assertEquals(List.of("finished 0"), events);
      assertTrue(
          progress.stream().anyMatch(m -> m.contains("cannot be reached")), progress.toString());
      assertEquals(List.of(), backend.complete("hyen", CompletionContext.ANY, 5));
      assertTrue(backend.resolve("hyena").isEmpty());
      assertTrue(backend.paper("x").isEmpty());
      assertEquals(List.of(), backend.mentioning("LoRA", 3));
    } finally {
      index.close();
    }
  }
}
