/**
 * Citations and mentionable prose in the note being edited, per note language. Pure functions of
 * the document text: no IO, offsets are UTF-16 indexes into the text (the document model turns them
 * into LSP positions).
 *
 * <ul>
 *   <li>{@link dev.paperlens.notes.NoteLanguage#of} picks the language of an open document.
 *   <li>{@link dev.paperlens.notes.NoteScanners#scan} gives a {@link dev.paperlens.notes.NoteScan}:
 *       every {@link dev.paperlens.notes.Citation} and the {@link dev.paperlens.notes.ProseRange}s
 *       where names may be mentioned (no code, math, URLs, comments, labels or keys).
 *   <li>{@link dev.paperlens.notes.CitationContext#at} tells completion which key is being typed.
 *   <li>{@link dev.paperlens.notes.WordAt} gives the word and the candidate phrases at the cursor.
 * </ul>
 *
 * <p>Every scan is one left-to-right pass in time linear in the text: searches ahead are bounded by
 * the paragraph or the next bracket of their kind, and unclosed constructs stop at a blank line
 * (LaTeX) or run to the end as CommonMark says (fenced code, HTML comment blocks in Markdown).
 */
package dev.paperlens.notes;
