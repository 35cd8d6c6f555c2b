package dev.paperlens.corpus;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@link CueStarts} against the pattern of {@link CuedNames} it stands for. */
class CueStartsTest {
  /**
   * Cue phrases and near misses: every way the cue pattern may start, and words that start alike.
   */
  private static final String[] CUE_PIECES = {
    "Назвали ",
    "называется ",
    "назван ",
    "Под названием ",
    "под\tименем ",
    "зовут ",
    "зовётся ",
    "окрестили ",
    "получившую название ",
    "called ",
    "Named ",
    "dubbed ",
    "coined ",
    "Termed ",
    "we call ",
    "We term the ",
    "которую все знают как ",
    "Её знают как ",
    "его многие знают как ",
    "Их знают как ",
    "известная как ",
    "is known as ",
    "are known as ",
    "Known as ",
    "представляем ",
    "Создали ",
    "разработали ",
    "придумали ",
    "выкатили ",
    "выкатывают ",
    "выпустили ",
    "релизнули ",
    "анонсировали ",
    "сделали ",
    "получаем ",
    "we introduce ",
    "Introduces ",
    "introducing ",
    "released ",
    "Authors propose ",
    "presents ",
    "proposes ",
    "предлагаем ",
    "предложили ",
    "предложенный ",
    "вводим ",
    "Встречайте ",
    "знакомьтесь ",
    "мы обучаем ",
    "We train ",
    "собрали ",
    "обучена модель ",
    "Обучили модель ",
    "собран датасет ",
    "построили движок ",
    "построена система ",
    "выпускаем модель ",
    "trained a model ",
    "built the system ",
    "свой датасет ",
    "their own datasets ",
    "Our own model ",
    "всё это вместе — ",
    "Все вместе – ",
    "всё вместе ",
    "все ",
    "the ",
    "their ",
    "our ",
    "pro ",
    "protect ",
    "present ",
    "intro ",
    "into ",
    "train ",
    "knows ",
    "is ",
    "are ",
    "под ",
    "их ",
    "его ",
    "котор ",
    "свод ",
    "по",
    "Zorb ",
    "X, ",
    "\n",
    "-",
    "«",
    "2"
  };

  @Test
  void theCueIsTriedWhereverItCanStart() {
    Random random = new Random(21);
    Pattern cue = CuedNames.cuePattern();
    int matches = 0;
    for (int i = 0; i < 20_000; i++) {
      StringBuilder text = new StringBuilder();
      for (int j = random.nextInt(8); j > 0; j--) {
        text.append(CUE_PIECES[random.nextInt(CUE_PIECES.length)]);
      }
      String body = text.toString();
      Matcher m = cue.matcher(body).useTransparentBounds(true).useAnchoringBounds(false);
      for (int at = 0; at < body.length(); at++) {
        if (m.region(at, body.length()).lookingAt()) {
          matches++;
          assertTrue(CueStarts.startsCue(body, at, body.charAt(at)), at + ": " + body);
        }
      }
    }
    assertTrue(matches > 20_000, "too few cues to compare: " + matches);
  }
}
