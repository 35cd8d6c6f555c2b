package dev.paperlens.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Title heads led by a coined word or naming a document, families with suffixed members, items
 * under a heading, and names in captions ({@link TitleHeads}, {@link NameFamilies}, {@link
 * NamePlaces}), one row per irregularity, through {@link IntroducedNames#introduced}.
 */
class NameFamiliesTest {
  @Test
  void membersFoundAtHyphensAreTheMembersFoundInTheLowerCasedBody() {
    String[] pieces = {
      "Phi-3", "phi-3-mini", "PHI-3-small", "-", "Phi", "-3", "İ", "i-x", "Llama-2-7B", "llama",
      " ", ". ", "ё", "Swin-T", "swin-", "-B", "Phi-3-mini/", "Ab-Ab-", "ab", "Tiny"
    };
    Random random = new Random(31);
    int members = 0;
    for (int i = 0; i < 20_000; i++) {
      StringBuilder text = new StringBuilder();
      for (int j = random.nextInt(12); j > 0; j--) {
        text.append(pieces[random.nextInt(pieces.length)]);
      }
      String body = text.toString();
      String lowerBody = NameFamilies.lowerKeepingOffsets(body);
      for (String family : List.of("Phi-3", "Llama", "Swin", "phi", "Tiny")) {
        String key = NameFamilies.lowerKeepingOffsets(family);
        assertTrue(!NameFamilies.overlapsItself(key), key);
        List<NameFamilies.Member> expected = NameFamilies.suffixed(body, lowerBody, key, Set.of());
        assertEquals(expected, NameFamilies.suffixedAtHyphens(body, key, Set.of()), body);
        members += expected.size();
      }
    }
    assertTrue(members > 2_000, "too few members to compare: " + members);
  }

  @Test
  void aKeyOverlapsItselfWhenAPrefixIsItsSuffix() {
    assertTrue(NameFamilies.overlapsItself("aa"));
    assertTrue(NameFamilies.overlapsItself("abab"));
    assertTrue(NameFamilies.overlapsItself("gpt-g"));
    assertTrue(!NameFamilies.overlapsItself("phi-3"));
    assertTrue(!NameFamilies.overlapsItself("llama"));
  }

  @Test
  void lowerCaseKeepsOffsetsAndIsTheJdksForEachUnit() {
    StringBuilder every = new StringBuilder();
    for (char c = 0; c < Character.MAX_VALUE; c++) {
      every.append(c);
    }
    String lower = NameFamilies.lowerKeepingOffsets(every.toString());
    assertEquals(every.length(), lower.length());
    for (int i = 0; i < lower.length(); i++) {
      assertEquals(Character.toLowerCase(every.charAt(i)), lower.charAt(i), "U+" + i);
    }
    assertEquals("zorb-3 ß i", NameFamilies.lowerKeepingOffsets("ZORB-3 ẞ İ"));
  }

  static Stream<Arguments> reviews() {
    return Stream.of(
        row(
            "a coined word and a kind head the title; letter codes are its sizes",
            "Glimbo Transformer: Hierarchical Widgets using Shifted Gizmos",
            "разбираем Glimbo Transformer. размеры: Glimbo-T, Glimbo-S и Glimbo-L",
            "Glimbo Transformer",
            "Glimbo-T",
            "Glimbo-S",
            "Glimbo-L"),
        row(
            "letters that lower-case to two characters (İ) before the family: offsets hold",
            "Zorb-3 Technical Report: A Capable Widget Model on Your Phone",
            "İSTANBUL İİİ: вышло семейство Zorb-3. главная модель zorb-3-mini, старшие"
                + " zorb-3-small и zorb-3-medium",
            "Zorb-3",
            "zorb-3-mini",
            "zorb-3-small",
            "zorb-3-medium"),
        row(
            "an English word heading the title is no coined word",
            "Sparse Transformer: Widgets for Long Gizmos",
            "разбираем Sparse Transformer, и все"),
        row(
            "a head in sentence case is a phrase",
            "Glimbo attention: Widgets for Long Gizmos",
            "разбираем, и все"),
        row(
            "the body names the model, the head the document; sizes as words",
            "Zorb-3 Technical Report: A Capable Widget Model on Your Phone",
            "вышло семейство Zorb-3. главная модель zorb-3-mini, старшие zorb-3-small и"
                + " zorb-3-medium",
            "Zorb-3",
            "zorb-3-mini",
            "zorb-3-small",
            "zorb-3-medium"),
        row(
            "a head whose kept part is not coined stays whole",
            "Stable Widget XL: Improving Latent Gizmos",
            "сравнивают со Stable Widget, и все",
            "Stable Widget XL"),
        row(
            "variant tags of a family abbreviated by its initials",
            "Widget Normalization: Accelerating Gizmo Training",
            "сам прием авторы называют Widget Normalization\n- WN-Baseline — просто сеть\n- WN-x5"
                + " и WN-x30 — с большим lr\n- WN-x5-Sigmoid — с сигмоидами",
            "Widget Normalization",
            "WN",
            "WN-Baseline",
            "WN-x5",
            "WN-x30",
            "WN-x5-Sigmoid"),
        row(
            "adjectives made of the name are no variants",
            "Zorblax: Widgets at Scale",
            "Zorblax-based модели и Zorblax-like подходы",
            "Zorblax"),
        row(
            "one suffixed form is no family of variants",
            "Zorblax: Widgets",
            "Zorblax-mean и все",
            "Zorblax"),
        row(
            "variants written apart, each in passing, are configurations, not a family",
            "Zorblax: Widgets",
            "разбираем Zorblax. в таблице Zorblax-mean лучше всех на длинных текстах\n"
                + "а вот Zorblax-pool отстает на два пункта",
            "Zorblax"),
        row(
            "variants heading two list items in a row are listed together",
            "Zorblax: Widgets",
            "разбираем Zorblax\n- Zorblax-mean, 7B: быстрее\n- Zorblax-pool, 14B: точнее",
            "Zorblax",
            "Zorblax-mean",
            "Zorblax-pool"),
        row(
            "items under a heading no cue announces define the paper's parts",
            "Blobbing: Efficient Widgets",
            "как это работает:\n- Double Blobbing: блобят еще и константы",
            "Blobbing",
            "Double Blobbing"),
        row(
            "items under a heading of data or benchmarks are what the paper is measured on",
            "Blobbing: Efficient Widgets",
            "датасеты:\n- GlorpSet: посты как вершины\n- Flimbo Bench: белковые графы",
            "Blobbing"),
        row(
            "variants set as later work",
            "Zorblax: Widgets",
            "впоследствии появились Zorblax-mean и Zorblax-pool",
            "Zorblax"),
        row(
            "a model distilled into another is no variant",
            "Zorblax: Widgets",
            "выложили Zorblax-Distill-Gizmo-7B и Zorblax-Distill-Gizmo-32B",
            "Zorblax"),
        row(
            "a caption shows the name the body keeps writing; a variant with a word",
            "Mastering Widgets by Planning",
            "до этого был ZorbNet\nна картинке — схема GizmoZero: слева планирование\n"
                + "GizmoZero догоняет ZorbNet\nесть вариант GizmoZero Reanalyze, который экономит"
                + " данные",
            "GizmoZero",
            "GizmoZero Reanalyze"),
        row(
            "a title that is only its name, spelled out with its abbreviation; the next sentence"
                + " begins in lower case",
            "Gizmo Attention Networks",
            "ребята принесли аттеншн в виджеты: Gizmo Attention Networks (GAT). вместо"
                + " фиксированных весов, как в GlorpNet, каждая вершина решает сама\nв GAT головы",
            "Gizmo Attention Networks",
            "GAT"),
        row(
            "a variant named by a word before the abbreviation",
            "Gizmo Attention Networks",
            "принесли аттеншн в виджеты: Gizmo Attention Networks (GAT). вместо весов каждая"
                + " вершина решает сама\nа Const-GAT (все веса равные) хуже, то есть GAT работает",
            "Gizmo Attention Networks",
            "GAT",
            "Const-GAT"),
        row(
            "an English prefix makes a word, earlier work is someone else's",
            "Widget Gizmo Transformer",
            "строим Widget Gizmo Transformer (WGT). WGT быстрее, а Non-WGT хуже\n"
                + "до этого был Fast-WGT, а WGT лучше",
            "Widget Gizmo Transformer",
            "WGT"),
        row(
            "a definition whose sentence cites others, \"et al.\" closing no sentence",
            "Gizmo Attention Networks",
            "как у Flimbo et al. Gizmo Attention Networks (GAT) вместо весов\nв GAT головы"),
        row(
            "sizes listed together, the family also written alone",
            "Zorblax: Widgets at Scale",
            "разбираем Zorblax. выложили Zorblax-7B и Zorblax-70B, Zorblax лучше",
            "Zorblax",
            "Zorblax-7B",
            "Zorblax-70B"),
        row(
            "one size in passing, the family also written alone, is one of its models",
            "Zorblax: Widgets at Scale",
            "разбираем Zorblax. в таблице есть и Zorblax-7B, Zorblax лучше",
            "Zorblax",
            "Zorblax-7B"),
        row(
            "a report's head the body never writes names the family of the models it gives",
            "Zorb-4 Technical Report: A Capable Widget Model on Your Phone",
            "Мы представляем zorb-4-mini, модель на 3,8B. модели на 7B и 14B, названные"
                + " zorb-4-small и zorb-4-medium, лучше",
            "zorb-4-mini",
            "zorb-4-small",
            "zorb-4-medium"),
        row(
            "a size of a lower-case name the body keeps writing",
            "z1: Simple widget scaling",
            "ответ — z1: тысяча примеров. тюнят и выходит z1-32B. z1-32B обгоняет всех, а z1-32B"
                + " дешевле",
            "z1",
            "z1-32B"),
        row(
            "variants glossed in brackets, listed together",
            "Zorblax: Widgets at Scale",
            "разбираем Zorblax. два своих датасета — Zorblax-prob (задачи по статистике) и"
                + " Zorblax-teasers (головоломки)",
            "Zorblax",
            "Zorblax-prob",
            "Zorblax-teasers"),
        row(
            "sizes of the variants found, listed together",
            "Zorb-2: Widgets That Act",
            "выкатили Zorb-2. отсюда Zorb-2-Glim-5B, Zorb-2-Glim-55B и Zorb-2-Flam-12B. в тексте"
                + " чаще просто Zorb-2-Glim и Zorb-2-Flam",
            "Zorb-2",
            "Zorb-2-Glim-5B",
            "Zorb-2-Glim-55B",
            "Zorb-2-Flam-12B",
            "Zorb-2-Glim",
            "Zorb-2-Flam"),
        row(
            "checkpoints on a base model told apart by Greek letters, listed together",
            "ZORP: Monolithic Widget Optimization",
            "мы предлагаем ZORP. публикуем чекпоинты Glimbo-ZORP-α (7B) и Glimbo-ZORP-β (7B)",
            "ZORP",
            "Glimbo-ZORP-α",
            "Glimbo-ZORP-β"),
        row(
            "the method on two different bases is no pair of variants",
            "ZORP: Monolithic Widget Optimization",
            "мы предлагаем ZORP. дальше Glimbo-ZORP-x и Flamo-ZORP-y",
            "ZORP"),
        row(
            "variants by an acronym after a space, a gloss between them",
            "Zorblax: Widgets at Scale",
            "разбираем Zorblax. варианты: Zorblax FF (сверточный торс) и Zorblax LSTM сверху",
            "Zorblax",
            "Zorblax FF",
            "Zorblax LSTM"),
        row(
            "variants by a rate with its unit",
            "Zorblax: Widgets at Scale",
            "разбираем Zorblax. две модели: Zorblax 24 kHz (моно) и Zorblax 48 kHz (стерео)",
            "Zorblax",
            "Zorblax 24 kHz",
            "Zorblax 48 kHz"),
        row(
            "variants on a line announcing them, each with what it does, a participle too",
            "Zorblax: Widgets at Scale",
            "разбираем Zorblax\nварианты: Zorblax-mini - множитель только на входе;"
                + " Zorblax-packed - k сетей в одном проходе\nZorblax-tuned и не только",
            "Zorblax",
            "Zorblax-mini",
            "Zorblax-packed"),
        row(
            "variants by an acronym, the clause before each not earlier work",
            "Zorblax: Widgets at Scale",
            "разбираем Zorblax. вариантов два: Zorblax FF - с энтропией; и Zorblax LSTM - с KL к"
                + " предыдущей политике",
            "Zorblax",
            "Zorblax FF",
            "Zorblax LSTM"),
        row(
            "one tag in passing, or a field's acronym, is no variant",
            "Zorblax: Widgets at Scale",
            "разбираем Zorblax. Zorblax FF быстрее; Zorblax LLM и Zorblax RL не бывает",
            "Zorblax"),
        row(
            "a benchmark counted out into its datasets",
            "Long Range Widget Benchmark",
            "мы представляем LRWB с 3 наборами данных: Zorb-SP, Glim-Contact и Flam-func",
            "LRWB",
            "Long Range Widget Benchmark",
            "Zorb-SP",
            "Glim-Contact",
            "Flam-func"),
        row(
            "a count the list does not match, or a comparison, adds nothing",
            "Long Range Widget Benchmark",
            "мы представляем LRWB с тремя наборами данных: Zorb-SP и Glim-Contact. сравнили LRWB"
                + " с двумя бейзлайнами: GlimNet и FlamNet",
            "LRWB",
            "Long Range Widget Benchmark"),
        row(
            "an item under a heading says what a part is, then names it after a dash",
            "Zorblax: Widgets at Scale",
            "разбираем Zorblax\nчто нового:\n- дискриминатор на многомасштабной STFT — MS-GLIMD,"
                + " один вместо целого зоопарка\n- балансировщик лоссов",
            "Zorblax",
            "MS-GLIMD"),
        row(
            "such an item under a heading of data, or a name written before, is someone else's",
            "Zorblax: Widgets at Scale",
            "разбираем Zorblax, его сравнивают с FlamNet\nдатасеты:\n- картинки с подписями —"
                + " Glim-COCO\nчто нового:\n- сеть из прошлой статьи — FlamNet",
            "Zorblax"),
        row(
            "the package a code line gives, carrying the paper's name",
            "ZORB: Uniform Widget Approximation and Projection",
            "разбираем ZORB, он быстрее всех\nкод: zorb-learn",
            "ZORB",
            "zorb-learn"),
        row(
            "a package named by py and the paper's name, installed",
            "GLIM: Kolmogorov Widget Networks",
            "разбираем GLIM, он быстрее всех. ставится через pip install pyglim",
            "GLIM",
            "pyglim"),
        row(
            "a package that does not carry the paper's name is a tool used",
            "ZORB: Uniform Widget Approximation and Projection",
            "разбираем ZORB, он быстрее всех\nкод: allennlp\npip install zorbitron",
            "ZORB"),
        row(
            "a caption's name written once more is not the paper's",
            "Mastering Widgets by Planning",
            "на картинке — схема GizmoZero, а ZorbNet лучше\nZorbNet и GizmoZero\nZorbNet"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("reviews")
  void namesFromTitleHeadsFamiliesAndCaptions(
      String irregularity, String title, String body, List<String> expected) {
    assertEquals(expected, IntroducedNames.introduced(title, body));
  }

  private static Arguments row(String irregularity, String title, String body, String... names) {
    return Arguments.of(irregularity, title, body, List.of(names));
  }
}
