package dev.paperlens.text;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * One version of a document being edited: its text, a line index, and values derived from the text
 * (scans) cached for exactly this version.
 *
 * <p>Immutable: an edit gives a new {@code TextDocument}, so a request that started on one version
 * keeps a consistent view while the editor keeps typing, and derived values cannot go stale.
 *
 * <p>Positions are LSP positions: a 0-based line and a 0-based character offset in UTF-16 code
 * units. Java strings are UTF-16 too, so a character is a {@code char} index into its line. Lines
 * end at "\n", "\r\n" or "\r". Positions past the end of a line or of the document are clamped.
 */
public final class TextDocument {

  /** A 0-based line and a UTF-16 character offset within it. */
  public record Position(int line, int character) {}

  /**
   * A change as the editor sends it: replace the text between two positions, or everything when
   * {@code start} is null.
   */
  public record Edit(Position start, Position end, String newText) {
    public static Edit whole(String text) {
      return new Edit(null, null, text);
    }
  }

  private final String uri;
  private final String languageId;
  private final int version;
  private final String text;
  private final int[] lineStarts;
  private final Map<Object, Object> derived = new ConcurrentHashMap<>();

  public TextDocument(String uri, String languageId, int version, String text) {
    this.uri = uri;
    this.languageId = languageId == null ? "" : languageId;
    this.version = version;
    this.text = text == null ? "" : text;
    this.lineStarts = lineStarts(this.text);
  }

  public String uri() {
    return uri;
  }

  public String languageId() {
    return languageId;
  }

  public int version() {
    return version;
  }

  public String text() {
    return text;
  }

  public int lineCount() {
    return lineStarts.length;
  }

  /** The document after applying the edits in order, as LSP incremental sync sends them. */
  public TextDocument apply(int newVersion, List<Edit> edits) {
    TextDocument current = this;
    for (Edit edit : edits) {
      String next;
      if (edit.start() == null) {
        next = edit.newText();
      } else {
        int from = current.offsetAt(edit.start());
        int to = Math.max(from, current.offsetAt(edit.end()));
        String insert = edit.newText() == null ? "" : edit.newText();
        next = current.text.substring(0, from) + insert + current.text.substring(to);
      }
      current = new TextDocument(uri, languageId, newVersion, next);
    }
    return current == this ? new TextDocument(uri, languageId, newVersion, text) : current;
  }

  /**
   * The offset of a position, clamped: a line past the end gives the document's end, a character
   * past the end of its line gives the line's end, and an offset between the halves of a surrogate
   * pair moves before the pair.
   */
  public int offsetAt(Position position) {
    return offsetAt(position.line(), position.character());
  }

  public int offsetAt(int line, int character) {
    if (line < 0) {
      return 0;
    }
    if (line >= lineStarts.length) {
      return text.length();
    }
    int start = lineStarts[line];
    int end = lineContentEnd(line);
    int offset = start + Math.max(0, Math.min(character, end - start));
    if (offset > start
        && offset < text.length()
        && Character.isLowSurrogate(text.charAt(offset))
        && Character.isHighSurrogate(text.charAt(offset - 1))) {
      offset--;
    }
    return offset;
  }

  /** The position of an offset, clamped to the document. */
  public Position positionAt(int offset) {
    int clamped = Math.max(0, Math.min(offset, text.length()));
    int index = Arrays.binarySearch(lineStarts, clamped);
    int line = index >= 0 ? index : -index - 2;
    // An offset between '\r' and '\n' belongs to the end of the line they terminate.
    int character = Math.min(clamped, lineContentEnd(line)) - lineStarts[line];
    return new Position(line, character);
  }

  /** Whether a position lies inside the document without clamping. */
  public boolean contains(Position position) {
    return position.line() >= 0
        && position.line() < lineStarts.length
        && position.character() >= 0
        && position.character() <= lineContentEnd(position.line()) - lineStarts[position.line()];
  }

  /** The text of a line without its terminator; empty past the end. */
  public String line(int line) {
    if (line < 0 || line >= lineStarts.length) {
      return "";
    }
    return text.substring(lineStarts[line], lineContentEnd(line));
  }

  /**
   * A value computed from this version's text once and then reused (mention scans, citation lists).
   * The key identifies the kind of value; a new version starts with an empty cache.
   */
  @SuppressWarnings("unchecked")
  public <T> T derived(Object key, Function<String, T> compute) {
    return (T) derived.computeIfAbsent(key, k -> compute.apply(text));
  }

  private int lineContentEnd(int line) {
    int end = line + 1 < lineStarts.length ? lineStarts[line + 1] : text.length();
    if (end > lineStarts[line] && line + 1 < lineStarts.length) {
      end--; // the '\n' or lone '\r'
      if (end > lineStarts[line] && text.charAt(end) == '\n' && text.charAt(end - 1) == '\r') {
        end--;
      }
    }
    return end;
  }

  private static int[] lineStarts(String text) {
    int[] starts = new int[16];
    int count = 1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean lineEnd =
          c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'));
      if (lineEnd) {
        if (count == starts.length) {
          starts = Arrays.copyOf(starts, count * 2);
        }
        starts[count++] = i + 1;
      }
    }
    return Arrays.copyOf(starts, count);
  }

  @Override
  public String toString() {
    return uri + "@" + version;
  }
}
