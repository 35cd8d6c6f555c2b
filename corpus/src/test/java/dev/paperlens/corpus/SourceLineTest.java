package dev.paperlens.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A body's lines joined into its text: a separator before each line once some line had text. */
class SourceLineTest {
  private static List<SourceLine> lines(String... texts) {
    List<SourceLine> out = new ArrayList<>();
    for (int i = 0; i < texts.length; i++) {
      out.add(new SourceLine(i + 1, texts[i]));
    }
    return out;
  }

  @Test
  void emptyLinesBeforeTheFirstTextAreLeftOutAndTheOthersKept() {
    assertEquals("", SourceLine.join(lines()));
    assertEquals("", SourceLine.join(lines("", "")));
    assertEquals("a", SourceLine.join(lines("", "a")));
    assertEquals("a\n", SourceLine.join(lines("a", "")));
    assertEquals("a\n\nb", SourceLine.join(lines("a", "", "b")));
    assertEquals("Модель LoRA\nи ещё", SourceLine.join(lines("", "Модель LoRA", "и ещё")));
  }

  /** The joining as a growing builder did it, which the sized join must give letter for letter. */
  private static String joinedByBuilder(List<SourceLine> lines) {
    StringBuilder out = new StringBuilder();
    for (SourceLine line : lines) {
      if (out.length() > 0) {
        out.append('\n');
      }
      out.append(line.text());
    }
    return out.toString();
  }

  @Test
  void joinsAsABuilderAppendingLineByLineOverGeneratedBodies() {
    Random random = new Random(7);
    String[] pieces = {"", "", " ", "LoRA", "модель", "ё", "x\ty", "—", "🙂", "\n"};
    for (int round = 0; round < 5_000; round++) {
      String[] texts = new String[random.nextInt(6)];
      for (int i = 0; i < texts.length; i++) {
        StringBuilder text = new StringBuilder();
        for (int k = random.nextInt(3); k > 0; k--) {
          text.append(pieces[random.nextInt(pieces.length)]);
        }
        texts[i] = text.toString();
      }
      List<SourceLine> body = lines(texts);
      assertEquals(joinedByBuilder(body), SourceLine.join(body), String.join("|", texts));
    }
  }
}
