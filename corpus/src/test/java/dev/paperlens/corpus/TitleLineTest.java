package dev.paperlens.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TitleLineTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Mamba: Linear-Time Sequence Modeling with Selective State Spaces | true",
        "Attention Is All You Need                                        | true",
        "xLSTM: Extended Long Short-Term Memory                           | true",
        "wav2vec 2.0: A Framework for Self-Supervised Learning of Speech  | true",
        "Do Transformers Really Perform Bad for Graph Representation?    | true",
        "🔥 Titans: Learning to Memorize at Test Time                     | true",
        "The Hedgehog & the Porcupine: Expressive Linear Attentions with Softmax Mimicry | true",
        "Memory Mosaics                                                   | true",
        "Mamba                                                            | false",
        "ну что, наконец-то дошли руки до мамбы                           | false",
        "yo, Беркли сделали один трансформер                              | false",
        "rizzearch throwback                                              | false",
        "This paper is great.                                             | false",
        "https://arxiv.org/abs/2312.00752                                 | false",
        "AI21 скрестили трансформер и мамбу                               | false",
        "see the code below                                               | false"
      })
  void looksLikeTitle(String line, boolean expected) {
    assertEquals(expected, TitleLine.looksLikeTitle(line));
  }
}
