package dev.paperlens.features;

import dev.paperlens.text.TextDocument;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts of a note the editor features read: its citations, and which characters are prose where
 * a paper's name may be mentioned (not code, math, comments, labels, references or URLs). Computed
 * once per document version.
 */
public final class NoteView {

  /** A cited key and where it stands; {@code command} is "cite", "citep"... or "@" for pandoc. */
  public record Citation(String key, int start, int end, String command) {
    public boolean covers(int offset) {
      return offset >= start && offset <= end;
    }
  }

  /**
   * The key being typed inside a citation: {@code prefix} spans [start, offset); {@code end} is where
   * the key under the cursor ends, so a completion replaces the whole key.
   */
  public record CitationPrefix(String prefix, int start, int end, char closing) {}

  private static final Pattern LATEX_CITE =
      Pattern.compile(
          "\\\\([A-Za-z]*cite[a-zA-Z]*|nocite|citeauthor|citeyear)\\*?"
              + "(?:\\s*\\[[^\\]\\n]*\\]){0,2}\\s*\\{([^}]*)\\}?");
  private static final Pattern LATEX_SKIPPED_ARGUMENT =
      Pattern.compile("\\\\(?:label|ref|eqref|cref|Cref|autoref|pageref|url|href|input|include"
          + "|includegraphics|bibliography|bibliographystyle|usepackage|documentclass|begin|end)"
          + "\\*?(?:\\[[^\\]\\n]*\\])?\\{[^}\\n]*\\}?");
  private static final Pattern LATEX_MATH =
      Pattern.compile("\\$\\$.*?\\$\\$|(?<!\\\\)\\$[^$]*?\\$|\\\\\\[.*?\\\\\\]|\\\\\\(.*?\\\\\\)"
          + "|\\\\begin\\{(equation|align|gather|multline|math|displaymath|verbatim|lstlisting"
          + "|minted)\\*?\\}.*?\\\\end\\{\\1\\*?\\}", Pattern.DOTALL);
  private static final Pattern LATEX_COMMENT = Pattern.compile("(?<!\\\\)%[^\\n]*");
  private static final Pattern LATEX_COMMAND_NAME = Pattern.compile("\\\\[A-Za-z@]+\\*?");
  private static final Pattern MARKDOWN_FENCE =
      Pattern.compile("(?m)^( {0,3})(```|~~~)[^\\n]*\\n.*?(^ {0,3}\\2[^\\n]*$|\\z)", Pattern.DOTALL);
  private static final Pattern MARKDOWN_INLINE_CODE = Pattern.compile("(`+)[^`].*?\\1", Pattern.DOTALL);
  private static final Pattern MARKDOWN_MATH =
      Pattern.compile("\\$\\$.*?\\$\\$|(?<![\\\\$])\\$[^$\\s][^$\\n]*?\\$", Pattern.DOTALL);
  private static final Pattern MARKDOWN_HTML_COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
  private static final Pattern PANDOC_CITE =
      Pattern.compile("(?<![\\w.@])-?@(\\{[^}\\s]+\\}|[\\p{L}\\p{N}_][\\p{L}\\p{N}_:.#$%&\\-+?<>~/]*)");
  private static final Pattern URL = Pattern.compile("\\b(?:https?|ftp|file)://[^\\s<>)\\]}\"'`]+");
  private static final Pattern KEY_CHAR = Pattern.compile("[^\\s,{}\\[\\];@]");

  private final NoteLanguage language;
  private final String text;
  private final List<Citation> citations;
  private final BitSet notProse;
  private final List<int[]> urls;

  private NoteView(NoteLanguage language, String text) {
    this.language = language;
    this.text = text;
    this.citations = new ArrayList<>();
    this.notProse = new BitSet(text.length());
    this.urls = new ArrayList<>();
    scan();
  }

  /** The view of a document's current version, cached on the document. */
  public static NoteView of(TextDocument document) {
    NoteLanguage language = NoteLanguage.of(document.languageId(), document.uri());
    NoteLanguage effective = language == null ? NoteLanguage.PLAIN : language;
    return document.derived(NoteView.class, text -> new NoteView(effective, text));
  }

  public static NoteView of(NoteLanguage language, String text) {
    return new NoteView(language, text);
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

  /** URLs written in the note, as [start, end) offsets. */
  public List<int[]> urls() {
    return urls;
  }

  public Optional<Citation> citationAt(int offset) {
    return citations.stream().filter(c -> c.covers(offset)).findFirst();
  }

  /** Whether a name mentioned at [start, end) would be prose rather than code, math, a label... */
  public boolean isProse(int start, int end) {
    int next = notProse.nextSetBit(start);
    return next < 0 || next >= end;
  }

  /** The citation key being typed at the offset, when the cursor is inside a citation. */
  public Optional<CitationPrefix> citationPrefixAt(int offset) {
    if (offset < 0 || offset > text.length()) {
      return Optional.empty();
    }
    int start = offset;
    while (start > 0 && KEY_CHAR.matcher(String.valueOf(text.charAt(start - 1))).matches()) {
      start--;
    }
    int end = offset;
    while (end < text.length() && KEY_CHAR.matcher(String.valueOf(text.charAt(end))).matches()) {
      end++;
    }
    String prefix = text.substring(start, offset);
    if (language == NoteLanguage.LATEX && insideLatexCiteBraces(start)) {
      return Optional.of(new CitationPrefix(prefix, start, end, '}'));
    }
    if (language == NoteLanguage.MARKDOWN && start > 0 && text.charAt(start - 1) == '@') {
      int at = start - 1;
      boolean boundary = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
      if (boundary && !isInsideCode(at)) {
        return Optional.of(new CitationPrefix(prefix, start, end, ']'));
      }
    }
    return Optional.empty();
  }

  private boolean isInsideCode(int offset) {
    return !isProse(offset, offset + 1) && citationAt(offset + 1).isEmpty();
  }

  /** Whether the key starting at {@code keyStart} sits in the braces of a cite command. */
  private boolean insideLatexCiteBraces(int keyStart) {
    int i = keyStart - 1;
    while (i >= 0 && (text.charAt(i) == ',' || Character.isWhitespace(text.charAt(i))
        || KEY_CHAR.matcher(String.valueOf(text.charAt(i))).matches())) {
      if (text.charAt(i) == '\n' && i > 0 && text.charAt(i - 1) == '\n') {
        return false;
      }
      i--;
    }
    if (i < 0 || text.charAt(i) != '{') {
      return false;
    }
    int lineStart = text.lastIndexOf('\n', i) + 1;
    String before = text.substring(Math.max(lineStart, i - 200), i);
    return Pattern.compile("\\\\([A-Za-z]*cite[a-zA-Z]*)\\*?(\\s*\\[[^\\]]*\\]){0,2}\\s*$")
        .matcher(before)
        .find();
  }

  private void scan() {
    Matcher url = URL.matcher(text);
    while (url.find()) {
      urls.add(new int[] {url.start(), url.end()});
      notProse.set(url.start(), url.end());
    }
    switch (language) {
      case LATEX -> scanLatex();
      case MARKDOWN -> scanMarkdown();
      case PLAIN -> {
        // all of a plain note is prose
      }
    }
  }

  private void scanLatex() {
    mark(LATEX_COMMENT);
    mark(LATEX_MATH);
    mark(LATEX_SKIPPED_ARGUMENT);
    Matcher cite = LATEX_CITE.matcher(text);
    while (cite.find()) {
      if (notProse.get(cite.start())) {
        continue;
      }
      notProse.set(cite.start(), cite.end());
      if (cite.group(2) == null) {
        continue;
      }
      int keysStart = cite.start(2);
      String keys = cite.group(2);
      int from = 0;
      for (String part : keys.split(",", -1)) {
        int lead = 0;
        while (lead < part.length() && Character.isWhitespace(part.charAt(lead))) {
          lead++;
        }
        String key = part.strip();
        if (!key.isEmpty()) {
          int start = keysStart + from + lead;
          citations.add(new Citation(key, start, start + key.length(), cite.group(1)));
        }
        from += part.length() + 1;
      }
    }
    mark(LATEX_COMMAND_NAME);
  }

  private void scanMarkdown() {
    mark(MARKDOWN_FENCE);
    mark(MARKDOWN_HTML_COMMENT);
    markUnmarked(MARKDOWN_INLINE_CODE);
    markUnmarked(MARKDOWN_MATH);
    Matcher cite = PANDOC_CITE.matcher(text);
    while (cite.find()) {
      if (notProse.get(cite.start())) {
        continue;
      }
      String key = cite.group(1);
      int start = cite.start(1);
      if (key.startsWith("{")) {
        key = key.substring(1, key.length() - 1);
        start++;
      }
      // A key's trailing punctuation belongs to the sentence, as pandoc reads it.
      while (!key.isEmpty() && ".:#$%&-+?<>~/".indexOf(key.charAt(key.length() - 1)) >= 0) {
        key = key.substring(0, key.length() - 1);
      }
      if (key.isEmpty() || looksLikeEmail(cite.start())) {
        continue;
      }
      citations.add(new Citation(key, start, start + key.length(), "@"));
      notProse.set(cite.start(), start + key.length());
    }
  }

  private boolean looksLikeEmail(int at) {
    return at > 0 && Character.isLetterOrDigit(text.charAt(at - 1));
  }

  private void mark(Pattern pattern) {
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      notProse.set(m.start(), m.end());
    }
  }

  private void markUnmarked(Pattern pattern) {
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      if (!notProse.get(m.start())) {
        notProse.set(m.start(), m.end());
      }
    }
  }
}
