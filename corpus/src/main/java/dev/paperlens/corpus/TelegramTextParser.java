package dev.paperlens.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads a Telegram channel page scraped as text (see docs/formats.md, "Scraped Telegram pages").
 *
 * <p>A post is a title line, a body, and a link-marker line ("👀LINK", "👀 paper, code"). The
 * scraper then usually repeats the body, sometimes damaged, up to a second marker; Telegram's
 * placeholders and a reactions line follow. Text without a marker (memes, channel promos) is not a
 * review. One pass over the lines; the only look-back is the current post's body, which the repeat
 * is compared against.
 */
public final class TelegramTextParser implements SourceParser {

  private static final Pattern SUBSCRIBERS =
      Pattern.compile(
          "[\\d.,\\s]+[KkMm]?\\s*(?:subscribers?|members?|подписчик\\p{L}*|участник\\p{L}*)",
          Pattern.UNICODE_CASE | Pattern.CASE_INSENSITIVE);

  private static final Pattern CHANNEL_STATISTIC =
      Pattern.compile(
          "[\\d.,\\s]+[KkMm]?\\s*(?:subscribers?|members?|photos?|videos?|links?|files?"
              + "|audios?|online)",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern BIBTEX_ENTRY = Pattern.compile("(?m)^[ \\t]*@[A-Za-z]+[ \\t]*\\{");

  private static final Pattern POSTSCRIPT =
      Pattern.compile(
          "(?:upd|update|edit|апд|p\\.\\s?s|ps|пс|п\\.\\s?с)(?![\\p{L}])",
          Pattern.UNICODE_CASE | Pattern.CASE_INSENSITIVE);

  /** How many lines of the channel header are looked at. */
  private static final int HEADER_LINES = 40;

  /** BibTeX files start with entries; a page is not searched for one past this. */
  private static final int BIBTEX_SCAN_CHARS = 65536;

  @Override
  public SourceFormat format() {
    return SourceFormat.TELEGRAM_TEXT;
  }

  @Override
  public boolean accepts(String content) {
    if (content == null || content.isBlank()) {
      return false;
    }
    char first = content.strip().charAt(0);
    if (first == '{' || first == '[') {
      return false;
    }
    String head =
        content.length() > BIBTEX_SCAN_CHARS ? content.substring(0, BIBTEX_SCAN_CHARS) : content;
    if (BIBTEX_ENTRY.matcher(head).find()) {
      return false;
    }
    int markers = 0;
    int reactions = 0;
    boolean header = false;
    // A page saved with a single post: its first line reads like a title and a marker follows.
    boolean titled = false;
    boolean sawText = false;
    int lineNumber = 0;
    int start = 0;
    while (start <= content.length()) {
      int end = content.indexOf('\n', start);
      if (end < 0) {
        end = content.length();
      }
      lineNumber++;
      // Long lines are text whatever they hold: no need to copy them.
      if (end - start <= TelegramLine.MAX_SHORT_LINE + 2) {
        String line = content.substring(start, end).strip();
        if (!sawText && !line.isEmpty()) {
          sawText = true;
          titled = TitleLine.looksLikeTitle(line);
        }
        switch (TelegramLine.kind(line)) {
          case MARKER -> markers++;
          case REACTIONS -> reactions++;
          default -> {
            if (lineNumber <= HEADER_LINES && SUBSCRIBERS.matcher(line).matches()) {
              header = true;
            }
          }
        }
        if (markers >= 2) {
          return true;
        }
      }
      start = end + 1;
    }
    return markers >= 1 && (header || reactions >= 1 || titled);
  }

  @Override
  public List<ReviewDraft> parse(String path, String content) {
    if (content == null || content.isEmpty()) {
      return List.of();
    }
    String[] lines = content.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      lines[i] = lines[i].strip();
    }
    Page page = new Page(path);
    int first = page.readHeader(lines);
    for (int i = first; i < lines.length; i++) {
      page.accept(i + 1, lines[i]);
    }
    page.finish();
    return page.reviews;
  }

  private static boolean isPostscript(String line) {
    return POSTSCRIPT.matcher(line).lookingAt();
  }

  /** A post being read: its title, first body copy, marker labels and any postscript. */
  private static final class Post {
    final int titleLine;
    final String title;
    final List<SourceLine> body = new ArrayList<>();
    final List<Link> links = new ArrayList<>();
    int endLine;
    Reactions reactions = Reactions.NONE;

    Post(int titleLine, String title) {
      this.titleLine = titleLine;
      this.title = title;
      this.endLine = titleLine;
    }

    void addBody(int line, String text) {
      body.add(new SourceLine(line, text));
      TextLinks.addUrls(text, links);
    }

    void close(int markerLine, String marker) {
      endLine = markerLine;
      for (String label : TelegramLine.markerLabels(marker)) {
        links.add(new Link(label, null));
      }
    }
  }

  private enum Phase {
    /** Between posts: the next text line is a title. */
    SEEK,
    /** Reading a post's first body copy, up to its marker. */
    FIRST_COPY,
    /** After the first marker: a repeat, a postscript or the next post. */
    AFTER_FIRST
  }

  /** The reading state of one page. */
  private static final class Page {
    final String path;
    final List<ReviewDraft> reviews = new ArrayList<>();
    String channel;
    Phase phase = Phase.SEEK;

    /** The post whose first copy is being read. */
    Post candidate;

    /** The last post read whole; still takes a postscript and its reactions line. */
    Post open;

    /** Lines after the open post's first marker, not yet known to be a repeat or something else. */
    final List<SourceLine> block = new ArrayList<>();

    Page(String path) {
      this.path = path;
    }

    /**
     * Reads the channel header, if the page starts with one; returns the first line index after it.
     */
    int readHeader(String[] lines) {
      int limit = Math.min(lines.length, HEADER_LINES);
      int subscribers = -1;
      for (int i = 0; i < limit; i++) {
        if (lines[i].length() <= TelegramLine.MAX_SHORT_LINE
            && SUBSCRIBERS.matcher(lines[i]).matches()) {
          subscribers = i;
          break;
        }
      }
      if (subscribers < 0) {
        return 0;
      }
      for (int i = subscribers - 1; i >= 0; i--) {
        if (!lines[i].isEmpty()) {
          channel = lines[i];
          break;
        }
      }
      for (int i = subscribers + 1; i < Math.min(lines.length, subscribers + HEADER_LINES); i++) {
        if (lines[i].equalsIgnoreCase("Download Telegram")) {
          return i + 1;
        }
      }
      // No download button: the header ends with the last line of channel statistics.
      int end = subscribers + 1;
      while (end < lines.length
          && (lines[end].isEmpty() || CHANNEL_STATISTIC.matcher(lines[end]).matches())) {
        end++;
      }
      return end;
    }

    void accept(int number, String line) {
      TelegramLine.Kind kind = TelegramLine.kind(line);
      switch (phase) {
        case SEEK -> seek(number, line, kind);
        case FIRST_COPY -> firstCopy(number, line, kind);
        case AFTER_FIRST -> afterFirst(number, line, kind);
      }
    }

    private void seek(int number, String line, TelegramLine.Kind kind) {
      if (kind == TelegramLine.Kind.REACTIONS) {
        if (open != null && open.reactions.equals(Reactions.NONE)) {
          open.reactions = TelegramLine.reactions(line);
        }
        emitOpen();
      } else if (kind == TelegramLine.Kind.TEXT && open != null && isPostscript(line)) {
        // A postscript after the repeat (often the first one again): the post stays open.
        block.add(new SourceLine(number, line));
        attachPostscriptBeforeRepeat();
        block.clear();
      } else if (kind == TelegramLine.Kind.TEXT) {
        // The open post stays open: this may still turn out to be its repeat.
        candidate = new Post(number, line);
        phase = Phase.FIRST_COPY;
      }
    }

    private void firstCopy(int number, String line, TelegramLine.Kind kind) {
      switch (kind) {
        case TEXT -> candidate.addBody(number, line);
        case MARKER -> {
          if (open != null && repeatsOpen(candidate)) {
            // A repeat set apart from its post by leftovers: the post is still open.
            candidate = null;
            phase = Phase.SEEK;
            return;
          }
          candidate.close(number, line);
          emitOpen();
          open = candidate;
          candidate = null;
          block.clear();
          phase = Phase.AFTER_FIRST;
        }
        case REACTIONS -> {
          // A post without a link marker (a meme, a channel promo): not a review, and these
          // reactions are its own.
          emitOpen();
          candidate = null;
          phase = Phase.SEEK;
        }
        default -> {}
      }
    }

    private void afterFirst(int number, String line, TelegramLine.Kind kind) {
      switch (kind) {
        case TEXT -> block.add(new SourceLine(number, line));
        case MARKER -> endBlock(number, line);
        case LEFTOVER -> endBlock(0, null);
        case REACTIONS -> {
          endBlock(0, null);
          seek(number, line, kind);
        }
        default -> {}
      }
    }

    /**
     * Decides what the lines after a first marker were: a repeat of the body (dropped), the next
     * post when a marker closes them, a postscript when they start like one; else a post without a
     * link.
     */
    private void endBlock(int markerLine, String marker) {
      phase = Phase.SEEK;
      if (!block.isEmpty() && isPostscript(block.get(0).text())) {
        attachPostscriptBeforeRepeat();
        block.clear();
        return;
      }
      if (block.isEmpty() || RepeatedBody.isRepeat(open.body, block)) {
        block.clear();
        return;
      }
      if (marker != null) {
        emitOpen();
        Post next = new Post(block.get(0).line(), block.get(0).text());
        for (int i = 1; i < block.size(); i++) {
          next.addBody(block.get(i).line(), block.get(i).text());
        }
        next.close(markerLine, marker);
        open = next;
        phase = Phase.AFTER_FIRST;
      } else {
        // Text without a link after a post: whatever reactions follow are its own.
        emitOpen();
      }
      block.clear();
    }

    /**
     * Attaches the postscript that opens the block to the open post. The page may repeat the body
     * (and the postscript again) after it: whatever repeats the body is dropped, and a postscript
     * line the post already holds is not added twice.
     */
    private void attachPostscriptBeforeRepeat() {
      int repeatStart = block.size();
      for (int k = 1; k < block.size(); k++) {
        if (RepeatedBody.isRepeat(open.body, block.subList(k, block.size()))) {
          repeatStart = k;
          break;
        }
      }
      for (SourceLine postscript : block.subList(0, repeatStart)) {
        boolean known = open.body.stream().anyMatch(l -> l.text().equals(postscript.text()));
        if (!known) {
          open.addBody(postscript.line(), postscript.text());
          open.endLine = postscript.line();
        }
      }
    }

    /** Whether the post just read, title included, repeats the open post's body. */
    private boolean repeatsOpen(Post post) {
      if (!RepeatedBody.startsLike(open.body, post.title)) {
        return false;
      }
      List<SourceLine> lines = new ArrayList<>(post.body.size() + 1);
      lines.add(new SourceLine(post.titleLine, post.title));
      lines.addAll(post.body);
      return RepeatedBody.isRepeat(open.body, lines);
    }

    void finish() {
      if (phase == Phase.AFTER_FIRST) {
        endBlock(0, null);
      }
      candidate = null;
      emitOpen();
    }

    private void emitOpen() {
      if (open == null) {
        return;
      }
      Post post = open;
      open = null;
      String text = SourceLine.join(post.body);
      List<String> labels = new ArrayList<>();
      for (Link link : post.links) {
        if (link.url() == null) {
          labels.add(link.label()); // "👀 Zorblax, статья": the link marker's labels
        }
      }
      List<String> methods = IntroducedNames.introduced(post.title, text, labels);
      reviews.add(
          new ReviewDraft(
              path,
              SourceFormat.TELEGRAM_TEXT,
              post.titleLine,
              post.endLine,
              post.title,
              methods,
              channel,
              null,
              null,
              null,
              post.reactions,
              post.links,
              post.body,
              TextLinks.arxiv(post.links),
              TextLinks.doi(post.links)));
    }
  }
}
