package dev.paperlens.features;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A name a reviewed paper introduces, however the review introduces it, hovers as that paper's
 * card; a name the review says is someone else's earlier work does not.
 */
class IntroducedNameHoverTest {
  private static final String PAGE =
      "Widget 2: Open Widgets\n"
          + "мета представляет Widget 2, чатовые версии называют Widget 2-Chat\n"
          + "придумали трюк Ghost Widgeting (GWid): инструкцию дописывают ко всем репликам\n"
          + "👀LINK\n\n"
          + "Learning Gizmos From Words\n"
          + "метод, получивший название GIZMO (Gizmo Image Zoo Model Objective), учит два"
          + " энкодера\n"
          + "датасет называют WebGizmoText (WGT), в нем 400M пар\n"
          + "👀LINK\n\n"
          + "Bootstrapping Sprockets\n"
          + "The bridge is a lightweight Querying Sprocketer, dubbed Q-Sprocketer, between them.\n"
          + "👀LINK\n\n"
          + "Scaling Sprocket Flows\n"
          + "сначала теория: Sprocket Flow (SFL) - формулировка; придумали ее Zorb et al. ещё в"
          + " 2022, и SFL на больших моделях не проверяли, SFL медленный\n"
          + "итоговое семейство окрестили Sprocket Diffusion 3; модель, названная spr-1, тоже\n"
          + "👀LINK\n\n"
          + "The Gadget Series of Open Models\n"
          + "описывает семейство моделей Gadget размером 7B, 40B и 180B; Gadget-180B лучше всех\n"
          + "👀LINK\n\n"
          + "Training Doohickeys to Follow Orders\n"
          + "статья, которую все знают как DoohickeyGPT, и все\n"
          + "авторы предлагают две штуки\n"
          + "первая — Gated Doohickey Sampling (GDS): берем часть\n"
          + "- Doohickey Bundling: склеивают признаки\n"
          + "метод называется Doohickey Splatting Engine, дальше буду писать DSE, как все\n"
          + "два режима: DoohickeyGPT-1 учит головы, DoohickeyGPT-2 учит все\n"
          + "👀LINK\n\n"
          + "Searching for FoobarNetV9\n"
          + "девятая версия сетки, FoobarNetV9-Large быстрее, берите FoobarNetV9 из timm\n"
          + "👀LINK\n\n"
          + "Efficient Estimation of Zorb Vectors\n"
          + "статья, которую все знают как зорб2век, хотя в заголовке этого слова нет\n"
          + "код выложили как zorb2vec, и дальше понеслось\n"
          + "👀LINK\n\n"
          + "QBlob: Efficient Blobbing\n"
          + "сравнивают с FlimFlam на всех задачах\n"
          + "как это работает:\n"
          + "- Double Blobbing: блобят еще и константы\n"
          + "- FlimFlam: старый метод, его не трогают\n"
          + "результаты:\n"
          + "- BlobBench: 85.1 против 80.2\n"
          + "датасеты:\n"
          + "- GlorpSet: посты как вершины, предсказываем тему\n"
          + "👀LINK\n\n"
          + "Visual Widget Tuning\n"
          + "в статье это гордо зовется Large Widget and Vision Assistant, но все говорят LWiVA\n"
          + "👀LINK\n\n"
          + "Mixblob of Experts\n"
          + "дописали статью к Mixblob 8x7B, Mixblob обходит всех\n"
          + "чатовую версию, Mixblob 8x7B Instruct, сначала учили SFT, потом DPO\n"
          + "в Mixblob-2 это потом чинили\n"
          + "👀LINK\n\n"
          + "Inductive Learning on Large Gizmos\n"
          + "фреймворк окрестили GizmoSAGE, агрегаторов три: GizmoSAGE-mean, GizmoSAGE-LSTM\n"
          + "👀LINK\n\n"
          + "A Generalist Gizmo\n"
          + "одна сеть играет во все игры: гизмотрон обгоняет агентов, гизмотрону хватает сети\n"
          + "👀 Gizmotron, статья\n\n"
          + "Wuzz-7 Technical Report: A Small Model\n"
          + "вышло семейство Wuzz-7, главная — wuzz-7-mini, а в Foobar-XL так и не смогли\n"
          + "👀LINK\n\n"
          + "Quuxa: Fast Serving with Blocks\n"
          + "Quuxa держит кэш в блоках, и это быстро\n"
          + "учили на Snarfset, который собрали авторы: 20 тысяч диалогов\n"
          + "плюс два своих датасета — Snarf-prob (задачи) и Snarf-teasers (головоломки)\n"
          + "👀LINK\n\n"
          + "Quux Mixing for Long Sequences at Scale\n"
          + "главное: вместо софтмакса — Gated Quux Mixing (GQM), у нас это быстрее. GQM учится"
          + " быстрее, GQM меньше, а GQM проще.\n"
          + "👀LINK\n\n"
          + "Zanzibert: A Robustly Optimized ZANZI Approach\n"
          + "Zanzibert это ZANZI, обученный дольше. ZANZI был недообучен, а Zanzibert нет.\n"
          + "👀LINK\n\n"
          + "Blorp3 Technical Report\n"
          + "линейка: плотные Blorp3-4B и Blorp3-8B, и MoE Blorp3-30B-A3B (3B активных)\n"
          + "👀LINK\n\n"
          + "Open Q-Gadgetry: Robot Datasets and Models\n"
          + "собрали все в одну кучу, итог - Open Q-Gadgetry: 22 робота\n"
          + "👀LINK\n\n"
          + "Very Deep Gizmo Networks for Recognition\n"
          + "сетки FGG бывают разной глубины, самая ходовая — FGG-16\n"
          + "FGG-16 учили на ImageNet две недели, FGG-19 чуть точнее\n"
          + "веса FGG-16 выложили, берите вместо AlexNet\n"
          + "👀LINK\n\n"
          + "Cross-Gadget Learning at Scale\n"
          + "на этом учат две модели, которые авторы называют GD-X:\n"
          + "- GD-1-X - маленькая, как GD-1\n"
          + "- GD-2-X - большая\n"
          + "👀LINK\n\n"
          + "Sprocket Augment: Cheap Augmentation\n"
          + "модель - старый добрый SPR. конфиги называют по числу слоев и ширине: SPR-4-1024,"
          + " SPR-6-1024 и самый жирный SPR-6-1280\n"
          + "👀LINK\n\n"
          + "Gizmo Serving: Fast Programs\n"
          + "главная штука рантайма - RadixGizmo: кэш живет в дереве\n"
          + "второй трюк - compressed gizmo machine для декодинга\n"
          + "👀LINK\n\n"
          + "Continuous Gadget Control\n"
          + "берем детерминированный widget gradient DWG от Зорба\n"
          + "получился метод, который авторы назвали Deep Deterministic Widget Gradient (DDWG)\n"
          + "👀LINK\n\n"
          + "Neural Sprocket Filtering\n"
          + "в 2020-м Зорб (тот самый, что придумал BSR и гизмо-машины) выпустил разбор\n"
          + "фреймворк назвали NSF, и внутри три блока:\n"
          + "- GSF (Generalized Sprocket Factorization) — тот же MF с весами\n"
          + "- NeuSF (Neural Sprocket Factorization) — склейка GSF и MLP\n"
          + "👀LINK\n\n"
          + "Addressing Gadget Error in Critics\n"
          + "что предлагают, три трюка:\n"
          + "1. Clipped Double Gadgeting — учим двух критиков\n"
          + "2. target gadget smoothing — добавляем шум\n"
          + "всё вместе назвали Swift Gated Gated Gated gadget gradient, или SG3\n"
          + "👀LINK\n\n"
          + "Do As I Can, Not As I Widget\n"
          + "Say — модель оценивает навыки, Can — value function, и всё это вместе — WidgetCan\n"
          + "👀LINK\n\n"
          + "Chain-of-Gizmo Prompting Elicits Reasoning\n"
          + "даём модели примеры. назвали это chain-of-gizmo prompting, в народе просто CoG\n"
          + "👀LINK\n\n"
          + "Explaining Doodads Uniformly\n"
          + "DLAP - это DooLocal Attribution Profiles, главное в статье не библиотека\n"
          + "Linear DLAP и Max DLAP считаются быстро\n"
          + "👀LINK\n\n"
          + "Serving Doodads Cheaply\n"
          + "придумали свой блок DZU (Doodad Zorb Units): быстрее\n"
          + "на инференсе - D-WOMBAT (Doodad-Wide Online MicroBatched Attention Tricks): пачками\n"
          + "👀LINK\n\n"
          + "Doodspeech 2: Fast Doodad Speech\n"
          + "в Doodspeech 2 учителя выкинули, а Doodspeech 2s идет дальше\n"
          + "- Doodspeech 2s чуть хуже, зато быстрее\n"
          + "👀LINK\n\n"
          + "Real-Time Doodad Dialogue\n"
          + "Мы представляем Doodle - модель речи. Doodle решает все проблемы. Этот метод «Inner"
          + " Doodad» повышает качество.\n"
          + "👀LINK\n\n"
          + "Scalable Widget Agents\n"
          + "выкатили Zapala, тестят на WidLab-30 (30 задач в Widget Lab, которые сами и собрали)\n"
          + "👀LINK\n\n"
          + "Decision Doodad: Widget Learning via Sequence Modeling\n"
          + "авторы переформулируют задачу, и DD просто предсказывает действия\n"
          + "👀LINK\n\n"
          + "DW-2: Doodad Widget for Real-World Control\n"
          + "собрали данные, и DW-2 предсказывает действия\n"
          + "👀LINK\n\n"
          + "Language Gizmos are Unsupervised Multitask Learners\n"
          + "Акме вчера показали Blivet-2 и... не выложили веса, мол, слишком хорошо пишет\n"
          + "по сути это прошлогодняя модель, только больше; Blivet-2 учили на ссылках\n"
          + "👀LINK\n";

  @RegisterExtension static final SourceNotes notes = SourceNotes.ofTelegramPage(PAGE);

  private static String card(String marked) {
    return notes.card(marked);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "a title head with a version: Widget| 2 хорош; **Widget 2: Open Widgets",
        "called (называют): чатовый Widget 2-Ch|at; **Widget 2: Open Widgets",
        "an abbreviation of parts of words: трюк GWi|d; **Widget 2: Open Widgets",
        "the long form after the short one: Gizmo Image Zoo Model Obj|ective; **Learning Gizmos",
        "получивший название: GIZ|MO; **Learning Gizmos",
        "CamelCase abbreviated: датасет WG|T; **Learning Gizmos",
        "dubbed: the Q-Sprock|eter bridge; **Bootstrapping Sprockets",
        "the long form of a dubbed name: Querying Sprock|eter; **Bootstrapping Sprockets",
        "окрестили: Sprocket Diffus|ion 3; **Scaling Sprocket Flows",
        "a lower-case name with a version: модель spr-|1; **Scaling Sprocket Flows",
        "known as: взяли Doohickey|GPT; **Training Doohickeys",
        "an item of a list a cue announces: Doohickey Bundl|ing; **Training Doohickeys",
        "a definition in an item of the list: G|DS; **Training Doohickeys",
        "the short form used from now on: DS|E; **Training Doohickeys",
        "a member of the family: DoohickeyGPT-|2; **Training Doohickeys",
        "a coined word of a title with no head: взяли FoobarNet|V9; **Searching for FoobarNetV9",
        "a Cyrillic word with a digit after a cue: как в zorb2v|ec; **Efficient Estimation of Zorb",
        "an item under a heading no cue announces: Double Blobb|ing; **QBlob: Efficient",
        "spelled out after зовется: Large Widget and Vision Assis|tant; **Visual Widget Tuning",
        "the abbreviation of the spelled-out name: взяли LWi|VA; **Visual Widget Tuning",
        "a size with a word after it: Mixblob 8x7B Instr|uct; **Mixblob of Experts",
        "variants by a suffix: взяли GizmoSAGE-LS|TM; **Inductive Learning on Large Gizmos",
        "a title head's coined word: взяли Wuzz-|7; **Wuzz-7 Technical Report",
        "the link marker's label the body writes in Cyrillic: взяли Gizmotr|on; **A Generalist Gizmo",
        "a clause gives it to the authors: взяли Snarfs|et; **Quuxa: Fast Serving",
        "the authors' own datasets after a dash: взяли Snarf-tea|sers; **Quuxa: Fast Serving",
        "what replaces the thing instead of which: взяли GQ|M; **Quux Mixing for Long",
        "a mixture of experts' size: взяли Blorp3-30B-A|3B; **Blorp3 Technical Report",
        "a letter alone before a hyphen: взяли Open Q-Gadg|etry; **Open Q-Gadgetry",
        "a salient family by its members: взяли FG|G; **Very Deep Gizmo Networks",
        "a member of the salient family: взяли FGG-1|9; **Very Deep Gizmo Networks",
        "an item a naming cue lists: взяли GD-2-|X; **Cross-Gadget Learning",
        "after the colon of a naming cue: взяли SPR-6-12|80; **Sprocket Augment",
        "the slot of the contribution: взяли RadixGiz|mo; **Gizmo Serving",
        "the abbreviation of the whole spelled-out name: взяли DDW|G; **Continuous Gadget",
        "an item under a line that counts them: взяли NeuS|F; **Neural Sprocket Filtering",
        "the long form in a counted item: взяли Generalized Sprocket Factoriz|ation; **Neural Sprocket",
        "a lower-case item of a cue's list: взяли target gadget smoo|thing; **Addressing Gadget",
        "an alias whose count repeats a letter: взяли SG|3; **Addressing Gadget",
        "the whole summed up after its parts: взяли WidgetC|an; **Do As I Can",
        "a lower-case term named and in the title: взяли chain-of-gizmo promp|ting; **Chain-of-Gizmo",
        "a long form with capitals inside its words: взяли DooLocal Attrib|ution Profiles; **Explaining Doodads",
        "a variant by a word before the name: взяли Max DL|AP; **Explaining Doodads",
        "a definition marked by inner capitals: взяли D-WOMB|AT; **Serving Doodads",
        "a letter glued to the version: взяли Doodspeech 2|s; **Doodspeech 2",
        "a quoted name after a kind it points back to: взяли Inner Dood|ad; **Real-Time Doodad",
        "a clause inside a gloss: взяли WidLab-3|0; **Scalable Widget Agents",
        "two letters that spell a two-word head: взяли Decision Dood|ad; **Decision Doodad",
        "a two-letter head spelled out after the colon: взяли Doodad Wid|get; **DW-2: Doodad Widget",
        "the name the opening sentence shows: взяли Blivet-|2; **Language Gizmos are Unsupervised",
      })
  void aNameThePaperIntroducesHoversAsItsCard(String marked, String cardStart) {
    String text = marked.substring(marked.indexOf(": ") + 2);
    String md = card(text);
    assertTrue(md.startsWith(cardStart), () -> text + " gave:\n" + md);
  }

  /**
   * An export whose post names its agent only in Cyrillic, and the caption of another photo of its
   * album in Latin.
   */
  private static final String EXPORT =
      "{\"name\": \"c\", \"type\": \"public_channel\", \"id\": 1, \"messages\": [{\"id\":"
          + " 1, \"type\": \"message\", \"date\": \"2024-01-01T00:00:00\", \"date_unixtime\":"
          + " \"1704067200\", \"photo\": \"photos/1.jpg\", \"text\": [\"A Generalist Doodad\\nодна"
          + " сеть играет во все игры: фроббикс обгоняет агентов, фроббиксу хватает одной сети на"
          + " всё\\n\", {\"type\": \"text_link\", \"text\": \"LINK\", \"href\":"
          + " \"https://arxiv.org/abs/2205.06175\"}]}, {\"id\": 2, \"type\": \"message\", \"date\":"
          + " \"2024-01-01T00:00:00\", \"date_unixtime\": \"1704067200\", \"photo\":"
          + " \"photos/2.jpg\", \"text\": \"Архитектура Frobbix\"}]}";

  @Test
  void aNameInAnAlbumCaptionHoversAsThePapersCard() throws Exception {
    try (SourceNotes export = SourceNotes.ofTelegramExport(EXPORT)) {
      String md = export.card("взяли Frobb|ix");
      assertTrue(md.startsWith("**A Generalist Doodad"), md);
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "a size listed with the family; взяли Gadget-4|0B; **The Gadget Series; **Gadget-40B**",
      })
  void aNameThePaperIntroducesIsOnItsCard(
      String irregularity, String marked, String cardStart, String listed) {
    String md = card(marked);
    assertTrue(md.startsWith(cardStart), () -> marked + " gave:\n" + md);
    assertTrue(md.contains("introduces") && md.contains(listed), () -> marked + " gave:\n" + md);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "prior work cited by its authors; как в SF|L; **Scaling Sprocket Flows",
        "an item the body named before the list; как в FlimFl|am; **QBlob",
        "an item with a figure after the colon; как в BlobBen|ch; **QBlob",
        "an item under a heading of data; как в GlorpS|et; **QBlob",
        "a member set as later work; как в Mixblob-|2; **Mixblob of Experts",
        "one variant named in passing; как в Foobar-X|L; **Wuzz-7",
        "a title word the head's name is built on; как в ZAN|ZI; **Zanzibert",
        "prior work a named list's item compares with; как в GD-|1; **Cross-Gadget Learning",
        "prior work before a naming cue; как в SP|R; **Sprocket Augment",
        "an abbreviation of part of the paper's spelled-out name; как в DW|G; **Continuous Gadget",
        "a making cue in a relative clause; как в BS|R; **Neural Sprocket Filtering",
      })
  void priorWorkIsNoPapersName(String irregularity, String marked, String notCard) {
    String md = card(marked);
    assertFalse(md.startsWith(notCard), md);
    assertTrue(md.contains("no reviewed paper or BibTeX entry introduces it"), md);
  }
}
