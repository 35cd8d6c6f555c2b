package dev.paperlens.bench;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Other people's programs that the benchmarks measure Paperlens against, run under Node: three
 * BibTeX parsers that editors and reference managers use, and a language server that does nothing.
 * {@link #install} puts the chosen ones into a folder with {@code npm install} (pinned versions)
 * and writes one script each beside their {@code node_modules}, so a script finds its package as
 * the package's own users do. Without npm, or when the install fails, nothing is installed and one
 * line per anchor says so.
 */
final class NodeAnchors {

  /**
   * An npm package at a pinned version and the script that runs it on one argument; a parser's
   * script prints the number of entries it read.
   */
  enum Anchor {
    /** citation-js's BibTeX input plugin, its file parser alone (entries, no CSL conversion). */
    CITATION_JS(
        "citation-js",
        "@citation-js/plugin-bibtex@0.8.2",
        "citation-js.js",
        """
        const fs = require('fs');
        const { parse } = require('@citation-js/plugin-bibtex/lib/input/file.js');
        const entries = parse(fs.readFileSync(process.argv[2], 'utf8'));
        console.log(entries.length);
        """),
    /** The BibTeX parser of LaTeX Workshop (VS Code), its syntax tree of the file. */
    LATEX_UTENSILS(
        "latex-utensils (LaTeX Workshop)",
        "latex-utensils@7.0.0",
        "latex-utensils.js",
        """
        const fs = require('fs');
        const { bibtexParser } = require('latex-utensils');
        const tree = bibtexParser.parse(fs.readFileSync(process.argv[2], 'utf8'));
        console.log(tree.content.filter(bibtexParser.isEntry).length);
        """),
    /**
     * Better BibTeX's parser (Zotero's BibTeX import), with its default options. An ES module:
     * 9.0.29's CommonJS build does not load.
     */
    BETTER_BIBTEX(
        "@retorquere/bibtex-parser (Better BibTeX)",
        "@retorquere/bibtex-parser@9.0.29",
        "better-bibtex.mjs",
        """
        import fs from 'fs';
        import { parse } from '@retorquere/bibtex-parser';
        const library = parse(fs.readFileSync(process.argv[2], 'utf8'));
        console.log(library.entries.length);
        """),
    /**
     * A language server over stdio on vscode-languageserver that keeps open documents and answers
     * hover, completion and document links with nothing: the floor of any LSP server in Node.
     */
    BARE_LSP(
        "bare LSP server (vscode-languageserver, Node)",
        "vscode-languageserver@9.0.1",
        "bare-lsp.js",
        """
        const { createConnection, TextDocuments, TextDocumentSyncKind } =
            require('vscode-languageserver/node');
        const { TextDocument } = require('vscode-languageserver-textdocument');
        const connection = createConnection(process.stdin, process.stdout);
        const documents = new TextDocuments(TextDocument);
        connection.onInitialize(() => ({ capabilities: {
          textDocumentSync: TextDocumentSyncKind.Incremental,
          hoverProvider: true,
          completionProvider: { triggerCharacters: ['{', '@', ','] },
          documentLinkProvider: {},
        } }));
        connection.onHover(() => null);
        connection.onCompletion(() => ({ isIncomplete: true, items: [] }));
        connection.onDocumentLinks(() => []);
        documents.listen(connection);
        connection.listen();
        """);

    final String label;
    final String spec;
    final String script;
    final String source;

    Anchor(String label, String spec, String script, String source) {
      this.label = label;
      this.spec = spec;
      this.script = script;
      this.source = source;
    }
  }

  /**
   * The text document class the bare server keeps documents in; a peer of vscode-languageserver.
   */
  private static final String TEXT_DOCUMENT = "vscode-languageserver-textdocument@1.0.12";

  private final Path node;
  private final Path dir;
  private final Set<Anchor> installed;

  private NodeAnchors(Path node, Path dir, Set<Anchor> installed) {
    this.node = node;
    this.dir = dir;
    this.installed = installed;
  }

  /**
   * Installs the anchors into {@code work/npm} with one {@code npm install}; prints one line per
   * anchor that is not there afterwards, saying why, or one line naming what was installed.
   */
  static NodeAnchors install(Path work, Set<Anchor> anchors, PrintStream out) throws Exception {
    Path npm = onPath("npm");
    Path node = onPath("node");
    Path dir = work.resolve("npm");
    if (npm == null || node == null) {
      skipped(anchors, "npm or node is not on the PATH", out);
      return new NodeAnchors(node, dir, EnumSet.noneOf(Anchor.class));
    }
    Files.createDirectories(dir);
    List<String> command =
        new ArrayList<>(
            List.of(
                npm.toString(),
                "install",
                "--prefix",
                dir.toString(),
                "--no-audit",
                "--no-fund",
                "--no-save",
                "--silent"));
    anchors.forEach(a -> command.add(a.spec));
    if (anchors.contains(Anchor.BARE_LSP)) {
      command.add(TEXT_DOCUMENT);
    }
    Path log = work.resolve("npm.log");
    Process install =
        new ProcessBuilder(command)
            .directory(dir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    if (!install.waitFor(5, TimeUnit.MINUTES) || install.exitValue() != 0) {
      install.destroyForcibly();
      skipped(anchors, "npm install failed: " + lastLine(log), out);
      return new NodeAnchors(node, dir, EnumSet.noneOf(Anchor.class));
    }
    Set<Anchor> installed = EnumSet.noneOf(Anchor.class);
    for (Anchor anchor : anchors) {
      Files.writeString(dir.resolve(anchor.script), anchor.source);
      installed.add(anchor);
    }
    out.println("npm: installed " + String.join(", ", specs(installed)) + " in a temporary folder");
    return new NodeAnchors(node, dir, installed);
  }

  /** No anchors and no Node: what a machine without npm gets. */
  static NodeAnchors none() {
    return new NodeAnchors(null, null, EnumSet.noneOf(Anchor.class));
  }

  boolean has(Anchor anchor) {
    return installed.contains(anchor);
  }

  /** The command that runs the anchor's script on {@code argument} (none for the server). */
  List<String> command(Anchor anchor, String... argument) {
    if (!has(anchor)) {
      throw new IllegalStateException(anchor.label + " is not installed");
    }
    List<String> command = new ArrayList<>(List.of(node.toString(), script(anchor).toString()));
    command.addAll(List.of(argument));
    return command;
  }

  /** Node starting and exiting with nothing to do, the floor of every anchor's process; or null. */
  List<String> bareNode() {
    return node == null ? null : List.of(node.toString(), "-e", "0");
  }

  private Path script(Anchor anchor) {
    return dir.resolve(anchor.script).toAbsolutePath();
  }

  private static List<String> specs(Set<Anchor> anchors) {
    return anchors.stream().map(a -> a.spec).toList();
  }

  private static void skipped(Set<Anchor> anchors, String why, PrintStream out) {
    for (Anchor anchor : anchors) {
      out.println(anchor.label + ": skipped (" + why + ")");
    }
  }

  private static String lastLine(Path log) throws IOException {
    List<String> lines = Files.exists(log) ? Files.readAllLines(log) : List.of();
    return lines.isEmpty() ? "no output" : lines.get(lines.size() - 1).strip();
  }

  private static Path onPath(String name) {
    String path = System.getenv("PATH");
    if (path == null) {
      return null;
    }
    for (String dir : path.split(File.pathSeparator)) {
      Path candidate = Path.of(dir, name);
      if (Files.isExecutable(candidate)) {
        return candidate;
      }
    }
    return null;
  }
}
