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
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.services.LanguageServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A source that changes under the server: a half-written library keeps the previous answers, an
 * atomic replace is one change, and the new content is indexed once it reads completely.
 */
class ChangingSourcesTest {
  private static final Duration WAIT = Duration.ofSeconds(30);

  @TempDir Path workspace;
  private final AtomicInteger builds = new AtomicInteger();
  private final ByteArrayOutputStream log = new ByteArrayOutputStream();
  private InProcessSession session;
  private LanguageServer server;
  private Path library;
  private String noteUri;

  private static String item(String key, String title) {
    return "{\"id\": \"" + key + "\", \"type\": \"book\", \"title\": \"" + title + "\"}";
  }

  @BeforeEach
  void start() throws Exception {
    library = workspace.resolve("library.json");
    Files.writeString(library, "[\n" + item("first2020", "The First Book of Examples") + "\n]\n");
    CorpusLoader loader = CorpusLoader.rememberingLastCompleteReads();
    IndexBuilder builder =
        (sources, dir, previous, progress, problems) -> {
          builds.incrementAndGet();
          var corpus = loader.read(sources);
          corpus.problems().forEach(problems);
          return LuceneIndex.of(corpus.papers());
        };
    session =
        InProcessSession.start(builder, new PrintStream(log, true, StandardCharsets.UTF_8), WAIT);
    server = session.server();
    InitializeParams params = new InitializeParams();
    params.setWorkspaceFolders(List.of(new WorkspaceFolder(workspace.toUri().toString(), "ws")));
    params.setInitializationOptions(
        JsonParser.parseString(
            "{\"settings\": {\"paperlens\": {\"sources\": [\"library.json\"]}}}"));
    server.initialize(params).get(5, TimeUnit.SECONDS);
    server.initialized(new InitializedParams());
    noteUri = workspace.resolve("note.md").toUri().toString();
    server
        .getTextDocumentService()
        .didOpen(
            new DidOpenTextDocumentParams(
                new TextDocumentItem(noteUri, "markdown", 1, "[@first2020] and [@second2021]\n")));
    awaitHover(2, "The First Book of Examples");
  }

  @AfterEach
  void stop() {
    session.close();
  }

  private String hover(int character) throws Exception {
    Hover hover =
        server
            .getTextDocumentService()
            .hover(new HoverParams(new TextDocumentIdentifier(noteUri), new Position(0, character)))
            .get(5, TimeUnit.SECONDS);
    return hover == null ? "" : hover.getContents().getRight().getValue();
  }

  private void awaitHover(int character, String expected) throws Exception {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (!hover(character).contains(expected)) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("no hover with " + expected + "; log:\n" + log());
      }
      Thread.sleep(50);
    }
  }

  private String log() {
    return log.toString(StandardCharsets.UTF_8);
  }

  private void changed(FileChangeType... types) {
    List<FileEvent> events =
        java.util.Arrays.stream(types)
            .map(t -> new FileEvent(library.toUri().toString(), t))
            .toList();
    server.getWorkspaceService().didChangeWatchedFiles(new DidChangeWatchedFilesParams(events));
  }

  private void awaitBuilds(int count) throws InterruptedException {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (builds.get() < count) {
      assertTrue(System.nanoTime() < deadline, "no build " + count + "; log:\n" + log());
      Thread.sleep(20);
    }
  }

  @Test
  void aLibraryCaughtHalfWrittenKeepsThePreviousAnswersWithOneLogLine() throws Exception {
    int before = builds.get();
    Files.writeString(
        library,
        "[\n"
            + item("first2020", "The First Book of Examples")
            + ",\n{\"id\": \"second2021\", \"ty");
    changed(FileChangeType.Changed);
    awaitBuilds(before + 1);
    Thread.sleep(300);
    assertTrue(hover(2).contains("The First Book of Examples"), "the previous answers are gone");
    String line =
        "its JSON breaks off, as a file being written does; its last complete read is used";
    assertEquals(1, log().split(java.util.regex.Pattern.quote(line), -1).length - 1, log());

    Files.writeString(
        library,
        "[\n"
            + item("first2020", "The First Book of Examples")
            + ",\n"
            + item("second2021", "The Second Book of Examples")
            + "\n]\n");
    changed(FileChangeType.Changed);
    awaitHover(19, "The Second Book of Examples");
  }

  @Test
  void anAtomicReplaceIsOneChange() throws Exception {
    int before = builds.get();
    Path written = workspace.resolve(".library.json.tmp");
    Files.writeString(written, "[\n" + item("second2021", "The Second Book of Examples") + "\n]\n");
    Files.move(
        written, library, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    // Clients report a rename over a file as delete and create, in one batch or in two; the second
    // may come later than a short debounce would wait.
    long first = System.nanoTime();
    changed(FileChangeType.Deleted, FileChangeType.Created);
    Thread.sleep(350);
    changed(FileChangeType.Changed);
    long gap = (System.nanoTime() - first) / 1_000_000;
    // A machine so loaded that the second batch came after the quiet period proves nothing here.
    org.junit.jupiter.api.Assumptions.assumeTrue(
        gap < IndexLifecycle.SOURCES_QUIET.toMillis() - 50,
        "the batches were " + gap + " ms apart");
    awaitHover(19, "The Second Book of Examples");
    Thread.sleep(1000);
    assertEquals(before + 1, builds.get(), "builds for one replace; log:\n" + log());
  }
}
