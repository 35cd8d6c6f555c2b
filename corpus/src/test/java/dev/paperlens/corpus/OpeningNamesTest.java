package dev.paperlens.corpus;

import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The name a post opens by showing ({@link OpeningNames}), through {@link IntroducedNames}: a title
 * and a body, one row per irregularity.
 */
class OpeningNamesTest extends IntroducedNamesTable {

  @Override
  Stream<Arguments> titlesWithBodies() {
    return Stream.of(
        row3(
            "a name the opening shows, which the body comes back to",
            "Widgets are Unsupervised Multitask Learners",
            "Acme вчера показали Zorb-2 и... не выложили веса. по сути это Zorb, только больше\n"
                + "Zorb-2 пишет фейковые новости",
            "Zorb-2"),
        row3(
            "a Cyrillic spelling counts as the body coming back to it",
            "Emerging Properties in Self-Supervised Widgets",
            "Acme вместе с Inria выложили Nimbo, и это первая такая работа\nу нимбо нет негативов,"
                + " и учится он сам",
            "Nimbo"),
        row3(
            "a name the opening shows once is passing news",
            "Learning Dexterous Widget Manipulation",
            "Acme показали Zorbix — систему, которая крутит кубик. учили в симуляции",
            new String[0]),
        row3(
            "an English opening",
            "Symbolic Discovery of Widgets",
            "Acme showed Zorbix, a widget optimiser. Zorbix keeps one moment, not two",
            "Zorbix"),
        row3(
            "a title head the body writes names the paper, not the opening",
            "Maskrix: Detecting Widgets",
            "Acme наконец выложили Detectrix, так что самое время разобрать статью\n"
                + "Maskrix учится в Detectrix быстро",
            "Maskrix"),
        row3(
            "a shown name in a later sentence is not the opening's",
            "Do As I Can, Not As I Say",
            "робот слушает языковую модель. потом подставили PaLMo, и PaLMo стало лучше",
            new String[0]),
        row3(
            "an abstract opens with the work it builds on",
            null,
            "Acme showed Zorbix last year. We make Zorbix faster with a widget cache",
            new String[0]),
        row3(
            "a verb set in the past shows someone else's thing",
            "Widgets Without Labels",
            "ранее Acme выложили Zorbix, а теперь его улучшили, и Zorbix быстрее",
            new String[0]));
  }
}
