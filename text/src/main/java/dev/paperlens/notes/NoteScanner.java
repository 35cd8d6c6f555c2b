package dev.paperlens.notes;

/** Finds the citations and the prose of a note written in one language. */
public interface NoteScanner {
  /** Scans the whole text; never throws, and takes time linear in the text length. */
  NoteScan scan(String text);
}
