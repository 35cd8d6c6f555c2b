package dev.paperlens.testing;

import dev.paperlens.text.TextDocument;
import org.eclipse.lsp4j.Position;

/**
 * A test document written with {@code |} at the cursor: {@code "see Hyena|DNA here"}. A literal bar
 * is written "\\|".
 */
public record Cursor(TextDocument document, Position position, int offset) {

  public static Cursor markdown(String marked) {
    return parse("file:///ws/notes/note.md", "markdown", marked);
  }

  public static Cursor latex(String marked) {
    return parse("file:///ws/notes/paper.tex", "latex", marked);
  }

  public static Cursor plain(String marked) {
    return parse("file:///ws/notes/note.txt", "plaintext", marked);
  }

  public static Cursor parse(String uri, String languageId, String marked) {
    int offset = -1;
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < marked.length(); i++) {
      char c = marked.charAt(i);
      if (c == '\\' && i + 1 < marked.length() && marked.charAt(i + 1) == '|') {
        text.append('|');
        i++;
      } else if (c == '|' && offset < 0) {
        offset = text.length();
      } else {
        text.append(c);
      }
    }
    if (offset < 0) {
      throw new IllegalArgumentException("no cursor marker in: " + marked);
    }
    TextDocument document = new TextDocument(uri, languageId, 1, text.toString());
    TextDocument.Position p = document.positionAt(offset);
    return new Cursor(document, new Position(p.line(), p.character()), offset);
  }
}
