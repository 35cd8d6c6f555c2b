package dev.paperlens.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourcePathsTest {
  @TempDir Path root;

  @BeforeEach
  void files() throws IOException {
    Files.createDirectories(root.resolve("reviews"));
    Files.writeString(root.resolve("reviews/a.txt"), "x");
    Files.createDirectories(root.resolve("paper/sub"));
    Files.writeString(root.resolve("paper/sub/refs.bib"), "@misc{a,}");
    Files.writeString(root.resolve("main.bib"), "@misc{b,}");
    Files.createDirectories(root.resolve("node_modules/x"));
    Files.writeString(root.resolve("node_modules/x/skip.bib"), "@misc{c,}");
  }

  @Test
  void defaultIsTheReviewsFolderAndEveryBibFile() {
    List<Path> paths = SourcePaths.resolve(List.of(), root, new ArrayList<>());
    assertEquals(
        List.of(
            root.resolve("reviews"), root.resolve("main.bib"), root.resolve("paper/sub/refs.bib")),
        paths);
  }

  @Test
  void filesFoldersGlobsAndAbsolutePaths() {
    List<String> problems = new ArrayList<>();
    List<Path> paths =
        SourcePaths.resolve(
            List.of("reviews/", "*.bib", root.resolve("main.bib").toString(), "missing/"),
            root,
            problems);
    assertEquals(
        List.of(
            root.resolve("reviews"), root.resolve("main.bib"), root.resolve("paper/sub/refs.bib")),
        paths);
    assertEquals(1, problems.size());
    assertTrue(problems.get(0).contains("missing/"));
  }

  @Test
  void tellsWhetherAChangedFileMatters() {
    List<Path> resolved = SourcePaths.resolve(List.of(), root, new ArrayList<>());
    assertTrue(SourcePaths.affects(root.resolve("reviews/new.txt"), resolved, List.of(), root));
    assertTrue(SourcePaths.affects(root.resolve("other/new.bib"), resolved, List.of(), root));
    assertFalse(SourcePaths.affects(root.resolve("notes/note.md"), resolved, List.of(), root));
    assertTrue(
        SourcePaths.affects(root.resolve("x/y.json"), List.of(), List.of("**/*.json"), root));
  }
}
