package dev.paperlens.corpus;

import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Variants of an introduced name ({@link NameVariants}), through {@link IntroducedNames}: a title
 * and a body, one row per irregularity.
 */
class NameVariantsTest extends IntroducedNamesTable {

  @Override
  Stream<Arguments> titlesWithBodies() {
    return Stream.of(
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
            "English words before an English name are no variants",
            "Widget Vision Transformers",
            "Vision Transformer, Sparse Transformer и Linear Transformer сравнивают"));
  }
}
