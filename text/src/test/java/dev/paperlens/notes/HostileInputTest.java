package dev.paperlens.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Inputs made to defeat the scanners: unbalanced and unterminated constructs repeated many times,
 * which a scan that searches ahead from every opener would take quadratic time on. At 300,000
 * characters a linear scan takes milliseconds and a quadratic one tens of billions of steps, so the
 * generous limit tells them apart on any machine; speed itself is measured outside the tests.
 */
class HostileInputTest {
  private static final int SIZE = 300_000;
  private static final Duration HANG = Duration.ofSeconds(30);

  static Stream<Arguments> hostile() {
    return Stream.of(
            "[",
            "[@",
            "`",
            "``x`",
            "<!--",
            "<a ",
            "](",
            "](x",
            "@",
            "a@b.",
            "-@",
            "http://x(",
            "\\cite{",
            "\\cite[",
            "\\citep[x]{a ",
            "{",
            "$",
            "$$",
            "$a ",
            "$$a ",
            "\\(",
            "\\[",
            "\\begin{equation}",
            "\\begin{verbatim}",
            "\\verb|",
            "%",
            "\\",
            "\\href{",
            "\\label{x",
            "```\n",
            "    x\n",
            "---\n",
            "~~~\n",
            "\n",
            "\\begin{",
            "[@a; ",
            "@{x")
        .flatMap(
            unit ->
                Stream.of(NoteLanguage.values())
                    .map(
                        language ->
                            Arguments.of(language, unit, unit.repeat(SIZE / unit.length()))));
  }

  @ParameterizedTest(name = "{0} x {1}")
  @MethodSource("hostile")
  void repeatedOpenersScanInLinearTime(NoteLanguage language, String unit, String text) {
    NoteScan scan = assertTimeoutPreemptively(HANG, () -> NoteScanners.scan(language, text));
    assertWellFormed(text, scan);
    assertTimeoutPreemptively(HANG, () -> CitationContext.at(text, text.length() / 2, language));
  }

  @Test
  void oneVeryLongLineWithoutBreaks() {
    String text = "Hyena ".repeat(SIZE / 6) + "\\cite{a} [@b] `c` $d$";
    for (NoteLanguage language : NoteLanguage.values()) {
      assertWellFormed(
          text, assertTimeoutPreemptively(HANG, () -> NoteScanners.scan(language, text)));
    }
  }

  @Test
  void randomNotesNeverBreakTheInvariants() {
    String alphabet = "ab @-[];,{}()<>!`~$%\\\n\n  :./_#*h";
    String[] pieces = {
      "\\cite",
      "\\begin{equation}",
      "\\end{equation}",
      "http://",
      "<!--",
      "-->",
      "```",
      "\\verb",
      "\\label",
      "[@",
      "@a",
      "\\(",
      "\\)",
      "\\[",
      "\\]",
      "---\n",
      "    ",
      "\\href",
      "\\cites",
      "ё",
      "\uD835\uDC00"
    };
    Random random = new Random(42);
    for (int round = 0; round < 1000; round++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(80);
      for (int i = 0; i < length; i++) {
        if (random.nextInt(4) == 0) {
          text.append(pieces[random.nextInt(pieces.length)]);
        } else {
          text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
      }
      String note = text.toString();
      for (NoteLanguage language : NoteLanguage.values()) {
        assertWellFormed(note, NoteScanners.scan(language, note));
        for (int offset = 0; offset <= note.length(); offset += 7) {
          CitationContext.at(note, offset, language)
              .ifPresent(context -> assertTrue(context.start() <= context.end()));
          WordAt.phrasesAround(note, offset, 4);
        }
      }
    }
  }

  @Test
  void reviewSourcesScanAsNotes() throws IOException {
    Path seeds = seedsDirectory();
    Assumptions.assumeTrue(seeds != null, "no sample seeds next to the repository");
    try (Stream<Path> files = Files.list(seeds)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        String text = Files.readString(file);
        for (NoteLanguage language : NoteLanguage.values()) {
          NoteScan scan = NoteScanners.scan(language, text);
          assertWellFormed(text, scan);
          for (ProseRange range : scan.prose()) {
            String prose = text.substring(range.start(), range.end());
            assertTrue(!prose.contains("https://"), file + ": URL left in prose: " + prose);
          }
        }
      }
    }
  }

  /** Prose ranges and citations lie in the text, in order, and never overlap. */
  static void assertWellFormed(String text, NoteScan scan) {
    int last = 0;
    for (ProseRange range : scan.prose()) {
      assertTrue(range.start() >= last && range.start() < range.end(), "prose " + range);
      assertTrue(range.end() <= text.length());
      last = range.end();
    }
    int previous = -1;
    for (Citation citation : scan.citations()) {
      assertTrue(citation.start() > previous && citation.start() < citation.end(), "" + citation);
      assertTrue(
          citation.groupStart() <= citation.start() && citation.end() <= citation.groupEnd());
      assertTrue(citation.groupEnd() <= text.length());
      assertEquals(citation.key(), text.substring(citation.start(), citation.end()));
      assertTrue(scan.proseAt(citation.start()).isEmpty(), "citation key in prose: " + citation);
      previous = citation.start();
    }
  }

  /** The sample seeds sit in a "shared/seeds" folder somewhere above the working directory. */
  private static Path seedsDirectory() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path seeds = dir.resolve("shared").resolve("seeds");
      if (Files.isDirectory(seeds)) {
        return seeds;
      }
    }
    return null;
  }
}
