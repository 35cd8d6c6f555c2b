package dev.paperlens.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * What the review sources are on disk, told without reading them: the files the loader would read,
 * in its order, each with its size, modification time and file key (the inode where the file system
 * has one), folded into one digest. A build records it before it reads the sources; a later start
 * that finds the same stamp knows the index holds what a read would give, at the cost of one {@code
 * stat} per file instead of reading and parsing every source. An edit, a file added, removed,
 * renamed or replaced (an atomic save), or a source folder that appears or goes changes it.
 *
 * @param digest the digest of every file's path, size, modification time and key
 * @param files how many files it covers
 */
public record SourceStamp(String digest, int files) {

  /** The stamp of the sources as they are now; a file that cannot be read changes its line. */
  public static SourceStamp of(List<Path> sources) {
    List<String> problems = new ArrayList<>();
    List<Path> files = CorpusLoader.sourceFiles(sources, problems);
    MessageDigest digest = sha256();
    for (Path source : sources) {
      digest.update(line("source", source.toAbsolutePath().normalize().toString()));
    }
    for (Path file : files) {
      digest.update(line("file", describe(file)));
    }
    for (String problem : problems) {
      digest.update(line("problem", problem));
    }
    return new SourceStamp(HexFormat.of().formatHex(digest.digest()), files.size());
  }

  private static String describe(Path file) {
    String path = file.toAbsolutePath().normalize().toString();
    try {
      BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class);
      Object key = attrs.fileKey();
      return path
          + '\t'
          + attrs.size()
          + '\t'
          + attrs.lastModifiedTime().to(TimeUnit.NANOSECONDS)
          + '\t'
          + (key == null ? "" : key.toString());
    } catch (IOException e) {
      return path + "\tunreadable: " + e.getMessage();
    }
  }

  private static byte[] line(String kind, String text) {
    return (kind + '\t' + text + '\n').getBytes(StandardCharsets.UTF_8);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      // every JVM has SHA-256 (the Java SE specification requires it)
      throw new IllegalStateException(e);
    }
  }
}
