package dev.paperlens.features;

import dev.paperlens.corpus.Paper;
import dev.paperlens.index.SearchBackend;
import dev.paperlens.text.Span;
import dev.paperlens.text.TextDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.lsp4j.DocumentLink;

/**
 * Links on citation keys (to the review, or the paper's page when it has no review file) and on
 * URLs written in the note.
 */
public final class DocumentLinksFeature {
  private final SearchBackend backend;
  private final Workspace workspace;

  public DocumentLinksFeature(SearchBackend backend, Workspace workspace) {
    this.backend = backend;
    this.workspace = workspace;
  }

  public List<DocumentLink> links(TextDocument document, Cancellation cancel) {
    NoteView view = NoteView.of(document);
    List<DocumentLink> out = new ArrayList<>();
    for (NoteView.Citation citation : view.citations()) {
      cancel.check();
      Optional<Paper> paper = backend.paper(citation.key());
      if (paper.isEmpty()) {
        continue;
      }
      String target = targetOf(paper.get());
      if (target != null) {
        DocumentLink link =
            new DocumentLink(
                DocumentRanges.range(document, citation.start(), citation.end()), target);
        link.setTooltip(paper.get().title());
        out.add(link);
      }
    }
    for (Span url : view.urls()) {
      String target = view.text().substring(url.start(), url.end());
      while (target.endsWith(".") || target.endsWith(",") || target.endsWith(";")) {
        target = target.substring(0, target.length() - 1);
      }
      out.add(
          new DocumentLink(
              DocumentRanges.range(document, url.start(), url.start() + target.length()), target));
    }
    return out;
  }

  private String targetOf(Paper paper) {
    if (!paper.reviews().isEmpty()) {
      // "#L12" opens the file at that line in VS Code and is ignored by editors that do not know
      // it.
      return workspace.uriOf(paper.reviews().get(0).path())
          + "#L"
          + paper.reviews().get(0).startLine();
    }
    if (paper.ids().arxiv() != null) {
      return "https://arxiv.org/abs/" + paper.ids().arxiv();
    }
    return paper.ids().urls().stream().filter(MarkdownText::isWebUrl).findFirst().orElse(null);
  }
}
