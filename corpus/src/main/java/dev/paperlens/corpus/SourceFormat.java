package dev.paperlens.corpus;

/** The formats a review source can be in; detected from content, never from the file name. */
public enum SourceFormat {
  /** A Telegram channel page scraped as text. */
  TELEGRAM_TEXT,
  /** A digest of translated abstracts, one per line. */
  ABSTRACT_DIGEST,
  /** A Telegram Desktop JSON export (result.json). */
  TELEGRAM_JSON,
  /** A Telegram channel's web preview (t.me/s/NAME) saved as HTML. */
  TELEGRAM_PREVIEW,
  /** A BibTeX file. */
  BIBTEX,
  /** A CSL-JSON library: a JSON array of CSL items (Zotero, Better BibTeX, pandoc). */
  CSL_JSON
}
