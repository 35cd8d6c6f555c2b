package dev.paperlens.features;

import dev.paperlens.corpus.Paper;
import dev.paperlens.index.SearchBackend;
import dev.paperlens.notes.NoteLanguage;
import dev.paperlens.text.Span;
import dev.paperlens.text.TextDocument;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.lsp4j.Range;

/**
 * Lenses over each .bib entry's key and each citation of a note: "cited in N notes · reviewed N×",
 * counting the workspace's notes (open or on disk) that cite the key and the reviews the sources
 * hold of the paper.
 */
public final class CodeLensFeature {

  /**
   * One lens: the key it is about, where it stands, and what it says; the protocol layer attaches
   * the command that finds the references where the client can run it.
   */
  public record Lens(String key, Range range, String title) {}

  private final SearchBackend backend;
  private final Workspace workspace;

  public CodeLensFeature(SearchBackend backend, Workspace workspace) {
    this.backend = backend;
    this.workspace = workspace;
  }

  public List<Lens> lenses(TextDocument document, Cancellation cancel) {
    List<Map.Entry<String, Span>> citations = new ArrayList<>();
    if (RenameFeature.isBib(document)) {
      for (BibFiles.Entry entry : BibFiles.entries(document.text())) {
        citations.add(Map.entry(entry.key(), entry.span()));
      }
    } else {
      for (NoteView.Citation c : NoteView.of(document).citations()) {
        citations.add(Map.entry(c.key(), new Span(c.start(), c.end())));
      }
    }
    if (citations.isEmpty()) {
      return List.of();
    }
    boolean bib = RenameFeature.isBib(document);
    Map<String, Integer> notesCiting = notesCiting(document, cancel);
    Map<String, Optional<Paper>> papers = new HashMap<>();
    List<Lens> out = new ArrayList<>();
    for (Map.Entry<String, Span> place : citations) {
      String key = place.getKey();
      Optional<Paper> paper = papers.computeIfAbsent(key, backend::paper);
      int notes = notesCiting.getOrDefault(key, 0);
      // An unknown key in a note has its diagnostic; a .bib entry is counted even before indexing.
      if (paper.isEmpty() && (!bib || notes == 0)) {
        continue;
      }
      int reviews = paper.map(p -> p.reviews().size()).orElse(0);
      String title =
          "cited in " + notes + (notes == 1 ? " note" : " notes") + " · reviewed " + reviews + "×";
      Span span = place.getValue();
      out.add(new Lens(key, DocumentRanges.range(document, span.start(), span.end()), title));
    }
    return out;
  }

  /** How many notes cite each key: the workspace's notes, and this one when it is a note. */
  private Map<String, Integer> notesCiting(TextDocument document, Cancellation cancel) {
    Map<String, TextDocument> notes = new LinkedHashMap<>();
    if (!RenameFeature.isBib(document)
        && NoteLanguage.of(document.languageId(), document.uri()).isPresent()) {
      notes.put(document.uri(), document);
    }
    for (TextDocument note : workspace.notes()) {
      notes.putIfAbsent(note.uri(), note);
    }
    Map<String, Integer> out = new HashMap<>();
    for (TextDocument note : notes.values()) {
      cancel.check();
      Set<String> keys = new HashSet<>();
      for (NoteView.Citation c : NoteView.of(note).citations()) {
        keys.add(c.key());
      }
      keys.forEach(k -> out.merge(k, 1, Integer::sum));
    }
    return out;
  }
}
