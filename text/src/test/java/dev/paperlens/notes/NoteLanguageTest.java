package dev.paperlens.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NoteLanguageTest {
  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(
      nullValues = "null",
      value = {
        "markdown, file:///n/notes.md, MARKDOWN",
        "latex, file:///n/paper.tex, LATEX",
        "tex, file:///n/paper.tex, LATEX",
        "plaintext, file:///n/todo.txt, PLAIN",
        "bibtex, file:///n/refs.bib, null",
        "python, file:///n/x.py, null",
        "'', file:///n/notes.markdown, MARKDOWN",
        "null, file:///n/paper.tex?x=1, LATEX",
        "null, untitled:Untitled-1, null",
        "'', file:///n.d/README, null",
        "null, null, null",
      })
  void fromLanguageIdThenExtension(String id, String uri, NoteLanguage expected) {
    assertEquals(Optional.ofNullable(expected), NoteLanguage.of(id, uri));
  }
}
