package dev.paperlens.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What the Maven modules cannot say (docs/ARCHITECTURE.md): the modules already stop a layer from
 * using one above it, but a library a module depends on brings its transitive ones along, and two
 * packages share the text module.
 */
class PackageBoundariesTest {
  /** The repository's root, seen from this module's folder. */
  private static final Path ROOT = Path.of("..");

  private static final List<String> MODULES =
      List.of("text", "corpus", "index", "features", "lsp", "server", "team", "bench");

  private static final Pattern IMPORT =
      Pattern.compile("^import\\s+(?:static\\s+)?([\\w.]+)", Pattern.MULTILINE);

  @Test
  void importsStayInsideTheirBoundaries() throws IOException {
    List<String> violations = new ArrayList<>();
    for (String module : MODULES) {
      Path sources = ROOT.resolve(module).resolve("src/main/java/dev/paperlens");
      try (Stream<Path> files = Files.walk(sources)) {
        for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
          String pkg = sources.relativize(file).getName(0).toString();
          Matcher m = IMPORT.matcher(Files.readString(file));
          while (m.find()) {
            String problem = check(pkg, m.group(1));
            if (problem != null) {
              violations.add(ROOT.relativize(file) + ": " + m.group(1) + " (" + problem + ")");
            }
          }
        }
      }
    }
    assertEquals(List.of(), violations);
  }

  private static String check(String pkg, String imported) {
    if (imported.startsWith("org.apache.lucene")
        && !List.of("index", "team", "bench").contains(pkg)) {
      return "only index (and the team backend's query translation) may use Lucene";
    }
    if ((imported.startsWith("org.eclipse.lsp4j.jsonrpc")
            || imported.startsWith("org.eclipse.lsp4j.services"))
        && !List.of("lsp", "bench").contains(pkg)) {
      return "only lsp may touch jsonrpc/services";
    }
    if (imported.startsWith("org.eclipse.lsp4j")
        && !List.of("features", "lsp", "cli", "bench").contains(pkg)) {
      return "LSP4J data classes belong to features and above";
    }
    if (imported.startsWith("com.google.gson") && !List.of("lsp", "cli", "bench").contains(pkg)) {
      return "Gson comes with LSP4J's protocol layer";
    }
    if (pkg.equals("text") && imported.startsWith("dev.paperlens.notes")) {
      return "text may not import notes, which is built on it";
    }
    return null;
  }
}
