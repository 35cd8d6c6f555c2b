package dev.paperlens.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paperlens.index.CompletionContext;
import dev.paperlens.index.LuceneIndex;
import dev.paperlens.index.SearchBackend;
import dev.paperlens.index.SolrTarget;
import dev.paperlens.testing.SamplePapers;
import java.lang.ref.WeakReference;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class IndexLifecycleTest {
  private final List<String> events = new CopyOnWriteArrayList<>();

  /** One permit per build that ended, finished or failed. */
  private final Semaphore ended = new Semaphore(0);

  private final IndexLifecycle.Listener listener =
      new IndexLifecycle.Listener() {
        @Override
        public void started(String reason) {
          events.add("started " + reason);
        }

        @Override
        public void progress(String message) {}

        @Override
        public void finished(int papers, Duration took, List<String> problems) {
          events.add("finished " + papers + " " + problems);
          ended.release();
        }

        @Override
        public void failed(String message) {
          events.add("failed " + message);
          ended.release();
        }

        @Override
        public void released() {
          released.release();
        }
      };

  /** One permit per replaced index closed. */
  private final Semaphore released = new Semaphore(0);

  private void awaitEnded(int builds) throws InterruptedException {
    assertTrue(ended.tryAcquire(builds, 10, TimeUnit.SECONDS), events.toString());
  }

  private static IndexLifecycle.Plan plan() {
    return new IndexLifecycle.Plan(List.of(), null);
  }

  @Test
  void changesKeepMovingTheBuildUntilTheSourcesAreQuietOrTheLongestWaitIsOver() throws Exception {
    java.util.concurrent.atomic.AtomicInteger builds =
        new java.util.concurrent.atomic.AtomicInteger();
    IndexLifecycle index =
        new IndexLifecycle(
            (s, d, prev, p, problems) -> {
              builds.incrementAndGet();
              return SamplePapers.backend();
            },
            IndexLifecycleTest::plan,
            listener,
            IndexLifecycle.Timing.defaults()
                .withSourcesQuiet(Duration.ofMillis(1000))
                .withSourcesMaxWait(Duration.ofMillis(2500)));
    try {
      // A file rewritten every 100 ms for 0.5 s: one build, after it went quiet.
      for (int i = 0; i < 5; i++) {
        index.sourcesChanged("sources changed");
        Thread.sleep(100);
      }
      assertEquals(0, builds.get(), "built while the file was still changing");
      awaitEnded(1);
      assertEquals(1, builds.get());
      // A file that never goes quiet is still indexed once the longest wait is over.
      long start = System.nanoTime();
      while (ended.availablePermits() == 0 && System.nanoTime() - start < 8_000_000_000L) {
        index.sourcesChanged("sources changed");
        Thread.sleep(100);
      }
      long waited = (System.nanoTime() - start) / 1_000_000;
      assertTrue(waited < 6_000, "waited " + waited + " ms while changes kept coming");
      assertTrue(waited >= 2_000, "built after " + waited + " ms, before the longest wait");
      awaitEnded(1);
      assertEquals(2, builds.get());
    } finally {
      index.close();
    }
  }

  @Test
  void theIndexABuildReplacedIsClosedAfterTheGraceAndSaidToBeReleased() throws Exception {
    List<AtomicInteger> closes = new CopyOnWriteArrayList<>();
    IndexLifecycle index =
        new IndexLifecycle(
            (s, d, prev, p, problems) -> {
              AtomicInteger closed = new AtomicInteger();
              closes.add(closed);
              return closeCounting(SamplePapers.backend(), closed);
            },
            IndexLifecycleTest::plan,
            listener,
            IndexLifecycle.Timing.defaults()
                .withSourcesQuiet(Duration.ZERO)
                .withSourcesMaxWait(Duration.ZERO)
                .withCloseGrace(Duration.ofMillis(300)));
    try {
      index.reindex("start");
      awaitEnded(1);
      Thread.sleep(600);
      assertEquals(0, released.availablePermits(), "the first build replaced no index");
      index.reindex("sources changed");
      awaitEnded(1);
      assertEquals(0, closes.get(0).get(), "requests may still read the old index");
      assertTrue(released.tryAcquire(10, TimeUnit.SECONDS), "the old index is released");
      assertEquals(1, closes.get(0).get(), "closed before it is said to be released");
      assertEquals(0, closes.get(1).get(), "the current index stays open");
    } finally {
      index.close();
    }
  }

  /** The backend, counting its closes. */
  private static SearchBackend closeCounting(SearchBackend backend, AtomicInteger closes) {
    return onClose(backend, closes::incrementAndGet);
  }

  /**
   * The start's build waits for no other request to join it: with a debounce of a minute it still
   * ends at once, while a reindex asked for after it waits the minute out.
   */
  @Test
  void theStartsBuildBeginsAtOnceAndLaterOnesWaitForOthersToJoin() throws Exception {
    AtomicInteger builds = new AtomicInteger();
    IndexLifecycle index =
        new IndexLifecycle(
            (s, d, prev, p, problems) -> {
              builds.incrementAndGet();
              return SamplePapers.backend();
            },
            IndexLifecycleTest::plan,
            listener,
            IndexLifecycle.Timing.defaults().withDebounce(Duration.ofMinutes(1)));
    try {
      index.reindex("start");
      awaitEnded(1);
      assertEquals(List.of("started start", "finished 3 []"), events);
      index.reindex("settings changed");
      assertTrue(index.isBuildPending(), "a later build waits for others to join it");
      assertFalse(ended.tryAcquire(300, TimeUnit.MILLISECONDS), events.toString());
      assertEquals(1, builds.get());
    } finally {
      index.close();
    }
  }

  @Test
  void aReindexDuringABuildBuildsAgainAfterIt() throws Exception {
    CountDownLatch firstRunning = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    CountDownLatch secondDone = new CountDownLatch(2);
    IndexLifecycle index =
        new IndexLifecycle(
            (s, d, prev, p, problems) -> {
              firstRunning.countDown();
              release.await(10, TimeUnit.SECONDS);
              secondDone.countDown();
              return SamplePapers.backend();
            },
            IndexLifecycleTest::plan,
            listener,
            IndexLifecycle.Timing.defaults());
    try {
      index.reindex("start");
      assertTrue(firstRunning.await(10, TimeUnit.SECONDS));
      index.reindex("sources changed");
      index.reindex("sources changed");
      release.countDown();
      assertTrue(secondDone.await(10, TimeUnit.SECONDS));
      awaitEnded(2);
      assertFalse(index.isBuildPending(), "the two requests made one more build, not two");
      assertEquals(
          List.of("started start", "finished 3 []", "started sources changed", "finished 3 []"),
          events);
    } finally {
      index.close();
    }
  }

  @Test
  void waitingIsBoundedAndAFailedBuildLeavesAnEmptyIndex() {
    IndexLifecycle index =
        new IndexLifecycle(
            (s, d, prev, p, problems) -> {
              throw new IllegalStateException("disk full");
            },
            IndexLifecycleTest::plan,
            listener,
            IndexLifecycle.Timing.defaults());
    try {
      long start = System.nanoTime();
      assertEquals(0, index.await(Duration.ofMillis(200)).size());
      assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(5));
      assertFalse(index.isReady());
      index.reindex("start");
      assertEquals(0, index.await(Duration.ofSeconds(10)).size());
      assertTrue(index.isReady(), "a failed build still releases waiting requests");
      assertEquals("failed IllegalStateException: disk full", events.get(1));
    } finally {
      index.close();
    }
  }

  @Test
  void aBuildOutOfMemoryIsAFailureWithHowToRaiseTheHeapAndTheServerGoesOn() {
    AtomicInteger builds = new AtomicInteger();
    IndexLifecycle index =
        new IndexLifecycle(
            (s, d, prev, p, problems) -> {
              if (builds.incrementAndGet() == 1) {
                throw new OutOfMemoryError("Java heap space");
              }
              return SamplePapers.backend();
            },
            IndexLifecycleTest::plan,
            listener,
            IndexLifecycle.Timing.defaults());
    try {
      index.reindex("start");
      assertEquals(0, index.await(Duration.ofSeconds(10)).size());
      assertTrue(index.isReady(), "a build out of memory still releases waiting requests");
      assertEquals(
          "failed " + IndexLifecycle.outOfMemory(Runtime.getRuntime().maxMemory()), events.get(1));
      assertTrue(events.get(1).contains("paperlens.java.maxHeapMB"), events.get(1));
      index.reindex("sources changed");
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      while (index.await(Duration.ofSeconds(1)).size() == 0 && System.nanoTime() < deadline) {
        Thread.onSpinWait();
      }
      assertEquals(3, index.await(Duration.ofSeconds(1)).size(), "the next build still runs");
    } finally {
      index.close();
    }
  }

  @Test
  void closingClosesTheIndex() throws Exception {
    CountDownLatch closed = new CountDownLatch(1);
    SearchBackend backend = closing(SamplePapers.backend(), closed);
    IndexLifecycle index =
        new IndexLifecycle(
            (s, d, prev, p, problems) -> backend,
            IndexLifecycleTest::plan,
            listener,
            IndexLifecycle.Timing.defaults());
    index.reindex("start");
    assertSame(backend, index.await(Duration.ofSeconds(10)));
    index.close();
    assertTrue(closed.await(10, TimeUnit.SECONDS));
  }

  /** The backend, counting down {@code closed} when it is closed. */
  private static SearchBackend closing(LuceneIndex index, CountDownLatch closed) {
    return onClose(index, closed::countDown);
  }

  /** The backend, running {@code onClose} each time it is closed, before it closes. */
  private static SearchBackend onClose(SearchBackend backend, Runnable onClose) {
    return (SearchBackend)
        Proxy.newProxyInstance(
            SearchBackend.class.getClassLoader(),
            new Class<?>[] {SearchBackend.class},
            (proxy, method, args) -> {
              if (method.getName().equals("close")) {
                onClose.run();
              }
              try {
                return method.invoke(backend, args);
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
            });
  }

  @Test
  void aReplacedFirstStageIsNotHeldThroughTheGraceSoTheCollectionAfterTheBuildFreesIt()
      throws Exception {
    List<WeakReference<SearchBackend>> stages = new CopyOnWriteArrayList<>();
    List<WeakReference<SearchBackend>> builds = new CopyOnWriteArrayList<>();
    CountDownLatch release = new CountDownLatch(1);
    IndexBuilder builder =
        staged(
            firstStage -> {
              if (stages.isEmpty()) {
                SearchBackend stage = SamplePapers.backend();
                stages.add(new WeakReference<>(stage));
                firstStage.accept(stage);
                release.await(10, TimeUnit.SECONDS);
              }
              SearchBackend built = SamplePapers.backend();
              builds.add(new WeakReference<>(built));
              return built;
            });
    IndexLifecycle index =
        new IndexLifecycle(
            builder,
            IndexLifecycleTest::plan,
            listener,
            IndexLifecycle.Timing.defaults()
                .withSourcesQuiet(Duration.ZERO)
                .withSourcesMaxWait(Duration.ZERO)
                .withCloseGrace(Duration.ofMinutes(10)));
    try {
      index.reindex("start");
      index.await(Duration.ofSeconds(10));
      assertTrue(index.answersFromFirstStage(), events.toString());
      release.countDown();
      awaitEnded(1);
      assertTrue(collected(stages.get(0), 5), "the replaced first stage is still held");
      // An index on disk is another matter: it is closed after the grace, so held until then.
      index.reindex("sources changed");
      awaitEnded(1);
      assertFalse(collected(builds.get(0), 1), "a replaced index was let go before its close");
      assertEquals(0, released.availablePermits(), "closed before the grace");
    } finally {
      release.countDown();
      index.close();
    }
  }

  /** Whether full collections, asked for up to {@code seconds}, clear {@code ref}. */
  private static boolean collected(WeakReference<?> ref, int seconds) throws InterruptedException {
    long deadline = System.nanoTime() + seconds * 1_000_000_000L;
    while (ref.get() != null && System.nanoTime() < deadline) {
      System.gc();
      Thread.sleep(20);
    }
    return ref.get() == null;
  }

  @Test
  void aFirstStageAnswersUntilTheBuildReplacesItAndLaterBuildsDoNotGoBackToOne() throws Exception {
    CountDownLatch stageClosed = new CountDownLatch(1);
    SearchBackend stage = closing(SamplePapers.backend(), stageClosed);
    CountDownLatch laterStageClosed = new CountDownLatch(1);
    SearchBackend laterStage = closing(SamplePapers.backend(), laterStageClosed);
    SearchBackend built = SamplePapers.backend();
    CountDownLatch release = new CountDownLatch(1);
    List<SearchBackend> stages = new CopyOnWriteArrayList<>(List.of(stage, laterStage));
    IndexBuilder builder =
        staged(
            firstStage -> {
              firstStage.accept(stages.remove(0));
              release.await(10, TimeUnit.SECONDS);
              return built;
            });
    List<String> said = new CopyOnWriteArrayList<>();
    IndexLifecycle.Listener reporting =
        new IndexLifecycle.Listener() {
          @Override
          public void started(String reason) {
            listener.started(reason);
          }

          @Override
          public void progress(String message) {}

          @Override
          public void firstStage(int papers) {
            said.add("first stage " + papers);
          }

          @Override
          public void finished(int papers, Duration took, List<String> problems) {
            listener.finished(papers, took, problems);
          }

          @Override
          public void failed(String message) {
            listener.failed(message);
          }
        };
    IndexLifecycle index =
        new IndexLifecycle(
            builder, IndexLifecycleTest::plan, reporting, IndexLifecycle.Timing.defaults());
    try {
      index.reindex("start");
      assertSame(stage, index.await(Duration.ofSeconds(10)), "answered before the build ended");
      assertEquals(List.of("first stage " + stage.size()), said);
      assertTrue(index.answersFromFirstStage(), "diagnostics wait for the whole index");
      assertTrue(events.stream().noneMatch(e -> e.startsWith("finished")), events.toString());
      release.countDown();
      awaitEnded(1);
      assertSame(built, index.current(), "the whole index replaces the first stage");
      assertFalse(index.answersFromFirstStage());

      index.reindex("sources changed");
      awaitEnded(1);
      assertSame(built, index.current());
      assertTrue(laterStageClosed.await(10, TimeUnit.SECONDS), "an unused first stage is closed");
      assertEquals(1, said.size(), "no first stage once the whole index answers: " + said);
    } finally {
      release.countDown();
      index.close();
    }
  }

  @Test
  void theIndexOfTheLastRunAnswersWhileTheFirstBuildReadsTheSources() throws Exception {
    CountDownLatch closed = new CountDownLatch(1);
    SearchBackend existing = closing(SamplePapers.backend(), closed);
    CountDownLatch release = new CountDownLatch(1);
    List<Object> previous = new CopyOnWriteArrayList<>();
    IndexBuilder builder =
        new IndexBuilder() {
          @Override
          public SearchBackend build(
              List<Path> sources,
              Path dir,
              SearchBackend prev,
              Consumer<String> progress,
              Consumer<String> problems)
              throws Exception {
            previous.add(prev);
            release.await(10, TimeUnit.SECONDS);
            return prev;
          }

          @Override
          public SearchBackend existing(List<Path> sources, Path dir) {
            return existing;
          }
        };
    IndexLifecycle index =
        new IndexLifecycle(
            builder, IndexLifecycleTest::plan, listener, IndexLifecycle.Timing.defaults());
    try {
      index.reindex("start");
      assertSame(
          existing, index.await(Duration.ofSeconds(10)), "answered before the build finished");
      assertTrue(events.stream().noneMatch(e -> e.startsWith("finished")), events.toString());
      release.countDown();
      awaitEnded(1);
      assertEquals(
          List.of(existing), previous, "the build updates the index it was answering from");
      assertSame(existing, index.current());
      assertEquals(1, closed.getCount(), "the index answering requests stays open");
    } finally {
      release.countDown();
      index.close();
    }
  }

  @Test
  void aSharedCollectionWithoutTheTeamAddOnFailsInOneLineAndAnswersEmpty() throws Exception {
    IndexBuilder local =
        (s, d, prev, p, problems) -> {
          throw new AssertionError("the sources must not be indexed");
        };
    SolrTarget team = SolrTarget.ofUrls("http://127.0.0.1:9/solr", "team");
    Path nowhere = Path.of("no-such-folder", "paperlens-team.jar");
    IndexLifecycle index =
        new IndexLifecycle(
            local,
            () -> new IndexLifecycle.Plan(List.of(), null, team, nowhere),
            listener,
            IndexLifecycle.Timing.defaults());
    try {
      index.reindex("start");
      SearchBackend backend = index.await(Duration.ofSeconds(30));
      assertEquals(
          1, events.stream().filter(e -> e.startsWith("failed")).count(), events.toString());
      String failure =
          events.stream().filter(e -> e.startsWith("failed")).findFirst().orElseThrow();
      assertTrue(failure.contains("team add-on") && failure.contains("no-such-folder"), failure);
      assertEquals(List.of(), backend.complete("hyen", CompletionContext.ANY, 5));
      assertTrue(backend.resolve("hyena").isEmpty());
    } finally {
      index.close();
    }
  }

  /** The part of a build under test that offers a first stage. */
  @FunctionalInterface
  private interface StagedBuild {
    SearchBackend build(Consumer<SearchBackend> firstStage) throws Exception;
  }

  /** A builder that always offers a first stage: the lifecycle never calls the plain build. */
  private static IndexBuilder staged(StagedBuild body) {
    return new IndexBuilder() {
      @Override
      public SearchBackend build(
          List<Path> sources,
          Path dir,
          SearchBackend prev,
          Consumer<String> progress,
          Consumer<String> problems) {
        throw new AssertionError("the lifecycle offers a first stage");
      }

      @Override
      public SearchBackend build(
          List<Path> sources,
          Path dir,
          SearchBackend prev,
          Consumer<String> progress,
          Consumer<String> problems,
          Consumer<SearchBackend> firstStage)
          throws Exception {
        return body.build(firstStage);
      }
    };
  }
}
