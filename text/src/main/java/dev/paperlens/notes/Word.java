package dev.paperlens.notes;

/** A word of a note and where it is: UTF-16 offsets, end exclusive. */
public record Word(String text, int start, int end) {}
