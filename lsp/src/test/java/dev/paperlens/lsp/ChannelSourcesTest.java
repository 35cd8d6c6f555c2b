package dev.paperlens.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParser;
import dev.paperlens.corpus.ChannelSync;
import dev.paperlens.corpus.CorpusLoader;
import dev.paperlens.corpus.FakeTelegram;
import dev.paperlens.index.LuceneIndex;
import dev.paperlens.testing.SamplePapers;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Channel sources in the server: cached files are read at once, syncs run in the background. */
class ChannelSourcesTest {
  private static final Duration WAIT = Duration.ofSeconds(30);

  @TempDir Path workspace;
  @TempDir Path cache;
  private final List<List<Path>> builds = new CopyOnWriteArrayList<>();
  private final ByteArrayOutputStream log = new ByteArrayOutputStream();

  private InProcessSession start(URI site) throws Exception {
    return start(
        site,
        (sources, dir, previous, progress, problems) -> {
          builds.add(List.copyOf(sources));
          return SamplePapers.backend();
        });
  }

  private InProcessSession start(URI site, IndexBuilder builder) throws Exception {
    return start(site, builder, Duration.ofMinutes(1), "");
  }

  /**
   * A session over a fake site whose settings add {@code moreSettings} (JSON members after the
   * sources) and whose minute lasts {@code minute}.
   */
  private InProcessSession start(
      URI site, IndexBuilder builder, Duration minute, String moreSettings) throws Exception {
    ChannelSync.Options options =
        new ChannelSync.Options(site, 50, Duration.ZERO, Duration.ofSeconds(5), Duration.ZERO);
    InProcessSession session =
        InProcessSession.start(
            builder,
            new PrintStream(log, true, StandardCharsets.UTF_8),
            WAIT,
            new ChannelSources.Config(cache, options, minute));
    InitializeParams params = new InitializeParams();
    params.setWorkspaceFolders(List.of(new WorkspaceFolder(workspace.toUri().toString(), "ws")));
    params.setInitializationOptions(
        JsonParser.parseString(
            "{\"settings\": {\"paperlens\": {\"sources\": [\"reviews/\", \"t.me/testchannel\"]"
                + moreSettings
                + "}}}"));
    // initialize answers while the site is still thinking: the sync runs in the background.
    session.server().initialize(params).get(5, TimeUnit.SECONDS);
    session.server().initialized(new InitializedParams());
    return session;
  }

  private String log() {
    return log.toString(StandardCharsets.UTF_8);
  }

  private static void await(BooleanSupplier condition, String what) throws InterruptedException {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("timed out waiting for " + what);
      }
      Thread.sleep(20);
    }
  }

  @Test
  void aChannelIsSyncedInTheBackgroundAndItsCacheIndexed() throws Exception {
    Files.createDirectories(workspace.resolve("reviews"));
    Path file = ChannelSync.cacheFile(cache, "testchannel");
    try (FakeTelegram site = new FakeTelegram("testchannel", 45).thenSlow(1500)) {
      InProcessSession session = start(site.site());
      try {
        await(() -> builds.stream().anyMatch(b -> b.contains(file)), "a build of the cache");
        assertTrue(log().contains("channel @testchannel: 45 new posts, 3 requests"), log());
        assertEquals(List.of(workspace.resolve("reviews")), builds.get(0), "first build: no cache");
        site.posts(47);
        session
            .server()
            .getWorkspaceService()
            .executeCommand(new ExecuteCommandParams(PaperlensServer.REINDEX_COMMAND, List.of()))
            .get(5, TimeUnit.SECONDS);
        await(() -> log().contains("channel @testchannel: 2 new posts, 1 request"), "a resync");
      } finally {
        session.close();
      }
    }
  }

  @Test
  void aChannelIsSyncedAgainEverySyncMinutesAndANewPostIsIndexed() throws Exception {
    Files.createDirectories(workspace.resolve("reviews"));
    Path file = ChannelSync.cacheFile(cache, "testchannel");
    IndexBuilder counting =
        (sources, dir, previous, progress, problems) -> {
          builds.add(List.copyOf(sources));
          return SamplePapers.backend();
        };
    try (FakeTelegram site = new FakeTelegram("testchannel", 45)) {
      // A "minute" of 40 ms: a sync every 80 ms.
      InProcessSession session =
          start(
              site.site(), counting, Duration.ofMillis(40), ", \"channels\": {\"syncMinutes\": 2}");
      try {
        await(() -> log().contains("channel @testchannel: 45 new posts"), "the first sync");
        await(() -> builds.stream().anyMatch(b -> b.contains(file)), "a build of the cache");
        int requestsBefore = site.requests().size();
        await(() -> site.requests().size() >= requestsBefore + 2, "two periodic syncs");
        // A periodic sync that found nothing says nothing and builds nothing.
        assertEquals(1, log().lines().filter(l -> l.contains("@testchannel")).count(), log());
        int buildsBefore = builds.size();
        site.posts(47);
        await(() -> log().contains("channel @testchannel: 2 new posts, 1 request"), "a resync");
        await(() -> builds.size() > buildsBefore, "a build of the new posts");
      } finally {
        session.close();
      }
    }
  }

  @Test
  void noPeriodicSyncWhenSyncMinutesIsZero() throws Exception {
    Files.createDirectories(workspace.resolve("reviews"));
    try (FakeTelegram site = new FakeTelegram("testchannel", 5)) {
      InProcessSession session =
          start(
              site.site(),
              (sources, dir, previous, progress, problems) -> SamplePapers.backend(),
              Duration.ofMillis(10),
              ", \"channels\": {\"syncMinutes\": 0}");
      try {
        await(() -> log().contains("channel @testchannel: 5 new posts"), "the first sync");
        int requests = site.requests().size();
        Thread.sleep(300);
        assertEquals(requests, site.requests().size(), "no request after the first sync");
      } finally {
        session.close();
      }
    }
  }

  @Test
  void aCardOfASyncedPostLinksToThePostOnTelegram() throws Exception {
    IndexBuilder realIndex =
        (sources, dir, previous, progress, problems) -> {
          builds.add(List.copyOf(sources));
          return LuceneIndex.of(CorpusLoader.load(sources).papers());
        };
    try (FakeTelegram site =
        new FakeTelegram("testchannel", 5)
            .rewrite(
                page ->
                    page.replace(
                        "Paper Number 3: Scaling Synthetic Reviews",
                        "HyenaDNA: Long-Range Genomic Sequence Modeling"))) {
      InProcessSession session = start(site.site(), realIndex);
      try {
        Path file = ChannelSync.cacheFile(cache, "testchannel");
        await(() -> builds.stream().anyMatch(b -> b.contains(file)), "a build of the cache");
        String uri = workspace.resolve("note.md").toUri().toString();
        session.didOpen(new TextDocumentItem(uri, "markdown", 1, "We use HyenaDNA here.\n"));
        String card = "";
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!card.contains("HyenaDNA") && System.nanoTime() < deadline) {
          Hover hover = session.hover(uri, new Position(0, 9), WAIT);
          card = hover == null ? "" : hover.getContents().getRight().getValue();
          Thread.sleep(20);
        }
        assertTrue(card.contains("(https://t.me/testchannel/3)"), card);
        assertTrue(card.contains("testchannel"), card);
      } finally {
        session.close();
      }
    }
  }

  @Test
  void aCachedChannelIsReadAtOnceAndAnUnreachableSiteIsOneLine() throws Exception {
    Path file = ChannelSync.cacheFile(cache, "testchannel");
    try (FakeTelegram site = new FakeTelegram("testchannel", 5)) {
      new ChannelSync(
              new ChannelSync.Options(
                  site.site(), 50, Duration.ZERO, Duration.ofSeconds(5), Duration.ZERO))
          .sync("testchannel", file);
    }
    int closed;
    try (ServerSocket socket = new ServerSocket(0)) {
      closed = socket.getLocalPort();
    }
    InProcessSession session = start(URI.create("http://127.0.0.1:" + closed));
    try {
      await(() -> log().contains("channel @testchannel: cannot reach"), "the sync's line");
      await(() -> !builds.isEmpty(), "the first build");
      assertEquals(List.of(file), builds.get(0));
      assertEquals(1, log().lines().filter(l -> l.contains("@testchannel")).count(), log());
      assertTrue(log().contains("the cache keeps 5 posts"), log());
    } finally {
      session.close();
    }
  }
}
