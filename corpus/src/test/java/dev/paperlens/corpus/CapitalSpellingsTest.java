package dev.paperlens.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CapitalSpellingsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "initials of two words; WB; Wugly Brightener; Wugly Brightener",
        "capitals inside one word; ZGBM; ZorbGBM; ZorbGBM",
        "a version after a hyphen kept; WL-1M; WugLens-1M; WugLens-1M",
        "a version after a space kept; WB 1.5; Wugly Brightener 1.5; Wugly Brightener 1.5",
        "a version glued to the acronym; WB3; Wugly Brightener 3; Wugly Brightener 3",
        "another version is another thing; WB 2; Wugly Brightener 1.5; ",
        "a version the long name lacks; WB 2; Wugly Brightener; ",
        "capitals of another order; BW; Wugly Brightener; ",
        "an acronym is no long form; WB; WBX; ",
        "one capital is no spelling; W; Wugly; ",
        "a digit inside the long name; WB; Wug2 Brightener; ",
        "lower-case letters in the short form; Wb; Wugly Brightener; ",
      })
  void anAcronymSpellsTheCapitalsOfOneName(
      String irregularity, String shortForm, String longForm, String expected) {
    Map<String, String> out = CapitalSpellings.of(List.of(longForm, shortForm));
    assertEquals(expected, out.get(shortForm), () -> irregularity + ": " + out);
  }

  @Test
  void twoThingsWithTheSameCapitalsLeaveTheAcronymItsOwn() {
    assertEquals(
        Map.of(), CapitalSpellings.of(Arrays.asList("Wugly Brightener", "Wobbly Blender", "WB")));
    // two spellings of one thing are one
    assertEquals(
        Map.of("WL-1M", "WugLens-1M"),
        CapitalSpellings.of(List.of("WugLens-1M", "WugLens 1M", "WL-1M")));
  }

  @Test
  void theLinkerSaysWhoseSpellingTheAcronymIs() {
    MentionLinker linker = new MentionLinker(List.of("Wugly Brightener", "WB", "ZorbGBM", "ZGBM"));
    assertEquals(
        List.of(
            new Mention("WB", List.of("WB"), List.of(1), "Wugly Brightener"),
            new Mention("ZGBM", List.of("ZGBM"), List.of(2), "ZorbGBM")),
        linker.mentions(
            List.of(
                new SourceLine(1, "внутри первой WB сидел юнет"),
                new SourceLine(2, "гоняю ZGBM на 200 трайалов"))));
  }
}
