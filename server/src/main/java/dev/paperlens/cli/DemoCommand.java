package dev.paperlens.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.paperlens.corpus.FileTree;
import dev.paperlens.lsp.InProcessSession;
import dev.paperlens.lsp.IndexBuilder;
import dev.paperlens.lsp.PaperlensClient;
import dev.paperlens.text.CrossScript;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code demo [EXAMPLES_DIR] [--verbose]}: starts the real server in this process, talks to it over
 * JSON-RPC pipes the way an editor does, and prints a transcript: a hover card, a citation
 * completion and a go-to-definition on the sample notes.
 */
final class DemoCommand implements dev.paperlens.cli.Command {
  private static final Duration READY = Duration.ofMinutes(2);
  private static final Duration ANSWER = Duration.ofSeconds(30);
  private static final Pattern PANDOC_KEY =
      Pattern.compile("@([\\p{L}\\p{N}_][\\p{L}\\p{N}_:.#$%&+?<>~/-]*[\\p{L}\\p{N}_])");
  private static final Pattern LATEX_CITE =
      Pattern.compile("\\\\[A-Za-z]*cite[a-z]*\\*?(?:\\[[^\\]]*\\])*\\{([^,}]+)");
  private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}\\p{N}-]*[\\p{L}\\p{N}]");

  private final Supplier<IndexBuilder> builder;

  DemoCommand(Supplier<IndexBuilder> builder) {
    this.builder = builder;
  }

  @Command(
      name = "demo",
      mixinStandardHelpOptions = true,
      versionProvider = Main.Version.class,
      description = {
        "Starts the real language server in this process on a folder shaped like examples/ and"
            + " prints what an editor gets: a hover card, a citation completion and a"
            + " go-to-definition, each a JSON-RPC round trip."
      },
      footer = {"", "Example:", "  java -jar paperlens-server.jar demo examples"})
  static final class Options {
    @Parameters(
        paramLabel = "FOLDER",
        arity = "0..1",
        description =
            "A folder with notes/notes.md, notes/paper.tex and review sources (examples).")
    Path folder = Path.of("examples");

    @Option(names = "--verbose", description = "Also print the server's log.")
    boolean verbose;
  }

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
    Options options = new Options();
    OptionalInt exit = Cli.parse(options, args, out, err);
    if (exit.isPresent()) {
      return exit.getAsInt();
    }
    boolean verbose = options.verbose;
    Path root = options.folder.toAbsolutePath().normalize();
    if (!Files.isDirectory(root)) {
      err.println(
          "paperlens demo: no folder "
              + root
              + " (run it from the repository root: demo examples)");
      return 2;
    }
    Path notes = root.resolve("notes/notes.md");
    Path paper = root.resolve("notes/paper.tex");
    Path indexDir = Files.createTempDirectory("paperlens-demo-index");
    PrintStream serverLog = verbose ? err : new PrintStream(OutputStream.nullOutputStream());
    long start = System.nanoTime();
    try (InProcessSession session = InProcessSession.start(builder.get(), serverLog, READY)) {
      out.println(
          "Paperlens demo: the language server runs in this process; every request below is a");
      out.println("JSON-RPC round trip through the same code an editor talks to.");
      out.println();
      session.initialize(initializeParams(root, indexDir), ANSWER);
      PaperlensClient.Status ready = awaitIndex(session);
      if (ready == null || !ready.state().equals("ready")) {
        err.println(
            "paperlens demo: indexing did not finish: "
                + (ready == null ? "timed out" : ready.message()));
        return 1;
      }
      out.printf(
          "Indexed %d papers from %s in %d ms.%n",
          ready.papers(), root.getFileName(), (System.nanoTime() - start) / 1_000_000);
      if (ready.message() != null) {
        out.println("(" + ready.message().replace(" (see the log)", "; --verbose shows why") + ")");
      }
      int shown = 0;
      if (Files.isRegularFile(notes)) {
        String text = Files.readString(notes, StandardCharsets.UTF_8);
        String uri = open(session, notes, "markdown", text);
        shown += hoverOnAName(session, out, root, notes, uri, text);
        shown += definitionOfACitation(session, out, root, notes, uri, text);
      }
      if (Files.isRegularFile(paper)) {
        String text = Files.readString(paper, StandardCharsets.UTF_8);
        String uri = open(session, paper, "latex", text);
        shown += completeACitation(session, out, root, paper, uri, text);
      }
      if (shown == 0) {
        err.println("paperlens demo: expected notes/notes.md and notes/paper.tex under " + root);
        return 1;
      }
      return 0;
    } finally {
      deleteQuietly(indexDir);
    }
  }

  private static InitializeParams initializeParams(Path root, Path indexDir) {
    InitializeParams params = new InitializeParams();
    params.setProcessId((int) ProcessHandle.current().pid());
    params.setWorkspaceFolders(
        List.of(new WorkspaceFolder(root.toUri().toString(), root.getFileName().toString())));
    params.setCapabilities(new ClientCapabilities());
    JsonObject paperlens = new JsonObject();
    // A folder laid out like a workspace (reviews/ and .bib files beside the notes) uses the
    // server's default sources, as an editor would; any other folder is read whole.
    if (!java.nio.file.Files.isDirectory(root.resolve("reviews"))) {
      JsonArray sources = new JsonArray();
      sources.add(root.toString());
      paperlens.add("sources", sources);
    }
    paperlens.addProperty("indexDir", indexDir.toString());
    JsonObject settings = new JsonObject();
    settings.add("paperlens", paperlens);
    JsonObject options = new JsonObject();
    options.add("settings", settings);
    params.setInitializationOptions(options);
    return params;
  }

  private static PaperlensClient.Status awaitIndex(InProcessSession session)
      throws InterruptedException {
    long end = System.nanoTime() + READY.toNanos();
    while (System.nanoTime() < end) {
      for (PaperlensClient.Status status : session.client().statuses()) {
        if (!status.state().equals("indexing")) {
          return status;
        }
      }
      Thread.sleep(20);
    }
    return null;
  }

  private static String open(InProcessSession session, Path file, String language, String text) {
    String uri = file.toUri().toString();
    session.didOpen(new TextDocumentItem(uri, language, 1, text));
    return uri;
  }

  /** Hovers over the note's words until the server recognizes one, preferring a Cyrillic form. */
  private static int hoverOnAName(
      InProcessSession session, PrintStream out, Path root, Path file, String uri, String text)
      throws Exception {
    for (boolean cyrillic : new boolean[] {true, false}) {
      Matcher word = WORD.matcher(text);
      int tried = 0;
      while (word.find() && tried < 400) {
        boolean isCyrillic = CrossScript.isCyrillic(word.group().charAt(0));
        if (isCyrillic != cyrillic || (word.start() > 0 && text.charAt(word.start() - 1) == '@')) {
          continue;
        }
        tried++;
        Position at = position(text, word.start() + 1);
        Hover hover = session.hover(uri, at, ANSWER);
        if (hover != null && hover.getContents() != null && hover.getContents().isRight()) {
          header(out, "hover", root, file, at, "on \"" + word.group() + "\"");
          hover.getContents().getRight().getValue().lines().forEach(l -> out.println("  " + l));
          return 1;
        }
      }
    }
    return 0;
  }

  private static int definitionOfACitation(
      InProcessSession session, PrintStream out, Path root, Path file, String uri, String text)
      throws Exception {
    Matcher key = PANDOC_KEY.matcher(text);
    while (key.find()) {
      if (key.start() > 0 && Character.isLetterOrDigit(text.charAt(key.start() - 1))) {
        continue; // an e-mail address, not a citation
      }
      Position at = position(text, key.start(1) + 1);
      List<Location> locations = session.definition(uri, at, ANSWER);
      if (locations.isEmpty()) {
        continue;
      }
      header(out, "definition", root, file, at, "on \"@" + key.group(1) + "\"");
      for (Location location : locations) {
        Path target = Path.of(java.net.URI.create(location.getUri()));
        int line = location.getRange().getStart().getLine();
        String shownPath =
            target.startsWith(root) ? root.relativize(target).toString() : target.toString();
        out.printf("  %s:%d  %s%n", shownPath, line + 1, lineOf(target, line));
      }
      return 1;
    }
    return 0;
  }

  /**
   * Types "\cite{" and the first letters of a key at the end of the paper, then asks for
   * completions.
   */
  private static int completeACitation(
      InProcessSession session, PrintStream out, Path root, Path file, String uri, String text)
      throws Exception {
    Matcher cite = LATEX_CITE.matcher(text);
    String prefix =
        cite.find()
            ? cite.group(1).strip().substring(0, Math.min(3, cite.group(1).strip().length()))
            : "a";
    Position end = position(text, text.length());
    String typed = "\nSee also \\cite{" + prefix;
    session.didChange(
        new DidChangeTextDocumentParams(
            new VersionedTextDocumentIdentifier(uri, 2),
            List.of(new TextDocumentContentChangeEvent(new Range(end, end), typed))));
    String after = text + typed;
    Position at = position(after, after.length());
    List<CompletionItem> items = session.completion(uri, at, ANSWER);
    header(out, "completion", root, file, at, "after typing \"\\cite{" + prefix + "\"");
    if (items == null || items.isEmpty()) {
      out.println("  (no completions)");
      return 1;
    }
    int width = items.stream().limit(8).mapToInt(i -> i.getLabel().length()).max().orElse(10);
    for (CompletionItem item : items.stream().limit(8).toList()) {
      out.printf(
          "  %-" + width + "s  %s%n",
          item.getLabel(),
          item.getDetail() == null ? "" : item.getDetail());
    }
    if (items.size() > 8) {
      out.println("  … " + (items.size() - 8) + " more");
    }
    return 1;
  }

  private static void header(
      PrintStream out, String what, Path root, Path file, Position at, String detail) {
    out.println();
    out.printf(
        "── %s  %s:%d:%d  %s%n",
        what, root.relativize(file), at.getLine() + 1, at.getCharacter() + 1, detail);
  }

  private static Position position(String text, int offset) {
    int line = 0;
    int lineStart = 0;
    for (int i = 0; i < offset; i++) {
      if (text.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return new Position(line, offset - lineStart);
  }

  private static String lineOf(Path file, int line) {
    try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
      String text = lines.skip(line).findFirst().orElse("").strip();
      return text.length() > 100 ? text.substring(0, 100) + "…" : text;
    } catch (IOException | RuntimeException e) {
      return "";
    }
  }

  private static void deleteQuietly(Path dir) {
    try {
      FileTree.delete(dir);
    } catch (IOException e) {
      // a temporary folder left behind is harmless
    }
  }
}
