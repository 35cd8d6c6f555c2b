package dev.paperlens.features;

import dev.paperlens.corpus.Paper;
import dev.paperlens.index.CompletionContext;
import dev.paperlens.index.SearchBackend;
import dev.paperlens.index.SearchHit;
import dev.paperlens.notes.NoteLanguage;
import dev.paperlens.text.TextDocument;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;

/**
 * Quick fixes and rewrites at a range: replace an unknown key with the closest known ones, cite a
 * bare mention, add a paper's BibTeX entry to the workspace's .bib. Every change is a proposed edit
 * the user accepts; nothing is written here.
 */
public final class CodeActionsFeature {

  /**
   * One proposed action.
   *
   * @param title what the editor shows
   * @param kind an LSP code action kind ("quickfix", "refactor.rewrite")
   * @param diagnostics the diagnostics it fixes
   * @param edits text edits per document URI
   * @param createFile a URI to create (empty) before applying the edits, or null
   * @param preferred whether it is the obvious fix
   */
  public record Proposal(
      String title,
      String kind,
      List<Diagnostic> diagnostics,
      Map<String, List<TextEdit>> edits,
      String createFile,
      boolean preferred) {}

  private static final int CLOSEST_KEYS = 3;

  private final SearchBackend backend;
  private final Workspace workspace;

  public CodeActionsFeature(SearchBackend backend, Workspace workspace) {
    this.backend = backend;
    this.workspace = workspace;
  }

  public List<Proposal> actions(
      TextDocument document, Range range, List<Diagnostic> diagnostics, Cancellation cancel) {
    if (range == null || !DocumentRanges.inside(document, range.getStart())) {
      return List.of();
    }
    NoteView view = NoteView.of(document);
    int start = DocumentRanges.offset(document, range.getStart());
    int end = Math.max(start, DocumentRanges.offset(document, range.getEnd()));
    List<Proposal> out = new ArrayList<>();
    for (NoteView.Citation citation : view.citations()) {
      if (citation.end() < start || citation.start() > end) {
        continue;
      }
      Optional<Paper> paper = backend.paper(citation.key());
      if (paper.isEmpty()) {
        out.addAll(
            closestKeys(document, citation, matching(document, diagnostics, citation), cancel));
      } else {
        addBibEntry(paper.get()).ifPresent(out::add);
      }
    }
    if (out.isEmpty() && view.language() != NoteLanguage.PLAIN) {
      Optional<Subject> subject = Subject.at(view, start, backend, cancel);
      if (subject.isPresent() && subject.get().isPaper() && view.citationAt(start).isEmpty()) {
        out.add(cite(document, view.language(), subject.get()));
        addBibEntry(subject.get().paper()).ifPresent(out::add);
      }
    }
    return out;
  }

  private List<Proposal> closestKeys(
      TextDocument document,
      NoteView.Citation citation,
      List<Diagnostic> fixes,
      Cancellation cancel) {
    Map<String, SearchHit> candidates = new LinkedHashMap<>();
    String key = citation.key();
    for (int length = key.length();
        length >= Math.min(3, key.length()) && candidates.size() < 20;
        length -= 2) {
      backend
          .complete(key.substring(0, length), CompletionContext.ANY, 10)
          .forEach(h -> candidates.putIfAbsent(h.key(), h));
      cancel.check();
    }
    String words = key.replaceAll("(?<=\\p{L})(?=\\d)|(?<=\\d)(?=\\p{L})|[_:\\-]", " ");
    backend.search(words, 10).forEach(h -> candidates.putIfAbsent(h.key(), h));
    Range range = DocumentRanges.range(document, citation.start(), citation.end());
    List<SearchHit> closest =
        candidates.values().stream()
            .sorted(Comparator.comparingInt((SearchHit h) -> distance(key, h.key())))
            .limit(CLOSEST_KEYS)
            .toList();
    List<Proposal> out = new ArrayList<>();
    for (SearchHit hit : closest) {
      out.add(
          new Proposal(
              "Replace with " + hit.key() + " (" + hit.title() + ")",
              CodeActionKind.QuickFix,
              fixes,
              Map.of(document.uri(), List.of(new TextEdit(range, hit.key()))),
              null,
              out.isEmpty()));
    }
    return out;
  }

  private static Proposal cite(TextDocument document, NoteLanguage language, Subject subject) {
    String key = subject.paper().key();
    String citation = language == NoteLanguage.LATEX ? "~\\cite{" + key + "}" : " [@" + key + "]";
    Position after = DocumentRanges.position(document, subject.end());
    return new Proposal(
        "Cite " + subject.name() + " as " + citation.strip().replace("~", ""),
        CodeActionKind.RefactorRewrite,
        List.of(),
        Map.of(document.uri(), List.of(new TextEdit(new Range(after, after), citation))),
        null,
        false);
  }

  /**
   * Appends the paper's entry to the first .bib, or creates references.bib; none when it is there.
   */
  private Optional<Proposal> addBibEntry(Paper paper) {
    List<TextDocument> bibs = workspace.bibFiles();
    if (BibFiles.anyDefines(bibs, paper.key())) {
      return Optional.empty();
    }
    String entry = BibFiles.entryOf(paper);
    if (!bibs.isEmpty()) {
      TextDocument bib = bibs.get(0);
      Position end = DocumentRanges.position(bib, bib.text().length());
      String separator = bib.text().isEmpty() ? "" : bib.text().endsWith("\n") ? "\n" : "\n\n";
      String name = bib.uri().substring(bib.uri().lastIndexOf('/') + 1);
      return Optional.of(
          new Proposal(
              "Add BibTeX entry for " + paper.key() + " to " + name,
              CodeActionKind.QuickFix,
              List.of(),
              Map.of(
                  bib.uri(), List.of(new TextEdit(new Range(end, end), separator + entry + "\n"))),
              null,
              false));
    }
    String uri = workspace.newBibUri();
    if (uri == null) {
      return Optional.empty();
    }
    Position origin = new Position(0, 0);
    return Optional.of(
        new Proposal(
            "Add BibTeX entry for " + paper.key() + " to a new references.bib",
            CodeActionKind.QuickFix,
            List.of(),
            Map.of(uri, List.of(new TextEdit(new Range(origin, origin), entry + "\n"))),
            uri,
            false));
  }

  /** The client's diagnostics that sit on this citation's key. */
  private static List<Diagnostic> matching(
      TextDocument document, List<Diagnostic> diagnostics, NoteView.Citation citation) {
    if (diagnostics == null) {
      return List.of();
    }
    return diagnostics.stream()
        .filter(
            d ->
                d.getRange() != null
                    && DocumentRanges.offset(document, d.getRange().getStart()) == citation.start()
                    && DocumentRanges.offset(document, d.getRange().getEnd()) == citation.end())
        .toList();
  }

  /** Edit distance, case-insensitive: how far a typed key is from a known one. */
  static int distance(String a, String b) {
    String x = a.toLowerCase(Locale.ROOT);
    String y = b.toLowerCase(Locale.ROOT);
    int[] previous = new int[y.length() + 1];
    int[] row = new int[y.length() + 1];
    for (int j = 0; j <= y.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= x.length(); i++) {
      row[0] = i;
      for (int j = 1; j <= y.length(); j++) {
        int cost = x.charAt(i - 1) == y.charAt(j - 1) ? 0 : 1;
        row[j] = Math.min(Math.min(row[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
      }
      int[] swap = previous;
      previous = row;
      row = swap;
    }
    return previous[y.length()];
  }
}
