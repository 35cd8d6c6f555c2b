package dev.paperlens.lsp;

import dev.paperlens.corpus.FileTree;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns the {@code sources} setting (files, folders, globs; relative to the workspace root or
 * absolute) into the paths the corpus loader reads, and tells whether a changed file is one of
 * them.
 */
final class SourcePaths {
  /** How sources named by a glob are looked for: not in version control, builds or dependencies. */
  static final FileTree WALK = new FileTree(FileTree.BUILD_FOLDERS, 12, Integer.MAX_VALUE);

  private SourcePaths() {}

  /**
   * The files and folders to read. {@code problems} collects entries that match nothing.
   *
   * @param root the first workspace folder, or null when the client opened no folder
   */
  static List<Path> resolve(List<String> sources, Path root, List<String> problems) {
    return resolve(sources, root, problems, source -> java.util.Optional.empty());
  }

  /**
   * The files and folders to read, a channel source ({@code t.me/NAME}) standing for its cache file
   * when {@code channels} has one; a channel not synced yet adds nothing and no problem, as its
   * sync will bring it.
   */
  static List<Path> resolve(
      List<String> sources,
      Path root,
      List<String> problems,
      java.util.function.Function<String, java.util.Optional<Path>> channels) {
    return resolve(
        sources,
        root,
        problems,
        channels,
        (url, urlProblems) -> {
          urlProblems.add("source '" + url + "' is a web address, which is not read here");
          return java.util.Optional.empty();
        });
  }

  /**
   * The files and folders to read, a channel source standing for its cache file and a web address
   * (a Zotero export) for what {@code urls} gives: its local copy, or nothing and a problem.
   */
  static List<Path> resolve(
      List<String> sources,
      Path root,
      List<String> problems,
      java.util.function.Function<String, java.util.Optional<Path>> channels,
      java.util.function.BiFunction<String, List<String>, java.util.Optional<Path>> urls) {
    Set<Path> out = new LinkedHashSet<>();
    if (sources.isEmpty()) {
      if (root == null) {
        return List.of();
      }
      Path reviews = root.resolve("reviews");
      if (Files.isDirectory(reviews)) {
        out.add(reviews);
      }
      out.addAll(matching(root, "**.bib"));
      return List.copyOf(out);
    }
    for (String source : sources) {
      if (ChannelSources.channel(source).isPresent()) {
        channels.apply(source).ifPresent(out::add);
        continue;
      }
      if (ZoteroSources.isUrl(source)) {
        urls.apply(source, problems).ifPresent(out::add);
        continue;
      }
      String expanded =
          source.startsWith("~/") ? System.getProperty("user.home") + source.substring(1) : source;
      if (isGlob(expanded)) {
        Path base = Path.of(expanded).isAbsolute() ? Path.of("/") : root;
        if (base == null) {
          problems.add("source '" + source + "' is relative but no workspace folder is open");
          continue;
        }
        List<Path> found = matching(base, expanded);
        if (found.isEmpty()) {
          problems.add("source '" + source + "' matches no file");
        }
        out.addAll(found);
      } else {
        Path path = Path.of(expanded);
        if (!path.isAbsolute()) {
          if (root == null) {
            problems.add("source '" + source + "' is relative but no workspace folder is open");
            continue;
          }
          path = root.resolve(path);
        }
        path = path.normalize();
        if (Files.exists(path)) {
          out.add(path);
        } else {
          problems.add("source '" + source + "' does not exist (" + path + ")");
        }
      }
    }
    return List.copyOf(out);
  }

  /** Whether a changed file matters to the index built from these sources. */
  static boolean affects(Path changed, List<Path> resolved, List<String> sources, Path root) {
    Path file = changed.normalize();
    for (Path path : resolved) {
      if (file.startsWith(path)) {
        return true;
      }
    }
    if (sources.isEmpty()) {
      return root != null
          && (file.startsWith(root.resolve("reviews"))
              || file.toString().toLowerCase(Locale.ROOT).endsWith(".bib"));
    }
    for (String source : sources) {
      if (isGlob(source) && root != null) {
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + source);
        if (file.startsWith(root) && matcher.matches(root.relativize(file))) {
          return true;
        }
      }
    }
    return false;
  }

  static boolean isGlob(String source) {
    return source.indexOf('*') >= 0
        || source.indexOf('?') >= 0
        || source.indexOf('{') >= 0
        || source.indexOf('[') >= 0;
  }

  /** Files under {@code base} whose path relative to it matches the glob, in a stable order. */
  static List<Path> matching(Path base, String glob) {
    String pattern = glob;
    if (Path.of(glob).isAbsolute()) {
      pattern = glob.substring(1);
    }
    // "*.bib" in a settings file means any .bib below the root, as users expect from editors.
    PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
    PathMatcher anywhere =
        pattern.contains("/")
            ? matcher
            : FileSystems.getDefault().getPathMatcher("glob:**/" + pattern);
    Path walkFrom = base;
    if (Path.of(glob).isAbsolute()) {
      walkFrom = literalPrefix(Path.of(glob));
    }
    if (!Files.isDirectory(walkFrom)) {
      return List.of();
    }
    Path root = walkFrom;
    return WALK.files(
        root,
        file -> {
          Path relative = base.relativize(file);
          return matcher.matches(relative) || anywhere.matches(relative);
        },
        problem -> {});
  }

  private static Path literalPrefix(Path glob) {
    Path prefix = glob.getRoot();
    for (Path part : glob) {
      if (isGlob(part.toString())) {
        break;
      }
      prefix = prefix.resolve(part);
    }
    return prefix;
  }
}
