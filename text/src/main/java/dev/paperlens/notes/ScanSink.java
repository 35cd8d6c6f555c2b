package dev.paperlens.notes;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects what a scanner finds. Scanners walk the text once, left to right, and mark what is not
 * prose with {@link #exclude}; everything between exclusions becomes prose, trimmed of whitespace.
 */
final class ScanSink {
  private final String text;
  private final List<Citation> citations = new ArrayList<>();
  private final List<CitationGroup> groups = new ArrayList<>();
  private final List<ProseRange> prose = new ArrayList<>();
  private int proseStart;

  ScanSink(String text) {
    this.text = text;
  }

  /** Marks [from, to) as not prose; calls come in increasing order. */
  void exclude(int from, int to) {
    addProse(proseStart, Math.min(from, text.length()));
    proseStart = Math.max(proseStart, Math.min(to, text.length()));
  }

  void citation(Citation citation) {
    citations.add(citation);
  }

  void group(CitationGroup group) {
    groups.add(group);
  }

  List<CitationGroup> groups() {
    return groups;
  }

  List<Citation> citations() {
    return citations;
  }

  NoteScan toNoteScan() {
    addProse(proseStart, text.length());
    proseStart = text.length();
    return new NoteScan(citations, prose);
  }

  private void addProse(int from, int to) {
    while (from < to && Character.isWhitespace(text.charAt(from))) {
      from++;
    }
    while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
      to--;
    }
    if (from < to) {
      prose.add(new ProseRange(from, to));
    }
  }
}
