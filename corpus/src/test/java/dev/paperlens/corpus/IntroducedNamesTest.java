package dev.paperlens.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class IntroducedNamesTest extends IntroducedNamesTable {

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
  @MethodSource("dev.paperlens.corpus.CuedNamesTest#bodies")
  void titleNamesComeFirst(String irregularity, String body, List<String> fromBody) {
    List<String> names = IntroducedNames.introduced("ZetaNet: Widgets", body);
    assertEquals("ZetaNet", names.get(0));
    assertEquals(fromBody, names.subList(1, names.size()));
  }

  @Override
  Stream<Arguments> titlesWithBodies() {
    return Stream.of(
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
            "a clause inside a gloss gives the glossed name; сами is the authors",
            "Scalable Gizmo Agents",
            "тестят на GizLab-30 (30 задач в Gizmo Lab, которые сами и собрали) и на Atari",
            "GizLab-30"),
        row3(
            "a clause inside a gloss naming someone else gives nothing",
            "Scalable Gizmo Agents",
            "тестят на GizLab-30 (30 задач в Gizmo Lab, которые собрали Зорб и др.) и на Atari"));
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
            List.of("Zorblax")),
        Arguments.of(
            "a report's title without an abstract names its model, not the report",
            "Zorb-3 Technical Report: A Capable Widget Model on Your Phone",
            null,
            List.of("Zorb-3"),
            List.of("Zorb-3")));
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
}
