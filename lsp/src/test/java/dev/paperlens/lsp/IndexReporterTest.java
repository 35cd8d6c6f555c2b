package dev.paperlens.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.ProgressParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.WindowClientCapabilities;
import org.eclipse.lsp4j.WorkDoneProgressBegin;
import org.eclipse.lsp4j.WorkDoneProgressCreateParams;
import org.eclipse.lsp4j.WorkDoneProgressEnd;
import org.eclipse.lsp4j.WorkDoneProgressNotification;
import org.eclipse.lsp4j.WorkDoneProgressReport;
import org.junit.jupiter.api.Test;

/** What the build tells the client, held until {@code initialized}. */
class IndexReporterTest {

  /** A client that shows progress and notes what it is sent, one line a message. */
  private static final class Recording implements PaperlensClient {
    final List<String> received = new CopyOnWriteArrayList<>();

    @Override
    public void status(Status status) {
      received.add("status " + status.state() + " " + status.papers());
    }

    @Override
    public CompletableFuture<Void> createProgress(WorkDoneProgressCreateParams params) {
      return CompletableFuture.completedFuture(null);
    }

    @Override
    public void notifyProgress(ProgressParams params) {
      WorkDoneProgressNotification n = params.getValue().getLeft();
      if (n instanceof WorkDoneProgressBegin begin) {
        received.add("begin " + begin.getMessage());
      } else if (n instanceof WorkDoneProgressReport report) {
        received.add("report " + report.getMessage());
      } else if (n instanceof WorkDoneProgressEnd end) {
        received.add("end " + end.getMessage());
      }
    }

    @Override
    public void showMessage(MessageParams message) {
      received.add("message " + message.getMessage());
    }

    @Override
    public void telemetryEvent(Object object) {}

    @Override
    public void publishDiagnostics(PublishDiagnosticsParams diagnostics) {}

    @Override
    public CompletableFuture<MessageActionItem> showMessageRequest(
        ShowMessageRequestParams request) {
      return CompletableFuture.completedFuture(null);
    }

    @Override
    public void logMessage(MessageParams message) {}
  }

  private static IndexReporter reporter(Recording client) {
    ClientCapabilities capabilities = new ClientCapabilities();
    WindowClientCapabilities window = new WindowClientCapabilities();
    window.setWorkDoneProgress(true);
    capabilities.setWindow(window);
    return new IndexReporter(
        new ServerLog(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)),
        () -> client,
        () -> capabilities,
        () -> 0,
        () -> {},
        () -> {},
        () -> "sources");
  }

  @Test
  void aClientThatNeverSaysItIsReadyIsHeldOnlyTheLastBuildsStatusAndProgress() {
    Recording client = new Recording();
    IndexReporter reporter = reporter(client);
    for (int build = 1; build <= 1000; build++) {
      reporter.started("sources changed");
      for (int i = 1; i <= 100; i++) {
        reporter.progress("read " + i + " files");
      }
      reporter.firstStage(build);
      reporter.progress("indexed names");
      reporter.finished(build, Duration.ofMillis(5), List.of());
      assertTrue(reporter.held() <= 5, "held " + reporter.held() + " after build " + build);
    }
    assertEquals(List.of(), client.received, "sent before initialized");
    reporter.clientReady();
    String stage = "citations of 1000 library entries";
    assertEquals(8, client.received.size(), client.received.toString());
    assertEquals("status indexing 0", client.received.get(0));
    assertEquals("begin sources changed", client.received.get(1));
    assertEquals("report read 100 files", client.received.get(2));
    assertTrue(client.received.get(3).startsWith("report " + stage), client.received.toString());
    assertEquals("status indexing 1000", client.received.get(4));
    assertEquals("report indexed names", client.received.get(5));
    assertEquals("end 1000 papers indexed in 5 ms", client.received.get(6));
    assertEquals("status ready 1000", client.received.get(7));
  }

  @Test
  void onceTheClientIsReadyEveryMessageGoesInOrder() {
    Recording client = new Recording();
    IndexReporter reporter = reporter(client);
    reporter.started("start");
    reporter.progress("read 1 file");
    reporter.progress("read 2 files");
    reporter.clientReady();
    reporter.progress("read 3 files");
    reporter.progress("read 4 files");
    reporter.failed("disk full");
    assertEquals(0, reporter.held());
    assertEquals(
        List.of(
            "status indexing 0",
            "begin start",
            "report read 2 files",
            "report read 3 files",
            "report read 4 files",
            "end failed: disk full",
            "status error 0",
            "message Paperlens could not index the reviews: disk full"),
        client.received);
  }
}
