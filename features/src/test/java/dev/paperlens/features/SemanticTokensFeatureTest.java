package dev.paperlens.features;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.paperlens.testing.SamplePapers;
import dev.paperlens.text.TextDocument;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.junit.jupiter.api.Test;

class SemanticTokensFeatureTest {
  private static final String NOTE =
      "We use HyenaDNA [@nguyen2023hyenadna] after LoRA [@behrouz2024titans].\n"
          // a title written whole, with its colon, is the paper (class), not its method
          + "Titans: Learning to Memorize at Test Time, and гиены.\n"
          + "`Titans` in code.";

  /** Tokens decoded back to "line:char+length type". */
  private static List<String> decoded(List<Integer> data) {
    List<String> out = new ArrayList<>();
    int line = 0;
    int character = 0;
    for (int i = 0; i < data.size(); i += 5) {
      line += data.get(i);
      character = data.get(i) == 0 ? character + data.get(i + 1) : data.get(i + 1);
      out.add(
          line
              + ":"
              + character
              + "+"
              + data.get(i + 2)
              + " "
              + SemanticTokensFeature.TOKEN_TYPES.get(data.get(i + 3)));
    }
    return out;
  }

  private static List<String> tokens(Range range) {
    TextDocument document = new TextDocument("file:///ws/n.md", "markdown", 1, NOTE);
    return decoded(
        new SemanticTokensFeature(SamplePapers.backend())
            .tokens(document, range, Cancellation.NEVER));
  }

  @Test
  void papersMethodsAndMentionedNamesAreTokensOfTheirOwnTypes() {
    assertEquals(
        List.of("0:7+8 function", "0:44+4 variable", "1:0+41 class", "1:47+5 function"),
        tokens(null));
  }

  @Test
  void aRangeGivesOnlyItsTokens() {
    // only the range is searched: without line 0's "HyenaDNA", "гиены" (the English word leading
    // the compound) is not that name
    assertEquals(
        List.of("1:0+41 class"), tokens(new Range(new Position(1, 0), new Position(2, 0))));
  }
}
