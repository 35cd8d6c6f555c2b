package dev.paperlens.corpus;

import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The names of announced, counted and headed lists ({@link ListedNames}), through {@link
 * IntroducedNames}: a title and a body, one row per irregularity.
 */
class ListedNamesTest extends IntroducedNamesTable {

  @Override
  Stream<Arguments> titlesWithBodies() {
    return Stream.of(
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
            "the list a naming cue announces",
            "Cross-Gadget Learning at Scale",
            "на этом учат две модели, которые авторы называют GD-X:\n- GD-1-X - маленькая, как"
                + " GD-1\n- GD-2-X - большая",
            "GD-1-X",
            "GD-2-X",
            "GD-X"),
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
            "SG3"));
  }
}
