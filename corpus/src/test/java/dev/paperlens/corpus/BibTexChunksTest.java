package dev.paperlens.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Cutting a library in pieces on every core gives the entries of cutting it whole. */
class BibTexChunksTest {

  /** One row per irregularity a piece boundary could fall next to. */
  private static final List<String> ROWS =
      List.of(
          "@article{a1,\n  title = {One},\n  year = 2020\n}\n",
          "@string{ venue = \"NeurIPS\" }\n",
          "@misc{open1,\n  title = {Never closed\n",
          "  @inproceedings( p1, title = \"Parens } (inside)\" )\n",
          "@comment{ a comment with an @ sign }\n",
          "An address: someone@example.org and @ alone\n",
          "@book{b1, title = {Nested {Braces {Deep}}}, note = {x}}\n",
          "@article{c1, title = {A line with\n  @misc not an entry start}}\n",
          "@\narticle{late, title = {Type on the next line}}\n",
          "% a comment line\n\n\n",
          "@misc{u2, title = {Closed by a brace the parenthesis did not open}\n",
          "@online{w1, url = {https://arxiv.org/abs/2312.00752}, title = {Mamba}}\n");

  @Test
  void piecesGiveTheEntriesAndLinesOfTheWholeText() {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 40; i++) {
      for (int r = 0; r < ROWS.size(); r++) {
        text.append(ROWS.get((r * 7 + i) % ROWS.size()).replace("1", Integer.toString(i)));
      }
    }
    String content = text.toString();
    List<BibTexChunks.Chunk> whole = BibTexChunks.split(content, 5, Integer.MAX_VALUE);
    assertTrue(whole.size() > 300, "the rows make entries: " + whole.size());
    assertTrue(whole.stream().anyMatch(c -> !c.closed()), "and some are not closed");
    for (int pieceChars : new int[] {1, 17, 64, 333, 4096}) {
      assertEquals(
          whole, BibTexChunks.split(content, 5, pieceChars), "pieces of " + pieceChars + " chars");
    }
  }

  @Test
  void eachPieceNumbersItsLinesFromTheFileStart() {
    String content = "@a{k1, t = {x}}\n\n@b{k2,\n t = {y}}\n@c{k3, t = {z}}\n";
    List<BibTexChunks.Chunk> chunks = BibTexChunks.split(content, 10, 1);
    assertEquals(List.of(10, 12, 14), chunks.stream().map(BibTexChunks.Chunk::line).toList());
    assertEquals(
        List.of("@a{k1, t = {x}}", "@b{k2,\n t = {y}}", "@c{k3, t = {z}}"),
        chunks.stream().map(BibTexChunks.Chunk::text).toList());
  }
}
