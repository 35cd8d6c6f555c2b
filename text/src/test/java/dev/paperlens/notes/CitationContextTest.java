package dev.paperlens.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class CitationContextTest {

  /** The text holds "|" at the cursor. */
  private static Optional<CitationContext> at(String marked, NoteLanguage language) {
    int cursor = marked.indexOf('|');
    String text = marked.substring(0, cursor) + marked.substring(cursor + 1);
    return CitationContext.at(text, cursor, language);
  }

  private static void assertCitationPrefix(String marked, String prefix) {
    assertCitationPrefix(NoteLanguage.LATEX, marked, prefix);
  }

  private static void assertCitationPrefix(NoteLanguage language, String marked, String prefix) {
    Optional<CitationContext> context = at(marked, language);
    assertTrue(context.isPresent(), "no citation context in " + marked);
    assertEquals(prefix, context.get().prefix());
  }

  private static void assertNoCitation(String marked) {
    assertNoCitation(NoteLanguage.LATEX, marked);
  }

  private static void assertNoCitation(NoteLanguage language, String marked) {
    assertEquals(Optional.empty(), at(marked, language), marked);
  }

  /** Several words typed where a key goes are one query, up to the words' limit. */
  static Stream<Arguments> queries() {
    return Stream.of(
        Arguments.of(NoteLanguage.LATEX, "\\cite{gu mamba|}", "gu mamba"),
        Arguments.of(NoteLanguage.LATEX, "\\cite{gu mamba|", "gu mamba"),
        Arguments.of(NoteLanguage.LATEX, "\\citep{a, dao 20|22}", "dao 20"),
        Arguments.of(NoteLanguage.LATEX, "\\cite{ хинтон  2012|}", "хинтон  2012"),
        Arguments.of(NoteLanguage.MARKDOWN, "see [@dao 2022|]", "dao 2022"),
        Arguments.of(NoteLanguage.MARKDOWN, "see [@dao 2022|", "dao 2022"),
        Arguments.of(NoteLanguage.MARKDOWN, "see [-@gu mam|]", "gu mam"));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("queries")
  void severalWordsAreOneQuery(NoteLanguage language, String marked, String prefix) {
    assertCitationPrefix(language, marked, prefix);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "as @dao showed in the pap|",
        "[@dao, p. 3|]",
        "[@dao; @gu, see al|]",
        "[@a b c d e f|]",
        "[@dao\nnext li|ne"
      })
  void wordsAfterABareKeyOrALocatorAreProse(String marked) {
    assertNoCitation(NoteLanguage.MARKDOWN, marked);
  }

  @Test
  void wordsAfterAClosedGroupOrAManyWordsAreProse() {
    assertNoCitation("\\cite{a} and then so|");
    assertNoCitation("\\cite{a one two three four five six|");
  }

  static Stream<Arguments> latexKeys() {
    return Stream.of(
        Arguments.of("\\cite{hye|}", "hye"),
        Arguments.of("\\cite{hye|", "hye"),
        Arguments.of("\\cite{|}", ""),
        Arguments.of("\\cite{|", ""),
        Arguments.of("\\citep[p.~3]{a,hy|}", "hy"),
        Arguments.of("\\citep[see][p.~5]{a, hy|e}", "hy"),
        Arguments.of("\\textcite*{a,|}", ""),
        Arguments.of("\\cite{a,\n  hy|}", "hy"),
        Arguments.of("see \\cite{hye|\n\nNext paragraph", "hye"),
        Arguments.of("\\cite{hye| more text", "hye"),
        Arguments.of("\\textcites[3]{a}[4]{b,hy|}", "hy"),
        Arguments.of("\\caption{As \\citet{hy|} shows}", "hy"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("latexKeys")
  void latexKeyPrefix(String marked, String prefix) {
    assertCitationPrefix(marked, prefix);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "% \\cite{hy|e}",
        "$\\cite{hy|}$",
        "\\begin{verbatim}\n\\cite{hy|}\n\\end{verbatim}",
        "\\citep[p.~3|]{a}",
        "\\cite|{a}",
        "\\ref{hy|}",
        "\\cite{a} hy|",
        "plain hy|",
      })
  void latexOutsideKeys(String marked) {
    assertNoCitation(marked);
  }

  static Stream<Arguments> markdownKeys() {
    return Stream.of(
        Arguments.of("[@hye|", "hye"),
        Arguments.of("[@hye|]", "hye"),
        Arguments.of("[see @a, p. 3; @hy|]", "hy"),
        Arguments.of("as @hye| says", "hye"),
        Arguments.of("@hy|e says", "hy"),
        Arguments.of("[-@hye|]", "hye"),
        Arguments.of("[@|]", ""),
        Arguments.of("text @|", ""));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("markdownKeys")
  void markdownKeyPrefix(String marked, String prefix) {
    assertCitationPrefix(NoteLanguage.MARKDOWN, marked, prefix);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "joe@exa|mple.com",
        "joe@|",
        "`@hye|`",
        "```\n@hye|\n```",
        "<!-- @hye| -->",
        "https://x.org/@hye|",
        "[see| @a]",
        "plain hy|",
      })
  void markdownOutsideKeys(String marked) {
    assertNoCitation(NoteLanguage.MARKDOWN, marked);
  }

  @Test
  void plainTextHasNoCitations() {
    assertNoCitation(NoteLanguage.PLAIN, "\\cite{hye|}");
    assertNoCitation(NoteLanguage.PLAIN, "[@hye|]");
  }

  @Test
  void replaceRangeCoversTheWholeKey() {
    String text = "\\citep{a, hyena}";
    CitationContext context =
        CitationContext.at(text, text.indexOf("ena"), NoteLanguage.LATEX).get();
    assertEquals("hy", context.prefix());
    assertEquals("hyena", text.substring(context.start(), context.end()));
    assertEquals("\\citep", context.command());
  }

  @Test
  void markdownCommandTellsSuppressedAuthor() {
    String text = "[-@hye]";
    assertEquals("-@", CitationContext.at(text, 6, NoteLanguage.MARKDOWN).get().command());
  }

  @Test
  void badInputGivesNothing() {
    assertEquals(Optional.empty(), CitationContext.at(null, 0, NoteLanguage.LATEX));
    assertEquals(Optional.empty(), CitationContext.at("\\cite{a}", 99, NoteLanguage.LATEX));
    assertEquals(Optional.empty(), CitationContext.at("\\cite{a}", -1, NoteLanguage.LATEX));
    assertEquals(Optional.empty(), CitationContext.at("\\cite{a}", 7, null));
  }
}
