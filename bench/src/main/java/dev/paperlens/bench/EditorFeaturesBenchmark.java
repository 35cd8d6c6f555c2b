package dev.paperlens.bench;

import dev.paperlens.corpus.CorpusLoader;
import dev.paperlens.features.Cancellation;
import dev.paperlens.features.DocumentHighlightFeature;
import dev.paperlens.features.DocumentSymbolsFeature;
import dev.paperlens.features.HoverFeature;
import dev.paperlens.features.InlayHintsFeature;
import dev.paperlens.features.NoteView;
import dev.paperlens.features.SemanticTokensFeature;
import dev.paperlens.features.Workspace;
import dev.paperlens.index.LuceneIndex;
import dev.paperlens.text.TextDocument;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Supplier;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

/**
 * What inlay hints, semantic tokens, document highlights and symbols cost on a generated 1 MB LaTeX
 * note, against a bare request (a hover on a citation) measured in the same run: for the lines an
 * editor shows (60) and for the whole note, the whole-note requests both as the first on a version
 * and again on the same version (an editor asks for highlights at every cursor move). Run from the
 * repository root after {@code mvn -q -DskipTests package} with {@code java -cp
 * bench/target/paperlens-bench.jar dev.paperlens.bench.EditorFeaturesBenchmark}; it reads the
 * papers of {@code examples/}.
 */
public final class EditorFeaturesBenchmark {
  private static final int VISIBLE_LINES = 60;

  /** How many items all measured answers held: printed, so the JIT cannot drop the work. */
  private static long answered;

  private EditorFeaturesBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path examples = Path.of(args.length > 0 ? args[0] : "examples");
    try (LuceneIndex backend =
        LuceneIndex.of(
            CorpusLoader.load(
                    List.of(examples.resolve("reviews"), examples.resolve("references.bib")))
                .papers())) {
      String text = NoteScanBenchmark.latex(1 << 20);
      TextDocument note = new TextDocument("file:///bench/note.tex", "latex", 1, text);
      int middle = note.lineCount() / 2;
      Range visible = new Range(new Position(middle, 0), new Position(middle + VISIBLE_LINES, 0));
      Range whole = new Range(new Position(0, 0), new Position(note.lineCount(), 0));
      int citation = text.indexOf("\\cite{poli2023hyena}", text.length() / 2) + 8;
      TextDocument.Position at = note.positionAt(citation);
      Position onCitation = new Position(at.line(), at.character());

      long scan =
          median(
              () -> {
                return NoteView.of(new TextDocument(note.uri(), "latex", 2, text))
                    .citations()
                    .size();
              },
              9);
      NoteView.of(note); // requests share the scan of a version; the rest measure warm requests
      HoverFeature hover = new HoverFeature(backend, Workspace.NONE);
      InlayHintsFeature hints = new InlayHintsFeature(backend, true, true);
      InlayHintsFeature citationHints = new InlayHintsFeature(backend, true, false);
      SemanticTokensFeature tokens = new SemanticTokensFeature(backend);
      long bare =
          median(() -> hover.hover(note, onCitation, Cancellation.NEVER).isPresent() ? 1 : 0, 41);
      long citationsVisible =
          median(() -> citationHints.hints(note, visible, Cancellation.NEVER).size(), 41);
      long hintsVisible = median(() -> hints.hints(note, visible, Cancellation.NEVER).size(), 41);
      long tokensVisible =
          median(() -> tokens.tokens(note, visible, Cancellation.NEVER).size() / 5, 41);
      // The first whole-note request on a version: each run gets a version of its own, scanned.
      Iterator<TextDocument> hinted = scannedVersions(note, 10);
      long hintsWhole =
          median(() -> hints.hints(hinted.next(), whole, Cancellation.NEVER).size(), 5);
      Iterator<TextDocument> versions = scannedVersions(note, 10);
      long tokensWhole =
          median(() -> tokens.tokens(versions.next(), null, Cancellation.NEVER).size() / 5, 5);
      DocumentHighlightFeature highlight = new DocumentHighlightFeature(backend);
      DocumentSymbolsFeature symbols = new DocumentSymbolsFeature(backend);
      Iterator<TextDocument> highlighted = scannedVersions(note, 10);
      long highlightFirst =
          median(
              () -> highlight.highlights(highlighted.next(), onCitation, Cancellation.NEVER).size(),
              5);
      long highlightAgain =
          median(() -> highlight.highlights(note, onCitation, Cancellation.NEVER).size(), 21);
      long symbolsAgain = median(() -> symbols.symbols(note, Cancellation.NEVER).size(), 21);
      long tokensAgain = median(() -> tokens.tokens(note, null, Cancellation.NEVER).size() / 5, 21);

      System.out.printf(
          "1 MB LaTeX note, %d lines, %d papers indexed%n", note.lineCount(), backend.size());
      row("bare request: hover on a citation (baseline)", bare, bare);
      row("scan of a new version (once per edit)", scan, bare);
      row("inlay hints, citations only, 60 lines", citationsVisible, bare);
      row("inlay hints, citations + mentions, 60 lines", hintsVisible, bare);
      row("semantic tokens, 60 lines (range)", tokensVisible, bare);
      row("inlay hints, citations + mentions, whole note, first", hintsWhole, bare);
      row("semantic tokens, whole note (full), first", tokensWhole, bare);
      row("document highlight on a citation, first", highlightFirst, bare);
      row("document highlight on a citation, again", highlightAgain, bare);
      row("document symbols, again", symbolsAgain, bare);
      row("semantic tokens, whole note (full), again", tokensAgain, bare);
      System.out.printf(
          "answers: %d hints and %d tokens in 60 lines; %d hints and %d tokens in the note%n",
          hints.hints(note, visible, Cancellation.NEVER).size(),
          tokens.tokens(note, visible, Cancellation.NEVER).size() / 5,
          hints.hints(note, whole, Cancellation.NEVER).size(),
          tokens.tokens(note, null, Cancellation.NEVER).size() / 5);
      System.out.printf("(%d items answered in all runs)%n", answered);
    }
  }

  /** Versions of the note that no request has read yet, each already scanned (as after an edit). */
  private static Iterator<TextDocument> scannedVersions(TextDocument note, int count) {
    List<TextDocument> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      TextDocument version = new TextDocument(note.uri(), "latex", 10 + i, note.text());
      NoteView.of(version);
      out.add(version);
    }
    return out.iterator();
  }

  private static void row(String what, long nanos, long bare) {
    System.out.printf(
        "%-54s median %8.2f ms  %7.1f× the bare request%n",
        what, nanos / 1e6, (double) nanos / bare);
  }

  /** The median time of {@code runs} runs after as many warm-up runs. */
  private static long median(Supplier<Integer> work, int runs) {
    for (int i = 0; i < runs; i++) {
      answered += work.get();
    }
    long[] times = new long[runs];
    for (int i = 0; i < runs; i++) {
      long started = System.nanoTime();
      answered += work.get();
      times[i] = System.nanoTime() - started;
    }
    return (long) NoteScanBenchmark.median(times);
  }
}
