package dev.paperlens.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.paperlens.testing.SamplePapers;
import dev.paperlens.text.TextDocument;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RequestsTest {
  private static final String URI = "file:///ws/note.md";
  private final ExecutorService pool = Executors.newFixedThreadPool(2);
  private final OpenDocuments documents = new OpenDocuments();
  private final IndexLifecycle index =
      new IndexLifecycle(
          (sources, dir, previous, progress, problems) -> SamplePapers.backend(),
          () -> new IndexLifecycle.Plan(List.of(), null),
          new QuietListener(),
          IndexLifecycle.Timing.defaults());
  private final Requests requests = requestsWaiting(Duration.ofSeconds(5));

  /** Requests on this test's pool, index and documents that wait so long for the first index. */
  private Requests requestsWaiting(Duration readyWait) {
    return new Requests(
        pool,
        index,
        documents,
        () -> Settings.DEFAULT,
        new ServerLog(new PrintStream(new ByteArrayOutputStream())),
        readyWait);
  }

  @AfterEach
  void stop() {
    index.close();
    pool.shutdownNow();
  }

  @Test
  void aRequestBeforeTheFirstIndexWaitsForIt() throws Exception {
    documents.open(URI, "markdown", 1, "x");
    CompletableFuture<Integer> size =
        requests.onDocument("t", URI, -1, (doc, backend, cancel) -> backend.size());
    index.reindex("start");
    assertEquals(3, size.get(10, TimeUnit.SECONDS));
  }

  @Test
  void anEditDuringTheRequestGivesTheEmptyAnswer() throws Exception {
    index.reindex("start");
    documents.open(URI, "markdown", 1, "x");
    String answer =
        requests
            .onDocument(
                "t",
                URI,
                "empty",
                (doc, backend, cancel) -> {
                  documents.change(URI, 2, List.of(TextDocument.Edit.whole("y")));
                  cancel.check();
                  return "stale";
                })
            .get(10, TimeUnit.SECONDS);
    assertEquals("empty", answer);
  }

  @Test
  void aSnapshotRequestAnswersOnTheTextItWasAskedAboutThoughAnEditFollows() throws Exception {
    index.reindex("start");
    documents.open(URI, "markdown", 1, "\\cite{");
    CompletableFuture<String> answer =
        requests.onSnapshot(
            "t",
            URI,
            "empty",
            "ask again",
            (doc, backend, cancel) -> {
              documents.change(URI, 3, List.of(TextDocument.Edit.whole("\\cite{hye")));
              cancel.check();
              return doc.text() + " v" + doc.version();
            });
    // The edit the client sent after the request arrives while the request is queued or running.
    documents.change(URI, 2, List.of(TextDocument.Edit.whole("\\cite{h")));
    assertEquals("\\cite{ v1", answer.get(10, TimeUnit.SECONDS));
  }

  @Test
  void aRequestTheIndexIsNotReadyForInTimeGetsTheAskAgainAnswer() throws Exception {
    documents.open(URI, "markdown", 1, "x");
    Requests impatient = requestsWaiting(Duration.ofMillis(50));
    assertEquals(
        "ask again",
        impatient
            .onSnapshot("t", URI, "empty", "ask again", (doc, backend, cancel) -> "answer")
            .get(10, TimeUnit.SECONDS));
    assertEquals(
        "empty",
        impatient
            .onDocument("t", URI, "empty", (doc, backend, cancel) -> "answer")
            .get(10, TimeUnit.SECONDS));
  }

  @Test
  void aFailingFeatureGivesTheEmptyAnswer() throws Exception {
    index.reindex("start");
    documents.open(URI, "markdown", 1, "x");
    assertEquals(
        "empty",
        requests
            .onDocument(
                "t",
                URI,
                "empty",
                (doc, backend, cancel) -> {
                  throw new IllegalStateException("bug");
                })
            .get(10, TimeUnit.SECONDS));
    assertEquals(
        "empty",
        requests
            .onDocument("t", "file:///unknown.md", "empty", (d, b, c) -> "x")
            .get(10, TimeUnit.SECONDS));
    assertEquals(
        "empty",
        requests
            .onDocument("t", URI.replace(".md", ".bib"), "empty", (d, b, c) -> "x")
            .get(10, TimeUnit.SECONDS));
  }

  @Test
  void aRequestTheClientCancelsStops() throws Exception {
    index.reindex("start");
    documents.open(URI, "markdown", 1, "x");
    CountDownLatch started = new CountDownLatch(1);
    CompletableFuture<String> answer =
        requests.onDocument(
            "t",
            URI,
            "empty",
            (doc, backend, cancel) -> {
              started.countDown();
              while (true) {
                cancel.check();
                Thread.onSpinWait();
              }
            });
    started.await(10, TimeUnit.SECONDS);
    answer.cancel(true);
    assertThrows(CancellationException.class, () -> answer.get(10, TimeUnit.SECONDS));
  }
}
