package dev.paperlens.features;

import dev.paperlens.corpus.Paper;
import dev.paperlens.index.SearchBackend;
import dev.paperlens.index.SearchHit;
import java.util.Optional;

/**
 * What the cursor is on: a paper (cited by key, or named by its title or a method it introduces) or
 * a name that reviews only mention. {@code start}/{@code end} is the text that names it.
 */
record Subject(Paper paper, String name, int start, int end) {

  boolean isPaper() {
    return paper != null;
  }

  static Optional<Subject> at(
      NoteView view, int offset, SearchBackend backend, Cancellation cancel) {
    Optional<NoteView.Citation> citation = view.citationAt(offset);
    if (citation.isPresent()) {
      NoteView.Citation c = citation.get();
      return backend.paper(c.key()).map(p -> new Subject(p, c.key(), c.start(), c.end()));
    }
    Optional<NameAtCursor.Found> found = NameAtCursor.find(view, offset, backend, cancel);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    NameAtCursor.Found f = found.get();
    SearchHit hit = f.hit();
    Optional<Paper> paper = backend.paper(hit.key());
    if (paper.isPresent()
        && (hit.kind() == SearchHit.Kind.PAPER
            || HoverFeature.introduces(paper.get(), hit.name()))) {
      return Optional.of(new Subject(paper.get(), hit.name(), f.start(), f.end()));
    }
    return Optional.of(new Subject(null, hit.name(), f.start(), f.end()));
  }
}
