package dev.paperlens.features;

import dev.paperlens.corpus.Paper;
import dev.paperlens.index.SearchBackend;
import dev.paperlens.notes.NoteLanguage;
import dev.paperlens.text.Span;
import dev.paperlens.text.TextDocument;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;

/**
 * Renames a citation key everywhere at once: the user's .bib entry (and other entries' crossref to
 * it) and every citation of it in the workspace's notes, open or on disk, in every form the note
 * scanners read (natbib/biblatex commands, multi-key lists, pandoc {@code [@key]}, {@code @key} and
 * {@code [-@key]}). Refused, with the reason, when the new key is not safe in BibTeX, LaTeX and
 * pandoc alike, when it is taken, or when no .bib entry of the user's defines the key.
 */
public final class RenameFeature {

  /**
   * What a rename request gets: the key and where it stands (prepare), the edits per document URI
   * (rename), or why not.
   */
  public record Outcome(
      String key, Range range, Map<String, List<TextEdit>> edits, String refusal) {
    static Outcome refused(String why) {
      return new Outcome(null, null, Map.of(), why);
    }

    public boolean isRefused() {
      return refusal != null;
    }
  }

  /**
   * A key every tool reads the same way: BibTeX (no spaces, braces, commas, quotes, {@code #%'=\}),
   * LaTeX's \cite and pandoc's {@code @key} (a letter, digit or _ first and last; {@code -:.+/}
   * only between them). ASCII only, as classic BibTeX needs.
   */
  private static final Pattern SAFE_KEY =
      Pattern.compile("[A-Za-z0-9_](?:[A-Za-z0-9_]|[-:.+/](?=[A-Za-z0-9_]))*");

  private static final String WHERE =
      "Put the cursor on a citation key (\\cite{key}, [@key], @key) or on a .bib entry's key.";

  private final SearchBackend backend;
  private final Workspace workspace;

  public RenameFeature(SearchBackend backend, Workspace workspace) {
    this.backend = backend;
    this.workspace = workspace;
  }

  /** The key under the cursor and its range, or why it cannot be renamed. */
  public Outcome prepare(TextDocument document, Position position, Cancellation cancel) {
    Optional<Target> target = target(document, position);
    if (target.isEmpty()) {
      return Outcome.refused(WHERE);
    }
    Target t = target.get();
    Optional<String> notOwned = notOwned(document, t.key(), cancel);
    if (notOwned.isPresent()) {
      return Outcome.refused(notOwned.get());
    }
    return new Outcome(
        t.key(), DocumentRanges.range(document, t.span().start(), t.span().end()), Map.of(), null);
  }

  /** The edits renaming the key under the cursor to {@code newKey}, or why not. */
  public Outcome rename(
      TextDocument document, Position position, String newKey, Cancellation cancel) {
    Optional<Target> target = target(document, position);
    if (target.isEmpty()) {
      return Outcome.refused(WHERE);
    }
    String key = target.get().key();
    Optional<String> notOwned = notOwned(document, key, cancel);
    if (notOwned.isPresent()) {
      return Outcome.refused(notOwned.get());
    }
    Optional<String> unsafe = unsafe(newKey);
    if (unsafe.isPresent()) {
      return Outcome.refused(unsafe.get());
    }
    if (newKey.equals(key)) {
      return Outcome.refused("The key is already " + key + ".");
    }
    List<TextDocument> bibs = bibs(document);
    if (!newKey.equalsIgnoreCase(key) && BibFiles.anyDefinesIgnoringCase(bibs, newKey)) {
      return Outcome.refused(
          "A .bib entry " + newKey + " already exists (BibTeX compares keys ignoring case).");
    }
    Optional<Paper> taken = newKey.equalsIgnoreCase(key) ? Optional.empty() : backend.paper(newKey);
    if (taken.isPresent()) {
      return Outcome.refused(
          newKey + " is already the key of \"" + taken.get().title() + "\" in the sources.");
    }
    Map<String, List<TextEdit>> edits = new LinkedHashMap<>();
    for (TextDocument bib : bibs) {
      cancel.check();
      add(edits, bib, BibFiles.keyPlaces(bib.text(), key), newKey);
    }
    for (TextDocument note : notes(document)) {
      cancel.check();
      List<Span> places = new ArrayList<>();
      for (NoteView.Citation citation : NoteView.of(note).citations()) {
        if (citation.key().equals(key)) {
          places.add(new Span(citation.start(), citation.end()));
        }
      }
      add(edits, note, places, newKey);
    }
    return new Outcome(key, null, edits, null);
  }

  /** Why the key is not the user's to rename, if it is not: no workspace .bib entry defines it. */
  private Optional<String> notOwned(TextDocument document, String key, Cancellation cancel) {
    if (BibFiles.anyDefines(bibs(document), key)) {
      return Optional.empty();
    }
    cancel.check();
    Optional<Paper> paper = backend.paper(key);
    if (paper.isEmpty()) {
      return Optional.of(
          "No .bib entry defines " + key + ", so there is no key of yours to rename.");
    }
    if (paper.get().bibtex() != null
        && paper.get().bibtex().format() == dev.paperlens.corpus.SourceFormat.CSL_JSON) {
      return Optional.of(
          key
              + " comes from the CSL-JSON library "
              + paper.get().bibtex().path()
              + ", which Zotero (or the tool that exported it) writes: change the citation key"
              + " there, and the library and this index follow on the next export.");
    }
    if (paper.get().bibtex() != null && paper.get().bibtex().path() != null) {
      return Optional.of(
          key
              + " is defined in "
              + paper.get().bibtex().path()
              + ", outside the workspace: open that file to rename the key.");
    }
    return Optional.of(
        key
            + " was made by Paperlens, not written in a .bib of yours: add the BibTeX entry"
            + " first (the code action \"Add BibTeX entry for "
            + key
            + "\"), then rename it.");
  }

  /** Why a key would break BibTeX, LaTeX or pandoc, if it would. */
  static Optional<String> unsafe(String key) {
    if (key == null || key.isEmpty()) {
      return Optional.of("The new key is empty.");
    }
    if (SAFE_KEY.matcher(key).matches()) {
      return Optional.empty();
    }
    String rule =
        "use ASCII letters, digits and _, with - : . + / only between them (no spaces, braces,"
            + " commas or quotes).";
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      boolean keyChar = c < 128 && (Character.isLetterOrDigit(c) || c == '_');
      if (!keyChar && "-:.+/".indexOf(c) < 0) {
        String shown = Character.isWhitespace(c) ? "a space" : "'" + c + "'";
        return Optional.of(
            "\"" + key + "\" is not a safe citation key: it has " + shown + "; " + rule);
      }
    }
    return Optional.of(
        "\"" + key + "\" is not a safe citation key: it starts or ends with punctuation; " + rule);
  }

  private record Target(String key, Span span) {}

  /** The key under the cursor: in a citation of a note, or the head of a .bib entry. */
  private static Optional<Target> target(TextDocument document, Position position) {
    if (!DocumentRanges.inside(document, position)) {
      return Optional.empty();
    }
    int offset = DocumentRanges.offset(document, position);
    if (isBib(document)) {
      return BibFiles.entryAt(document.text(), offset).map(e -> new Target(e.key(), e.span()));
    }
    return NoteView.of(document)
        .citationAt(offset)
        .map(c -> new Target(c.key(), new Span(c.start(), c.end())));
  }

  /** The workspace's .bib files, the one being edited (as edited) first when it is one. */
  private List<TextDocument> bibs(TextDocument document) {
    return withCurrent(document, isBib(document), workspace.bibFiles());
  }

  private List<TextDocument> notes(TextDocument document) {
    boolean note = NoteLanguage.of(document.languageId(), document.uri()).isPresent();
    return withCurrent(document, note && !isBib(document), workspace.notes());
  }

  private static List<TextDocument> withCurrent(
      TextDocument current, boolean include, List<TextDocument> others) {
    Map<String, TextDocument> byUri = new LinkedHashMap<>();
    if (include) {
      byUri.put(current.uri(), current);
    }
    for (TextDocument other : others) {
      byUri.putIfAbsent(other.uri(), other);
    }
    return List.copyOf(byUri.values());
  }

  static boolean isBib(TextDocument document) {
    return "bibtex".equalsIgnoreCase(document.languageId())
        || "biblatex".equalsIgnoreCase(document.languageId())
        || document.uri().toLowerCase(java.util.Locale.ROOT).endsWith(".bib");
  }

  private static void add(
      Map<String, List<TextEdit>> edits, TextDocument document, List<Span> places, String key) {
    if (places.isEmpty()) {
      return;
    }
    List<TextEdit> list = edits.computeIfAbsent(document.uri(), u -> new ArrayList<>());
    for (Span span : places) {
      list.add(new TextEdit(DocumentRanges.range(document, span.start(), span.end()), key));
    }
  }
}
