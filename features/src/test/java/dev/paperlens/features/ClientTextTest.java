package dev.paperlens.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paperlens.testing.Cursor;
import dev.paperlens.testing.SamplePapers;
import java.util.List;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.junit.jupiter.api.Test;

/** Cards in the format each client asks for (Emacs eglot asks for plain text). */
class ClientTextTest {
  private final HoverFeature feature = new HoverFeature(SamplePapers.backend(), Workspace.NONE);

  private MarkupContent card(String marked) {
    Cursor cursor = Cursor.markdown(marked);
    return feature
        .hover(cursor.document(), cursor.position(), Cancellation.NEVER)
        .orElseThrow()
        .getContents()
        .getRight();
  }

  @Test
  void aClientThatListsPlainTextFirstGetsPlainText() {
    ClientText eglot = ClientText.of(List.of("plaintext", "markdown"), null, false);
    MarkupContent plain = eglot.hover(card("Hyena|DNA"));
    assertEquals(MarkupKind.PLAINTEXT, plain.getKind());
    String text = plain.getValue();
    assertTrue(text.startsWith("HyenaDNA: Long-Range Genomic Sequence Modeling"), text);
    assertFalse(text.contains("**"), text);
    assertFalse(text.contains("\\_"), text);
    assertTrue(text.contains("gonzo_ml"), text);
    assertTrue(text.contains("https://arxiv.org/abs/2306.15794"), text);
    assertFalse(text.contains("paperlens.openReview"), text);
  }

  @Test
  void markdownClientsKeepMarkdownAndCommandLinksOnlyWhereTheyRun() {
    MarkupContent original = card("Hyena|DNA");
    assertTrue(original.getValue().contains("](command:paperlens.openReview?"));
    MarkupContent vscode =
        ClientText.of(List.of("markdown", "plaintext"), null, true).hover(original);
    assertEquals(original.getValue(), vscode.getValue());
    MarkupContent neovim =
        ClientText.of(List.of("markdown", "plaintext"), null, false).hover(original);
    assertEquals(MarkupKind.MARKDOWN, neovim.getKind());
    assertFalse(neovim.getValue().contains("command:paperlens"), neovim.getValue());
    assertTrue(
        neovim.getValue().contains("](file:///"), "the file link stays: " + neovim.getValue());
  }

  @Test
  void aClientThatSaysNothingGetsMarkdown() {
    MarkupContent original = card("Hyena|DNA");
    assertEquals(original, ClientText.of(null, null, true).hover(original));
  }

  /** The resolved card of the first item completed at the cursor. */
  private static MarkupContent documentation(String marked) {
    CompletionFeature completion = new CompletionFeature(SamplePapers.backend(), Workspace.NONE, 5);
    Cursor cursor = Cursor.latex(marked);
    org.eclipse.lsp4j.CompletionItem item =
        completion
            .complete(cursor.document(), cursor.position(), Cancellation.NEVER)
            .items()
            .get(0);
    return completion.resolve(item, (String) item.getData()).getDocumentation().getRight();
  }

  @Test
  void completionDocumentationIsPlainTextUnlessTheClientListsMarkdown() {
    MarkupContent card = documentation("\\cite{hyena nucleot|}");
    assertEquals(MarkupKind.MARKDOWN, card.getKind());
    for (List<String> formats :
        java.util.Arrays.<List<String>>asList(
            null, List.of(), List.of("plaintext"), List.of("plaintext", "markdown"))) {
      MarkupContent plain = ClientText.of(null, formats, false).documentation(card);
      assertEquals(MarkupKind.PLAINTEXT, plain.getKind(), "formats " + formats);
      assertTrue(plain.getValue().startsWith("HyenaDNA: Long-Range"), plain.getValue());
      assertFalse(plain.getValue().contains("**"), plain.getValue());
      assertFalse(plain.getValue().contains("command:paperlens"), plain.getValue());
    }
    MarkupContent neovim =
        ClientText.of(null, List.of("markdown", "plaintext"), false).documentation(card);
    assertEquals(MarkupKind.MARKDOWN, neovim.getKind());
    assertFalse(neovim.getValue().contains("command:paperlens"), neovim.getValue());
    MarkupContent vscode =
        ClientText.of(null, List.of("markdown", "plaintext"), true).documentation(card);
    assertEquals(card.getValue(), vscode.getValue());
    assertTrue(vscode.getValue().contains("](command:paperlens.openReview?"), vscode.getValue());
  }
}
