package dev.paperlens.lsp;

import dev.paperlens.text.TextDocument;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The documents the editor has open, each as its latest version. */
final class OpenDocuments {
  private final Map<String, TextDocument> byUri = new ConcurrentHashMap<>();

  void open(String uri, String languageId, int version, String text) {
    byUri.put(uri, new TextDocument(uri, languageId, version, text));
  }

  /** Applies incremental edits; edits for a document that is not open are ignored. */
  TextDocument change(String uri, int version, List<TextDocument.Edit> edits) {
    return byUri.computeIfPresent(uri, (u, doc) -> doc.apply(version, edits));
  }

  void close(String uri) {
    byUri.remove(uri);
  }

  TextDocument get(String uri) {
    return uri == null ? null : byUri.get(uri);
  }

  /** Whether the document still has this version: a newer one makes work on the old one moot. */
  boolean isCurrent(TextDocument document) {
    TextDocument now = byUri.get(document.uri());
    return now != null && now.version() == document.version();
  }

  Collection<TextDocument> all() {
    return List.copyOf(byUri.values());
  }
}
