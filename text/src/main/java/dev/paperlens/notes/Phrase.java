package dev.paperlens.notes;

/**
 * Consecutive words of a note that may together name something ("Memory Mosaics").
 *
 * @param text the words joined by single spaces, whatever spacing the note used ("Memory~Mosaics")
 * @param start offset of the first word
 * @param end offset after the last word
 * @param words how many words
 */
public record Phrase(String text, int start, int end, int words) {}
