package dev.paperlens.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The names cue words give ({@link CuedNames}), through {@link IntroducedNames}: a title and a
 * body, one row per irregularity.
 */
class CuedNamesTest extends IntroducedNamesTable {

  /** Bodies alone, no title; {@code IntroducedNamesTest} also reads them under a title. */
  static Stream<Arguments> bodies() {
    return Stream.of(
        row("называется", "и смешным образом называется DeepWidget", "DeepWidget"),
        row("назвали with a pronoun", "авторы назвали его WidgetFormer.", "WidgetFormer"),
        row("под названием", "новый метод под названием WidgetNet, который", "WidgetNet"),
        row("названный", "Наш подход, названный FIFO-Widget, способен", "FIFO-Widget"),
        row("мы представляем", "Мы представляем OpenWidget, открытую платформу", "OpenWidget"),
        row("представляют", "авторы представляют WidgetLM для задач", "WidgetLM"),
        row(
            "two names after described cues",
            "представляем модельно-основанную схему, MWS, метод группировки. Также мы представляем"
                + " новый механизм выбора, Pointer, который",
            "MWS",
            "Pointer"),
        row("создаем with a dash after", "мы создаем Wid - семейство моделей", "Wid"),
        row(
            "the slot of the paper's contribution, then a dash",
            "главная штука рантайма - RadixGizmo: кэш живет в дереве",
            "RadixGizmo"),
        row(
            "a lower-case English phrase in the slot",
            "второй трюк - compressed gizmo machine для декодинга. решение - ordered widgeting:"
                + " берем перестановку",
            "compressed gizmo machine",
            "ordered widgeting"),
        row("one lower-case word in the slot is no name", "идея - attention, но дешевле"),
        row("a slot set earlier", "раньше главная фишка - RadixGizmo: кэш в дереве"),
        row(
            "spelled-out name with abbreviation",
            "мы предлагаем новый метод Widget Score Matching (WSM), который",
            "Widget Score Matching (WSM)",
            "WSM",
            "Widget Score Matching"),
        row("multi-word name", "мы представляем Stable Widget XL, модель", "Stable Widget XL"),
        row(
            "abbreviation without a cue",
            "обучение с подкреплением на основе обратной связи от человека (RLHF) привлекло"),
        row("prior work mentioned", "влияние обновления, реализованного в LoRA"),
        row("prior method with abbreviation", "ошибкой в методе Interval Widget Matching (IWM)"),
        row("replaced components", "замена LayerNorm более эффективным BatchNorm"),
        row("variant of a model", "наша модель Wid-3B стабильно превосходит"),
        row(
            "Russian description before an abbreviation",
            "предлагаем упрощенный модуль внимания (SLA)"),
        row("proposal without a name", "Мы предлагаем новый метод вывода, основанный на LoRA"),
        row("preposition ends the description", "Эксперты эти представляют из себя WidgetNets"),
        row("lower-case phrase after a cue", "потому и называется статья cross-layer KV Cache"),
        row("so-called prior concept", "так называемый MCMC подход"),
        row("English: we introduce", "In this paper we introduce WidgetNet, a model", "WidgetNet"),
        row(
            "English: called",
            "a method called Widget Score Matching (WSM) that",
            "Widget Score Matching (WSM)",
            "WSM",
            "Widget Score Matching"),
        row("English: article after the cue", "we propose a new widget model"),
        row("made with the kind of thing", "для проверки обучена модель Zorblax на 70B", "Zorblax"),
        row("built an engine", "поверх построили движок zLLM с батчингом", "zLLM"),
        row("made without a kind is prior work", "обучили BERT на своих данных"),
        row(
            "we + making verb",
            "Для этого мы собираем Widget Clean Corpus (WCC) из веба",
            "Widget Clean Corpus (WCC)",
            "WCC",
            "Widget Clean Corpus"),
        row("we release", "Мы выпускаем WidgetNet и датасет", "WidgetNet"),
        row(
            "names joined to the introduced one",
            "Мы выпускаем WidgetNet и соответствующий датасет (WB-1M) для всех",
            "WidgetNet",
            "WB-1M"),
        row(
            "a Cyrillic spelling after a cue is the Latin name the body writes",
            "выкатили зорблакс; сравнили Zorblax large с GizmoNet",
            "Zorblax"),
        row("a Cyrillic word the body never writes in Latin", "выкатили зорблакс; и всё"),
        row(
            "a verb after the first name joins nothing",
            "Мы представляем WidgetNet и сравниваем с GizmoNet",
            "WidgetNet"),
        row(
            "English translation in brackets",
            "получается вариационный виджет (Variational Widget Encoder). Эксперименты",
            "Variational Widget Encoder"),
        row("English: cue inside a word", "recalled WidgetNet"),
        row("English: the authors propose", "the authors propose WidgetNet, a", "WidgetNet"),
        row("English: the paper presents", "this paper presents WidgetNet for", "WidgetNet"),
        row("называют", "чатовые версии называют Widget 2-Chat", "Widget 2-Chat"),
        row("окрестили", "итоговое семейство окрестили Stable Widget 3;", "Stable Widget 3"),
        row("получивший название", "метод, получивший название WIDG, берет", "WIDG"),
        row("English: termed", "a bridge termed WidgetFormer that", "WidgetFormer"),
        row("придумали with a kind", "придумали трюк WidgetNet для", "WidgetNet"),
        row("a lower-case name with a version", "модель, названная wid-1, учится", "wid-1"),
        row(
            "a cue set in the past is prior work",
            "незадолго до этого Сонг предложили Widget Score Network (WSN), где"),
        row("a cited name is prior work", "придумали ее Zorb et al. в 2022"),
        row(
            "a cue with prior work in another clause",
            "В отличие от GizmoNet (Zorb et al., 2023), мы предлагаем WidgetNet",
            "WidgetNet"),
        row(
            "a Russian description used again and again",
            "Мы предлагаем генерацию, дополненную виджетами (WAG), для задач. WAG быстрее, а WAG"
                + " точнее",
            "WAG"),
        row(
            "a definition abbreviating parts of words",
            "мы предлагаем трюк Ghost Widgeting (GWid): он помогает",
            "Ghost Widgeting (GWid)",
            "GWid",
            "Ghost Widgeting"),
        row(
            "an alias dubbed after an introduced name",
            "we present a Querying Widgeter, dubbed Q-Widgeter, that",
            "Q-Widgeter",
            "Querying Widgeter"),
        row(
            "a definition cited as prior work",
            "сначала теория: Rectified Widget (RW) - формулировка; придумали ее Zorb et al. ещё"
                + " в 2022, и RW с RW не проверяли"),
        row(
            "a relative clause gives the name to the authors",
            "модель учили на Zorbset, который собрали авторы: 20 тысяч диалогов",
            "Zorbset"),
        row(
            "a participle gives the name to the authors",
            "главное тут Wugbench, собранный авторами из экзаменов",
            "Wugbench"),
        row(
            "an English relative clause gives the name to the authors",
            "They evaluate on Quxset, which we collect from forums.",
            "Quxset"),
        row(
            "a clause gives the name to other people",
            "модель дообучали на Zorbset, который собрали Зорб и др."),
        row(
            "the authors' own datasets after a dash, each with a gloss",
            "плюс два своих датасета — Flimp-prob (задачи) и Flimp-teasers (головоломки)",
            "Flimp-prob",
            "Flimp-teasers"),
        row(
            "gathered data names what was gathered",
            "так собрали Snarfbench-20K, 20 тысяч примеров без ручной разметки",
            "Snarfbench-20K"),
        row("data taken is someone else's", "так взяли Snarfbench-20K и дообучили"),
        row(
            "the authors' own model compared with another",
            "сравнили свою модель с GizmoNet на трёх задачах"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("bodies")
  void namesFromBody(String irregularity, String body, List<String> expected) {
    assertEquals(expected, IntroducedNames.introduced(null, body));
  }

  @Override
  Stream<Arguments> titlesWithBodies() {
    return Stream.of(
        row3("release cue", "Widgets for Everyone", "гугл выкатил Zeta 2, и он хорош", "Zeta 2"),
        row3(
            "known as",
            "Training Widgets to Follow Instructions",
            "статья, которую все знают как Zorblax, и все",
            "Zorblax"),
        row3(
            "we call the resulting models",
            "Training Widgets to Follow Instructions",
            "«we call the resulting models Zorblax», пишут авторы",
            "Zorblax"),
        row3(
            "names after the colon ending a naming cue's clause",
            "Sprocket Augment: Cheap Augmentation",
            "модель - старый добрый SPR. конфиги называют по числу слоев и ширине: SPR-4-1024,"
                + " SPR-6-1024 и самый жирный SPR-6-1280",
            "SPR-4-1024",
            "SPR-6-1024",
            "SPR-6-1280"),
        row3(
            "names after the colon of a naming cue set earlier",
            "Sprocket Augment: Cheap Augmentation",
            "ранее конфиги называли по числу слоев и ширине: SPR-4-1024, SPR-6-1024"),
        row3(
            "the whole summed up after its parts",
            "Do As I Can",
            "Say — модель оценивает навыки, Can — value function. перемножаем, и всё это вместе —"
                + " GizmoCan. учили через MT-Opt",
            "GizmoCan"),
        row3(
            "a lower-case term the authors name and the title carries",
            "Widget-of-Gizmo Prompting Elicits Reasoning",
            "даём модели примеры. назвали это widget-of-gizmo prompting, в народе просто WoG\n"
                + "восемь",
            "widget-of-gizmo prompting"),
        row3(
            "a lower-case term the title does not carry",
            "Phi-9 Technical Report",
            "авторы называют это data widget regime: не пытаться впихнуть"),
        row3(
            "what something is called is no naming by the authors",
            "Phi-9 Technical Report",
            "это называется widget-of-gizmo prompting, в народе"),
        row3(
            "a making cue in a relative clause is the person's before it",
            "Neural Widget Filtering",
            "в 2020-м Зорб (тот самый, что придумал BWR и гизмо-машины) выпустил статью\nмы же"
                + " представляем NeuWF, лучше",
            "NeuWF",
            "Neural Widget Filtering"));
  }

  private static Arguments row(String irregularity, String text, String... names) {
    return Arguments.of(irregularity, text, List.of(names));
  }
}
