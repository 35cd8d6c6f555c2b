package dev.paperlens.bench;

import dev.paperlens.index.AnalyzerTokens;
import dev.paperlens.index.MixedScriptAnalyzer;
import dev.paperlens.index.RussianStemming;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.hunspell.Dictionary;
import org.apache.lucene.analysis.hunspell.HunspellStemFilter;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * Measures the Russian stemmers the index can use: how many groups of word forms each conflates to
 * one term, how many distinct words it wrongly merges, and how fast it analyzes text. Run with
 * {@code java -cp paperlens-server.jar dev.paperlens.index.StemmerComparison [ru_RU.aff]
 * [TEXT...]}.
 */
public final class StemmerComparison {
  private StemmerComparison() {}

  /** Forms of one word each, as ML reviews decline them. */
  static final List<List<String>> GROUPS =
      List.of(
          List.of("модель", "модели", "моделью", "моделей", "моделям", "моделями", "моделях"),
          List.of("память", "памяти", "памятью"),
          List.of("обучение", "обучения", "обучением", "обучению", "обучении"),
          List.of("мозаика", "мозаики", "мозаик", "мозаикой", "мозаику"),
          List.of("трансформер", "трансформера", "трансформеры", "трансформеров", "трансформером"),
          List.of("сеть", "сети", "сетью", "сетей", "сетям"),
          List.of("датасет", "датасета", "датасеты", "датасетов", "датасетах"),
          List.of("внимание", "внимания", "вниманием"),
          List.of("задача", "задачи", "задач", "задачах", "задачу"),
          List.of("матрица", "матрицы", "матриц", "матрицами"),
          List.of("лучший", "лучшая", "лучшее", "лучшие", "лучших"),
          List.of("генерировать", "генерирует", "генерируют", "генерировал"),
          List.of("шум", "шума", "шумом", "шумы"),
          List.of("кадр", "кадра", "кадры", "кадров"),
          List.of("ребёнок", "ребенка", "дети", "детей"),
          List.of("слой", "слоя", "слои", "слоев", "слоёв"),
          List.of("длинный", "длинные", "длинных", "длиннее"),
          List.of("идти", "идёт", "шёл", "шли"));

  /** Distinct words that must stay apart. */
  static final List<String> DISTINCT =
      List.of(
          "мир",
          "мирный",
          "память",
          "памятник",
          "сеть",
          "сетка",
          "сетевой",
          "лора",
          "лорд",
          "атлас",
          "атласный",
          "гиена",
          "гигиена",
          "шум",
          "шуметь",
          "шумный",
          "генератор",
          "генерация",
          "задача",
          "задачник",
          "модель",
          "модельер",
          "кадр",
          "кадровый");

  public static void main(String[] args) throws IOException {
    Path affix = null;
    List<Path> texts = new ArrayList<>();
    for (String arg : args) {
      if (arg.endsWith(".aff")) {
        affix = Path.of(arg);
      } else {
        texts.add(Path.of(arg));
      }
    }
    StringBuilder corpus = new StringBuilder();
    for (Path text : texts) {
      corpus.append(Files.readString(text, StandardCharsets.UTF_8)).append('\n');
    }
    String sample = corpus.toString().repeat(Math.max(1, 2_000_000 / Math.max(1, corpus.length())));
    System.out.println(
        "| stemmer | groups conflated | forms not joined | distinct words merged |"
            + " tokens/s |");
    System.out.println("|---|---|---|---|---|");
    Map<String, Function<TokenStream, TokenStream>> stemmers = new LinkedHashMap<>();
    for (RussianStemming stemming : RussianStemming.values()) {
      stemmers.put(stemming.name(), stemming.filter());
    }
    if (affix != null) {
      Dictionary dictionary = hunspell(affix);
      stemmers.put("HUNSPELL", in -> new HunspellStemFilter(in, dictionary, true, true));
    }
    for (Map.Entry<String, Function<TokenStream, TokenStream>> stemmer : stemmers.entrySet()) {
      String stemming = stemmer.getKey();
      try (Analyzer analyzer = new MixedScriptAnalyzer(stemmer.getValue())) {
        int conflated = 0;
        int stray = 0;
        for (List<String> group : GROUPS) {
          Map<String, Integer> stems = new HashMap<>();
          for (String form : group) {
            for (String stem : AnalyzerTokens.of(analyzer, form)) {
              stems.merge(stem, 1, Integer::sum);
            }
          }
          int best = stems.values().stream().mapToInt(Integer::intValue).max().orElse(0);
          if (best >= group.size()) {
            conflated++;
          }
          stray += Math.max(0, group.size() - best);
        }
        int merged = 0;
        Map<String, String> owner = new HashMap<>();
        for (String word : DISTINCT) {
          for (String stem : AnalyzerTokens.of(analyzer, word)) {
            String previous = owner.putIfAbsent(stem, word);
            if (previous != null && !previous.equals(word)) {
              merged++;
            }
          }
        }
        double tokensPerSecond = sample.isEmpty() ? 0 : throughput(analyzer, sample);
        System.out.printf(
            Locale.ROOT,
            "| %s | %d / %d | %d | %d | %,.0f |%n",
            stemming.toLowerCase(Locale.ROOT),
            conflated,
            GROUPS.size(),
            stray,
            merged,
            tokensPerSecond);
      }
    }
  }

  /** The tokens an analyzer makes of a text (a word, or a whole review). */
  /** Best of several rounds, so that JIT warm-up does not decide the order. */
  private static double throughput(Analyzer analyzer, String text) throws IOException {
    double best = 0;
    for (int round = 0; round < 6; round++) {
      long tokens = 0;
      long start = System.nanoTime();
      try (TokenStream stream = analyzer.tokenStream("body", text)) {
        stream.reset();
        while (stream.incrementToken()) {
          tokens++;
        }
        stream.end();
      }
      best = Math.max(best, tokens / ((System.nanoTime() - start) / 1e9));
    }
    return best;
  }

  private static Dictionary hunspell(Path affix) throws IOException {
    Path dic = affix.resolveSibling(affix.getFileName().toString().replaceAll("\\.aff$", ".dic"));
    try (InputStream aff = Files.newInputStream(affix);
        InputStream words = Files.newInputStream(dic)) {
      return new Dictionary(new ByteBuffersDirectory(), "hunspell", aff, words);
    } catch (java.text.ParseException e) {
      throw new IOException("cannot read Hunspell dictionary " + affix, e);
    }
  }
}
