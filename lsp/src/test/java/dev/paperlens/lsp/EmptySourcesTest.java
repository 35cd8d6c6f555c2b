package dev.paperlens.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParser;
import dev.paperlens.index.LuceneIndex;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sources that hold no review are said to the user once, with the setting and the paths. */
class EmptySourcesTest {
  private static final Duration WAIT = Duration.ofSeconds(30);
  @TempDir Path workspace;

  private static List<String> warnings(InProcessSession session) {
    return session.client().log().stream()
        .filter(line -> line.startsWith("Warning: Paperlens found no reviews"))
        .toList();
  }

  @Test
  void anEmptyIndexIsSaidOnceNamingTheSettingAndThePath() throws Exception {
    IndexBuilder empty = (sources, dir, previous, progress, problems) -> LuceneIndex.of(List.of());
    try (InProcessSession session =
        InProcessSession.start(empty, new PrintStream(OutputStream.nullOutputStream()), WAIT)) {
      InitializeParams params = new InitializeParams();
      params.setWorkspaceFolders(List.of(new WorkspaceFolder(workspace.toUri().toString(), "ws")));
      params.setInitializationOptions(
          JsonParser.parseString("{\"settings\": {\"paperlens\": {\"sources\": [\"papers/\"]}}}"));
      session.initialize(params, WAIT);
      assertNotNull(session.client().awaitStatus("ready", 0, WAIT));
      List<String> said = warnings(session);
      assertEquals(1, said.size(), session.client().log().toString());
      assertTrue(said.get(0).contains("paperlens.sources is [papers/]"), said.get(0));
      assertTrue(said.get(0).contains("nothing there exists"), said.get(0));

      int seen = session.client().statuses().size();
      session
          .server()
          .getWorkspaceService()
          .didChangeConfiguration(
              new DidChangeConfigurationParams(
                  JsonParser.parseString(
                      "{\"settings\": {\"paperlens\": {\"sources\": [\"papers/\"],"
                          + " \"completion\": {\"maxItems\": 7}}}}")));
      session
          .server()
          .getWorkspaceService()
          .executeCommand(
              new org.eclipse.lsp4j.ExecuteCommandParams(
                  PaperlensServer.REINDEX_COMMAND, List.of()));
      assertNotNull(session.client().awaitStatus("ready", seen, WAIT));
      assertEquals(1, warnings(session).size(), "the same emptiness is not said again");
    }
  }
}
