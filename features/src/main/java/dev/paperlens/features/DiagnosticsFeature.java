package dev.paperlens.features;

import dev.paperlens.index.SearchBackend;
import dev.paperlens.text.TextDocument;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;

/** Warns about citation keys that neither the index nor the workspace's .bib files know. */
public final class DiagnosticsFeature {
  public static final String SOURCE = "paperlens";
  public static final String UNKNOWN_CITATION = "unknown-citation";

  private final SearchBackend backend;
  private final Workspace workspace;

  public DiagnosticsFeature(SearchBackend backend, Workspace workspace) {
    this.backend = backend;
    this.workspace = workspace;
  }

  public List<Diagnostic> diagnose(TextDocument document, Cancellation cancel) {
    if (backend.size() == 0) {
      // Without an index every key would look unknown; say nothing rather than something wrong.
      return List.of();
    }
    List<Diagnostic> out = new ArrayList<>();
    List<TextDocument> bibs = null;
    for (NoteView.Citation citation : NoteView.of(document).citations()) {
      cancel.check();
      if (backend.paper(citation.key()).isPresent()) {
        continue;
      }
      if (bibs == null) {
        bibs = workspace.bibFiles();
      }
      if (BibFiles.anyDefines(bibs, citation.key())) {
        continue;
      }
      Diagnostic diagnostic =
          new Diagnostic(
              DocumentRanges.range(document, citation.start(), citation.end()),
              "Unknown citation key '" + citation.key() + "'",
              DiagnosticSeverity.Warning,
              SOURCE);
      diagnostic.setCode(UNKNOWN_CITATION);
      diagnostic.setData(citation.key());
      out.add(diagnostic);
    }
    return out;
  }
}
