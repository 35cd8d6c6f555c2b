package dev.paperlens.features;

import dev.paperlens.corpus.Paper;
import dev.paperlens.index.CompletionContext;
import dev.paperlens.index.SearchBackend;
import dev.paperlens.index.SearchHit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.SymbolKind;

/**
 * Finds papers the way citation completion does (by key, title or method words, authors, year,
 * venue, ids or review words; several words narrow), so a person finds a paper the same way in the
 * symbol search, the Search Papers picker and after {@code \cite{}}; each leads to its first
 * review.
 */
public final class WorkspaceSymbolsFeature {
  private static final int LIMIT = 100;

  private final SearchBackend backend;
  private final DefinitionFeature definitions;

  public WorkspaceSymbolsFeature(SearchBackend backend, Workspace workspace) {
    this.backend = backend;
    this.definitions = new DefinitionFeature(backend, workspace);
  }

  public List<SymbolInformation> symbols(String query, Cancellation cancel) {
    // An empty query (a picker just opened) lists the papers an empty citation offers: most
    // reviewed and newest first.
    List<SearchHit> hits =
        backend.complete(query == null ? "" : query.strip(), CompletionContext.CITATION, LIMIT);
    List<SymbolInformation> out = new ArrayList<>();
    Set<String> keys = new HashSet<>();
    for (SearchHit hit : hits) {
      cancel.check();
      if (!keys.add(hit.key())) {
        continue;
      }
      Optional<Paper> paper = backend.paper(hit.key());
      if (paper.isEmpty()) {
        continue;
      }
      List<Location> where = definitions.reviewsOf(paper.get());
      if (where.isEmpty()) {
        continue;
      }
      String container =
          paper.get().methods().isEmpty()
              ? hit.key()
              : hit.key() + " · " + String.join(", ", paper.get().methods());
      out.add(
          new SymbolInformation(paper.get().title(), SymbolKind.Class, where.get(0), container));
    }
    return out;
  }
}
