package dev.paperlens.features;

import dev.paperlens.notes.CitationContext;
import dev.paperlens.notes.NoteLanguage;
import dev.paperlens.notes.NoteScan;
import dev.paperlens.notes.NoteScanners;
import dev.paperlens.notes.ProseRange;
import dev.paperlens.text.Span;
import dev.paperlens.text.TextDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A note as the editor features read it: the {@link NoteScan} of its current version (citations and
 * the prose where names may be mentioned), the citation key being typed at a cursor, and its URLs.
 * Computed once per document version and cached on the document, as are the mentions the index
 * knows in the whole note ({@link NoteMentions}), per index.
 */
public final class NoteView {

  /**
   * A cited key and where it stands; {@code command} is "\\cite", "\\citep"... or "@" for pandoc;
   * {@code groupStart}/{@code groupEnd} bound the whole key list ("{a,b}", "[@a; @b]").
   */
  public record Citation(
      String key, int start, int end, String command, int groupStart, int groupEnd) {
    public boolean covers(int offset) {
      return offset >= start && offset <= end;
    }
  }

  /**
   * The key being typed inside a citation: {@code prefix} spans [start, cursor); {@code end} is
   * where the key under the cursor ends, so a completion replaces the whole key; {@code closing} is
   * the bracket that ends the citation ('}' in LaTeX, ']' in pandoc Markdown).
   */
  public record CitationPrefix(String prefix, int start, int end, char closing) {}

  private static final Pattern URL = Pattern.compile("\\b(?:https?|ftp)://[^\\s<>()\\[\\]{}\"'`]+");

  private final NoteLanguage language;
  private final String text;
  private final NoteScan scan;
  private final List<Citation> citations;

  /** The whole note's mentions, once a request found them (see {@link NoteMentions}). */
  private final AtomicReference<NoteMentions.Found> mentions = new AtomicReference<>();

  private NoteView(NoteLanguage language, String text) {
    this.language = language;
    this.text = text;
    this.scan = NoteScanners.scan(language, text);
    List<Citation> list = new ArrayList<>();
    for (dev.paperlens.notes.Citation c : scan.citations()) {
      list.add(of(c));
    }
    this.citations = List.copyOf(list);
  }

  private static Citation of(dev.paperlens.notes.Citation c) {
    return new Citation(c.key(), c.start(), c.end(), c.command(), c.groupStart(), c.groupEnd());
  }

  /**
   * The view of a document's current version; a document in no note language reads as plain text.
   */
  public static NoteView of(TextDocument document) {
    NoteLanguage language = languageOf(document);
    return document.derived(NoteView.class, text -> new NoteView(language, text));
  }

  public static NoteView of(NoteLanguage language, String text) {
    return new NoteView(language, text);
  }

  public static NoteLanguage languageOf(TextDocument document) {
    return NoteLanguage.of(document.languageId(), document.uri()).orElse(NoteLanguage.PLAIN);
  }

  NoteMentions.Found mentions() {
    return mentions.get();
  }

  void remember(NoteMentions.Found found) {
    mentions.set(found);
  }

  public NoteLanguage language() {
    return language;
  }

  public String text() {
    return text;
  }

  public List<Citation> citations() {
    return citations;
  }

  public Optional<Citation> citationAt(int offset) {
    return scan.citationAt(offset).map(NoteView::of);
  }

  /** Whether text at [start, end) lies inside one prose range (not code, math, a label...). */
  public boolean isProse(int start, int end) {
    Optional<ProseRange> range = scan.proseAt(start);
    return range.isPresent() && range.get().end() >= end;
  }

  /** The citation key being typed at the offset, when the cursor is inside a citation. */
  public Optional<CitationPrefix> citationPrefixAt(int offset) {
    return CitationContext.at(text, offset, language)
        .map(
            c ->
                new CitationPrefix(
                    c.prefix(), c.start(), c.end(), c.command().startsWith("\\") ? '}' : ']'));
  }

  /** URLs written in the note, as [start, end) offsets; trailing sentence punctuation excluded. */
  public List<Span> urls() {
    List<Span> out = new ArrayList<>();
    Matcher m = URL.matcher(text);
    while (m.find()) {
      int end = m.end();
      while (end > m.start() && ".,;:!?".indexOf(text.charAt(end - 1)) >= 0) {
        end--;
      }
      out.add(new Span(m.start(), end));
    }
    return out;
  }
}
