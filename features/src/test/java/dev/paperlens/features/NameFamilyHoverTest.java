package dev.paperlens.features;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Names a paper gives in its title's head, as a family's suffixed members or in a caption hover as
 * that paper's card; an adjective made of a name and a caption's name written in passing do not.
 */
class NameFamilyHoverTest {
  private static final String PAGE =
      "Glimbo Transformer: Hierarchical Widgets using Shifted Gizmos\n"
          + "разбираем Glimbo Transformer. размеры: Glimbo-T, Glimbo-S и Glimbo-L\n"
          + "👀LINK\n\n"
          + "Zorb-3 Technical Report: A Capable Widget Model on Your Phone\n"
          + "вышло семейство Zorb-3. главная модель zorb-3-mini, старшие zorb-3-small и"
          + " zorb-3-medium\n"
          + "👀LINK\n\n"
          + "Widget Normalization: Accelerating Gizmo Training\n"
          + "сам прием авторы называют Widget Normalization\n"
          + "- WN-Baseline — просто сеть\n"
          + "- WN-x5 и WN-x30 — с большим lr\n"
          + "👀LINK\n\n"
          + "Mastering Doohickeys by Planning\n"
          + "до этого был SprocketNet\n"
          + "на картинке — схема GizmoZero: слева планирование\n"
          + "GizmoZero догоняет SprocketNet\n"
          + "есть вариант GizmoZero Reanalyze, который экономит данные\n"
          + "👀LINK\n\n"
          + "Learning Thingamajigs at Scale\n"
          + "на картинке — схема ZorbNet, а ThingNet лучше; ThingNet и ZorbNet; ThingNet\n"
          + "👀LINK\n";

  @RegisterExtension static final SourceNotes notes = SourceNotes.ofTelegramPage(PAGE);

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "a coined word heading the title: взяли Glimbo Transf|ormer; **Glimbo Transformer",
        "a letter code of the family: взяли Glimbo-|L; **Glimbo Transformer",
        "the model a report's head names: сравнили с Zorb-|3; **Zorb-3 Technical Report",
        "a size as a word: сравнили с zorb-3-sm|all; **Zorb-3 Technical Report",
        "the initials of a family: слой W|N тут; **Widget Normalization",
        "a variant tag: взяли WN-x|30; **Widget Normalization",
        "a caption: схема GizmoZ|ero; **Mastering Doohickeys",
        "a variant named by a word: взяли GizmoZero Reana|lyze; **Mastering Doohickeys",
      })
  void aNameThePaperIntroducesHoversAsItsCard(String marked, String cardStart) {
    String text = marked.substring(marked.indexOf(": ") + 2);
    String md = notes.card(text);
    assertTrue(md.startsWith(cardStart), () -> text + " gave:\n" + md);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "a caption's name written in passing; взяли Zorb|Net; **Learning Thingamajigs",
        "prior work beside a caption; как SprocketN|et; **Mastering Doohickeys",
      })
  void noPaperIntroducesIt(String irregularity, String marked, String notCard) {
    String md = notes.card(marked);
    assertFalse(md.startsWith(notCard), md);
    assertTrue(md.contains("no reviewed paper or BibTeX entry introduces it"), md);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "взяли glimbo-s|; Glimbo-S",
        "взяли WN-x3|; WN-x30",
        "взяли zorb-3-me|; zorb-3-medium"
      })
  void completesMembers(String marked, String label) {
    var labels = notes.completionLabels(marked);
    assertTrue(labels.contains(label), () -> label + " not among " + labels);
  }
}
