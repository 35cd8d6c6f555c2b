package dev.paperlens.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Places beside names: a site written as the place where code lies ("код на гитхабе") and a venue
 * with its year ("NIPS 2017") get no card, nor does a word of a web address
 * ("github.com/zorb/wugnet"), a dataset named after a site and written as a name ("датасет Reddit")
 * keeps its card, and two numbers with a slash after a name ("Wugbench 24/25") are editions or
 * figures, not its version.
 */
class PlacesHoverTest {
  private static final String DIGEST =
      "Свежие статьи с переводом аннотаций\n"
          + "Модель Zorbnet обучена на датасете Reddit, код выложен на GitHub.\n"
          + "Статья с NIPS 2017, обучение Quxnet и код на гитхабе.\n"
          + "На Wugbench 24/25 модель Quxnet набирает 85.7 / 81.5.\n"
          + "Модель Wugnet лежит по адресу github.com/zorb/wugnet.\n"
          + "Модель Blorpnet выложила Zorbtech, в Zorbtech AI ее и учили.\n";

  @RegisterExtension static final SourceNotes notes = SourceNotes.ofDigest(DIGEST);

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "код лежит на гитх|абе",
        "код лежит на git|hub",
        "статья с NI|PS 2017",
        "статья с NIPS 20|17",
        "код: github.com/zorb/wug|net",
        "учили в Zorbte|ch AI"
      })
  void placesGetNoCard(String marked) {
    assertEquals(Optional.empty(), notes.hover(marked), marked);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "графы из Red|dit; **Reddit** —",
        "на Wugben|ch 24/25 лучше; **Wugbench** —",
        "берем wug|net; **Wugnet** —",
        "выложила Zorbte|ch, а не мы; **Zorbtech** —"
      })
  void namesBesidePlacesKeepTheirCards(String marked, String inCard) {
    String md = notes.card(marked);
    assertTrue(md.contains(inCard), () -> "card lacks " + inCard + ":\n" + md);
  }

  @org.junit.jupiter.api.Test
  void completesABenchmarkWithoutTheFirstOfTwoNumbers() {
    List<String> labels = notes.completionLabels("на Wugb|");
    assertTrue(labels.contains("Wugbench"), () -> "Wugbench not among " + labels);
    assertFalse(labels.contains("Wugbench 24"), () -> "Wugbench 24 among " + labels);
  }
}
