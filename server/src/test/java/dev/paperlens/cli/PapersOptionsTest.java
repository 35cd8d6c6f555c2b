package dev.paperlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The plain forms of {@code papers}' options read without picocli, against picocli's reading. */
class PapersOptionsTest {

  private static List<String> args(String line) {
    return line.isEmpty() ? List.of() : Arrays.asList(line.split(" "));
  }

  /** picocli's options for the line, or empty when it prints help or a usage error. */
  private static Optional<PapersCommand.Options> picocli(List<String> args) {
    PapersCommand.Options options = new PapersCommand.Options();
    PrintStream sink = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    OptionalInt exit = Cli.parse(options, args, sink, sink);
    return exit.isPresent() ? Optional.empty() : Optional.of(options);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "--sources lib.bib",
        "--sources lib.bib --format jsonl",
        "--format jsonl --sources lib.bib",
        "--sources=lib.bib --format=jsonl",
        "--sources a.bib,b.json --format text",
        "--sources a.bib --sources b,c --format JSONL",
        "--sources a.bib --format Text",
        "--sources notes/x=y.md",
        "--sources ./-dash.bib",
      })
  void plainFormsReadAsPicocliReadsThem(String line) {
    PapersCommand.Options plain = PapersCommand.Options.plain(args(line)).orElseThrow();
    PapersCommand.Options parsed = picocli(args(line)).orElseThrow();
    assertEquals(parsed.sources, plain.sources, line);
    assertEquals(parsed.format, plain.format, line);
  }

  /** Help, usage errors and the forms picocli reads in its own way are left to picocli. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "--help",
        "-h",
        "--version",
        "--sources",
        "--format jsonl",
        "--sources lib.bib --format",
        "--sources lib.bib --format xml",
        "--sources lib.bib --format jsonl --format text",
        "--sources lib.bib extra",
        "--sources lib.bib --",
        "--sources --format",
        "--sources -lib.bib",
        "--sources @args.txt",
        "--sources a,,b",
        "--sources ,a",
        "--sources a,",
        "--sources \"a,b\"",
        "--sources= ",
        "--source lib.bib",
        "--sources lib.bib --limit 3",
      })
  void otherLinesAreLeftToPicocli(String line) {
    assertTrue(PapersCommand.Options.plain(args(line)).isEmpty(), line);
  }

  @ParameterizedTest
  @ValueSource(strings = {"a\u0000b"})
  void aPathTheFileSystemRefusesIsLeftToPicocli(String path) {
    assertTrue(PapersCommand.Options.plain(List.of("--sources", path)).isEmpty());
    assertEquals(Optional.empty(), picocli(List.of("--sources", path)).map(o -> o.sources));
  }

  @ParameterizedTest
  @ValueSource(strings = {"lib.bib"})
  void theOrderOfSourcesIsKept(String first) {
    List<String> line = List.of("--sources", first, "--sources", "b.bib,c.bib");
    assertEquals(
        List.of(Path.of(first), Path.of("b.bib"), Path.of("c.bib")),
        PapersCommand.Options.plain(line).orElseThrow().sources);
  }
}
