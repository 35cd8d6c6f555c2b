package dev.paperlens.notes;

import java.util.Optional;

/**
 * The citation key being typed at the cursor, for completion: {@code \cite{hye|}}, {@code
 * \citep[p.~3]{a,hy|}}, {@code [@hye|}, or a bare {@code @hye|} in Markdown.
 *
 * @param prefix the part of the key before the cursor ("hye"); empty right after "{", "," or "@"
 * @param start where the key starts, so a completion replaces [start, end)
 * @param end where the key under the cursor ends (the cursor, or later when typing inside a key)
 * @param command the cite command: "\\citep", "\\textcite*", "@" or "-@"
 */
public record CitationContext(String prefix, int start, int end, String command) {

  /** The key being typed at {@code offset}, or empty when the cursor is not in a key position. */
  public static Optional<CitationContext> at(String text, int offset, NoteLanguage language) {
    if (text == null || language == null || offset < 0 || offset > text.length()) {
      return Optional.empty();
    }
    return switch (language) {
      case LATEX -> inLatex(text, offset);
      case MARKDOWN -> inMarkdown(text, offset);
      case PLAIN -> Optional.empty();
    };
  }

  private static Optional<CitationContext> inLatex(String text, int offset) {
    ScanSink sink = new ScanSink(text);
    new LatexScanner().scanInto(text, sink);
    for (CitationGroup group : sink.groups()) {
      if (group.start() >= offset) {
        break;
      }
      if (!group.holdsCursor(offset)) {
        continue;
      }
      int start = offset;
      while (start > group.start() + 1 && !endsLatexKey(text.charAt(start - 1))) {
        start--;
      }
      int limit = group.closed() ? group.end() - 1 : group.end();
      int end = offset;
      while (end < limit && !endsLatexKey(text.charAt(end))) {
        end++;
      }
      return Optional.of(
          new CitationContext(text.substring(start, offset), start, end, group.command()));
    }
    return Optional.empty();
  }

  private static boolean endsLatexKey(char c) {
    return c == ',' || c == '{' || c == '}' || Character.isWhitespace(c);
  }

  private static Optional<CitationContext> inMarkdown(String text, int offset) {
    ScanSink sink = new ScanSink(text);
    new MarkdownScanner().scanInto(text, sink);
    for (Citation citation : sink.citations()) {
      if (citation.start() > offset) {
        break;
      }
      if (offset <= citation.end()) {
        return Optional.of(
            new CitationContext(
                text.substring(citation.start(), offset),
                citation.start(),
                citation.end(),
                citation.command()));
      }
    }
    // A lone "@" just typed is not a citation yet, so the scan left it in the prose.
    if (offset == 0 || text.charAt(offset - 1) != '@') {
      return Optional.empty();
    }
    if (offset < text.length() && PandocCitationKey.isKeyChar(text.charAt(offset))) {
      return Optional.empty();
    }
    int at = offset - 1;
    boolean suppressAuthor = at > 0 && text.charAt(at - 1) == '-';
    int from = suppressAuthor ? at - 1 : at;
    if (!PandocCitationKey.mayStartAfter(text, from, 0)
        || sink.toNoteScan().proseAt(at).isEmpty()) {
      return Optional.empty();
    }
    String command = suppressAuthor ? PandocCitationKey.SUPPRESS_AUTHOR : PandocCitationKey.CITE;
    return Optional.of(new CitationContext("", offset, offset, command));
  }
}
