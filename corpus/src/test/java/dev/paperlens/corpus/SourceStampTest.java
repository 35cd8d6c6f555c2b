package dev.paperlens.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A source stamp changes with every change a read of the sources would see, and with none that it
 * would not.
 */
class SourceStampTest {
  @TempDir Path dir;

  private static final String BIB = "@book{KEY,\n  title = {Title of KEY}\n}\n";
  private static final FileTime THEN = FileTime.fromMillis(1_700_000_000_000L);

  @FunctionalInterface
  private interface Change {
    void apply(Path dir) throws IOException;
  }

  /** What is done to the sources between two stamps, and whether a read would see it. */
  private record Row(Change change, boolean seen) {}

  private static final Map<String, Row> ROWS =
      Map.ofEntries(
          Map.entry("nothing", new Row(dir -> {}, false)),
          Map.entry(
              "an entry added",
              new Row(
                  dir ->
                      Files.writeString(
                          dir.resolve("a.bib"),
                          BIB.replace("KEY", "a") + BIB.replace("KEY", "z"),
                          StandardCharsets.UTF_8),
                  true)),
          Map.entry(
              "rewritten with the same size",
              new Row(
                  dir -> {
                    Files.writeString(
                        dir.resolve("a.bib"), BIB.replace("KEY", "q"), StandardCharsets.UTF_8);
                    Files.setLastModifiedTime(
                        dir.resolve("a.bib"), FileTime.fromMillis(1_700_000_005_000L));
                  },
                  true)),
          Map.entry(
              "touched",
              new Row(
                  dir ->
                      Files.setLastModifiedTime(
                          dir.resolve("a.bib"), FileTime.fromMillis(1_700_000_009_000L)),
                  true)),
          Map.entry(
              "a source added",
              new Row(
                  dir ->
                      Files.writeString(
                          dir.resolve("sub").resolve("c.bib"),
                          BIB.replace("KEY", "c"),
                          StandardCharsets.UTF_8),
                  true)),
          Map.entry("a source removed", new Row(dir -> Files.delete(dir.resolve("b.bib")), true)),
          Map.entry(
              "a source renamed",
              new Row(dir -> Files.move(dir.resolve("b.bib"), dir.resolve("d.bib")), true)),
          Map.entry(
              "replaced by an atomic save, same size and time",
              new Row(
                  dir -> {
                    Path next = dir.resolve("b.bib.tmp");
                    Files.writeString(next, BIB.replace("KEY", "e"), StandardCharsets.UTF_8);
                    Files.setLastModifiedTime(next, THEN);
                    Files.move(
                        next,
                        dir.resolve("b.bib"),
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                        java.nio.file.StandardCopyOption.ATOMIC_MOVE);
                  },
                  true)),
          Map.entry(
              "an image added",
              new Row(dir -> Files.write(dir.resolve("figure.png"), new byte[] {1, 2, 3}), false)),
          Map.entry(
              "a hidden file added",
              new Row(
                  dir ->
                      Files.writeString(dir.resolve(".a.bib.swp"), "swap", StandardCharsets.UTF_8),
                  false)),
          Map.entry(
              "a hidden folder's file added",
              new Row(
                  dir -> {
                    Files.createDirectories(dir.resolve(".git"));
                    Files.writeString(dir.resolve(".git/x.bib"), BIB, StandardCharsets.UTF_8);
                  },
                  false)));

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "nothing",
        "an entry added",
        "rewritten with the same size",
        "touched",
        "a source added",
        "a source removed",
        "a source renamed",
        "replaced by an atomic save, same size and time",
        "an image added",
        "a hidden file added",
        "a hidden folder's file added"
      })
  void aStampChangesWithWhatAReadWouldSee(String what) throws IOException {
    Row row = ROWS.get(what);
    Files.createDirectories(dir.resolve("sub"));
    for (String key : List.of("a", "b")) {
      Path file = dir.resolve(key + ".bib");
      Files.writeString(file, BIB.replace("KEY", key), StandardCharsets.UTF_8);
      Files.setLastModifiedTime(file, THEN);
    }
    SourceStamp before = SourceStamp.of(List.of(dir));
    assertEquals(2, before.files());
    assertEquals(before, SourceStamp.of(List.of(dir)), "the same sources, the same stamp");

    row.change().apply(dir);
    SourceStamp after = SourceStamp.of(List.of(dir));
    if (row.seen()) {
      assertNotEquals(before, after, what);
    } else {
      assertEquals(before, after, what);
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"missing.bib", "missing-folder"})
  void aMissingSourceThatAppearsChangesTheStamp(String name) throws IOException {
    Path source = dir.resolve(name);
    SourceStamp missing = SourceStamp.of(List.of(source));
    assertEquals(0, missing.files());
    if (name.endsWith(".bib")) {
      Files.writeString(source, BIB, StandardCharsets.UTF_8);
    } else {
      Files.createDirectories(source);
    }
    assertNotEquals(missing, SourceStamp.of(List.of(source)), name);
  }
}
