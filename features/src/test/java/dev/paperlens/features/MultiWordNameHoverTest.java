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
 * Hovers and completion on names of several words that the reviews write in Latin only: from any
 * word of the name in Latin, in Cyrillic (a word read as English, an acronym said as one word of
 * consonants, a declined last word or one before a version) or mixed, the whole name's card; the
 * longest name around the cursor wins over a word that is a name alone ("Deep", "Diffusion"), which
 * keeps its card where no longer name covers it; definition leads to the whole name's review. A
 * Cyrillic phrase of two words completes to the name; ordinary Russian phrases get no card and no
 * completion.
 */
class MultiWordNameHoverTest {
  private static final String DIGEST =
      "Свежие статьи с переводом аннотаций\n"
          + "Мы представляем Fast R-CNN — детектор объектов по регионам.\n"
          + "Мы собрали датасет Common Crawl — веб-страницы за десять лет.\n"
          + "Мы представляем Deep Q-Network — агента, который играет в Atari по пикселям.\n"
          + "Мы собрали датасет Open Images — девять миллионов картинок с разметкой.\n"
          + "Мы представляем Stable Diffusion 3 — модель для генерации картинок.\n"
          + "Мы представляем Mistral 7B — языковую модель на 7B параметров.\n"
          + "Мы представляем Gemma 2 — открытую модель.\n"
          + "Мы представляем Diffusion — шумную модель.\n"
          + "Мы представляем Deep — глубокую сеть.\n";

  @RegisterExtension static final SourceNotes notes = SourceNotes.ofDigest(DIGEST);

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "детектор Fa|st R-CNN хорош; **Fast R-CNN**",
        "детектор Fast R-CN|N хорош; **Fast R-CNN**",
        "детектор фа|ст рцнн хорош; **Fast R-CNN**",
        "детектор фаст рц|нн хорош; **Fast R-CNN**",
        "детектор фаст рцнн|а хорош; **Fast R-CNN**",
        "данные из Com|mon Crawl; **Common Crawl**",
        "данные из коммон кро|ул; **Common Crawl**",
        "данные из ком|мон кроула; **Common Crawl**",
        "агент De|ep Q-Network играет; **Deep Q-Network**",
        "агент Deep Q-Net|work играет; **Deep Q-Network**",
        "агент ди|п ку-нетворк; **Deep Q-Network**",
        "агент дип ку-нет|ворк; **Deep Q-Network**",
        "картинки из Op|en Images; **Open Images**",
        "картинки из Open Ima|ges; **Open Images**",
        "генерим в Sta|ble Diffusion 3; **Stable Diffusion 3**",
        "генерим в Stable Diffu|sion 3; **Stable Diffusion 3**",
        "генерим в стей|бл диффьюжн 3; **Stable Diffusion 3**",
        "генерим в стейбл диффьюжн|е 3; **Stable Diffusion 3**",
        "генерим в Stable диффьюж|на 3; **Stable Diffusion 3**",
        "модель Mist|ral 7B; **Mistral 7B**",
        "модель мистр|аль 7B; **Mistral 7B**",
        "модель Gemma |2; **Gemma 2**",
        "модель гем|ма 2; **Gemma 2**",
        "просто Diffu|sion тут; **Diffusion**",
        "просто De|ep тут; **Deep**",
      })
  void hoversOnAnyWordOfTheName(String marked, String head) {
    String md = notes.card(marked);
    assertTrue(md.startsWith(head), () -> "card is not " + head + ":\n" + md);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "детектор фаст рц|нн; digest.txt:1",
        "детектор Fa|st R-CNN; digest.txt:1",
        "генерим в стейбл диффьюжн|е 3; digest.txt:5",
        "данные из коммон кро|ула; digest.txt:2",
      })
  void definitionLeadsToTheReviewOfTheWholeName(String marked, String line) {
    assertEquals(List.of(line), notes.definitionLines(marked), marked);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "обычная жизнь ком|мон и прочее",
        "высокий дип|ломат",
        "в сти|ле статьи",
        "данные из кро|ула",
        "фаст фуд и рц|нн",
        "пошли в оупен спей|с",
      })
  void ordinaryPhrasesGetNoCard(String marked) {
    assertEquals(Optional.empty(), notes.hover(marked), marked);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "данные из коммон к|; Common Crawl",
        "данные из коммон кро|; Common Crawl",
        "детектор фаст рцн|; Fast R-CNN",
        "детектор фаст р|; Fast R-CNN",
        "генерим в стейбл д|; Stable Diffusion 3",
        "данные из Common C|; Common Crawl",
      })
  void completesFromTwoWords(String marked, String label) {
    List<String> labels = notes.completionLabels(marked);
    assertTrue(labels.contains(label), () -> label + " not among " + labels);
  }

  @ParameterizedTest
  @ValueSource(strings = {"а я к|", "и в д|", "пошли в С|"})
  void ordinaryPhrasesCompleteNothingOfSeveralWords(String marked) {
    List<String> labels = notes.completionLabels(marked);
    assertFalse(labels.stream().anyMatch(l -> l.contains(" ")), () -> marked + ": " + labels);
  }
}
