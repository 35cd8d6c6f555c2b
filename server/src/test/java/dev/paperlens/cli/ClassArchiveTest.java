package dev.paperlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassArchiveTest {
  @TempDir Path dir;

  private Path jar() throws Exception {
    Path jar = dir.resolve("app.jar");
    if (!Files.exists(jar)) {
      Files.write(jar, new byte[] {1, 2, 3});
    }
    return jar;
  }

  private ClassArchive archive(long pid) throws Exception {
    return ClassArchive.of(jar().toString(), dir.resolve("classes"), "17.0.15+6", pid)
        .orElseThrow();
  }

  private static String written(List<String> options) {
    assertEquals(2, options.size(), options.toString());
    assertEquals(ClassArchive.QUIET, options.get(0));
    assertTrue(options.get(1).startsWith("-XX:ArchiveClassesAtExit="), options.toString());
    return options.get(1).substring("-XX:ArchiveClassesAtExit=".length());
  }

  private List<Path> archives() throws Exception {
    try (Stream<Path> files = Files.list(dir.resolve("classes"))) {
      return files.sorted().toList();
    }
  }

  @Test
  void theFirstRunWritesItTheNextMapsIt() throws Exception {
    ClassArchive first = archive(41);
    Path written = Path.of(written(first.options()));
    assertTrue(Files.isDirectory(dir.resolve("classes")));
    Files.write(written, new byte[] {9}); // what the JVM writes at its exit
    first.settle(0);
    assertEquals(List.of(first.file()), archives());
    assertEquals(
        List.of(ClassArchive.QUIET, "-XX:SharedArchiveFile=" + first.file()),
        archive(42).options());
  }

  @Test
  void aFailedRunLeavesNoArchive() throws Exception {
    ClassArchive run = archive(41);
    Files.write(Path.of(written(run.options())), new byte[] {9});
    run.settle(1);
    assertEquals(List.of(), archives());
    written(archive(42).options());
  }

  @Test
  void aRebuiltJarGetsANewArchiveAndTheOldOneGoes() throws Exception {
    ClassArchive old = archive(41);
    Files.write(Path.of(written(old.options())), new byte[] {9});
    old.settle(0);
    Files.write(jar(), new byte[] {1, 2, 3, 4});
    Files.setLastModifiedTime(jar(), FileTime.fromMillis(1_000_000));
    ClassArchive rebuilt = archive(43);
    assertNotEquals(old.file(), rebuilt.file());
    Files.write(Path.of(written(rebuilt.options())), new byte[] {9});
    rebuilt.settle(0);
    assertEquals(List.of(rebuilt.file()), archives());
  }

  @Test
  void anotherJvmVersionGetsItsOwn() throws Exception {
    ClassArchive a = archive(41);
    ClassArchive b =
        ClassArchive.of(jar().toString(), dir.resolve("classes"), "21.0.2+13", 41).orElseThrow();
    assertNotEquals(a.file(), b.file());
  }

  @Test
  void noArchiveWithoutOneJar() throws Exception {
    Files.createDirectories(dir.resolve("target/classes"));
    for (String classPath :
        List.of(
            dir.resolve("target/classes").toString(),
            dir.resolve("missing.jar").toString(),
            jar() + java.io.File.pathSeparator + dir.resolve("other.jar"),
            "")) {
      assertEquals(
          Optional.empty(), ClassArchive.of(classPath, dir.resolve("classes"), "17", 1), classPath);
    }
    assertFalse(Files.exists(dir.resolve("classes")));
  }

  /** The name as it was written with String.format and regular expressions, before. */
  @Test
  void theNameIsTheOneFormattedBefore() throws Exception {
    for (String version :
        List.of(
            "17.0.15+6-Debian-1deb12u1", "21.0.2+13", "22-ea+4 (x/y)", "17\u00e9\ud83d\ude00")) {
      for (String jarName : List.of("app.jar", "paperlens-server.jar", "a.jar.jar")) {
        Path jar = dir.resolve(jarName);
        Files.write(jar, new byte[] {1, 2, 3});
        Path absolute = jar.toAbsolutePath().normalize();
        var attributes =
            Files.readAttributes(absolute, java.nio.file.attribute.BasicFileAttributes.class);
        String expected =
            String.format(
                    java.util.Locale.ROOT,
                    "%s-%08x-",
                    absolute.getFileName().toString().replaceAll("\\.jar$", ""),
                    absolute.toString().hashCode())
                + String.format(
                    java.util.Locale.ROOT,
                    "%d-%d-%s.jsa",
                    attributes.size(),
                    attributes.lastModifiedTime().toMillis(),
                    version.replaceAll("[^A-Za-z0-9.+_-]", "_"));
        ClassArchive archive =
            ClassArchive.of(jar.toString(), dir.resolve("classes"), version, 7).orElseThrow();
        assertEquals(expected, archive.file().getFileName().toString(), version + " " + jarName);
      }
    }
  }
}
