package dev.paperlens.lsp;

import dev.paperlens.corpus.FileTree;
import dev.paperlens.features.Workspace;
import dev.paperlens.notes.NoteLanguage;
import dev.paperlens.text.TextDocument;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The workspace's notes and .bib files: open documents as the editor has them, the others read from
 * disk (cached by modification time). Bounded, so a huge folder cannot stall a request.
 */
final class WorkspaceFiles implements Workspace {
  private static final int MAX_FILES = 2000;
  private static final long MAX_FILE_BYTES = 2_000_000;

  /** Notes are looked for in the workspace but not in its builds, dependencies or sources. */
  private static final FileTree WALK = new FileTree(FileTree.BUILD_FOLDERS, 10, MAX_FILES);

  private record Cached(long modified, TextDocument document) {}

  private final List<Path> roots;
  private final OpenDocuments open;
  private final Predicate<NoteLanguage> served;
  private final Supplier<List<Path>> sources;
  private final Map<Path, Cached> cache = new HashMap<>();

  /**
   * @param served which note languages the settings enable
   * @param sources the review sources, which are never notes even when they are .txt or .md files
   */
  WorkspaceFiles(
      List<Path> roots,
      OpenDocuments open,
      Predicate<NoteLanguage> served,
      Supplier<List<Path>> sources) {
    this.roots = List.copyOf(roots);
    this.open = open;
    this.served = served;
    this.sources = sources;
  }

  Path root() {
    return roots.isEmpty() ? null : roots.get(0);
  }

  @Override
  public String uriOf(String path) {
    Path p = Path.of(path);
    if (!p.isAbsolute() && root() != null) {
      p = root().resolve(p);
    }
    return p.toAbsolutePath().normalize().toUri().toString();
  }

  @Override
  public List<TextDocument> notes() {
    return files(
        path -> {
          return NoteLanguage.of(null, path.toString()).filter(served).isPresent();
        },
        doc -> {
          return NoteLanguage.of(doc.languageId(), doc.uri()).filter(served).isPresent();
        });
  }

  @Override
  public List<TextDocument> bibFiles() {
    return files(
        path -> path.toString().toLowerCase(Locale.ROOT).endsWith(".bib"),
        doc -> doc.uri().toLowerCase(Locale.ROOT).endsWith(".bib"));
  }

  @Override
  public String newBibUri() {
    return root() == null ? null : root().resolve("references.bib").toUri().toString();
  }

  private synchronized List<TextDocument> files(
      Predicate<Path> onDisk, Predicate<TextDocument> opened) {
    Map<String, TextDocument> out = new LinkedHashMap<>();
    for (TextDocument doc : open.all()) {
      if (opened.test(doc)) {
        out.put(doc.uri(), doc);
      }
    }
    for (Path path : walk(onDisk)) {
      String uri = path.toUri().toString();
      if (out.containsKey(uri) || out.size() >= MAX_FILES) {
        continue;
      }
      TextDocument doc = read(path, uri);
      if (doc != null) {
        out.put(uri, doc);
      }
    }
    return new ArrayList<>(out.values());
  }

  private TextDocument read(Path path, String uri) {
    try {
      long modified = Files.getLastModifiedTime(path).toMillis();
      Cached cached = cache.get(path);
      if (cached != null && cached.modified() == modified) {
        return cached.document();
      }
      if (Files.size(path) > MAX_FILE_BYTES) {
        return null;
      }
      String text = Files.readString(path, StandardCharsets.UTF_8);
      TextDocument doc = new TextDocument(uri, "", 0, text);
      cache.put(path, new Cached(modified, doc));
      return doc;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  private List<Path> walk(Predicate<Path> wanted) {
    List<Path> out = new ArrayList<>();
    List<Path> skipped = sources.get();
    for (Path root : roots) {
      if (!Files.isDirectory(root)) {
        continue;
      }
      out.addAll(
          WALK.files(
              root,
              skipped::contains,
              file -> wanted.test(file) && !isSource(file, skipped),
              problem -> {}));
    }
    out.sort(null);
    return out;
  }

  /** Review sources are indexed, not edited notes; .bib files are both. */
  private static boolean isSource(Path file, List<Path> sources) {
    if (file.toString().toLowerCase(Locale.ROOT).endsWith(".bib")) {
      return false;
    }
    return sources.stream().anyMatch(file::startsWith);
  }

  /** The file path of a file: URI, or null for other schemes and malformed URIs. */
  static Path pathOf(String uri) {
    try {
      URI parsed = URI.create(uri);
      return "file".equalsIgnoreCase(parsed.getScheme()) ? Path.of(parsed) : null;
    } catch (RuntimeException e) {
      return null;
    }
  }
}
