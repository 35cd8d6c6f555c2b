package dev.paperlens.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReviewSummaryTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Первое. Второе! Третье. | Первое. Второе!",
        "строка без точки\\nвторая строка\\nтретья | строка без точки вторая строка",
        "версия 1.5 лучше. да | версия 1.5 лучше. да",
        "'' | ''",
      })
  void withoutContentCuesTheFirstSentencesAreTheGist(String text, String expected) {
    assertEquals(expected, ReviewSummary.of(text.replace("\\n", "\n")));
  }

  /**
   * Reviews as channels write them: a joke or a lead-in first, then what the paper did. The gist is
   * the sentences with the method and the result, in the review's order.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // A lead-in, the method, a heading, the results as a list, an opinion.
        "Titans: Learning to Memorize at Test Time"
            + "|ну что, добрались и до титанов, пятница же\\n"
            + "авторы предлагают модуль долговременной памяти, который учится запоминать прямо во"
            + " время теста\\n"
            + "что по результатам:\\n"
            + "- на длинном контексте обгоняет трансформеры и Mamba в 2 раза по точности\\n"
            + "имхо красиво, но код пока не выложили"
            + "|авторы предлагают модуль долговременной памяти, который учится запоминать прямо во"
            + " время теста - на длинном контексте обгоняет трансформеры и Mamba в 2 раза по"
            + " точности",
        // A joke with an exclamation and a question before the idea.
        "Direct Preference Optimization"
            + "|RLHF без RL? звучит как шутка! "
            + "Идея: вместо reward-модели и PPO DPO оптимизирует политику напрямую по парам"
            + " предпочтений. На суммаризации выигрывает у PPO при 3x меньших затратах."
            + "|Идея: вместо reward-модели и PPO DPO оптимизирует политику напрямую по парам"
            + " предпочтений. На суммаризации выигрывает у PPO при 3x меньших затратах.",
        // English, with a lead-in and a closing joke.
        "Sparse Mixture of Adapters"
            + "|Finally, Friday paper time. "
            + "We propose a sparse mixture of LoRA adapters routed per token. "
            + "It reduces fine-tuning memory by 40% while matching full fine-tuning on GLUE. "
            + "My GPU is happy, lol!"
            + "|We propose a sparse mixture of LoRA adapters routed per token. It reduces"
            + " fine-tuning memory by 40% while matching full fine-tuning on GLUE.",
        // The idea, a drawback, then the results as a list: the idea and a result.
        "Selective State Spaces"
            + "|ну вот и до нас дошла эта статья\\n"
            + "идея: параметры модели зависят от входа, и модель сама выбирает, что помнить\\n"
            + "минус - авторам пришлось писать свой параллельный скан под GPU\\n"
            + "- на 1B работает на уровне трансформера вдвое больше\\n"
            + "- на длинных последовательностях стабильно"
            + "|идея: параметры модели зависят от входа, и модель сама выбирает, что помнить - на 1B"
            + " работает на уровне трансформера вдвое больше",
        // A digest that starts with the background: the sentence that introduces the method wins.
        "Low-Rank Adaptation"
            + "|Дообучение больших моделей целиком становится слишком дорогим. "
            + "Мы представляем низкоранговую адаптацию, которая замораживает веса и добавляет"
            + " в слои обучаемые матрицы низкого ранга."
            + "|Мы представляем низкоранговую адаптацию, которая замораживает веса и добавляет в"
            + " слои обучаемые матрицы низкого ранга.",
      })
  void theGistSaysWhatThePaperDid(String title, String review, String gist) {
    assertEquals(gist, ReviewSummary.of(review.replace("\\n", "\n"), title));
  }

  @Test
  void aGistIsAtMostTwoSentences() {
    String review =
        "Авторы предлагают метод A. Авторы показывают результат 1. Авторы обучают модель 2.";
    assertEquals(2, ReviewSummary.sentences(ReviewSummary.of(review)).size());
  }

  @Test
  void abbreviationsEndNoSentence() {
    assertEquals(
        java.util.List.of("т.е. модель учится сама, см. рис. 2.", "Дальше."),
        ReviewSummary.sentences("т.е. модель учится сама, см. рис. 2. Дальше."));
  }

  @Test
  void aLongFirstSentenceIsCutWithAnEllipsis() {
    String summary = ReviewSummary.of("короткая строка\n" + "слово, ".repeat(60) + "конец.");
    assertTrue(summary.length() <= ReviewSummary.MAX, summary);
    assertTrue(summary.startsWith("короткая строка слово,"), summary);
    assertTrue(summary.endsWith("…"), summary);
  }

  @Test
  void longTextIsCutAtAWord() {
    String summary = ReviewSummary.of("слово ".repeat(100));
    assertTrue(summary.length() <= ReviewSummary.MAX, summary);
    assertTrue(summary.endsWith("слово…"), summary);
  }

  /** The words of a sentence are the matches of the word pattern, read without it. */
  @Test
  void wordsAreThePatternsMatches() {
    Pattern word = Pattern.compile("[\\p{L}\\p{N}]+(?:[.,][\\p{N}]+)*");
    String[] pieces = {
      "llama", "Ё", "3", "5", ".", ",", " ", "²", "Ⅻ", "٣", "-", "𝔸", "\uD835", "x", "..", "1,5"
    };
    Random random = new Random(3);
    for (int i = 0; i < 20_000; i++) {
      StringBuilder text = new StringBuilder();
      for (int j = random.nextInt(9); j > 0; j--) {
        text.append(pieces[random.nextInt(pieces.length)]);
      }
      List<String> expected = new ArrayList<>();
      Matcher m = word.matcher(text);
      while (m.find()) {
        expected.add(m.group());
      }
      assertEquals(expected, ReviewSummary.words(text.toString()), text.toString());
    }
  }

  /**
   * The lines are the pieces of the line-break pattern's split, but for trailing empty lines, and
   * the sentences the same as read from those pieces.
   */
  @Test
  void linesAreThePatternsPieces() {
    Pattern lineBreak = Pattern.compile("\\R");
    String[] pieces = {
      "идея", " ", "\n", "\r", "\r\n", "\u000B", "\f", "\u0085", "\u2028", "\u2029", "x.", "- "
    };
    Random random = new Random(5);
    for (int i = 0; i < 20_000; i++) {
      StringBuilder text = new StringBuilder();
      for (int j = random.nextInt(9); j > 0; j--) {
        text.append(pieces[random.nextInt(pieces.length)]);
      }
      List<String> expected = withoutTrailingEmpty(List.of(lineBreak.split(text)));
      List<String> lines = withoutTrailingEmpty(ReviewSummary.lines(text.toString()));
      assertEquals(expected, lines, text.toString());
    }
  }

  private static List<String> withoutTrailingEmpty(List<String> lines) {
    List<String> out = new ArrayList<>(lines);
    while (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
      out.remove(out.size() - 1);
    }
    return out;
  }

  /** A lead-in after list marks still counts: the marks are skipped as the pattern skipped them. */
  @Test
  void leadInsAreReadAfterListMarks() {
    double plain =
        ReviewSummary.score("авторы предлагают новый метод обучения", 0, java.util.Set.of());
    double leadIn =
        ReviewSummary.score(
            " —• итак, авторы предлагают новый метод обучения", 0, java.util.Set.of());
    assertEquals(plain - 3, leadIn, 1e-9);
  }
}
