package dev.paperlens.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paperlens.testing.SamplePapers;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.ClientInfo;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverCapabilities;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextDocumentClientCapabilities;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each client gets cards in the format its initialize asked for. */
class ClientFormatsTest {
  private static final Duration WAIT = Duration.ofSeconds(30);
  @TempDir Path workspace;

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
    "Emacs, plaintext, plaintext, false",
    "Neovim, markdown, markdown, false",
    "Visual Studio Code, markdown, markdown, true",
  })
  void hoverCardsComeInTheClientsFormat(
      String client, String asked, String kind, boolean commandLink) throws Exception {
    IndexBuilder sample = (sources, dir, previous, progress, problems) -> SamplePapers.backend();
    try (InProcessSession session =
        InProcessSession.start(sample, new PrintStream(OutputStream.nullOutputStream()), WAIT)) {
      InitializeParams params = new InitializeParams();
      params.setClientInfo(new ClientInfo(client, "1"));
      params.setWorkspaceFolders(List.of(new WorkspaceFolder(workspace.toUri().toString(), "ws")));
      TextDocumentClientCapabilities text = new TextDocumentClientCapabilities();
      text.setHover(
          new HoverCapabilities(
              asked.equals("plaintext")
                  ? List.of(MarkupKind.PLAINTEXT, MarkupKind.MARKDOWN)
                  : List.of(MarkupKind.MARKDOWN, MarkupKind.PLAINTEXT),
              false));
      ClientCapabilities caps = new ClientCapabilities();
      caps.setTextDocument(text);
      params.setCapabilities(caps);
      session.initialize(params, WAIT);
      assertNotNull(session.client().awaitStatus("ready", 0, WAIT));
      String uri = workspace.resolve("note.md").toUri().toString();
      session.didOpen(new TextDocumentItem(uri, "markdown", 1, "see HyenaDNA here"));
      Hover hover = session.hover(uri, new Position(0, 6), WAIT);
      assertEquals(kind, hover.getContents().getRight().getKind());
      String card = hover.getContents().getRight().getValue();
      assertTrue(card.contains("HyenaDNA: Long-Range Genomic"), card);
      assertEquals(commandLink, card.contains("command:paperlens.openReview"), card);
      if (kind.equals("plaintext")) {
        assertFalse(card.contains("**"), card);
      }
    }
  }
}
