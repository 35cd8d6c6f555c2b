package dev.paperlens.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The check that lets a body without "hereafter" and its Russian kin skip that pattern. */
class HereafterWordsTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "3D Gaussian Splatting, hereafter 3DGS | true",
        "HENCEFORTH the model | true",
        "Matryoshka, далее — MRL | true",
        "ДАЛЬШЕ буду писать 3DGS | true",
        "long-legged de: \u1c81алее MRL | true",
        "here after all | false",
        "thereafter the model | false",
        "the model (hereafter Zorb) | true",
        "дело в том | false",
        "no such word at all | false",
        "'' | false"
      })
  void tellsBodiesThatWriteTheWord(String body, boolean writes) {
    assertEquals(writes, AliasedNames.writesHereafter(body));
  }

  @Test
  void neverSaysNoWhereTheCaseInsensitivePatternFindsTheWord() {
    Pattern words = Pattern.compile("(?iu)(?:далее|дальше|hereafter|henceforth)");
    String alphabet = "hHeErRaAfFtTnNcCoOдДᲁаАлЛеЕьшШ .";
    Random random = new Random(18);
    int found = 0;
    for (int i = 0; i < 200_000; i++) {
      StringBuilder body = new StringBuilder();
      String word = new String[] {"далее", "дальше", "hereafter", "henceforth"}[random.nextInt(4)];
      for (char c : word.toCharArray()) {
        // each letter kept, or in the other case, or replaced by a random one
        int roll = random.nextInt(12);
        body.append(
            roll == 0
                ? alphabet.charAt(random.nextInt(alphabet.length()))
                : roll < 6 ? Character.toUpperCase(c) : c);
      }
      if (words.matcher(body).find()) {
        found++;
        assertTrue(AliasedNames.writesHereafter(body.toString()), body.toString());
      }
    }
    assertTrue(found > 10_000, "the generated bodies write the words often: " + found);
  }
}
