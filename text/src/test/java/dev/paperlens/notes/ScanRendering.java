package dev.paperlens.notes;

import java.util.stream.Collectors;

/** Renders a scan as short strings, so table rows can state the whole expected result. */
final class ScanRendering {
  private ScanRendering() {}

  /** The prose ranges' text, joined by " | ". */
  static String prose(String text, NoteScan scan) {
    return scan.prose().stream()
        .map(range -> text.substring(range.start(), range.end()))
        .collect(Collectors.joining(" | "));
  }

  /** Each citation as "command:key", space separated. */
  static String citations(NoteScan scan) {
    return scan.citations().stream()
        .map(citation -> citation.command() + ":" + citation.key())
        .collect(Collectors.joining(" "));
  }
}
