package dev.paperlens.features;

import dev.paperlens.corpus.Mention;
import dev.paperlens.corpus.Paper;
import dev.paperlens.corpus.Review;
import dev.paperlens.index.SearchBackend;
import dev.paperlens.index.SearchHit;
import dev.paperlens.text.Span;
import dev.paperlens.text.TextDocument;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;

/**
 * Every place a paper or name comes up: citations and prose mentions in the workspace's notes (open
 * ones as edited, the rest as saved), and the review lines that mention it.
 */
public final class ReferencesFeature {
  private final SearchBackend backend;
  private final Workspace workspace;

  public ReferencesFeature(SearchBackend backend, Workspace workspace) {
    this.backend = backend;
    this.workspace = workspace;
  }

  public List<Location> references(
      TextDocument document, Position position, boolean includeDeclaration, Cancellation cancel) {
    if (!DocumentRanges.inside(document, position)) {
      return List.of();
    }
    NoteView view = NoteView.of(document);
    int offset = DocumentRanges.offset(document, position);
    return Subject.at(view, offset, backend, cancel)
        .map(subject -> references(document, subject, includeDeclaration, cancel))
        .orElse(List.of());
  }

  private List<Location> references(
      TextDocument current, Subject subject, boolean includeDeclaration, Cancellation cancel) {
    List<String> names = new ArrayList<>();
    if (subject.isPaper()) {
      names.addAll(subject.paper().methods());
      names.add(subject.paper().title());
    } else {
      names.add(subject.name());
    }
    NameOccurrences occurrences = new NameOccurrences(names);
    List<Location> out = new ArrayList<>();
    Set<String> seenUris = new LinkedHashSet<>();
    List<TextDocument> notes = new ArrayList<>();
    notes.add(current);
    notes.addAll(workspace.notes());
    for (TextDocument note : notes) {
      if (!seenUris.add(note.uri())) {
        continue;
      }
      cancel.check();
      NoteView view = NoteView.of(note);
      List<Span> spans = new ArrayList<>(occurrences.in(view, surface -> names(surface, subject)));
      if (subject.isPaper()) {
        for (NoteView.Citation citation : view.citations()) {
          if (citation.key().equals(subject.paper().key())) {
            spans.add(new Span(citation.start(), citation.end()));
          }
        }
      }
      spans.sort((a, b) -> Integer.compare(a.start(), b.start()));
      for (Span span : spans) {
        out.add(new Location(note.uri(), DocumentRanges.range(note, span.start(), span.end())));
      }
    }
    DefinitionFeature definitions = new DefinitionFeature(backend, workspace);
    if (subject.isPaper()) {
      if (includeDeclaration) {
        out.addAll(definitions.reviewsOf(subject.paper()));
      }
      for (String method : subject.paper().methods()) {
        out.addAll(reviewMentions(method, subject.paper().key()));
      }
    } else {
      out.addAll(definitions.mentionsOf(subject.name()));
    }
    return out.stream().distinct().toList();
  }

  /** Whether the index reads the surface as this subject too (or does not know it at all). */
  private boolean names(String surface, Subject subject) {
    Optional<SearchHit> hit = backend.resolve(surface);
    if (hit.isEmpty()) {
      return true;
    }
    if (subject.isPaper()) {
      return hit.get().key().equals(subject.paper().key())
          || HoverFeature.introduces(subject.paper(), hit.get().name());
    }
    return hit.get().name().equalsIgnoreCase(subject.name());
  }

  /**
   * Review lines that mention the name, leaving out the reviews of the paper that introduces it.
   */
  private List<Location> reviewMentions(String name, String ownKey) {
    List<Location> out = new ArrayList<>();
    Predicate<Mention> ofName = Mention.ofName(name);
    for (Paper paper : backend.mentioning(name, SearchBackend.MAX_MENTIONING)) {
      if (paper.key().equals(ownKey)) {
        continue;
      }
      for (Review review : paper.reviews()) {
        for (Mention mention : review.mentions()) {
          if (ofName.test(mention)) {
            for (int line : mention.lines()) {
              out.add(
                  new Location(workspace.uriOf(review.path()), DocumentRanges.lines(line, line)));
            }
          }
        }
      }
    }
    return out;
  }
}
