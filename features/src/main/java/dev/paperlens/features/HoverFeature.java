package dev.paperlens.features;

import dev.paperlens.corpus.Paper;
import dev.paperlens.index.PaperLabel;
import dev.paperlens.index.SearchBackend;
import dev.paperlens.index.SearchHit;
import dev.paperlens.text.TextDocument;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.Position;

/** Hover on a citation key, a title, a method name or a Cyrillic/inflected form of one. */
public final class HoverFeature {
  private final SearchBackend backend;
  private final HoverCard card;

  public HoverFeature(SearchBackend backend, Workspace workspace) {
    this.backend = backend;
    this.card = new HoverCard(workspace);
  }

  public Optional<Hover> hover(TextDocument document, Position position, Cancellation cancel) {
    if (!DocumentRanges.inside(document, position)) {
      return Optional.empty();
    }
    NoteView view = NoteView.of(document);
    int offset = DocumentRanges.offset(document, position);
    Optional<NoteView.Citation> citation = view.citationAt(offset);
    if (citation.isPresent()) {
      NoteView.Citation c = citation.get();
      return backend.paper(c.key()).map(p -> hover(document, cardOf(p), c.start(), c.end()));
    }
    return NameAtCursor.find(view, offset, backend, cancel)
        .flatMap(
            found ->
                markdownFor(found.hit())
                    .map(md -> hover(document, md, found.start(), found.end())));
  }

  /**
   * The card for a resolved name: its paper's card, or the list of reviews that only mention it.
   */
  Optional<String> markdownFor(SearchHit hit) {
    Optional<Paper> paper = backend.paper(hit.key());
    if (hit.kind() == SearchHit.Kind.PAPER) {
      return paper.map(this::cardOf);
    }
    if (paper.isPresent() && introduces(paper.get(), hit.name())) {
      // Labels, not whole papers: the card names them, and a name can have hundreds.
      List<PaperLabel> mentioning =
          backend.mentioningLabels(hit.name(), SearchBackend.MAX_MENTIONING);
      List<PaperLabel> others =
          mentioning.stream()
              .filter(p -> !p.key().equals(paper.get().key()) && p.introduces(hit.name()))
              .toList();
      List<PaperLabel> mentionedBy = mentionedBy(backend, paper.get(), hit.name(), mentioning);
      return Optional.of(
          card.paper(paper.get(), mentionedBy) + card.alsoIntroducedBy(hit.name(), others));
    }
    List<Paper> mentioning = backend.mentioning(hit.name(), SearchBackend.MAX_MENTIONING);
    if (mentioning.isEmpty()) {
      return paper.map(this::cardOf);
    }
    return Optional.of(card.mention(hit.name(), mentioning));
  }

  String cardOf(Paper paper) {
    return card.paper(paper, mentionedBy(backend, paper));
  }

  /**
   * Papers that mention this one's names, as many as a card lists and a few more (the paper itself
   * and others introducing the same name are dropped): loading every mentioning paper made hover
   * cost grow with the corpus.
   */
  static List<PaperLabel> mentionedBy(SearchBackend backend, Paper paper) {
    return mentionedBy(backend, paper, null, List.of());
  }

  /**
   * As {@link #mentionedBy(SearchBackend, Paper)}, reusing {@code known}, every paper mentioning
   * {@code knownName} that the caller already loaded: the first papers of a name are the first of
   * all of them, so the same query need not run twice in one hover.
   */
  private static List<PaperLabel> mentionedBy(
      SearchBackend backend, Paper paper, String knownName, List<PaperLabel> known) {
    int wanted = HoverCard.MAX_MENTIONED_BY + 8;
    // Backends look a name up in lower case: the same lower case is the same query.
    String knownTerm = knownName == null ? null : knownName.toLowerCase(Locale.ROOT);
    List<String> names = paper.methods().isEmpty() ? List.of(paper.title()) : paper.methods();
    return names.stream()
        .flatMap(
            n ->
                (n.toLowerCase(Locale.ROOT).equals(knownTerm)
                        ? known.subList(0, Math.min(wanted, known.size()))
                        : backend.mentioningLabels(n, wanted))
                    .stream().filter(p -> !p.introduces(n)))
        .filter(p -> !p.key().equals(paper.key()))
        .distinct()
        .toList();
  }

  static boolean introduces(Paper paper, String name) {
    return PaperLabel.introduces(paper.methods(), paper.title(), name);
  }

  private static Hover hover(TextDocument document, String markdown, int start, int end) {
    return new Hover(
        new MarkupContent(MarkupKind.MARKDOWN, markdown),
        DocumentRanges.range(document, start, end));
  }
}
