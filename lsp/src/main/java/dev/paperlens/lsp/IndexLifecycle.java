package dev.paperlens.lsp;

import dev.paperlens.index.SearchBackend;
import dev.paperlens.index.SolrTarget;
import java.lang.ref.WeakReference;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Keeps the index current: builds it on one named background thread at start, again on request (the
 * reindex command, changed sources, new settings), and lets requests that arrive before the first
 * build wait for it up to a bound. Requests for the same rebuild are coalesced.
 */
final class IndexLifecycle implements AutoCloseable {

  /** Where a build stands, for progress reports and the status bar. */
  interface Listener {
    void started(String reason);

    void progress(String message);

    /**
     * A first stage answers while the build goes on: {@code papers} papers, found by what their
     * entries state, before reviews and names are indexed.
     */
    default void firstStage(int papers) {
      progress("answering from " + papers + " library entries while the whole index is built");
    }

    void finished(int papers, Duration took, List<String> problems);

    void failed(String message);

    /**
     * The index a build replaced (the previous one, or a first stage) is closed, after the grace
     * period requests still reading it had: what it held is garbage from now on.
     */
    default void released() {}
  }

  /**
   * What to index: read fresh from the settings at the start of each build.
   *
   * @param team the shared collection to read instead of indexing the sources, or null
   * @param addon the team add-on's jar when a setting names it, or null
   */
  record Plan(List<Path> sources, Path indexDir, SolrTarget team, Path addon) {
    Plan(List<Path> sources, Path indexDir) {
      this(sources, indexDir, null, null);
    }
  }

  /**
   * How long a requested build waits for other requests to join it (settings and folders changed
   * together, a reindex command sent twice). The start's build waits for none: nothing can join it
   * that a build right after it would not read too, and the first answer of a cold start waits for
   * it (docs/performance.md).
   */
  static final Duration DEBOUNCE = Duration.ofMillis(250);

  static final Duration CLOSE_GRACE = Duration.ofSeconds(30);

  /**
   * How long sources must stay quiet before a change is indexed: a file rewritten every few hundred
   * milliseconds (an export in progress), and an atomic replace (delete and create, or a create
   * over the old path, in one batch or in two), make one build.
   */
  static final Duration SOURCES_QUIET = Duration.ofMillis(500);

  /** A source that never stops changing is still indexed this long after its first change. */
  static final Duration SOURCES_MAX_WAIT = Duration.ofSeconds(5);

  private final IndexBuilder builder;
  private final Supplier<Plan> plan;
  private final Listener listener;
  private final ScheduledThreadPoolExecutor thread =
      new ScheduledThreadPoolExecutor(
          1,
          r -> {
            Thread t = new Thread(r, "paperlens-indexer");
            t.setDaemon(true);
            return t;
          });
  private final AtomicReference<SearchBackend> current =
      new AtomicReference<>(EmptyBackend.INSTANCE);
  private final CountDownLatch firstBuild = new CountDownLatch(1);
  private final Object scheduling = new Object();
  private ScheduledFuture<?> pending;
  private long pendingSince;
  private long generation;
  private final List<String> pendingReasons = new ArrayList<>();
  private final Timing timing;
  private boolean existingOpened;

  /** Whether a build was ever asked for with {@link #reindex}: the first starts at once. */
  private boolean reindexed;

  /** The first stage last served, or null: answers a subset until the build replaces it. */
  private volatile SearchBackend firstStage;

  private volatile boolean closed;

  /**
   * How long the lifecycle waits before and after a build; the constants above, unless a test
   * shortens or lengthens one.
   *
   * @param sourcesQuiet how long sources must stay quiet before a change is indexed
   * @param sourcesMaxWait how long after its first change a source that keeps changing is indexed
   * @param closeGrace how long a replaced index stays open for the requests still reading it
   * @param debounce how long a build asked for after the first waits for others to join it
   */
  record Timing(
      Duration sourcesQuiet, Duration sourcesMaxWait, Duration closeGrace, Duration debounce) {

    static Timing defaults() {
      return new Timing(SOURCES_QUIET, SOURCES_MAX_WAIT, CLOSE_GRACE, DEBOUNCE);
    }

    Timing withSourcesQuiet(Duration value) {
      return new Timing(value, sourcesMaxWait, closeGrace, debounce);
    }

    Timing withSourcesMaxWait(Duration value) {
      return new Timing(sourcesQuiet, value, closeGrace, debounce);
    }

    Timing withCloseGrace(Duration value) {
      return new Timing(sourcesQuiet, sourcesMaxWait, value, debounce);
    }

    Timing withDebounce(Duration value) {
      return new Timing(sourcesQuiet, sourcesMaxWait, closeGrace, value);
    }
  }

  IndexLifecycle(IndexBuilder builder, Supplier<Plan> plan, Listener listener, Timing timing) {
    this.builder = builder;
    this.plan = plan;
    this.listener = listener;
    this.timing = timing;
    thread.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
  }

  /**
   * Schedules a build once the sources have been quiet for {@link #SOURCES_QUIET}: each further
   * change moves the build later, up to {@link #SOURCES_MAX_WAIT} after the first one.
   */
  void sourcesChanged(String reason) {
    synchronized (scheduling) {
      if (closed) {
        return;
      }
      pendingReasons.add(reason);
      long now = System.nanoTime();
      if (pending == null) {
        pendingSince = now;
        schedule(timing.sourcesQuiet().toNanos());
        return;
      }
      long at =
          Math.min(
              now + timing.sourcesQuiet().toNanos(),
              pendingSince + timing.sourcesMaxWait().toNanos());
      if (at - now > pending.getDelay(TimeUnit.NANOSECONDS)) {
        pending.cancel(false);
        schedule(at - now);
      }
    }
  }

  /** Schedules the next build; an earlier scheduled one that already started then does nothing. */
  private void schedule(long delayNanos) {
    long mine = ++generation;
    pending = thread.schedule(() -> build(mine), delayNanos, TimeUnit.NANOSECONDS);
  }

  /**
   * Schedules a build: the first at once, later ones after {@link #DEBOUNCE}. Requests made while
   * one is waiting to start join it; a request made while one runs gets a new build after it, since
   * the running one may have read the old sources.
   */
  void reindex(String reason) {
    synchronized (scheduling) {
      if (closed) {
        return;
      }
      pendingReasons.add(reason);
      if (!existingOpened) {
        // The index of the last run needs no quiet period: open it now, build after the debounce.
        existingOpened = true;
        thread.execute(this::openExisting);
      }
      if (pending == null) {
        pendingSince = System.nanoTime();
        schedule(reindexed ? timing.debounce().toNanos() : 0);
      }
      reindexed = true;
    }
  }

  /** The index, after waiting up to {@code max} for the first build; empty when none is ready. */
  SearchBackend await(Duration max) {
    try {
      firstBuild.await(max.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return current.get();
  }

  /** The index as it stands, without waiting. */
  SearchBackend current() {
    return current.get();
  }

  /**
   * True while requests are answered from a first stage: right, but not everything the whole index
   * will know, so what reports a missing paper (diagnostics) waits for the build.
   */
  boolean answersFromFirstStage() {
    SearchBackend stage = firstStage;
    return stage != null && current.get() == stage;
  }

  /** True while a build is scheduled and has not started. */
  boolean isBuildPending() {
    synchronized (scheduling) {
      return pending != null;
    }
  }

  boolean isReady() {
    return firstBuild.getCount() == 0;
  }

  private void build(long scheduled) {
    String reason;
    synchronized (scheduling) {
      if (scheduled != generation) {
        return;
      }
      reason = String.join(", ", pendingReasons.stream().distinct().toList());
      pendingReasons.clear();
      pending = null;
    }
    if (closed) {
      return;
    }
    long start = System.nanoTime();
    listener.started(reason);
    List<String> problems = new ArrayList<>();
    try {
      Plan what = plan.get();
      if (what.team() == null) {
        // A no-op after openExisting, unless settings that came since name another index folder.
        answerFromExisting(what);
      }
      SearchBackend previous = current.get() == EmptyBackend.INSTANCE ? null : current.get();
      SearchBackend built =
          what.team() != null
              ? team(what, previous)
              : builder.build(
                  what.sources(),
                  what.indexDir(),
                  previous,
                  listener::progress,
                  problems::add,
                  this::answerFromFirstStage);
      if (closed) {
        closeQuietly(built);
        return;
      }
      SearchBackend stage = firstStage;
      SearchBackend replaced = current.getAndSet(built);
      // Not kept past its use: a first stage of 70,000 entries holds a quarter of a GB.
      firstStage = null;
      if (replaced != built && replaced != EmptyBackend.INSTANCE) {
        closeAfterGrace(replaced, replaced == stage);
      }
      listener.finished(built.size(), Duration.ofNanos(System.nanoTime() - start), problems);
    } catch (Exception | LinkageError e) {
      listener.failed(e.getClass().getSimpleName() + ": " + e.getMessage());
    } catch (OutOfMemoryError e) {
      // The build's data is garbage once it unwinds; without this the error would end in the
      // executor's future and the status would say "indexing" for ever. The index answering
      // before (or none) stays.
      firstStage = null;
      listener.failed(outOfMemory(Runtime.getRuntime().maxMemory()));
    } finally {
      firstBuild.countDown();
    }
  }

  /**
   * Closes an index a build replaced once the requests that may still be reading it are surely
   * done, and says so: what it held is garbage from then on. A first stage holds nothing but heap
   * ({@link IndexBuilder}), so it is held only weakly meanwhile: requests still reading it keep it,
   * and once they are done the collection right after the build frees it (a quarter of a GB at
   * 70,000 entries) instead of leaving the heap grown for the whole grace period, while an editor
   * is busiest.
   */
  private void closeAfterGrace(SearchBackend replaced, boolean heapOnly) {
    Supplier<SearchBackend> held;
    if (heapOnly) {
      WeakReference<SearchBackend> weak = new WeakReference<>(replaced);
      held = weak::get;
    } else {
      held = () -> replaced;
    }
    var unusedClosing =
        thread.schedule(
            () -> {
              SearchBackend still = held.get();
              if (still != null) {
                closeQuietly(still);
                listener.released();
              }
            },
            timing.closeGrace().toMillis(),
            TimeUnit.MILLISECONDS);
  }

  /** What a build that ran out of heap tells the user, with the cap and how to raise it. */
  static String outOfMemory(long maxHeapBytes) {
    return "out of memory: indexing these sources needs more than the server's heap of "
        + (maxHeapBytes >> 20)
        + " MB; raise paperlens.java.maxHeapMB in VS Code, or the -Xmx flag the editor starts"
        + " the server with";
  }

  /**
   * The shared collection, read only: nothing is indexed here, the team's push keeps it current.
   * The connection is kept while the target stays the same.
   */
  private SearchBackend team(Plan what, SearchBackend previous) throws Exception {
    SolrTarget target = what.team();
    SearchBackend backend = builder.shared(target, what.addon(), previous);
    listener.progress("reading the shared " + target.describe());
    if (backend.size() == 0) {
      listener.progress(
          "the shared " + target.describe() + " is empty or cannot be reached; see the log");
    }
    return backend;
  }

  private void openExisting() {
    if (closed) {
      return;
    }
    try {
      Plan what = plan.get();
      if (what.team() == null) {
        answerFromExisting(what);
      }
    } catch (RuntimeException e) {
      listener.progress("cannot open the index of the last run: " + e.getMessage());
    }
  }

  /**
   * Before the first build reads every source (seconds to minutes), serves the index kept on disk
   * by the last run, which is usually current or nearly so; the build then updates it in place.
   */
  private void answerFromExisting(Plan what) {
    if (current.get() != EmptyBackend.INSTANCE || isReady()) {
      return;
    }
    try {
      SearchBackend existing = builder.existing(what.sources(), what.indexDir());
      if (existing != null && !closed) {
        current.set(existing);
        firstBuild.countDown();
        listener.progress("answering from the index of the last run while the sources are read");
      }
    } catch (Exception | LinkageError e) {
      listener.progress("cannot open the index of the last run: " + e.getMessage());
    }
  }

  /**
   * Before the first build ends, serves the first stage it hands over, unless something answers
   * already (the index of the last run) or the server is closing; the build's index replaces it.
   */
  private void answerFromFirstStage(SearchBackend stage) {
    if (current.get() != EmptyBackend.INSTANCE || closed) {
      closeQuietly(stage);
      return;
    }
    firstStage = stage;
    current.set(stage);
    // Said before the requests waiting for an index go on, so the status is there when they answer.
    listener.firstStage(stage.size());
    firstBuild.countDown();
  }

  @Override
  public void close() {
    synchronized (scheduling) {
      if (closed) {
        return;
      }
      closed = true;
      if (pending != null) {
        pending.cancel(false);
      }
    }
    // No waiting here: close runs on the protocol thread, which a build may itself be waiting on.
    thread.execute(() -> closeQuietly(current.getAndSet(EmptyBackend.INSTANCE)));
    thread.shutdown();
    firstBuild.countDown();
  }

  private static void closeQuietly(SearchBackend backend) {
    try {
      backend.close();
    } catch (Exception e) {
      // closing a cache: nothing to recover
    }
  }
}
