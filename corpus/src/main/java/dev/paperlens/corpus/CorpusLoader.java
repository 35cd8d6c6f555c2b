package dev.paperlens.corpus;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Reads review sources from disk into a {@link Corpus}. A source is a file or a folder; a folder is
 * searched recursively for files that may hold reviews ({@code .txt .text .md .json .bib .bibtex
 * .html .htm} or no extension), skipping hidden folders, {@code node_modules} and symbolic-link
 * loops. The format is told from each file's content, never its name.
 *
 * <p>A file that cannot be used (missing, unreadable, too large and not BibTeX, binary, not UTF-8,
 * empty, gone while being read, or in no known format) adds one line to {@link Corpus#problems()}
 * and is skipped; the others are still read.
 */
public final class CorpusLoader {
  private static final long REMEMBERED_HEAP_SHARE = 32;

  /**
   * Files larger than this are not held in memory whole: a BibTeX library is read block by block (a
   * researcher's library can pass 80 MB); any other file is refused, as no review source is that
   * big and memory is finite.
   */
  public static final long MAX_FILE_BYTES = 64L * 1024 * 1024;

  /** How much of a large file is looked at to tell whether it is BibTeX. */
  private static final int HEAD_CHARS = 64 * 1024;

  /** Characters read at a time from a large BibTeX library. */
  private static final int BLOCK_CHARS = 1 << 20;

  private static final Set<String> SOURCE_EXTENSIONS =
      Set.of("txt", "text", "md", "json", "bib", "bibtex", "html", "htm");

  private final List<SourceParser> parsers;
  private final long maxFileBytes;

  /** Each file's last complete read, by absolute path; null when the loader does not remember. */
  private final Map<Path, Remembered> lastComplete;

  /**
   * The most source bytes whose reads are remembered: a remembered read stays in memory between
   * builds, so a large corpus must not double the server's heap for the few files that are ever
   * rewritten (an auto-exported library, a growing export). Files past it are read as they are. It
   * is at most a {@link #REMEMBERED_HEAP_SHARE}th of the maximum heap (16 MB of sources at the
   * clients' 512 MB): parsed reads take more heap than their files, and they are held through every
   * build, beside the corpus being built.
   */
  static final long REMEMBERED_BYTES =
      Math.min(64L * 1024 * 1024, Runtime.getRuntime().maxMemory() / REMEMBERED_HEAP_SHARE);

  private final long rememberedBudget;
  private final java.util.concurrent.atomic.AtomicLong rememberedBytes =
      new java.util.concurrent.atomic.AtomicLong();

  private record Remembered(FileResult result, long bytes) {}

  /** A loader for every known format, in the order formats are tried. */
  public CorpusLoader() {
    this(defaultParsers(), MAX_FILE_BYTES, null, 0);
  }

  CorpusLoader(List<SourceParser> parsers, long maxFileBytes) {
    this(parsers, maxFileBytes, null, 0);
  }

  private CorpusLoader(
      List<SourceParser> parsers,
      long maxFileBytes,
      Map<Path, Remembered> lastComplete,
      long rememberedBudget) {
    this.parsers = List.copyOf(parsers);
    this.maxFileBytes = maxFileBytes;
    this.lastComplete = lastComplete;
    this.rememberedBudget = rememberedBudget;
  }

  private static List<SourceParser> defaultParsers() {
    return List.of(
        new TelegramJsonParser(),
        new TelegramPreviewParser(),
        new TelegramTextParser(),
        new AbstractDigestParser());
  }

  /**
   * A loader that remembers each file's last complete read across {@link #read} calls, for a
   * process that reads the same sources again when they change (the language server). A file caught
   * while being written (JSON that breaks off, a .bib whose last entry is not closed yet, a file
   * emptied or replaced just then) gives its last complete read instead, with one problem line
   * saying so, until it reads completely again. Reads of up to {@link #REMEMBERED_BYTES} of sources
   * are remembered, in the order files are read.
   */
  public static CorpusLoader rememberingLastCompleteReads() {
    return rememberingLastCompleteReads(REMEMBERED_BYTES);
  }

  static CorpusLoader rememberingLastCompleteReads(long budgetBytes) {
    return new CorpusLoader(
        defaultParsers(), MAX_FILE_BYTES, new ConcurrentHashMap<>(), budgetBytes);
  }

  /** Reads every source with the default formats and limits. */
  public static Corpus load(List<Path> sources) {
    return new CorpusLoader().read(sources);
  }

  /** Reads every source: files in the order given, each folder's files in path order. */
  public Corpus read(List<Path> sources) {
    return read(sources, entries -> {});
  }

  /**
   * Reads every source, and hands the library entries (BibTeX and CSL-JSON, in file and line order)
   * to {@code libraryRead} as soon as the files are parsed, before the corpus is built from them;
   * not called when there are none. A server answers citations from them (see {@link
   * LibraryPapers}) while merging and name analysis go on.
   */
  public Corpus read(List<Path> sources, Consumer<List<EntryFacts>> libraryRead) {
    List<String> problems = new ArrayList<>();
    List<Path> files = sourceFiles(sources, problems);
    // Files are independent; reading and parsing them is most of the work on a large corpus.
    List<FileResult> results =
        new ArrayList<>(files.parallelStream().map(this::readOrRemember).toList());
    List<EntryFacts> library = library(results, libraryRead);
    forgetAllBut(files);
    CorpusBuilder builder = new CorpusBuilder().addLibrary(library);
    List<Path> notes = new ArrayList<>();
    for (int i = 0; i < results.size(); i++) {
      FileResult result = results.get(i);
      builder.addDrafts(result.drafts);
      problems.addAll(result.problems);
      if (result.note != null) {
        notes.add(result.note);
      }
      // The builder lets each draft go once its review is made; a read held here would keep it.
      results.set(i, null);
    }
    notesSkipped(notes, problems);
    problems.forEach(builder::addProblem);
    return builder.build();
  }

  /**
   * Reads every source as {@link #read(List, Consumer)} does, keeping of each review only what the
   * corpus is grouped, named and keyed by: the papers are made, batch by batch, when the returned
   * corpus reads the review sources again ({@link StreamedCorpus#forEachBatch}). A large corpus is
   * then never held whole.
   */
  public StreamedCorpus stream(List<Path> sources, Consumer<List<EntryFacts>> libraryRead) {
    List<String> problems = new ArrayList<>();
    List<Path> files = sourceFiles(sources, problems);
    List<FileResult> results = new ArrayList<>();
    List<StreamedCorpus.FileOutline> outlines = new ArrayList<>();
    files.parallelStream()
        .map(
            file -> {
              FileResult read = readOrRemember(file);
              // The bodies go as soon as a file is read; what the corpus needs of them stays.
              StreamedCorpus.FileOutline outline =
                  read.drafts.isEmpty() ? null : StreamedCorpus.FileOutline.of(file, read.drafts);
              return Map.entry(
                  new FileResult(List.of(), read.entries, read.problems, read.note),
                  Optional.ofNullable(outline));
            })
        .toList()
        .forEach(
            read -> {
              results.add(read.getKey());
              read.getValue().ifPresent(outlines::add);
            });
    List<EntryFacts> library = library(results, libraryRead);
    forgetAllBut(files);
    List<Path> notes = new ArrayList<>();
    for (FileResult result : results) {
      problems.addAll(result.problems);
      if (result.note != null) {
        notes.add(result.note);
      }
    }
    notesSkipped(notes, problems);
    outlines.sort(Comparator.comparing(o -> o.file().toString()));
    return new StreamedCorpus(outlines, library, problems, file -> readOrRemember(file).drafts);
  }

  /** The library entries of the reads, in file and line order, handed to {@code libraryRead}. */
  private static List<EntryFacts> library(
      List<FileResult> results, Consumer<List<EntryFacts>> libraryRead) {
    List<BibEntry> entries = new ArrayList<>();
    results.forEach(result -> entries.addAll(result.entries));
    // Each entry's facts are read once, for the first stage and the build alike.
    entries.sort(Comparator.comparing(BibEntry::path).thenComparingInt(BibEntry::line));
    List<EntryFacts> library = EntryFacts.of(entries);
    if (!library.isEmpty()) {
      libraryRead.accept(library);
    }
    // The values a first stage did not read (abstracts the bulk of them) are rendered now on every
    // core, each value's LaTeX dropped with it, rather than one entry at a time when the name
    // analysis reads them.
    entries.parallelStream().forEach(entry -> EntryFields.renderAll(entry.fields()));
    return library;
  }

  /** Files no longer among the sources are forgotten. */
  private void forgetAllBut(List<Path> files) {
    if (lastComplete == null) {
      return;
    }
    Set<Path> current = new HashSet<>();
    files.forEach(f -> current.add(f.toAbsolutePath().normalize()));
    for (Path gone : new ArrayList<>(lastComplete.keySet())) {
      if (!current.contains(gone)) {
        forget(gone);
      }
    }
  }

  private static void notesSkipped(List<Path> notes, List<String> problems) {
    if (notes.size() == 1) {
      problems.add(notes.get(0) + ": a note, not a review source; skipped");
    } else if (notes.size() > 1) {
      problems.add(
          notes.size()
              + " notes under the sources ("
              + String.join(
                  ", ",
                  notes.stream()
                      .map(CorpusLoader::extension)
                      .distinct()
                      .sorted()
                      .map(e -> "." + e)
                      .toList())
              + " files that are no review source) were skipped");
    }
  }

  /**
   * The files the sources stand for, each once, with one problem line per source that is missing.
   */
  static List<Path> sourceFiles(List<Path> sources, List<String> problems) {
    List<Path> out = new ArrayList<>();
    Set<Path> seen = new HashSet<>();
    for (Path source : sources) {
      if (Files.isDirectory(source)) {
        walk(source, out, seen, problems);
      } else if (Files.exists(source) && !Files.isRegularFile(source)) {
        // A named pipe or device would block the read forever.
        problems.add(source + ": not a regular file (a pipe or device); skipped");
      } else if (Files.exists(source)) {
        if (seen.add(realOrSelf(source))) {
          out.add(source);
        }
      } else {
        problems.add(source + ": no such file or folder; skipped");
      }
    }
    return out;
  }

  private static void walk(Path root, List<Path> out, Set<Path> seen, List<String> problems) {
    List<Path> found =
        FileTree.SOURCES.files(
            root, file -> isSourceName(file.getFileName().toString()), problems::add);
    for (Path file : found) {
      if (seen.add(realOrSelf(file))) {
        out.add(file);
      }
    }
  }

  /** Files a user writes notes in; when they are no review source they are skipped quietly. */
  private static final Set<String> NOTE_EXTENSIONS = Set.of("md", "markdown", "tex", "txt", "text");

  private static final Set<String> WEB_PAGE_EXTENSIONS = Set.of("html", "htm");

  private static String extension(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  private static boolean isSourceName(String name) {
    int dot = name.lastIndexOf('.');
    return dot < 0 || SOURCE_EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
  }

  private static Path realOrSelf(Path p) {
    try {
      return p.toRealPath();
    } catch (IOException e) {
      return p.toAbsolutePath().normalize();
    }
  }

  /**
   * @param beingWritten why the file looks caught while being written (it breaks off), or null
   */
  private record FileResult(
      List<ReviewDraft> drafts,
      List<BibEntry> entries,
      List<String> problems,
      Path note,
      String beingWritten) {
    FileResult(List<ReviewDraft> drafts, List<BibEntry> entries, List<String> problems) {
      this(drafts, entries, problems, null, null);
    }

    FileResult(List<ReviewDraft> drafts, List<BibEntry> entries, List<String> problems, Path note) {
      this(drafts, entries, problems, note, null);
    }

    FileResult writing(String why) {
      return new FileResult(drafts, entries, problems, note, why);
    }

    /** This (earlier, complete) read, with one line saying why it stands in for the file. */
    FileResult standingInFor(Path file, String why) {
      List<String> lines = new ArrayList<>(problems);
      lines.add(
          file + ": " + why + ", as a file being written does; its last complete read is used");
      return new FileResult(drafts, entries, lines, note, null);
    }

    static FileResult problem(Path file, String reason) {
      return new FileResult(List.of(), List.of(), List.of(file + ": " + reason + "; skipped"));
    }

    /** A note of the user's (Markdown, LaTeX, plain text) that is no review source: no warning. */
    static FileResult note(Path file) {
      return new FileResult(List.of(), List.of(), List.of(), file);
    }
  }

  /** The file read now, or, when it is caught while being written, its last complete read. */
  private FileResult readOrRemember(Path file) {
    FileResult now = readFile(file);
    if (lastComplete == null) {
      return now;
    }
    Path key = file.toAbsolutePath().normalize();
    if (now.beingWritten() == null) {
      forget(key);
      long bytes = sizeOrZero(file);
      if (reserve(bytes)) {
        lastComplete.put(key, new Remembered(now, bytes));
      }
      return now;
    }
    Remembered last = lastComplete.get(key);
    return last != null ? last.result().standingInFor(file, now.beingWritten()) : now;
  }

  /**
   * Counts a read's bytes against the budget when they fit. Files are read in parallel, so the
   * check and the count are one step: a file that does not fit never takes room, even for a moment,
   * from a smaller one read beside it.
   */
  private boolean reserve(long bytes) {
    long before =
        rememberedBytes.getAndUpdate(
            used -> used + bytes <= rememberedBudget ? used + bytes : used);
    return before + bytes <= rememberedBudget;
  }

  private void forget(Path key) {
    Remembered old = lastComplete.remove(key);
    if (old != null) {
      rememberedBytes.addAndGet(-old.bytes());
    }
  }

  private static long sizeOrZero(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      return 0;
    }
  }

  private FileResult readFile(Path file) {
    String content;
    try {
      long size = Files.size(file);
      if (size > maxFileBytes) {
        return readLarge(file, size);
      }
      byte[] bytes = Files.readAllBytes(file);
      if (bytes.length > maxFileBytes) {
        return FileResult.problem(file, "too large (it grew while being read)");
      }
      for (int i = 0; i < bytes.length; i++) {
        if (bytes[i] == 0) {
          return FileResult.problem(file, "binary file (NUL byte at offset " + i + ")");
        }
      }
      content = decodeUtf8(bytes);
    } catch (NoSuchFileException e) {
      return FileResult.problem(file, "vanished while being read").writing("it vanished");
    } catch (AccessDeniedException e) {
      return FileResult.problem(file, "cannot be read (permission denied)");
    } catch (NotUtf8 e) {
      return FileResult.problem(file, e.getMessage());
    } catch (IOException e) {
      return FileResult.problem(file, "cannot be read (" + describe(e) + ")");
    }
    if (content.isBlank()) {
      return FileResult.problem(file, "empty file").writing("it is empty");
    }
    String path = file.toString();
    try {
      for (SourceParser parser : parsers) {
        if (parser.format() == SourceFormat.TELEGRAM_JSON && parser.accepts(content)) {
          FileResult read = new FileResult(parser.parse(path, content), List.of(), List.of());
          return completeJson(content) ? read : read.writing("its JSON breaks off");
        }
      }
      if (CslJsonParser.looksLikeCslJson(content)) {
        List<String> problems = new ArrayList<>();
        List<BibEntry> entries = CslJsonParser.parse(path, content, problems::add);
        FileResult read = new FileResult(List.of(), entries, problems);
        return completeJson(content) ? read : read.writing("its JSON breaks off");
      }
      if (BibTexParser.looksLikeBibTex(content)) {
        List<String> problems = new ArrayList<>();
        BibTexParser.Library library = BibTexParser.read(path, content, problems::add);
        FileResult read = new FileResult(List.of(), library.entries(), problems);
        return library.endsInsideAnEntry() ? read.writing("its last entry is not closed") : read;
      }
      for (SourceParser parser : parsers) {
        if (parser.format() != SourceFormat.TELEGRAM_JSON && parser.accepts(content)) {
          return new FileResult(parser.parse(path, content), List.of(), List.of());
        }
      }
    } catch (RuntimeException e) {
      // A parser bug must cost one file, not the corpus.
      return FileResult.problem(file, "could not be parsed (" + describe(e) + ")");
    }
    String start = content.stripLeading();
    if ((start.startsWith("{") || start.startsWith("[")) && !completeJson(content)) {
      // Broken off before a format could tell itself: the first item not written yet.
      return FileResult.problem(file, "JSON that breaks off before any format can be told")
          .writing("its JSON breaks off");
    }
    if (NOTE_EXTENSIONS.contains(extension(file))) {
      return FileResult.note(file);
    }
    if (WEB_PAGE_EXTENSIONS.contains(extension(file))) {
      // Only saved channel previews are sources; other saved pages are passed over like pictures.
      return new FileResult(List.of(), List.of(), List.of());
    }
    return FileResult.problem(
        file,
        "not a review source this reads (a scraped Telegram page, a saved channel preview page, an"
            + " abstract digest, a Telegram JSON export, BibTeX or CSL-JSON)");
  }

  /**
   * A file over the in-memory limit: read block by block when it is BibTeX, item by item when it is
   * CSL-JSON (told from its first {@link #HEAD_CHARS} characters), refused otherwise.
   */
  private FileResult readLarge(Path file, long size) throws IOException {
    String tooLarge = "too large (" + size + " bytes; the limit is " + maxFileBytes + ")";
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder), 1 << 16)) {
      reader.mark(HEAD_CHARS + 1);
      char[] head = new char[HEAD_CHARS];
      int length = 0;
      int read;
      while (length < head.length && (read = reader.read(head, length, head.length - length)) > 0) {
        length += read;
      }
      String start = new String(head, 0, length);
      boolean csl = CslJsonParser.looksLikeCslJson(start.replaceFirst("^\uFEFF", ""));
      if (start.indexOf('\0') >= 0 || !(csl || BibTexParser.looksLikeBibTex(start))) {
        return FileResult.problem(file, tooLarge);
      }
      reader.reset();
      if (start.startsWith("\uFEFF")) {
        reader.skip(1);
      }
      List<String> problems = new ArrayList<>();
      List<BibEntry> entries =
          csl
              ? CslJsonParser.parse(file.toString(), reader, problems::add)
              : BibTexParser.parse(file.toString(), reader, BLOCK_CHARS, problems::add);
      return new FileResult(List.of(), entries, problems);
    } catch (CharacterCodingException e) {
      return FileResult.problem(file, "not UTF-8 text");
    } catch (RuntimeException e) {
      // A parser bug must cost one file, not the corpus.
      return FileResult.problem(file, "could not be parsed (" + describe(e) + ")");
    }
  }

  /**
   * Whether the content is one whole JSON value: a file being written breaks off before its end.
   */
  static boolean completeJson(String content) {
    try (JsonParser json = JSON.createParser(content)) {
      if (json.nextToken() == null) {
        return false;
      }
      json.skipChildren();
      return json.nextToken() == null;
    } catch (IOException e) {
      return false;
    }
  }

  private static final JsonFactory JSON = new JsonFactory();

  private static final class NotUtf8 extends IOException {
    private static final long serialVersionUID = 1L;

    NotUtf8(String message) {
      super(message);
    }
  }

  /** Strict UTF-8: a malformed byte is an error with its offset, never a replacement character. */
  private static String decodeUtf8(byte[] bytes) throws NotUtf8 {
    // The JDK's own decoding is several times faster than a reporting decoder; it replaces a
    // malformed byte with U+FFFD, so only a text holding one (a file may also hold it as written)
    // is decoded again strictly to tell the two apart.
    String fast = new String(bytes, StandardCharsets.UTF_8);
    if (fast.indexOf('\uFFFD') < 0) {
      return fast.startsWith("\uFEFF") ? fast.substring(1) : fast;
    }
    return decodeStrictly(bytes);
  }

  private static String decodeStrictly(byte[] bytes) throws NotUtf8 {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      throw new NotUtf8("not UTF-8 text (invalid byte at offset " + in.position() + ")");
    }
    out.flip();
    String s = out.toString();
    return s.startsWith("\uFEFF") ? s.substring(1) : s;
  }

  private static String describe(Exception e) {
    String message = e.getMessage();
    return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
  }
}
