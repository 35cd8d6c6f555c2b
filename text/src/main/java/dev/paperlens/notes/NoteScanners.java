package dev.paperlens.notes;

/** The scanner for each note language. */
public final class NoteScanners {
  private static final NoteScanner MARKDOWN = new MarkdownScanner();
  private static final NoteScanner LATEX = new LatexScanner();
  private static final NoteScanner PLAIN = new PlainTextScanner();

  private NoteScanners() {}

  public static NoteScanner of(NoteLanguage language) {
    if (language == null) {
      return PLAIN;
    }
    return switch (language) {
      case MARKDOWN -> MARKDOWN;
      case LATEX -> LATEX;
      case PLAIN -> PLAIN;
    };
  }

  /** Scans a note; a null language is read as plain text, a null text gives an empty scan. */
  public static NoteScan scan(NoteLanguage language, String text) {
    return of(language).scan(text);
  }
}
