package dev.paperlens.features;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hover on a library whose name is an English word ("transformers") that the sources write as code
 * while a longer name the sources write holds the same word ("Sentence Transformers"): the
 * lower-case word is the library's name, not a fragment of the longer one.
 */
class CodeWrittenLibraryHoverTest {
  private static final String DIGEST =
      "Свежие статьи с переводом аннотаций\n"
          + "В этой работе мы берем эмбеддинги из Sentence Transformers без дообучения.\n"
          + "В этой работе мы грузим модели через `transformers` на одной видеокарте.\n"
          + "В этой работе мы оставляем голые transformers для экспериментов.\n";

  @RegisterExtension static final SourceNotes notes = SourceNotes.ofDigest(DIGEST);

  @ParameterizedTest
  @ValueSource(strings = {"а голые transfor|mers оставляю", "модели из transfor|mers"})
  void hoversOnTheLibrary(String marked) {
    String md = notes.card(marked);
    assertTrue(md.contains("**transformers** —"), () -> "card lacks transformers:\n" + md);
  }
}
