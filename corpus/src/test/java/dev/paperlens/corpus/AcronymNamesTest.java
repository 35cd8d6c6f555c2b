package dev.paperlens.corpus;

import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * An acronym and the phrase its initials spell ({@link AcronymNames}), through {@link
 * IntroducedNames}: a title and a body, one row per irregularity.
 */
class AcronymNamesTest extends IntroducedNamesTable {

  @Override
  Stream<Arguments> titlesWithBodies() {
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
            "two letters spell too much", "Scalable Widgets: A Study", "сравниваем с SW и прочими"),
        row3(
            "a generic acronym is no name", "Large Language Models Are Widgets", "любая LLM умеет"),
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
            "an abbreviation of part of the spelled-out name is the earlier thing",
            "Continuous Gadget Control",
            "берем детерминированный widget gradient DWG от Зорба\nполучился метод, который авторы"
                + " назвали Deep Deterministic Widget Gradient (DDWG)",
            "Deep Deterministic Widget Gradient (DDWG)",
            "DDWG",
            "Deep Deterministic Widget Gradient"),
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
            "авторы переформулируют задачу, и DG просто предсказывает действия"));
  }
}
