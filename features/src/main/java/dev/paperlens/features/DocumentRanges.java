package dev.paperlens.features;

import dev.paperlens.text.TextDocument;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

/** Converts between offsets in a {@link TextDocument} and LSP positions, in one place. */
final class DocumentRanges {
  private DocumentRanges() {}

  static int offset(TextDocument document, Position position) {
    return document.offsetAt(position.getLine(), position.getCharacter());
  }

  static Position position(TextDocument document, int offset) {
    TextDocument.Position p = document.positionAt(offset);
    return new Position(p.line(), p.character());
  }

  static Range range(TextDocument document, int start, int end) {
    return new Range(position(document, start), position(document, end));
  }

  /** Whole lines, 1-based and inclusive as reviews record them, as an LSP range. */
  static Range lines(int firstLine, int lastLine) {
    int first = Math.max(0, firstLine - 1);
    int last = Math.max(first, lastLine - 1);
    return new Range(new Position(first, 0), new Position(last + 1, 0));
  }

  /** Whether the position exists in the document (no clamping needed). */
  static boolean inside(TextDocument document, Position position) {
    return position != null
        && document.contains(
            new TextDocument.Position(position.getLine(), position.getCharacter()));
  }
}
