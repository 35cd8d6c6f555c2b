package dev.paperlens.notes;

import java.util.List;
import java.util.Optional;

/**
 * The citation key being typed at the cursor, for completion: {@code \cite{hye|}}, {@code
 * \citep[p.~3]{a,hy|}}, {@code [@hye|}, or a bare {@code @hye|} in Markdown.
 *
 * <p>What is typed may be several words a person remembers of a paper instead of its key ({@code
 * \cite{gu mamba|}}, {@code [@dao 2022|]}): up to {@link #MAX_QUERY_WORDS} words on the line, after
 * the group's "{" or last ",", or after the "@" that opens a pandoc bracket.
 *
 * @param prefix the part before the cursor ("hye", "gu mamba"); empty right after "{", "," or "@"
 * @param start where the key starts, so a completion replaces [start, end)
 * @param end where the key under the cursor ends (the cursor, or later when typing inside a key)
 * @param command the cite command: "\\citep", "\\textcite*", "@" or "-@"
 */
public record CitationContext(String prefix, int start, int end, String command) {

  /** Most words typed as one query: past this, the words after a citation are prose. */
  public static final int MAX_QUERY_WORDS = 5;

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
      boolean inside = group.holdsCursor(offset);
      // The scan ends an unclosed group, or one with a space in a key, at its first word: the
      // words typed after it still make the query ("\cite{gu mamba|").
      if (!inside
          && (group.closed()
              || !wordsTyped(text, group.end(), offset, group.start() + 1, ",{}\\$%[]"))) {
        continue;
      }
      int start = offset;
      while (start > group.start() + 1 && !endsLatexQuery(text.charAt(start - 1))) {
        start--;
      }
      while (start < offset && Character.isWhitespace(text.charAt(start))) {
        start++;
      }
      int limit = inside ? (group.closed() ? group.end() - 1 : group.end()) : text.length();
      int end = offset;
      while (end < limit && !endsLatexKey(text.charAt(end))) {
        end++;
      }
      return Optional.of(
          new CitationContext(text.substring(start, offset), start, end, group.command()));
    }
    return Optional.empty();
  }

  private static boolean endsLatexQuery(char c) {
    return c == ',' || c == '{' || c == '}' || c == '\n';
  }

  private static boolean endsLatexKey(char c) {
    return c == ',' || c == '{' || c == '}' || Character.isWhitespace(c);
  }

  /**
   * Whether {@code [from, offset)} continues a query begun at {@code queryStart}: on one line, none
   * of the {@code stops} characters, at most {@link #MAX_QUERY_WORDS} words in all.
   */
  private static boolean wordsTyped(
      String text, int from, int offset, int queryStart, String stops) {
    if (from > offset || queryStart > offset) {
      return false;
    }
    for (int i = from; i < offset; i++) {
      char c = text.charAt(i);
      if (c == '\n' || stops.indexOf(c) >= 0) {
        return false;
      }
    }
    String query = text.substring(queryStart, offset).strip();
    return !query.isEmpty() && query.split("\\s+").length <= MAX_QUERY_WORDS;
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
    Optional<CitationContext> words = wordsAfterKey(text, offset, sink.citations());
    if (words.isPresent()) {
      return words;
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

  /**
   * Words typed after the first key of a pandoc bracket ("[@dao 2022|]", "[@gu mam|"): the query
   * runs from the key to the cursor. A bare "@key" in prose is followed by prose, not a query.
   */
  private static Optional<CitationContext> wordsAfterKey(
      String text, int offset, List<Citation> citations) {
    Citation last = null;
    for (Citation citation : citations) {
      if (citation.start() > offset) {
        break;
      }
      last = citation;
    }
    if (last == null || !opensBracket(text, last)) {
      return Optional.empty();
    }
    if (!wordsTyped(text, last.end(), offset, last.start(), ";,[]@")) {
      return Optional.empty();
    }
    int end = offset;
    while (end < text.length()
        && !Character.isWhitespace(text.charAt(end))
        && ";,]".indexOf(text.charAt(end)) < 0) {
      end++;
    }
    return Optional.of(
        new CitationContext(
            text.substring(last.start(), offset), last.start(), end, last.command()));
  }

  /** Whether the citation is the first of a bracket: "[@key" or "[-@key". */
  private static boolean opensBracket(String text, Citation citation) {
    int at = citation.start() - 1;
    if (at >= 0 && text.charAt(at) == '{') {
      at--;
    }
    if (at < 0 || text.charAt(at) != '@') {
      return false;
    }
    int before = at - 1;
    if (before >= 0 && text.charAt(before) == '-') {
      before--;
    }
    return before >= 0 && text.charAt(before) == '[';
  }
}
