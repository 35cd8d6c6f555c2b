package dev.paperlens.features;

import dev.paperlens.index.SearchBackend;
import dev.paperlens.text.TextDocument;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

/**
 * Semantic tokens for the names the index knows in a note's prose, so themes can colour them: a
 * paper's title as {@code class}, a method a paper introduces as {@code function}, a name reviews
 * only mention as {@code variable} (standard token types, which every theme already styles).
 * Citations are left to the editor's grammar. A range request searches only that range.
 */
public final class SemanticTokensFeature {
  /** The legend's token types, in the order their indexes are encoded. */
  public static final List<String> TOKEN_TYPES = List.of("class", "function", "variable");

  private static final int PAPER = 0;
  private static final int METHOD = 1;
  private static final int MENTIONED = 2;

  private final SearchBackend backend;

  public SemanticTokensFeature(SearchBackend backend) {
    this.backend = backend;
  }

  /**
   * The tokens in the protocol's relative encoding (line delta, start delta, length, type, no
   * modifiers), for the whole note when {@code range} is null.
   */
  public List<Integer> tokens(TextDocument document, Range range, Cancellation cancel) {
    int from = 0;
    int to = document.text().length();
    if (range != null) {
      if (!DocumentRanges.inside(document, range.getStart())) {
        return List.of();
      }
      from = DocumentRanges.offset(document, range.getStart());
      to = Math.max(from, DocumentRanges.offset(document, range.getEnd()));
    }
    NoteView view = NoteView.of(document);
    List<Integer> out = new ArrayList<>();
    int line = 0;
    int character = 0;
    for (NoteMentions.Occurrence o : NoteMentions.in(view, from, to, backend, cancel)) {
      if (o.citation()) {
        continue;
      }
      Position start = DocumentRanges.position(document, o.start());
      Position end = DocumentRanges.position(document, o.end());
      if (start.getLine() != end.getLine()) {
        continue; // a token may not span lines
      }
      int type =
          o.paper() == null
              ? MENTIONED
              : o.name().equalsIgnoreCase(o.paper().title()) ? PAPER : METHOD;
      int deltaLine = start.getLine() - line;
      int deltaStart = deltaLine == 0 ? start.getCharacter() - character : start.getCharacter();
      out.add(deltaLine);
      out.add(deltaStart);
      out.add(end.getCharacter() - start.getCharacter());
      out.add(type);
      out.add(0);
      line = start.getLine();
      character = start.getCharacter();
    }
    return out;
  }
}
