package dev.paperlens.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParser;
import com.sun.net.httpserver.HttpServer;
import dev.paperlens.corpus.CorpusLoader;
import dev.paperlens.corpus.Paper;
import dev.paperlens.corpus.ZoteroPull;
import dev.paperlens.index.LuceneIndex;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A Zotero export among the sources: pulled at start, polled, its copy indexed like a file. */
class ZoteroSourcesTest {
  private static final Duration WAIT = Duration.ofSeconds(30);
  private static final String ONE =
      "[{\"id\": \"gu2023mamba\", \"type\": \"article\", \"title\": \"M\"}]";
  private static final String TWO =
      "[{\"id\": \"gu2023mamba\", \"type\": \"article\", \"title\": \"M\"},"
          + " {\"id\": \"dao2022flash\", \"type\": \"book\", \"title\": \"F\"}]";

  @TempDir Path workspace;
  @TempDir Path cache;
  private final AtomicReference<String> library = new AtomicReference<>(ONE);
  private final AtomicInteger requests = new AtomicInteger();
  private final List<List<String>> builds = new CopyOnWriteArrayList<>();
  private final ByteArrayOutputStream log = new ByteArrayOutputStream();
  private HttpServer zotero;
  private InProcessSession session;

  @AfterEach
  void stop() {
    if (session != null) {
      session.close();
    }
    if (zotero != null) {
      zotero.stop(0);
    }
  }

  private String startZotero() throws Exception {
    zotero = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    zotero.createContext(
        "/better-bibtex/export/collection",
        exchange -> {
          requests.incrementAndGet();
          byte[] body = library.get().getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(200, body.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
          }
        });
    zotero.start();
    return "http://127.0.0.1:"
        + zotero.getAddress().getPort()
        + "/better-bibtex/export/collection?/1/ML.json";
  }

  private void startServer(String source) throws Exception {
    CorpusLoader loader = CorpusLoader.rememberingLastCompleteReads();
    IndexBuilder builder =
        (sources, dir, previous, progress, problems) -> {
          List<Paper> papers = loader.read(sources).papers();
          builds.add(papers.stream().map(Paper::key).toList());
          return LuceneIndex.of(papers);
        };
    session =
        InProcessSession.start(
            builder,
            new PrintStream(log, true, StandardCharsets.UTF_8),
            WAIT,
            ChannelSources.Config.defaults(),
            new ZoteroSources.Config(cache, Duration.ofSeconds(2)));
    InitializeParams params = new InitializeParams();
    params.setWorkspaceFolders(List.of(new WorkspaceFolder(workspace.toUri().toString(), "ws")));
    params.setInitializationOptions(
        JsonParser.parseString(
            "{\"settings\": {\"paperlens\": {\"sources\": [\""
                + source
                + "\"], \"zoteroPollSeconds\": 1}}}"));
    session.server().initialize(params).get(5, TimeUnit.SECONDS);
    session.server().initialized(new InitializedParams());
  }

  private String log() {
    return log.toString(StandardCharsets.UTF_8);
  }

  private void await(BooleanSupplier condition, String what) throws InterruptedException {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("timed out waiting for " + what + "; log:\n" + log());
      }
      Thread.sleep(20);
    }
  }

  /** Waits until no build has started for a while (two poll intervals and a margin). */
  private void settled() throws InterruptedException {
    int seen = -1;
    long quietSince = System.nanoTime();
    long deadline = quietSince + WAIT.toNanos();
    while (System.nanoTime() - quietSince < Duration.ofMillis(2500).toNanos()) {
      if (builds.size() != seen) {
        seen = builds.size();
        quietSince = System.nanoTime();
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError("builds never settled: " + builds + "; log:\n" + log());
      }
      Thread.sleep(20);
    }
  }

  private boolean built(List<String> keys) {
    return !builds.isEmpty() && builds.get(builds.size() - 1).equals(keys);
  }

  private static int count(String text, String part) {
    return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
  }

  @Test
  void theExportIsPulledPolledAndOnlyAChangedBodyIndexesAgain() throws Exception {
    String url = startZotero();
    startServer(url);
    await(() -> built(List.of("gu2023mamba")), "the pulled library indexed");
    assertTrue(
        java.nio.file.Files.isRegularFile(ZoteroPull.copyFile(cache, url)), "no copy was kept");

    // The start's build and the first pull's reindex may each come first: when the pull landed
    // before the start's build read the sources, its reindex builds the same library once more.
    settled();

    // Polls with nothing new: one request each, and no build.
    int buildsBefore = builds.size();
    int requestsBefore = requests.get();
    await(() -> requests.get() >= requestsBefore + 2, "two more polls");
    Thread.sleep(700); // a build the polls would have asked for
    assertEquals(buildsBefore, builds.size(), "an unchanged library was indexed again");

    library.set(TWO);
    await(() -> built(List.of("dao2022flash", "gu2023mamba")), "the changed library indexed");

    // Zotero quits: one line however many polls fail, and the copy keeps answering.
    zotero.stop(0);
    zotero = null;
    Thread.sleep(3500);
    assertEquals(1, count(log(), "Zotero is not running (connection refused)"), log());
    session
        .server()
        .getWorkspaceService()
        .executeCommand(
            new org.eclipse.lsp4j.ExecuteCommandParams(PaperlensServer.REINDEX_COMMAND, List.of()));
    int after = builds.size();
    await(() -> builds.size() > after, "a reindex");
    assertTrue(built(List.of("dao2022flash", "gu2023mamba")), builds.toString());
  }

  @Test
  void anotherHostIsRefusedWithOneLineAndNeverAsked() throws Exception {
    startZotero();
    String elsewhere = "http://example.org:23119/better-bibtex/export/collection?/1/ML.json";
    startServer(elsewhere);
    await(() -> !builds.isEmpty(), "the first build");
    assertTrue(log().contains("only a Zotero export on this machine"), log());
    assertEquals(0, requests.get());
  }
}
