package dev.paperlens.lsp;

import org.eclipse.lsp4j.jsonrpc.services.JsonNotification;
import org.eclipse.lsp4j.services.LanguageClient;

/** The client as Paperlens sees it: a standard LSP client plus a status notification. */
public interface PaperlensClient extends LanguageClient {

  /**
   * The index's state, for a status bar item.
   *
   * @param state "indexing", "ready" or "error"
   * @param papers how many papers the index holds
   * @param message what is happening or what went wrong, or null
   */
  record Status(String state, int papers, String message) {}

  @JsonNotification("paperlens/status")
  default void status(Status status) {}
}
