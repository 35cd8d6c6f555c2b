package dev.paperlens.notes;

/** Pandoc's rules for citation keys and where a citation may begin. */
final class PandocCitationKey {
  /** The command of a citation: "[@doe99]" and "@doe99 says". */
  static final String CITE = "@";

  /** The command of a citation without the author's name: "[-@doe99]". */
  static final String SUPPRESS_AUTHOR = "-@";

  private PandocCitationKey() {}

  /**
   * The end of a citation key starting at {@code from} (after "@"), or -1 when none starts there.
   * Keys start with a letter, digit or "_" and may hold ":.#$%&-+?<>~/" between those.
   */
  static int end(String text, int from, int limit) {
    if (from >= limit || !isKeyChar(text.charAt(from))) {
      return -1;
    }
    int k = from + 1;
    while (k < limit) {
      char c = text.charAt(k);
      if (isKeyChar(c)) {
        k++;
      } else if (isKeyPunctuation(c) && k + 1 < limit && isKeyChar(text.charAt(k + 1))) {
        k += 2;
      } else if ((c == ':' || c == '/') && k + 1 < limit && text.charAt(k + 1) == '/') {
        // URL-like keys: "@https://doi.org/..." keeps its "://".
        k++;
      } else {
        break;
      }
    }
    return k;
  }

  /**
   * Whether a key is a pandoc-crossref reference ("@fig:plot", "@Sec:intro", "@tbl:", "@eq:",
   * "@lst:"), which names a figure or section of the same document, not a work.
   */
  static boolean isCrossReference(String key) {
    int colon = key.indexOf(':');
    if (colon < 2 || colon == key.length() - 1) {
      return false;
    }
    String prefix = key.substring(0, colon);
    return switch (prefix) {
      case "fig", "sec", "tbl", "eq", "lst", "Fig", "Sec", "Tbl", "Eq", "Lst" -> true;
      default -> false;
    };
  }

  static boolean isKeyChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_';
  }

  private static boolean isKeyPunctuation(char c) {
    return ":.#$%&-+?<>~/".indexOf(c) >= 0;
  }

  /**
   * Whether an "@" (or the "-" of "-@") at {@code p} may start a citation: not inside a word, so
   * "joe@example.com" is an address.
   */
  static boolean mayStartAfter(String text, int p, int segmentStart) {
    if (p <= segmentStart) {
      return true;
    }
    char before = text.charAt(p - 1);
    return !(Character.isLetterOrDigit(before) || "._%+-@/\\".indexOf(before) >= 0);
  }
}
