package dev.paperlens.corpus;

import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The sizes and members of an introduced family ({@link FamilyMembers}), through {@link
 * IntroducedNames}: a title and a body, one row per irregularity.
 */
class FamilyMembersTest extends IntroducedNamesTable {

  @Override
  Stream<Arguments> titlesWithBodies() {
    return Stream.of(
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
            "sizes of another model are not the paper's",
            "Widgets for Everyone",
            "Мы представляем Zorblax и сравниваем его с Gizmo 7B и 13B",
            "Zorblax"),
        row3(
            "a mixture of experts' size: total, then active parameters",
            "Blorp3 Technical Report",
            "линейка: плотные Blorp3-4B и Blorp3-8B, и MoE Blorp3-30B-A3B (3B активных)",
            "Blorp3",
            "Blorp3-4B",
            "Blorp3-8B",
            "Blorp3-30B-A3B"));
  }
}
