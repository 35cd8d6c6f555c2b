package dev.paperlens.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpelledInBothTest {

  /**
   * A body, the plain Latin words it gives, its Cyrillic words Russian has no word for, and those
   * of them that stand where names stand (a kind noun before, quotes, a capital, a version).
   */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "в diffusers его можно завести | diffusers | '' | ''",
        "лосс как в Skip-gram, только на графе | Skip-gram | '' | ''",
        // English prose, a path and an acronym give nothing
        "we use diffusers here | '' | '' | ''",
        "лежит в huggingface/diffusers | '' | '' | ''",
        "обучили VAE на картинках | '' | '' | ''",
        // Russian words and the glossary's words are no spellings; short words are not asked
        "пайплайн лежит в диффузерсах | '' | пайплайн диффузерсах | ''",
        "модель на датасетах и куду | '' | '' | ''",
        "векторы из библиотеки генсим | '' | генсим | генсим",
        "векторы из «генсима» | '' | генсима | генсима",
      })
  void givesPlainLatinAndUnknownCyrillicWords(
      String body, String latin, String cyrillic, String signed) {
    SpelledInBoth.Words words = SpelledInBoth.of(body);
    assertEquals(list(latin), words.latin());
    assertEquals(list(cyrillic), words.cyrillic());
    assertEquals(list(signed), words.signed());
  }

  @Test
  void aListedLatinWordIsANameWhereACyrillicWordReadsAsIt() {
    List<SpelledInBoth.Words> bodies =
        List.of(
            SpelledInBoth.of("в diffusers его можно завести"),
            SpelledInBoth.of("все лежит в диффузерсах"));
    assertEquals(List.of("diffusers"), SpelledInBoth.names(bodies, Set.of()));
    // a word the vocabulary holds is not asked again
    assertEquals(List.of(), SpelledInBoth.names(bodies, Set.of("diffusers")));
    // one spelling alone is no evidence
    assertEquals(List.of(), SpelledInBoth.names(List.of(bodies.get(0)), Set.of()));
  }

  @Test
  void anUnlistedWordEnglishLacksNeedsASignOfANameByItsCyrillicSpelling() {
    SpelledInBoth.Words latin = SpelledInBoth.of("векторы учим через gensim и softmax");
    assertEquals(
        List.of("gensim"),
        SpelledInBoth.names(
            List.of(latin, SpelledInBoth.of("векторы из библиотеки генсим")), Set.of()));
    // without a sign, a word of the field said both ways stays a word
    assertEquals(
        List.of(),
        SpelledInBoth.names(
            List.of(latin, SpelledInBoth.of("векторы из генсима, а сверху софтмакс")), Set.of()));
  }

  /**
   * The word scan takes exactly the words these two patterns, which it replaced, find: in every
   * review body of the evaluation set and in random texts of the characters that decide a border
   * (letters and numbers of other scripts, a letter beyond the basic plane, a lone surrogate, the
   * signs of paths and identifiers).
   */
  @Test
  void scansTheWordsTheRegularExpressionsFind() throws IOException {
    List<String> texts = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of("src/test/resources/names-eval"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".review")).sorted().toList()) {
        texts.add(Files.readString(file, StandardCharsets.UTF_8));
      }
    }
    assertTrue(texts.size() > 100, "review bodies read: " + texts.size());
    String[] pieces = {
      "a",
      "b",
      "z",
      "Q",
      "Z",
      "0",
      "7",
      "-",
      ".",
      "/",
      "_",
      "@",
      "#",
      ":",
      "$",
      " ",
      " ",
      ",",
      "«",
      "\n",
      "ж",
      "Ж",
      "ё",
      "Ё",
      "ы",
      "ъ",
      "ѣ",
      "\u0663",
      "\u216B",
      "\u00B2",
      "\u02B0",
      "\u00E9",
      "\uD835\uDC00",
      "\uD835",
      "\uDC00",
      "gensim",
      "Skip-gram",
      "диффузерсах",
      "Генсим",
      "x.py"
    };
    Random random = new Random(34);
    for (int t = 0; t < 20_000; t++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(40);
      for (int k = 0; k < length; k++) {
        text.append(pieces[random.nextInt(pieces.length)]);
      }
      texts.add(text.toString());
    }
    for (String text : texts) {
      assertEquals(found(PLAIN_LATIN, text), scanned(SpelledInBoth::plainLatinEnd, text), text);
      assertEquals(found(CYRILLIC_WORD, text), scanned(SpelledInBoth::cyrillicWordEnd, text), text);
    }
  }

  private static final Pattern PLAIN_LATIN =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}_/.@#:$-])[A-Za-z][a-z0-9]*(?:-[a-z0-9]+)*(?![\\p{L}\\p{N}_/@-]|\\.\\w)");

  private static final Pattern CYRILLIC_WORD =
      Pattern.compile("(?<![\\p{L}\\p{N}])[А-ЯЁа-яё][а-яё]{4,}(?![\\p{L}\\p{N}])");

  private static List<String> found(Pattern pattern, String text) {
    List<String> spans = new ArrayList<>();
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      spans.add(m.start() + "-" + m.end());
    }
    return spans;
  }

  private static List<String> scanned(BiFunction<String, Integer, Integer> end, String text) {
    List<String> spans = new ArrayList<>();
    for (int i = 0; i < text.length(); i++) {
      int e = end.apply(text, i);
      if (e >= 0) {
        spans.add(i + "-" + e);
        i = e - 1;
      }
    }
    return spans;
  }

  private static List<String> list(String words) {
    return words.isBlank() ? List.of() : Arrays.asList(words.trim().split("\\s+"));
  }
}
