package dev.paperlens.features;

import dev.paperlens.corpus.Paper;
import dev.paperlens.index.SearchBackend;
import dev.paperlens.text.TextDocument;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.lsp4j.InlayHint;
import org.eclipse.lsp4j.InlayHintKind;
import org.eclipse.lsp4j.Range;

/**
 * Hints in the lines the editor shows: after each citation the cited papers' short titles and years
 * ({@code \cite{gu2023mamba}} then "Mamba, 2023"), and, when asked for, after a bare mention of a
 * paper the key it resolves to. Only the requested range is searched, so a long note costs what its
 * visible lines cost.
 */
public final class InlayHintsFeature {
  /** Longest short title shown; longer ones are cut at a word with an ellipsis. */
  private static final int SHORT_TITLE = 40;

  private final SearchBackend backend;
  private final boolean citations;
  private final boolean mentions;

  /**
   * @param citations hints after citations ({@code paperlens.inlayHints.citations})
   * @param mentions hints after bare mentions ({@code paperlens.inlayHints.mentions})
   */
  public InlayHintsFeature(SearchBackend backend, boolean citations, boolean mentions) {
    this.backend = backend;
    this.citations = citations;
    this.mentions = mentions;
  }

  public List<InlayHint> hints(TextDocument document, Range range, Cancellation cancel) {
    if ((!citations && !mentions)
        || range == null
        || !DocumentRanges.inside(document, range.getStart())) {
      return List.of();
    }
    NoteView view = NoteView.of(document);
    int from = DocumentRanges.offset(document, range.getStart());
    int to = Math.max(from, DocumentRanges.offset(document, range.getEnd()));
    List<InlayHint> out = new ArrayList<>();
    if (citations) {
      out.addAll(citationHints(document, view, from, to, cancel));
    }
    if (mentions) {
      out.addAll(mentionHints(document, view, from, to, cancel));
    }
    out.sort(
        (a, b) ->
            Integer.compare(
                DocumentRanges.offset(document, a.getPosition()),
                DocumentRanges.offset(document, b.getPosition())));
    return out;
  }

  /** One hint per citation group, at its end: each known paper's short title and year. */
  private List<InlayHint> citationHints(
      TextDocument document, NoteView view, int from, int to, Cancellation cancel) {
    Map<Integer, List<Paper>> byGroupEnd = new LinkedHashMap<>();
    for (NoteView.Citation c : view.citations()) {
      if (c.groupEnd() < from || c.groupEnd() > to) {
        continue;
      }
      cancel.check();
      List<Paper> papers = byGroupEnd.computeIfAbsent(c.groupEnd(), e -> new ArrayList<>());
      backend.paper(c.key()).ifPresent(papers::add);
    }
    List<InlayHint> out = new ArrayList<>();
    byGroupEnd.forEach(
        (end, papers) -> {
          if (papers.isEmpty()) {
            return;
          }
          List<String> labels = papers.stream().map(InlayHintsFeature::label).toList();
          InlayHint hint = new InlayHint();
          hint.setPosition(DocumentRanges.position(document, end));
          hint.setLabel(String.join("; ", labels));
          hint.setPaddingLeft(true);
          hint.setTooltip(
              String.join(
                  "\n", papers.stream().map(p -> p.title() + " (" + p.key() + ")").toList()));
          out.add(hint);
        });
    return out;
  }

  /** After a paper named in prose, its key, unless the note cites it right there. */
  private List<InlayHint> mentionHints(
      TextDocument document, NoteView view, int from, int to, Cancellation cancel) {
    List<InlayHint> out = new ArrayList<>();
    for (NoteMentions.Occurrence o : NoteMentions.in(view, from, to, backend, cancel)) {
      if (o.citation() || o.paper() == null || citedRightAfter(view, o)) {
        continue;
      }
      InlayHint hint = new InlayHint();
      hint.setPosition(DocumentRanges.position(document, o.end()));
      hint.setLabel(o.paper().key());
      hint.setKind(InlayHintKind.Type);
      hint.setPaddingLeft(true);
      hint.setTooltip(o.paper().title());
      out.add(hint);
    }
    return out;
  }

  /** "HyenaDNA [@nguyen2023hyenadna]" and "Titans~\cite{behrouz2024titans}" need no hint. */
  private static boolean citedRightAfter(NoteView view, NoteMentions.Occurrence o) {
    Optional<NoteView.Citation> next =
        view.citations().stream().filter(c -> c.groupStart() >= o.end()).findFirst();
    if (next.isEmpty()) {
      return false;
    }
    String between = view.text().substring(o.end(), next.get().groupStart());
    if (!between.matches("[\\s~]*(\\\\\\p{Alpha}+\\*?(\\[[^\\]]*\\])*)?")) {
      return false;
    }
    return view.citations().stream()
        .anyMatch(
            c -> c.groupStart() == next.get().groupStart() && c.key().equals(o.paper().key()));
  }

  /** "Mamba, 2023": the title up to its colon (or its first method), cut to a short length. */
  static String label(Paper paper) {
    String title = paper.title() == null ? paper.key() : paper.title().strip();
    int colon = title.indexOf(':');
    String shortTitle;
    if (colon > 0) {
      shortTitle = title.substring(0, colon).strip();
    } else if (!paper.methods().isEmpty()
        && title
            .toLowerCase(java.util.Locale.ROOT)
            .contains(paper.methods().get(0).toLowerCase(java.util.Locale.ROOT))) {
      shortTitle = paper.methods().get(0);
    } else {
      shortTitle = title;
    }
    if (shortTitle.length() > SHORT_TITLE) {
      int cut = shortTitle.lastIndexOf(' ', SHORT_TITLE - 1);
      shortTitle = shortTitle.substring(0, cut > 10 ? cut : SHORT_TITLE - 1).strip() + "…";
    }
    return paper.year() == null ? shortTitle : shortTitle + ", " + paper.year();
  }
}
