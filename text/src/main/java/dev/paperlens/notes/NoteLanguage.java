package dev.paperlens.notes;

import java.util.Locale;
import java.util.Optional;

/** The languages a note can be written in; each has its own rules for citations and prose. */
public enum NoteLanguage {
  MARKDOWN,
  LATEX,
  PLAIN;

  /**
   * The note language of an open document, from the LSP language id and, when the id is missing or
   * unknown, the file name extension. BibTeX files and other languages are not notes: empty.
   */
  public static Optional<NoteLanguage> of(String lspLanguageId, String uri) {
    String id = lspLanguageId == null ? "" : lspLanguageId.trim().toLowerCase(Locale.ROOT);
    switch (id) {
      case "markdown", "md", "pandoc", "rmd", "rmarkdown", "quarto", "mdx" -> {
        return Optional.of(MARKDOWN);
      }
      case "latex", "tex", "plaintex", "context", "latex-expl3" -> {
        return Optional.of(LATEX);
      }
      case "plaintext", "text", "txt" -> {
        return Optional.of(PLAIN);
      }
      case "" -> {
        return byExtension(uri);
      }
      default -> {
        // A client that does not know the file type may still send a generic id.
        return id.equals("unknown") || id.equals("file") ? byExtension(uri) : Optional.empty();
      }
    }
  }

  private static Optional<NoteLanguage> byExtension(String uri) {
    if (uri == null) {
      return Optional.empty();
    }
    String path = uri;
    int cut = indexOfAny(path, '?', '#');
    if (cut >= 0) {
      path = path.substring(0, cut);
    }
    int dot = path.lastIndexOf('.');
    if (dot < 0 || dot < path.lastIndexOf('/')) {
      return Optional.empty();
    }
    return switch (path.substring(dot + 1).toLowerCase(Locale.ROOT)) {
      case "md", "markdown", "mdown", "mkd", "qmd", "rmd", "mdx" -> Optional.of(MARKDOWN);
      case "tex", "ltx", "latex" -> Optional.of(LATEX);
      case "txt", "text" -> Optional.of(PLAIN);
      default -> Optional.empty();
    };
  }

  private static int indexOfAny(String s, char a, char b) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == a || s.charAt(i) == b) {
        return i;
      }
    }
    return -1;
  }
}
