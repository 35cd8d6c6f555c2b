package dev.paperlens.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class IntroducedNamesTest {

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

  @org.junit.jupiter.api.Test
  void whatReplacesTheThingInsteadOfWhichIsTheirs() {
    String title = "Widget Mixing for Long Sequences at Scale";
    assertEquals(
        List.of("Gated Linear Mixing", "GLM"),
        IntroducedNames.introduced(
            title,
            "главное: вместо софтмакса — Gated Linear Mixing (GLM), у нас это быстрее. GLM"
                + " учится быстрее, GLM меньше, а GLM проще."));
    assertEquals(
        List.of(),
        IntroducedNames.introduced(
            title,
            "вместо Gated Linear Mixing (GLM) у нас свёртки. GLM учится медленнее, GLM больше, а"
                + " GLM сложнее."));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("bodies")
  void namesFromBody(String irregularity, String body, List<String> expected) {
    assertEquals(expected, IntroducedNames.introduced(null, body));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("bodies")
  void titleNamesComeFirst(String irregularity, String body, List<String> fromBody) {
    List<String> names = IntroducedNames.introduced("ZetaNet: Widgets", body);
    assertEquals("ZetaNet", names.get(0));
    assertEquals(fromBody, names.subList(1, names.size()));
  }

  static Stream<Arguments> titlesWithBodies() {
    return Stream.of(
        row3(
            "initials of a title phrase",
            "Proximal Widget Optimization Algorithms",
            "тот самый PWO, на котором все держится",
            "Proximal Widget Optimization",
            "PWO"),
        row3(
            "initials with lower-case letters",
            "Scalable Widget Models with Transformers",
            "получаем Widget Transformer, то есть WiT",
            "Widget Transformer",
            "WiT"),
        row3(
            "initials of a hyphenated word",
            "Deep Widget-Network for Atari",
            "это DWN, он же наш агент",
            "Deep Widget-Network",
            "DWN"),
        row3(
            "a lower-case long form, then its acronym counting a repeated letter",
            "Asynchronous Methods for Widget Learning",
            "звезда программы — asynchronous advantage actor-widget, он же A3W",
            "asynchronous advantage actor-widget",
            "A3W"),
        row3(
            "a lower-case phrase whose initials are not the acronym's is no long form",
            "Asynchronous Methods for Widget Learning",
            "берем старый добрый widget critic, он же A3W"),
        row3(
            "two letters spell too much", "Scalable Widgets: A Study", "сравниваем с SW и прочими"),
        row3(
            "a generic acronym is no name", "Large Language Models Are Widgets", "любая LLM умеет"),
        row3(
            "name, then what it is",
            "WidgetBERT, a distilled version of BERT: smaller",
            "сжали BERT",
            "WidgetBERT"),
        row3("name with a version", "Zeta 2: Better Widgets", "", "Zeta 2"),
        row3(
            "the title's name the body keeps naming, and its sizes listed together",
            "The Zeta Series of Open Widgets",
            "семейство Zeta размером 7B; модель Zeta-40B и Zeta-180B лучше",
            "Zeta",
            "Zeta-40B",
            "Zeta-180B"),
        row3(
            "the one name a body keeps naming",
            "Robust Widget Recognition via Weak Supervision",
            "вышла Zorblax. обучили Zorblax на данных, и Zorblax large лучше GPT-4",
            "Zorblax"),
        row3(
            "Cyrillic spellings count for the one name a body keeps naming",
            "Robust Widget Recognition",
            "все обсуждают зорблакс, а зорблаксу уже год, и Zorblax large хорош",
            "Zorblax"),
        row3(
            "a definition the body keeps using",
            "Widgets at Scale",
            "строим Gizmo Widget Network (GWN) для виджетов. GWN быстрее, а GWN-L ещё быстрее",
            "Gizmo Widget Network",
            "GWN"),
        row3(
            "a definition used once is prior work",
            "Widgets at Scale",
            "в отличие от Gizmo Widget Network (GWN), мы считаем быстрее"),
        row3(
            "a body that opens by defining a name",
            "Widgets at Scale",
            "Zorblax — это модель для виджетов. Сравнивают с GPT-4",
            "Zorblax"),
        row3("release cue", "Widgets for Everyone", "гугл выкатил Zeta 2, и он хорош", "Zeta 2"),
        row3(
            "sizes listed with a family after a version",
            "Widgets for Everyone",
            "гугл выкатил Zeta 2 на 2B, 9B и 27B",
            "Zeta 2",
            "Zeta 2 2B",
            "Zeta 2 9B",
            "Zeta 2 27B"),
        row3(
            "sizes listed with a family, joined as the body joins them",
            "The Zeta Series of Open Widgets",
            "семейство моделей Zeta размером 7B, 40B и 180B; Zeta-180B лучше, Zeta умнее",
            "Zeta",
            "Zeta-7B",
            "Zeta-40B",
            "Zeta-180B"),
        row3(
            "sizes after a slash",
            "Widgets for Everyone",
            "Мы представляем Zorblax-1.5B/7B, и все",
            "Zorblax-1.5B",
            "Zorblax",
            "Zorblax-7B"),
        row3(
            "members of an introduced family",
            "Zorblax: Faster Widgets",
            "два режима: Zorblax-1 учит головы, Zorblax-2 учит все",
            "Zorblax",
            "Zorblax-1",
            "Zorblax-2"),
        row3(
            "a later member is not the paper's",
            "Zorblax: Faster Widgets",
            "Zorblax хорош. Впоследствии появилась версия Zorblax-2",
            "Zorblax"),
        row3(
            "a title word the body writes only with a size",
            "Zorblax of Widgets",
            "дописали статью к Zorblax 8x7B, и Zorblax 8x7B обходит всех",
            "Zorblax",
            "Zorblax 8x7B"),
        row3(
            "a title word that is a word of an introduced name",
            "3D Widget Splatting for Rendering",
            "метод называется 3D Widget Splatting; Splatting быстрый, Splatting красивый",
            "3D Widget Splatting"),
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
            "the short form used from now on",
            "Widgets for Rendering",
            "метод называется 3D Widget Splatting, дальше буду писать 3DWS, как все",
            "3D Widget Splatting",
            "3DWS"),
        row3(
            "a list a cue announces",
            "Zorblax: Faster Widgets",
            "авторы предлагают две штуки\nпервая — Gizmo Widget Sampling (GWS): берем часть\n"
                + "- Widget Bundling: склеивают признаки\nитог: Zorblax быстрее XGBoost",
            "Zorblax",
            "Gizmo Widget Sampling (GWS)",
            "GWS",
            "Gizmo Widget Sampling",
            "Widget Bundling"),
        row3(
            "a list with no cue introduces nothing",
            "Zorblax: Faster Widgets",
            "сравнивают с двумя\n- Gizmo Widget Sampling (GWS): берем часть\n- XGBoost: старый",
            "Zorblax"),
        row3(
            "sizes of another model are not the paper's",
            "Widgets for Everyone",
            "Мы представляем Zorblax и сравниваем его с Gizmo 7B и 13B",
            "Zorblax"),
        row3(
            "a variant of the introduced name",
            "Widgets at Scale",
            "Мы представляем Zorblax — метод. Наконец, мы обсуждаем ZorbMax — вариант Zorblax",
            "Zorblax",
            "ZorbMax"),
        row3(
            "a variant of someone else's name",
            "Widgets at Scale",
            "Мы представляем Zorblax — метод. GizmoMax — вариант GizmoNet, не наш",
            "Zorblax"),
        row3(
            "a short form before its long one, after other brackets",
            "Learning Widget Score Matching",
            "Widgets (and gizmos) are fast (see below). We propose WSM (Widget Score Matching),"
                + " which scores widgets. WSM beats GAN.",
            "WSM",
            "Widget Score Matching"),
        row3(
            "an acronym of the title's words, not one glued to a hyphen",
            "Widget Score Matching for Gizmos",
            "Gizmos (GZ) are slow, and pre-WSM methods fail. We use WSM in (Widget Score) ways.",
            "Widget Score Matching",
            "WSM"),
        row3(
            "a title word the head's name is built on is the earlier model",
            "WidBERTa: A Robustly Optimized BERT Approach",
            "WidBERTa это BERT, обученный дольше. BERT был недообучен, а WidBERTa нет.",
            "WidBERTa"),
        row3(
            "a mixture of experts' size: total, then active parameters",
            "Blorp3 Technical Report",
            "линейка: плотные Blorp3-4B и Blorp3-8B, и MoE Blorp3-30B-A3B (3B активных)",
            "Blorp3",
            "Blorp3-4B",
            "Blorp3-8B",
            "Blorp3-30B-A3B"),
        row3(
            "the salient family's members are not its rivals",
            "Very Deep Gizmo Networks for Recognition",
            "сетки FGG бывают разной глубины, самая ходовая — FGG-16\nFGG-16 учили на ImageNet две"
                + " недели, FGG-19 чуть точнее\nвеса FGG-16 выложили, берите вместо AlexNet",
            "FGG",
            "FGG-16",
            "FGG-19"),
        row3(
            "the list a naming cue announces",
            "Cross-Gadget Learning at Scale",
            "на этом учат две модели, которые авторы называют GD-X:\n- GD-1-X - маленькая, как"
                + " GD-1\n- GD-2-X - большая",
            "GD-1-X",
            "GD-2-X",
            "GD-X"),
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
            "an abbreviation of part of the spelled-out name is the earlier thing",
            "Continuous Gadget Control",
            "берем детерминированный widget gradient DWG от Зорба\nполучился метод, который авторы"
                + " назвали Deep Deterministic Widget Gradient (DDWG)",
            "Deep Deterministic Widget Gradient (DDWG)",
            "DDWG",
            "Deep Deterministic Widget Gradient"),
        row3(
            "alias of a spelled-out name",
            "Playing Widgets with Deep Learning",
            "получаем Deep Widget Network, или просто DWN",
            "Deep Widget Network",
            "DWN"),
        row3(
            "a line that counts its items, after a cue's name",
            "Widget Filtering",
            "фреймворк назвали Widget Filtering, и внутри три блока:\n- GWF (Generalized Widget"
                + " Factorization) — тот же MF с весами\n- MLP — башня слоёв\n- NeuWF (Neural Widget"
                + " Factorization) — склейка GWF и MLP\nучат на логлоссе",
            "Widget Filtering",
            "GWF",
            "NeuWF",
            "Generalized Widget Factorization",
            "Neural Widget Factorization"),
        row3(
            "a counted item the body named before the list",
            "Widget Filtering",
            "сравнивают с GWF\nвнутри три блока:\n- GWF — тот же MF\n- NeuWF — склейка\nучат",
            "Widget Filtering",
            "NeuWF"),
        row3(
            "a counted list set earlier",
            "Widget Filtering",
            "до этого было два подхода:\n- GWF — тот же MF\n- NeuWF — склейка\nучат",
            "Widget Filtering"),
        row3(
            "a counted list of data",
            "Widget Filtering",
            "три датасета:\n- GlorpSet — посты\n- NeuWF — склейка\nучат",
            "Widget Filtering"),
        row3(
            "lower-case items of a list no cue announces",
            "Widget Filtering",
            "три операции:\n- time widgeting - тянем\n- gizmo masking - зануляем\nучат",
            "Widget Filtering"),
        row3(
            "a lower-case item of a list a cue announces; an alias whose count repeats a letter",
            "Addressing Widget Error",
            "что предлагают, три трюка:\n1. Clipped Double Widgeting — учим двух критиков\n2."
                + " отложенные апдейты\n3. target widget smoothing — добавляем шум\nвсё вместе"
                + " назвали Swift Gated Gated Gated widget gradient, или SG3\nSG3 обходит всех",
            "Clipped Double Widgeting",
            "target widget smoothing",
            "Swift Gated Gated Gated widget gradient",
            "SG3"),
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
            "Neural Widget Filtering"),
        row3(
            "a long form whose capitals inside words spell the short one; variants by a word before",
            "Explaining Gadgets Uniformly",
            "BLAP - это BLobby Additive aPproximations, главное в статье не библиотека\n"
                + "дальше как их считать:\n- Kernel BLAP - по сути подгонка с ядром\n"
                + "- Deep BLAP - для нейронок\nа Tree BLAP - это уже следующая статья",
            "BLAP",
            "BLobby Additive aPproximations",
            "Kernel BLAP",
            "Deep BLAP"),
        row3(
            "capitals only at word starts are initials, and one word before is no variant",
            "Explaining Gadgets Uniformly",
            "BLAP - это Blobby Additive Approximations, и все\nKernel BLAP медленный, но работает",
            "BLAP"),
        row3(
            "a definition whose long form marks its letters with capitals is the authors' coinage",
            "Serving Gizmos Cheaply",
            "придумали свой блок GZU (Gated Zorb Units): быстрее\nна инференсе - Z-WOMBAT"
                + " (Zippy-Wide Online MicroBatched Attention Tricks): кандидатов скорят пачками",
            "GZU",
            "Gated Zorb Units",
            "Zippy-Wide Online MicroBatched Attention Tricks",
            "Z-WOMBAT"),
        row3(
            "an uncued definition by initials in a paper already named is someone else's",
            "Serving Gizmos Cheaply",
            "придумали свой блок GZU (Gated Zorb Units): быстрее\nна инференсе - ZOMBAT (Zippy"
                + " Online Microbatched Attention Tricks): кандидатов скорят пачками",
            "GZU",
            "Gated Zorb Units"),
        row3(
            "a letter glued to the version of the paper's name, written twice",
            "Sprockspeech 2: Fast Sprocket Speech",
            "в Sprockspeech 2 учителя выкинули, а Sprockspeech 2s идет дальше\n- Sprockspeech 2s"
                + " чуть хуже, зато быстрее",
            "Sprockspeech 2",
            "Sprockspeech 2s"),
        row3(
            "a letter glued to the version once is no variant",
            "Sprockspeech 2: Fast Sprocket Speech",
            "в Sprockspeech 2 учителя выкинули, а Sprockspeech 2a идет дальше",
            "Sprockspeech 2"),
        row3(
            "a name in quotes after a kind a demonstrative points back to",
            null,
            "Мы представляем Gloop - модель речи. Gloop решает все проблемы. Этот метод «Inner"
                + " Gloop» повышает качество.",
            "Gloop",
            "Inner Gloop"),
        row3(
            "a name in quotes after a kind, cited, is someone else's",
            null,
            "Мы представляем Gloop - модель речи. Как и метод «Zorb Trick» (Zorb et al.), Gloop"
                + " быстрее.",
            "Gloop"),
        row3(
            "a clause inside a gloss gives the glossed name; сами is the authors",
            "Scalable Gizmo Agents",
            "тестят на GizLab-30 (30 задач в Gizmo Lab, которые сами и собрали) и на Atari",
            "GizLab-30"),
        row3(
            "a clause inside a gloss naming someone else gives nothing",
            "Scalable Gizmo Agents",
            "тестят на GizLab-30 (30 задач в Gizmo Lab, которые собрали Зорб и др.) и на Atari"),
        row3(
            "two letters that spell a two-word head",
            "Decision Gizmo: Widget Learning via Sequence Modeling",
            "авторы переформулируют задачу, и DG просто предсказывает действия",
            "Decision Gizmo",
            "DG"),
        row3(
            "two letters that spell two words of a title, not its head",
            "Widget Learning via Decision Gizmos",
            "авторы переформулируют задачу, и DG просто предсказывает действия"),
        row3(
            "a two-letter head with a version, spelled out right after the colon",
            "WG-1: Widget Gizmo for Real-World Control at Scale",
            "авторы собрали данные, и WG-1 просто предсказывает действия",
            "WG-1",
            "Widget Gizmo",
            "WG"),
        row3(
            "a two-letter head whose tail does not start with its words",
            "WG-1: Learning Widgets with Gizmos at Scale",
            "авторы собрали данные, и WG-1 просто предсказывает действия",
            "WG-1"),
        row3(
            "two letters that spell part of a longer head",
            "Decision Gizmo Widgets: Learning via Sequence Modeling",
            "авторы переформулируют задачу, и DG просто предсказывает действия"),
        row3(
            "English words before an English name are no variants",
            "Widget Vision Transformers",
            "Vision Transformer, Sparse Transformer и Linear Transformer сравнивают"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("titlesWithBodies")
  void namesFromTitleAndBody(
      String irregularity, String title, String body, List<String> expected) {
    assertEquals(expected, IntroducedNames.introduced(title, body));
  }

  /** Title, abstract, names of {@code introduced}, names of {@code ofLibraryEntry}. */
  static Stream<Arguments> libraryEntries() {
    return Stream.of(
        Arguments.of(
            "titled: prior work the abstract repeats is not the paper's",
            "WidgetBERTa: A Robustly Optimized GizmoNet Pretraining Approach",
            "We present a replication study of GizmoNet pretraining that measures the impact of"
                + " many hyperparameters. We find that GizmoNet was significantly undertrained.",
            List.of("WidgetBERTa", "GizmoNet"),
            List.of("WidgetBERTa")),
        Arguments.of(
            "titled: an alias still spells out the title's name",
            "WoRA: Widget Adaptation of Large Models",
            "We propose Widget-Rank Adaptation, or WoRA, which freezes the pretrained weights.",
            List.of("WoRA", "Widget-Rank Adaptation"),
            List.of("WoRA", "Widget-Rank Adaptation")),
        Arguments.of(
            "titled: a cue still names a variant, the repeated family name is not counted",
            "Zorb 2: Open Widget and Fine-Tuned Gizmo Models",
            "In this work, we develop and release Zorb 2, a collection of pretrained models. Our"
                + " fine-tuned models, called Zorb 2-Chat, are optimized for dialogue.",
            List.of("Zorb 2", "Zorb 2-Chat"),
            List.of("Zorb 2", "Zorb 2-Chat")),
        Arguments.of(
            "untitled: a definition in the abstract",
            "Direct Widget Optimization: Your Model is Secretly a Gizmo",
            "The resulting algorithm, which we call Direct Widget Optimization (DWO), is stable.",
            List.of("Direct Widget Optimization (DWO)", "DWO", "Direct Widget Optimization"),
            List.of("Direct Widget Optimization (DWO)", "DWO", "Direct Widget Optimization")),
        Arguments.of(
            "untitled: the name the abstract keeps repeating",
            "Mixing of Widgets",
            "Zorblax is a sparse mixture of widgets. Zorblax has the same architecture as"
                + " GizmoNet. Zorblax outperforms GizmoNet on all benchmarks.",
            List.of("Zorblax"),
            List.of("Zorblax")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("libraryEntries")
  void libraryEntryReadsTheAbstractForWhatTheTitleLeavesOut(
      String irregularity,
      String title,
      String abstractText,
      List<String> post,
      List<String> entry) {
    assertEquals(post, IntroducedNames.introduced(title, abstractText));
    assertEquals(entry, IntroducedNames.ofLibraryEntry(title, abstractText));
  }

  @org.junit.jupiter.api.Test
  void nothingGivesNothing() {
    assertEquals(List.of(), IntroducedNames.introduced(null, null));
    assertEquals(List.of(), IntroducedNames.introduced("", ""));
  }

  @org.junit.jupiter.api.Test
  void hugeBodyDoesNotHang() {
    // A guard against runaway backtracking (minutes), not a speed test: speed is benchmarked.
    String body = "мы представляем ".repeat(200_000) + "называется " + "A".repeat(1_000_000);
    List<String> names =
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
            java.time.Duration.ofSeconds(60), () -> IntroducedNames.introduced(null, body));
    assertEquals(1, names.size());
  }

  private static Arguments row3(String irregularity, String title, String body, String... names) {
    return Arguments.of(irregularity, title, body, List.of(names));
  }

  private static Arguments row(String irregularity, String text, String... names) {
    return Arguments.of(irregularity, text, List.of(names));
  }
}
