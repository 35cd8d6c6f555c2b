package dev.paperlens.features;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An acronym of a name's capitals ("WB" of "Wugly Brightener", "ZGBM" of "ZorbGBM", also read from
 * Cyrillic consonants, "згбм") is another spelling of the same thing: its card lists the reviews
 * that write the name in full too.
 */
class ShortSpellingsHoverTest {
  private static final String PAGE =
      "Wugly Brightener: Denoising Widgets at Scale\n"
          + "обучили Wugly Brightener на виджетах, и бустинг ZorbGBM рядом\n"
          + "👀LINK\n\n"
          + "Quxrank: Ranking Gizmos Quickly\n"
          + "в первой WB внутри сидел юнет, а я гоняю згбм на 200 трайалов\n"
          + "👀LINK\n\n"
          + "Glorp: Reasoning Widgets\n"
          + "дистиллируем ризонинг из Zorbseek-R7 в маленькую модель\n"
          + "👀LINK\n\n"
          + "Blarg: Widget Benchmarks\n"
          + "на бенче Wugbench модель держится рядом с R7\n"
          + "👀LINK\n";

  @RegisterExtension static final SourceNotes notes = SourceNotes.ofTelegramPage(PAGE);

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"в первой W|B внутри", "берем Wugly Bright|ener"})
  void theAcronymsCardListsTheReviewsOfTheSpelledOutName(String marked) {
    String md = notes.card(marked);
    assertTrue(
        md.contains("Wugly Brightener") && md.contains("Quxrank"), () -> marked + ":\n" + md);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"гоняю згб|м", "гоняю ZorbG|BM"})
  void anAcronymReadFromCyrillicConsonantsIsTheNameToo(String marked) {
    String md = notes.card(marked);
    assertTrue(
        md.contains("Wugly Brightener") && md.contains("Quxrank"), () -> marked + ":\n" + md);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"сравнили с R|7", "сравнили с Zorbseek-R|7"})
  void aReleasesCodeIsItsMakersRelease(String marked) {
    String md = notes.card(marked);
    assertTrue(md.contains("Glorp") && md.contains("Blarg"), () -> marked + ":\n" + md);
  }
}
