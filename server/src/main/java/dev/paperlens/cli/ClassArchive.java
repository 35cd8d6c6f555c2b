package dev.paperlens.cli;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Optional;

/**
 * The class-data-sharing archive of the batch JVM ({@link BatchJvm}): the classes a run of the jar
 * loaded, mapped into the next run instead of read, checked and parsed again. The first run writes
 * it at its exit ({@code -XX:ArchiveClassesAtExit}, JDK 17 cannot make a missing one by itself),
 * later runs map it ({@code -XX:SharedArchiveFile}). It is named by the jar's path, size and
 * modification time and the JVM's version, so a rebuilt jar or another JDK gets a new one and the
 * JVM never sees a stale one (it would only warn and load the classes as usual).
 */
final class ClassArchive {
  private final Path file;
  private final Path written;

  /** The start of the names of this jar path's archives, whatever its size, time and JVM. */
  private final String samePath;

  private ClassArchive(Path file, Path written, String samePath) {
    this.file = file;
    this.written = written;
    this.samePath = samePath;
  }

  /**
   * The archive of {@code classPath} under {@code directory}, or empty when the class path is not
   * one jar (a build's class folders change without the jar's size or time saying so).
   */
  // A StringBuilder, not "+": in a cold JVM each new shape of string concatenation bootstraps
  // its own method handles.
  @SuppressWarnings("UnnecessaryStringBuilder")
  static Optional<ClassArchive> of(String classPath, Path directory, String jvmVersion, long pid) {
    Path jar;
    BasicFileAttributes attributes;
    try {
      jar = Path.of(classPath).toAbsolutePath().normalize();
      attributes = Files.readAttributes(jar, BasicFileAttributes.class);
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
    if (!attributes.isRegularFile() || !jar.toString().endsWith(".jar")) {
      return Optional.empty();
    }
    // Built with a StringBuilder, not with String.format and regular expressions: this runs in
    // the first JVM, which only waits, and those cost it about 0.03 CPU seconds.
    String fileName = jar.getFileName().toString();
    String hash = Integer.toHexString(jar.toString().hashCode());
    String samePath =
        new StringBuilder()
            .append(fileName, 0, fileName.length() - ".jar".length())
            .append('-')
            .append("0".repeat(8 - hash.length()))
            .append(hash)
            .append('-')
            .toString();
    String name =
        new StringBuilder(samePath)
            .append(attributes.size())
            .append('-')
            .append(attributes.lastModifiedTime().toMillis())
            .append('-')
            .append(fileNameSafe(jvmVersion))
            .append(".jsa")
            .toString();
    Path file = directory.resolve(name);
    return Optional.of(
        new ClassArchive(file, directory.resolve(name + "." + pid + ".tmp"), samePath));
  }

  /** The archive file. */
  /** The text with each code point but ASCII letters, digits and {@code .+_-} written as "_". */
  static String fileNameSafe(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
      int c = text.codePointAt(i);
      boolean kept =
          (c >= 'a' && c <= 'z')
              || (c >= 'A' && c <= 'Z')
              || (c >= '0' && c <= '9')
              || c == '.'
              || c == '+'
              || c == '_'
              || c == '-';
      out.append(kept ? (char) c : '_');
    }
    return out.toString();
  }

  Path file() {
    return file;
  }

  /**
   * The JVM writes its sharing warnings to standard output, where the command's output goes (a
   * class it cannot archive, an archive it cannot map): they are turned off.
   */
  static final String QUIET = "-Xlog:cds*=off";

  /**
   * The JVM options that map the archive, or write it at exit when there is none yet; none when its
   * folder cannot be made.
   */
  List<String> options() {
    if (Files.isRegularFile(file)) {
      return List.of(QUIET, "-XX:SharedArchiveFile=" + file);
    }
    try {
      Files.createDirectories(file.getParent());
    } catch (IOException | RuntimeException e) {
      return List.of();
    }
    return List.of(QUIET, "-XX:ArchiveClassesAtExit=" + written);
  }

  /**
   * After the JVM of {@link #options()} exited: an archive it wrote takes the archive's name in one
   * step (two first runs at once each write their own, and either may win), older archives of the
   * same jar path are removed; after a failed run, what it wrote is removed.
   */
  void settle(int exitCode) {
    if (!Files.isRegularFile(written)) {
      return;
    }
    try {
      if (exitCode != 0) {
        Files.delete(written);
        return;
      }
      Files.move(
          written, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      removeOthers();
    } catch (IOException | RuntimeException e) {
      // The archive is an optimization: without it the next run writes one again.
    }
  }

  private void removeOthers() throws IOException {
    String own = file.getFileName().toString();
    try (DirectoryStream<Path> archives = Files.newDirectoryStream(file.getParent(), "*.jsa")) {
      for (Path other : archives) {
        String name = other.getFileName().toString();
        if (name.startsWith(samePath) && !name.equals(own)) {
          Files.deleteIfExists(other);
        }
      }
    }
  }
}
