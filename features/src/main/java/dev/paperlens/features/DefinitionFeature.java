package dev.paperlens.features;

import dev.paperlens.corpus.Mention;
import dev.paperlens.corpus.Paper;
import dev.paperlens.corpus.Review;
import dev.paperlens.index.SearchBackend;
import dev.paperlens.text.TextDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

/**
 * From a citation key or a mention to where the paper is reviewed: every review of it, or its
 * BibTeX entry when no review exists. A name that is only mentioned leads to the lines that mention
 * it.
 */
public final class DefinitionFeature {
  private final SearchBackend backend;
  private final Workspace workspace;

  public DefinitionFeature(SearchBackend backend, Workspace workspace) {
    this.backend = backend;
    this.workspace = workspace;
  }

  public List<Location> definition(TextDocument document, Position position, Cancellation cancel) {
    if (!DocumentRanges.inside(document, position)) {
      return List.of();
    }
    NoteView view = NoteView.of(document);
    int offset = DocumentRanges.offset(document, position);
    return Subject.at(view, offset, backend, cancel)
        .map(s -> s.isPaper() ? reviewsOf(papersNamed(s)) : mentionsOf(s.name()))
        .orElse(List.of());
  }

  /**
   * The subject's paper and, when the subject was named by a method rather than cited by key, every
   * other paper that introduces that method (two sources may review the same work under two keys).
   */
  private List<Paper> papersNamed(Subject subject) {
    List<Paper> papers = new ArrayList<>(List.of(subject.paper()));
    if (subject.name().equals(subject.paper().key())) {
      return papers;
    }
    for (Paper other : backend.mentioning(subject.name(), SearchBackend.MAX_MENTIONING)) {
      if (!papers.contains(other)
          && other.methods().stream().anyMatch(m -> m.equalsIgnoreCase(subject.name()))) {
        papers.add(other);
      }
    }
    return papers;
  }

  private List<Location> reviewsOf(List<Paper> papers) {
    List<Location> out = new ArrayList<>();
    papers.forEach(p -> out.addAll(reviewsOf(p)));
    return out;
  }

  List<Location> reviewsOf(Paper paper) {
    List<Location> out = new ArrayList<>();
    for (Review review : paper.reviews()) {
      out.add(
          new Location(
              workspace.uriOf(review.path()),
              DocumentRanges.lines(review.startLine(), review.startLine())));
    }
    if (out.isEmpty() && paper.bibtex() != null) {
      out.add(
          new Location(
              workspace.uriOf(paper.bibtex().path()),
              DocumentRanges.lines(paper.bibtex().line(), paper.bibtex().line())));
    }
    return out;
  }

  List<Location> mentionsOf(String name) {
    List<Location> out = new ArrayList<>();
    Predicate<Mention> ofName = Mention.ofName(name);
    for (Paper paper : backend.mentioning(name, SearchBackend.MAX_MENTIONING)) {
      for (Review review : paper.reviews()) {
        for (Mention mention : review.mentions()) {
          if (ofName.test(mention)) {
            for (int line : mention.lines()) {
              Range range = DocumentRanges.lines(line, line);
              out.add(new Location(workspace.uriOf(review.path()), range));
            }
          }
        }
      }
    }
    return out;
  }
}
