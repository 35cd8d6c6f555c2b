package dev.paperlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paperlens.testing.SamplePapers;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {
  @TempDir Path examples;

  @Test
  void printsAHoverACompletionAndADefinition() throws Exception {
    Files.createDirectories(examples.resolve("notes"));
    Files.writeString(
        examples.resolve("notes/notes.md"), "# Notes\n\nСвёртки гиены [@nguyen2023hyenadna].\n");
    Files.writeString(examples.resolve("notes/paper.tex"), "As \\cite{behrouz2024titans} show.\n");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    DemoCommand demo =
        new DemoCommand(
            () -> (sources, dir, previous, progress, problems) -> SamplePapers.backend());
    int code =
        demo.run(
            List.of(examples.toString()),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    String transcript = out.toString(StandardCharsets.UTF_8);
    assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
    assertTrue(transcript.contains("Indexed 3 papers"), transcript);
    assertTrue(transcript.contains("── hover  notes/notes.md:3:10  on \"гиены\""), transcript);
    assertTrue(transcript.contains("Hyena Hierarchy"), transcript);
    assertTrue(
        transcript.contains("── definition  notes/notes.md:3:18  on \"@nguyen2023hyenadna\""),
        transcript);
    assertTrue(
        transcript.contains("── completion  notes/paper.tex:3:19  after typing \"\\cite{beh\""),
        transcript);
    assertTrue(
        transcript.contains(
            "  behrouz2024titans  2024 · Behrouz — Titans: Learning to Memorize at Test Time"),
        transcript);
  }

  @Test
  void aMissingFolderIsAClearError() throws Exception {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        new DemoCommand(() -> null)
            .run(
                List.of(examples.resolve("nope").toString()),
                new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    assertEquals(2, code);
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("no folder"));
  }
}
