package dev.paperlens.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WordAtTest {

  /** The text holds "|" at the cursor; the word found there, or "" for none. */
  private static void assertWord(String marked, String expected) {
    int cursor = marked.indexOf('|');
    String text = marked.substring(0, cursor) + marked.substring(cursor + 1);
    Optional<Word> word = WordAt.at(text, cursor);
    assertEquals(expected, word.map(Word::text).orElse(""), marked);
    word.ifPresent(w -> assertEquals(w.text(), text.substring(w.start(), w.end())));
  }

  private static void assertPhrases(String marked, int maxWords, String... expected) {
    int cursor = marked.indexOf('|');
    String text = marked.substring(0, cursor) + marked.substring(cursor + 1);
    List<String> phrases =
        WordAt.phrasesAround(text, cursor, maxWords).stream().map(Phrase::text).toList();
    assertEquals(List.of(expected), phrases, marked);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '#',
      value = {
        "see Hyena|DNA here#HyenaDNA",
        "see |HyenaDNA here#HyenaDNA",
        "see HyenaDNA| here#HyenaDNA",
        "state-of-the-a|rt model#state-of-the-art",
        "Mamba-|2 works#Mamba-2",
        "don'|t#don't",
        "модель Ги|ены хороша#Гиены",
        "ЛоРА-ада|птер#ЛоРА-адаптер",
        "the Mosaic|'s memory#Mosaic's",
        "a --| b#''",
        "-Hyena|-#Hyena",
        "'Hyen|a'#Hyena",
        "(Hyena|)#Hyena",
        "x  |  y#''",
        "|#''",
        "Hyena~Ma|mba#Mamba",
      })
  void findsTheWord(String marked, String expected) {
    assertWord(marked, expected);
  }

  @Test
  void wordsOutsideTheBasicPlaneStayWhole() {
    // U+1D400 MATHEMATICAL BOLD CAPITAL A is a letter made of two UTF-16 chars.
    assertWord("x \uD835\uDC00b|c y", "\uD835\uDC00bc");
  }

  @Test
  void combiningMarksBelongToTheWord() {
    assertWord("Pe\u0301|ter", "Pe\u0301ter");
  }

  @Test
  void phrasesHoldTheCursorWordLongestFirst() {
    assertPhrases("the Memory Mos|aics paper", 2, "Memory Mosaics", "Mosaics paper", "Mosaics");
  }

  @Test
  void phrasesJoinTildesAndOneLineBreakButStopAtPunctuation() {
    assertPhrases(
        "Read: Memory~Mos|aics\nrevisited. Then",
        3,
        "Memory Mosaics revisited",
        "Memory Mosaics",
        "Mosaics revisited",
        "Mosaics");
  }

  @Test
  void phrasesStopAtBlankLines() {
    assertPhrases("Memory\n\nMos|aics", 3, "Mosaics");
  }

  @Test
  void phraseOffsetsSpanTheOriginalText() {
    String text = "see Memory~Mosaics now";
    Phrase phrase = WordAt.phrasesAround(text, 13, 2).get(0);
    assertEquals("Memory~Mosaics", text.substring(phrase.start(), phrase.end()));
    assertEquals(2, phrase.words());
  }

  @Test
  void noWordNoPhrases() {
    assertEquals(List.of(), WordAt.phrasesAround("a ,| b", 3, 3));
    assertEquals(List.of(), WordAt.phrasesAround("Hyena", 2, 0));
    assertEquals(Optional.empty(), WordAt.at(null, 0));
    assertEquals(Optional.empty(), WordAt.at("Hyena", 9));
  }
}
