package dev.paperlens.features;

import dev.paperlens.index.SearchBackend;
import dev.paperlens.text.TextDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.lsp4j.DocumentHighlight;
import org.eclipse.lsp4j.DocumentHighlightKind;
import org.eclipse.lsp4j.Position;

/**
 * The other places the note cites or names the paper (or the mentioned name) under the cursor:
 * citations as {@code Read}, names in prose as {@code Text}.
 */
public final class DocumentHighlightFeature {
  private final SearchBackend backend;

  public DocumentHighlightFeature(SearchBackend backend) {
    this.backend = backend;
  }

  public List<DocumentHighlight> highlights(
      TextDocument document, Position position, Cancellation cancel) {
    if (!DocumentRanges.inside(document, position)) {
      return List.of();
    }
    NoteView view = NoteView.of(document);
    int offset = DocumentRanges.offset(document, position);
    Optional<Subject> subject = Subject.at(view, offset, backend, cancel);
    List<NoteMentions.Occurrence> all = NoteMentions.in(view, backend, cancel);
    List<DocumentHighlight> out = new ArrayList<>();
    boolean cursorCovered = false;
    Optional<NoteView.Citation> cited = view.citationAt(offset);
    for (NoteMentions.Occurrence o : all) {
      boolean same;
      if (subject.isPresent() && subject.get().isPaper()) {
        same = o.paper() != null && o.paper().key().equals(subject.get().paper().key());
      } else if (subject.isPresent()) {
        same =
            o.paper() == null && !o.citation() && o.name().equalsIgnoreCase(subject.get().name());
      } else {
        // an unknown key: its other citations
        same = cited.isPresent() && o.citation() && o.name().equals(cited.get().key());
      }
      if (same) {
        cursorCovered |= o.start() <= offset && offset <= o.end();
        out.add(
            new DocumentHighlight(
                DocumentRanges.range(document, o.start(), o.end()),
                o.citation() ? DocumentHighlightKind.Read : DocumentHighlightKind.Text));
      }
    }
    if (subject.isPresent() && !out.isEmpty() && !cursorCovered) {
      out.add(
          new DocumentHighlight(
              DocumentRanges.range(document, subject.get().start(), subject.get().end()),
              DocumentHighlightKind.Text));
      out.sort(
          (a, b) ->
              Integer.compare(
                  DocumentRanges.offset(document, a.getRange().getStart()),
                  DocumentRanges.offset(document, b.getRange().getStart())));
    }
    return out;
  }
}
