package dev.paperlens.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Fails when an import crosses the package boundaries written in docs/ARCHITECTURE.md. */
class PackageBoundariesTest {
  private static final Path SOURCES = Path.of("src/main/java/dev/paperlens");
  private static final Pattern IMPORT =
      Pattern.compile("^import\\s+(?:static\\s+)?([\\w.]+)", Pattern.MULTILINE);

  /** Which of our packages each package may import (itself always). */
  private static final Map<String, Set<String>> MAY_IMPORT =
      Map.of(
          "text", Set.of(),
          "corpus", Set.of("text"),
          "notes", Set.of("text"),
          "index", Set.of("corpus", "text"),
          "features", Set.of("corpus", "index", "notes", "text"),
          "lsp", Set.of("corpus", "index", "notes", "text", "features", "cli"),
          "cli", Set.of("corpus", "index", "notes", "text", "features", "lsp"));

  @Test
  void importsStayInsideTheirBoundaries() throws IOException {
    List<String> violations = new ArrayList<>();
    try (Stream<Path> files = Files.walk(SOURCES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        String pkg = SOURCES.relativize(file).getName(0).toString();
        String source = Files.readString(file);
        Matcher m = IMPORT.matcher(source);
        while (m.find()) {
          String imported = m.group(1);
          String problem = check(pkg, imported);
          if (problem != null) {
            violations.add(file + ": " + imported + " (" + problem + ")");
          }
        }
      }
    }
    assertEquals(List.of(), violations);
  }

  private static String check(String pkg, String imported) {
    if (imported.startsWith("org.apache.lucene") && !pkg.equals("index")) {
      return "only index may use Lucene";
    }
    if (imported.startsWith("org.apache.solr") && !pkg.equals("index")) {
      return "only index may use SolrJ";
    }
    if ((imported.startsWith("org.eclipse.lsp4j.jsonrpc")
            || imported.startsWith("org.eclipse.lsp4j.services"))
        && !pkg.equals("lsp")) {
      return "only lsp may touch jsonrpc/services";
    }
    if (imported.startsWith("org.eclipse.lsp4j")
        && !(pkg.equals("features") || pkg.equals("lsp") || pkg.equals("cli"))) {
      return "LSP4J data classes belong to features and lsp";
    }
    if (imported.startsWith("dev.paperlens.")) {
      String target = imported.substring("dev.paperlens.".length()).split("\\.")[0];
      if (!target.equals(pkg) && !MAY_IMPORT.getOrDefault(pkg, Set.of()).contains(target)) {
        return pkg + " may not import " + target;
      }
    }
    return null;
  }
}
