package dev.paperlens.features;

import java.util.Locale;

/** How a note is written, which decides where citations and mentions can be. */
public enum NoteLanguage {
  MARKDOWN("markdown"),
  LATEX("latex"),
  PLAIN("plaintext");

  private final String settingName;

  NoteLanguage(String settingName) {
    this.settingName = settingName;
  }

  /** The name used in settings ("languages": ["markdown", "latex", "plaintext"]). */
  public String settingName() {
    return settingName;
  }

  /** From the editor's language id, falling back to the file extension; null when neither fits. */
  public static NoteLanguage of(String languageId, String uri) {
    String id = languageId == null ? "" : languageId.toLowerCase(Locale.ROOT);
    switch (id) {
      case "markdown", "pandoc", "quarto", "rmd" -> {
        return MARKDOWN;
      }
      case "latex", "tex", "bibtex-style", "context" -> {
        return LATEX;
      }
      case "plaintext", "text" -> {
        return PLAIN;
      }
      default -> {
        // fall through to the extension
      }
    }
    String path = uri == null ? "" : uri.toLowerCase(Locale.ROOT);
    if (path.endsWith(".md") || path.endsWith(".markdown") || path.endsWith(".qmd")
        || path.endsWith(".rmd")) {
      return MARKDOWN;
    }
    if (path.endsWith(".tex") || path.endsWith(".ltx")) {
      return LATEX;
    }
    if (path.endsWith(".txt") || path.endsWith(".org") || path.endsWith(".rst")) {
      return PLAIN;
    }
    return null;
  }

  public static NoteLanguage fromSetting(String name) {
    for (NoteLanguage language : values()) {
      if (language.settingName.equalsIgnoreCase(name) || language.name().equalsIgnoreCase(name)) {
        return language;
      }
    }
    return null;
  }
}
