package dev.paperlens.corpus;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The one walk over a folder tree, for review sources, source globs and workspace notes: symbolic
 * links followed (a loop is reported, not followed), hidden folders and the folders a walk names
 * skipped, unreadable entries reported and passed over, files returned in path order.
 *
 * @param skippedFolders names of folders never entered (the root is always entered)
 * @param maxDepth how deep below the root files are looked for
 * @param maxFiles the walk stops after this many files
 */
public record FileTree(Set<String> skippedFolders, int maxDepth, int maxFiles) {

  /** Within a source folder the user named: everything but hidden folders and dependencies. */
  public static final FileTree SOURCES =
      new FileTree(Set.of("node_modules"), Integer.MAX_VALUE, Integer.MAX_VALUE);

  /**
   * Folders of a workspace that hold no notes or sources: version control, builds, dependencies.
   */
  public static final Set<String> BUILD_FOLDERS = Set.of("node_modules", "target", "build", "out");

  public FileTree {
    skippedFolders = Set.copyOf(skippedFolders);
  }

  /** The files below {@code root} that {@code wanted} accepts; problems get one line each. */
  public List<Path> files(Path root, Predicate<Path> wanted, Consumer<String> problems) {
    return files(root, folder -> false, wanted, problems);
  }

  /**
   * The files below {@code root} that {@code wanted} accepts, not entering the folders {@code
   * skipFolder} accepts; problems get one line each.
   */
  public List<Path> files(
      Path root, Predicate<Path> skipFolder, Predicate<Path> wanted, Consumer<String> problems) {
    List<Path> found = new ArrayList<>();
    try {
      Files.walkFileTree(
          root,
          EnumSet.of(FileVisitOption.FOLLOW_LINKS),
          maxDepth,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
              String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
              boolean skip =
                  !dir.equals(root)
                      && (name.startsWith(".")
                          || skippedFolders.contains(name)
                          || skipFolder.test(dir));
              return skip ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              if (attrs.isRegularFile()
                  && !file.getFileName().toString().startsWith(".")
                  && wanted.test(file)) {
                found.add(file);
              }
              return found.size() >= maxFiles
                  ? FileVisitResult.TERMINATE
                  : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
              problems.accept(file + ": " + unreadable(e) + "; skipped");
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      problems.accept(root + ": " + unreadable(e) + "; skipped");
    }
    found.sort(null);
    return found;
  }

  /**
   * Deletes a folder and everything below it (links are deleted, not followed); a missing one is
   * fine.
   */
  public static void delete(Path dir) throws IOException {
    if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }

  private static String unreadable(IOException e) {
    if (e instanceof FileSystemLoopException) {
      return "symbolic link loops back to a folder above it";
    }
    if (e instanceof AccessDeniedException) {
      return "cannot be read (permission denied)";
    }
    String message = e.getMessage();
    return "cannot be read ("
        + e.getClass().getSimpleName()
        + (message == null ? "" : ": " + message)
        + ")";
  }
}
