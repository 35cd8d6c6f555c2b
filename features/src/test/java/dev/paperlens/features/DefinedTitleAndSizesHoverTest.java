package dev.paperlens.features;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A title that is only its name, spelled out in the body with its abbreviation in a post that
 * starts its sentences in lower case, a variant named by a word before that abbreviation, sizes of
 * a family wherever the body names them, variants glossed in brackets, and the models of a report
 * whose head the body never writes hover as the paper's card.
 */
class DefinedTitleAndSizesHoverTest {
  private static final String PAGE =
      "Gizmo Attention Networks\n"
          + "ребята принесли аттеншн в виджеты: Gizmo Attention Networks (GAT). вместо"
          + " фиксированных весов, как в GlorpNet, каждая вершина решает сама\n"
          + "в GAT головы работают, а Const-GAT (все веса равные) хуже\n"
          + "👀LINK\n\n"
          + "Zorb-2: Widgets That Act\n"
          + "выкатили Zorb-2. отсюда Zorb-2-Glim-5B, Zorb-2-Glim-55B и Zorb-2-Flam-12B. в тексте"
          + " чаще просто Zorb-2-Glim и Zorb-2-Flam\n"
          + "👀LINK\n\n"
          + "z1: Simple sprocket scaling\n"
          + "ответ — z1: тысяча примеров. тюнят и выходит z1-32B. z1-32B обгоняет всех, а z1-32B"
          + " дешевле. два своих датасета — z1-prob (задачи по статистике) и z1-teasers"
          + " (головоломки)\n"
          + "👀LINK\n\n"
          + "Thingamajig: Widgets at Scale\n"
          + "разбираем Thingamajig. в таблице есть и Thingamajig-7B, Thingamajig лучше\n"
          + "👀LINK\n\n"
          + "Zorb-4 Technical Report: A Capable Widget Model on Your Phone\n"
          + "Мы представляем zorb-4-mini, модель на 3,8B. модели на 7B и 14B, названные"
          + " zorb-4-small и zorb-4-medium, лучше\n"
          + "👀LINK\n";

  @RegisterExtension static final SourceNotes notes = SourceNotes.ofTelegramPage(PAGE);

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "the abbreviation of a title that is a name: слой G|AT тут; **Gizmo Attention Networks",
        "a variant named by a word before it: слой Const-G|AT тут; **Gizmo Attention Networks",
        "a size listed with others: взяли Zorb-2-Glim-5|5B; **Zorb-2: Widgets",
        "a size of a lower-case name written again and again: взяли z1-3|2B; **z1: Simple",
        "a variant glossed in brackets: взяли z1-tea|sers; **z1: Simple",
        "a size named once in passing: взяли Thingamajig-|7B; **Thingamajig: Widgets",
        "a model of a report: взяли zorb-4-med|ium; **Zorb-4 Technical Report",
      })
  void aNameThePaperIntroducesHoversAsItsCard(String marked, String cardStart) {
    String text = marked.substring(marked.indexOf(": ") + 2);
    String md = notes.card(text);
    assertTrue(md.startsWith(cardStart), () -> text + " gave:\n" + md);
  }
}
