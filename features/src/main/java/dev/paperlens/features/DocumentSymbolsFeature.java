package dev.paperlens.features;

import dev.paperlens.corpus.Paper;
import dev.paperlens.index.SearchBackend;
import dev.paperlens.text.TextDocument;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.SymbolKind;

/**
 * A note's outline: what it cites and mentions, one symbol per paper (or per unknown key, or per
 * name reviews only mention), holding each place the note cites or names it, in order.
 */
public final class DocumentSymbolsFeature {
  private final SearchBackend backend;

  public DocumentSymbolsFeature(SearchBackend backend) {
    this.backend = backend;
  }

  public List<DocumentSymbol> symbols(TextDocument document, Cancellation cancel) {
    NoteView view = NoteView.of(document);
    Map<String, List<NoteMentions.Occurrence>> groups = new LinkedHashMap<>();
    for (NoteMentions.Occurrence o : NoteMentions.in(view, backend, cancel)) {
      groups.computeIfAbsent(o.subject(), s -> new ArrayList<>()).add(o);
    }
    List<DocumentSymbol> out = new ArrayList<>();
    for (List<NoteMentions.Occurrence> group : groups.values()) {
      NoteMentions.Occurrence first = group.get(0);
      int end = group.stream().mapToInt(NoteMentions.Occurrence::end).max().orElse(first.end());
      List<DocumentSymbol> children = new ArrayList<>();
      for (NoteMentions.Occurrence o : group) {
        children.add(
            new DocumentSymbol(
                view.text().substring(o.start(), o.end()),
                o.citation() ? SymbolKind.Key : SymbolKind.String,
                DocumentRanges.range(document, o.start(), o.end()),
                DocumentRanges.range(document, o.start(), o.end()),
                o.citation() ? "citation" : "mention"));
      }
      DocumentSymbol symbol =
          new DocumentSymbol(
              nameOf(first),
              first.paper() != null ? SymbolKind.Class : SymbolKind.Constant,
              DocumentRanges.range(document, first.start(), end),
              DocumentRanges.range(document, first.start(), first.end()),
              detailOf(first),
              children);
      out.add(symbol);
    }
    return out;
  }

  private static String nameOf(NoteMentions.Occurrence o) {
    return o.paper() != null ? o.paper().title() : o.name();
  }

  private static String detailOf(NoteMentions.Occurrence o) {
    Paper paper = o.paper();
    if (paper == null) {
      return o.citation() ? "unknown key" : "mentioned in reviews";
    }
    return paper.key() + (paper.year() == null ? "" : " · " + paper.year());
  }
}
