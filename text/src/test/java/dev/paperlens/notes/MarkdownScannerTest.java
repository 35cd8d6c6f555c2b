package dev.paperlens.notes;

import static dev.paperlens.notes.ScanRendering.citations;
import static dev.paperlens.notes.ScanRendering.prose;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MarkdownScannerTest {
  private final MarkdownScanner scanner = new MarkdownScanner();

  static Stream<Arguments> rows() {
    return Stream.of(
        // rule, Markdown, expected prose, expected citations
        row("plain prose", "Memory Mosaics work well.", "Memory Mosaics work well.", ""),
        row("bracketed", "As shown [@hyena2023].", "As shown | .", "@:hyena2023"),
        row("prefix, locator, several", "[see @a, p. 3; @b]", "see | , p. 3;", "@:a @:b"),
        row("author in text", "@doe99 says so", "says so", "@:doe99"),
        row("suppress author", "Doe [-@doe99] says", "Doe | says", "-@:doe99"),
        row("in-text, sentence end", "as in @doe99.", "as in | .", "@:doe99"),
        row("internal punctuation", "@doe:99.x-y_z/1 end", "end", "@:doe:99.x-y_z/1"),
        row("braced key", "@{https://doi.org/10.1/x} end", "end", "@:https://doi.org/10.1/x"),
        row("unclosed bracket", "[@hye", "[", "@:hye"),
        row("email", "write to joe@example.com today", "write to | today", ""),
        row("at inside word", "foo@bar and x", "foo@bar and x", ""),
        row("lone at", "meet @ noon", "meet @ noon", ""),
        row("escaped at", "\\@x here", "\\@x here", ""),
        row("email autolink", "mail <joe@example.com> now", "mail | now", ""),
        row("fenced code", "a\n```python\n@x [@y] Hyena\n```\nb", "a | b", ""),
        row("tilde fence", "a\n~~~\n@x\n~~~\nb", "a | b", ""),
        row("long fence holds short", "````\n```\n@x\n```\n````\nb", "b", ""),
        row("unclosed fence", "a\n```\n@x Hyena", "a", ""),
        row("fence in list", "- item\n\n    ```\n    @x\n    ```\nb", "- item | b", ""),
        row("indented code", "a\n\n    @x code\n\nb", "a | b", ""),
        row("indented list text", "- item\n\n    more Hyena", "- item\n\n    more Hyena", ""),
        row("inline code", "use `@x` and ``a ` b`` here", "use | and | here", ""),
        row("unmatched backtick", "a `b @c", "a `b", "@:c"),
        row("autolink", "see <https://x.org/@y> now", "see | now", ""),
        row("bare url", "see https://arxiv.org/abs/2306.15794. Next", "see | . Next", ""),
        row("url in parens", "(https://x.org/a_(b)) ok", "( | ) ok", ""),
        row("link destination", "[Hyena](https://x.org/@a \"t\") paper", "[Hyena] | paper", ""),
        row("image", "![fig](img/@x.png)", "![fig]", ""),
        row("reference definition", "[hy]: https://x.org \"Hyena\"\nText", "Text", ""),
        row("footnote is prose", "[^1]: Hyena paper", "[^1]: Hyena paper", ""),
        row("inline comment", "a <!-- @x --> b", "a | b", ""),
        row("comment block", "a\n<!--\n@x\n\nHyena\n-->\nb", "a | b", ""),
        row("html tag", "<span class=\"x\">Hyena</span>", "Hyena", ""),
        row(
            "front matter",
            "---\ntitle: Hyena\nbibliography: refs.bib\n---\nText @a",
            "Text",
            "@:a"),
        row("rule is not front matter", "---\n\nText", "---\n\nText", ""),
        row("inline math", "Loss $\\mathcal{L}@x$ here", "Loss | here", ""),
        row("display math", "a $$\nx = @y\n$$ b", "a | b", ""),
        row("prices are not math", "costs $5 and $10 today", "costs $5 and $10 today", ""),
        row("spaced dollars are not math", "a $ b $ c", "a $ b $ c", ""),
        row("unclosed math", "a $x @b", "a $x", "@:b"),
        row("windows line ends", "a\r\n```\r\n@x\r\n```\r\nb @c", "a | b", "@:c"),
        row("link text keeps citation", "[@a](http://x.org)", "[ | ]", "@:a"),
        row("crossref is no citation", "see @fig:plot and @Sec:intro.", "see | and | .", ""),
        row("crossref brackets", "as in [@tbl:res; @eq:loss] here", "as in | here", ""),
        row("crossref beside a citation", "[@fig:a; @doe99]", ";", "@:doe99"),
        row("a colon key is a citation", "@figure:1 and @fig: x", "and | : x", "@:figure:1 @:fig"));
  }

  private static Arguments row(String rule, String markdown, String prose, String citations) {
    return Arguments.of(rule, markdown, prose, citations);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void scans(String rule, String markdown, String expectedProse, String expectedCitations) {
    NoteScan scan = scanner.scan(markdown);
    assertEquals(expectedProse, prose(markdown, scan), "prose");
    assertEquals(expectedCitations, citations(scan), "citations");
  }

  @Test
  void keyAndGroupOffsetsPointIntoTheText() {
    String markdown = "A [see @alpha, p. 3; @beta] and @gamma says";
    List<Citation> found = scanner.scan(markdown).citations();
    assertEquals(3, found.size());
    Citation beta = found.get(1);
    assertEquals("beta", markdown.substring(beta.start(), beta.end()));
    assertEquals(
        "[see @alpha, p. 3; @beta]", markdown.substring(beta.groupStart(), beta.groupEnd()));
    Citation gamma = found.get(2);
    assertEquals("@gamma", markdown.substring(gamma.groupStart(), gamma.groupEnd()));
  }
}
