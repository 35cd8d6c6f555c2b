package dev.paperlens.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParser;
import dev.paperlens.corpus.CorpusLoader;
import dev.paperlens.index.LuceneIndex;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.services.LanguageServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Many concurrent request streams (hover, completion, definition) against one server while its
 * sources change and it reindexes. The build runs a short version; the full load is {@code
 * -Dpaperlens.load.clients=10 -Dpaperlens.load.requests=10000} and the soak adds {@code
 * -Dpaperlens.load.seconds=600} (docs/reliability.md).
 */
class LoadHarnessTest {
  private static final String PAGE =
      String.join(
          "\n",
          "HyenaDNA: Long-Range Genomic Sequence Modeling",
          "интересно посмотреть, как себя будет вести гиена",
          "👀LINK",
          "Memory Mosaics",
          "здесь же хочется написать про мозаики памяти",
          "👀 paper, code",
          "");

  @TempDir Path workspace;

  @Test
  void concurrentClientsWhileSourcesChange() throws Exception {
    int clients = Integer.getInteger("paperlens.load.clients", 4);
    int requests = Integer.getInteger("paperlens.load.requests", 150);
    long seconds = Long.getLong("paperlens.load.seconds", 0);
    Path reviews = Files.createDirectories(workspace.resolve("reviews"));
    Files.writeString(reviews.resolve("channel.txt"), PAGE);
    IndexBuilder builder =
        (sources, dir, previous, progress, problems) ->
            LuceneIndex.of(CorpusLoader.load(sources).papers());
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    try (InProcessSession session =
        InProcessSession.start(
            builder, new PrintStream(log, true, StandardCharsets.UTF_8), Duration.ofSeconds(30))) {
      LanguageServer server = session.server();
      InitializeParams init = new InitializeParams();
      init.setWorkspaceFolders(List.of(new WorkspaceFolder(workspace.toUri().toString(), "ws")));
      init.setInitializationOptions(
          JsonParser.parseString("{\"settings\":{\"paperlens\":{\"sources\":[\"reviews/\"]}}}"));
      session.initialize(init, Duration.ofSeconds(30));
      String uri = workspace.resolve("note.md").toUri().toString();
      session.didOpen(new TextDocumentItem(uri, "markdown", 1, "See HyenaDNA and Hyen\n"));

      AtomicBoolean running = new AtomicBoolean(true);
      AtomicInteger reindexes = new AtomicInteger();
      Thread changer =
          new Thread(
              () -> {
                int n = 0;
                while (running.get()) {
                  try {
                    Files.writeString(
                        reviews.resolve("extra.txt"),
                        PAGE.replace("Memory Mosaics", "Memory Mosaics " + n++));
                    server
                        .getWorkspaceService()
                        .executeCommand(
                            new ExecuteCommandParams(PaperlensServer.REINDEX_COMMAND, List.of()))
                        .get(30, TimeUnit.SECONDS);
                    reindexes.incrementAndGet();
                    Thread.sleep(50);
                  } catch (Exception e) {
                    return;
                  }
                }
              },
              "load-source-changer");
      changer.start();

      Runtime rt = Runtime.getRuntime();
      System.gc();
      long heapBefore = rt.totalMemory() - rt.freeMemory();
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
      AtomicInteger wrong = new AtomicInteger();
      ExecutorService pool = Executors.newFixedThreadPool(clients);
      long start = System.nanoTime();
      int total = 0;
      long nextReport = start + TimeUnit.SECONDS.toNanos(60);
      do {
        List<Future<?>> work = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
          work.add(
              pool.submit(
                  () -> {
                    for (int i = 0; i < requests; i++) {
                      switch (i % 3) {
                        case 0 -> {
                          var hover =
                              session.hover(uri, new Position(0, 6), Duration.ofSeconds(30));
                          if (hover == null
                              || !hover.getContents().getRight().getValue().contains("HyenaDNA")) {
                            wrong.incrementAndGet();
                          }
                        }
                        case 1 -> {
                          if (session
                              .completion(uri, new Position(0, 21), Duration.ofSeconds(30))
                              .isEmpty()) {
                            wrong.incrementAndGet();
                          }
                        }
                        default ->
                            session.definition(uri, new Position(0, 6), Duration.ofSeconds(30));
                      }
                    }
                    return null;
                  }));
        }
        for (Future<?> f : work) {
          f.get(10, TimeUnit.MINUTES);
        }
        total += clients * requests;
        if (seconds > 0 && System.nanoTime() > nextReport) {
          System.gc();
          System.out.printf(
              "soak: %d s, %d requests, heap %d MB%n",
              (System.nanoTime() - start) / 1_000_000_000L,
              total,
              (rt.totalMemory() - rt.freeMemory()) >> 20);
          nextReport = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        }
      } while (System.nanoTime() < deadline);
      long millis = (System.nanoTime() - start) / 1_000_000;
      running.set(false);
      changer.join(30_000);
      pool.shutdownNow();
      System.gc();
      long heapAfter = rt.totalMemory() - rt.freeMemory();
      System.out.printf(
          "load: %d requests from %d clients in %d ms (%.0f/s), %d reindexes, %d wrong, heap %d -> %d MB%n",
          total,
          clients,
          millis,
          total * 1000.0 / millis,
          reindexes.get(),
          wrong.get(),
          heapBefore >> 20,
          heapAfter >> 20);
      assertEquals(0, wrong.get(), "answers went wrong under load");
      assertTrue(reindexes.get() > 0, "the sources never changed during the run");
    }
  }
}
