package dev.paperlens.features;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A name written in a spelling other than the one most reviews write ("Wugset10" where two reviews
 * write "Wugset-10") is the thing by its usual spelling: the card on either spelling is headed by
 * it, even where the other spelling was mentioned first, and still lists the reviews of both.
 */
class UsualSpellingHoverTest {
  private static final String PAGE =
      "Zorbrec: Widget Recommendation at Scale\n"
          + "обучили Zorbrec на Wugset10, сравнили с Quxnet\n"
          + "👀LINK\n\n"
          + "Quxrank: Ranking Gizmos Quickly\n"
          + "сравнили Quxrank на Wugset-10, а Quxnet отстает\n"
          + "👀LINK\n\n"
          + "Glimdet: Detecting Gizmos\n"
          + "проверили Glimdet на Wugset-10 и на QUXNET\n"
          + "👀LINK\n";

  @RegisterExtension static final SourceNotes notes = SourceNotes.ofTelegramPage(PAGE);

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"берем Wugset1|0", "берем Wugset-1|0"})
  void eitherSpellingsCardIsHeadedByTheUsualOne(String marked) {
    String md = notes.card(marked);
    assertTrue(
        md.startsWith("**Wugset-10** —")
            && md.contains("Zorbrec")
            && md.contains("Quxrank")
            && md.contains("Glimdet"),
        () -> marked + " gave:\n" + md);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"берем Qux|net"})
  void aNameWrittenInAnotherCaseKeepsItsCard(String marked) {
    String md = notes.card(marked);
    assertTrue(md.startsWith("**Quxnet** —"), () -> marked + " gave:\n" + md);
  }
}
