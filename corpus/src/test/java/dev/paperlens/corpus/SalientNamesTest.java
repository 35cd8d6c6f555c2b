package dev.paperlens.corpus;

import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The name a body is about ({@link SalientNames}), through {@link IntroducedNames}: a title and a
 * body, one row per irregularity.
 */
class SalientNamesTest extends IntroducedNamesTable {

  @Override
  Stream<Arguments> titlesWithBodies() {
    return Stream.of(
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
            "a body that opens by defining a name",
            "Widgets at Scale",
            "Zorblax — это модель для виджетов. Сравнивают с GPT-4",
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
            "a title word the head's name is built on is the earlier model",
            "WidBERTa: A Robustly Optimized BERT Approach",
            "WidBERTa это BERT, обученный дольше. BERT был недообучен, а WidBERTa нет.",
            "WidBERTa"),
        row3(
            "the salient family's members are not its rivals",
            "Very Deep Gizmo Networks for Recognition",
            "сетки FGG бывают разной глубины, самая ходовая — FGG-16\nFGG-16 учили на ImageNet две"
                + " недели, FGG-19 чуть точнее\nвеса FGG-16 выложили, берите вместо AlexNet",
            "FGG",
            "FGG-16",
            "FGG-19"));
  }
}
