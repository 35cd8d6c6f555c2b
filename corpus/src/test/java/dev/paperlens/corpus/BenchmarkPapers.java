package dev.paperlens.corpus;

import dev.paperlens.text.CrossScript;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * A deterministic corpus of papers shaped like the real one for the index benchmark: English titles
 * led by a compound method name, mostly Russian reviews that mention popular names in both scripts.
 */
public final class BenchmarkPapers {
  private BenchmarkPapers() {}

  private static final String[] HEADS = {
    "Hyena", "Mamba", "Lo", "Q", "Atlas", "Titan", "Mosaic", "Fifo", "Octo", "Llava", "Gemma",
    "Phi", "Rwkv", "Retro", "Flash", "Mega", "Nano", "Hyper", "Meta", "Auto", "Deep", "Sparse",
    "Diff", "Vision", "Graph", "Token", "Star", "Orca", "Zephyr", "Falcon", "Jamba", "Griffin"
  };
  private static final String[] TAILS = {
    "DNA",
    "RA",
    "Former",
    "Net",
    "GPT",
    "Diffusion",
    "Mixer",
    "VAE",
    "Attn",
    "LM",
    "Bench",
    "Flow",
    "Seg",
    "Gen",
    "Coder",
    "Vid"
  };
  private static final String[] TITLE_WORDS =
      ("learning scaling long range sequence modeling attention memory efficient fine tuning"
              + " quantized language models video generation infinite diffusion transformers"
              + " retrieval augmented reasoning agents robotics policy cross embodied manipulation"
              + " navigation genomic nucleotide resolution optimal context test time linear"
              + " state space recurrent networks vision images tokens mixture experts sparse dense"
              + " alignment preference optimization reward human feedback benchmark evaluation")
          .split(" ");
  private static final String[] RUSSIAN_WORDS =
      ("модель модели моделей память памяти обучение обучения задача задачи данные данных"
              + " архитектура архитектуры трансформер трансформера внимание внимания слой слои"
              + " матрица матрицы генерация генерации видео картинки текст текста авторы"
              + " предлагают показывают результаты эксперименты качество скорость контекст"
              + " длинный длинные последовательности токены токенов метод метода подход"
              + " интересно кажется вообще например поэтому конечно статья статье работа")
          .split(" ");

  /** Papers holding about {@code reviews} reviews in all, the same ones for the same seed. */
  public static List<Paper> generate(int reviews, long seed) {
    Random random = new Random(seed);
    int popular = Math.max(50, reviews / 200);
    List<String> popularNames = new ArrayList<>(popular);
    for (int i = 0; i < popular; i++) {
      popularNames.add(methodName(random, i));
    }
    List<Paper> papers = new ArrayList<>(reviews * 2 / 3);
    int made = 0;
    for (int n = 0; made < reviews; n++) {
      String method = methodName(random, popular + n);
      StringBuilder title = new StringBuilder(method).append(':');
      for (int w = 3 + random.nextInt(6); w > 0; w--) {
        title.append(' ').append(TITLE_WORDS[random.nextInt(TITLE_WORDS.length)]);
      }
      int year = 2019 + random.nextInt(7);
      String key = "author" + n + year + method.toLowerCase(Locale.ROOT);
      List<Mention> mentions = new ArrayList<>();
      for (int m = random.nextInt(3); m >= 0; m--) {
        String name = popularNames.get(zipf(random, popular));
        if (mentions.stream().noneMatch(x -> x.name().equals(name))) {
          String cyrillic = CrossScript.toCyrillic(name);
          mentions.add(new Mention(name, List.of(name, cyrillic), List.of(2)));
        }
      }
      int count =
          Math.min(reviews - made, 1 + (random.nextInt(10) < 3 ? 1 + random.nextInt(3) : 0));
      List<Review> paperReviews = new ArrayList<>(count);
      for (int r = 0; r < count; r++) {
        String path = "source-" + (made / 500) + ".txt";
        String date =
            String.format(
                "%d-%02d-%02dT12:00:00", year, 1 + random.nextInt(12), 1 + random.nextInt(28));
        String text = reviewText(random, method, mentions);
        paperReviews.add(
            new Review(
                path,
                SourceFormat.TELEGRAM_TEXT,
                1,
                20,
                title.toString(),
                "channel",
                date,
                null,
                null,
                Reactions.NONE,
                List.of(),
                text,
                text.substring(0, Math.min(160, text.length())),
                mentions));
        made++;
      }
      papers.add(
          new Paper(
              key,
              title.toString(),
              year,
              List.of(),
              PaperIds.NONE,
              List.of(method),
              paperReviews,
              mentions,
              null));
    }
    return papers;
  }

  private static String methodName(Random random, int serial) {
    String name = HEADS[random.nextInt(HEADS.length)] + TAILS[random.nextInt(TAILS.length)];
    int generation = serial / (HEADS.length * TAILS.length);
    return generation == 0 ? name : name + "-" + generation;
  }

  private static int zipf(Random random, int n) {
    return (int) Math.min(n - 1, Math.floor(Math.pow(n, random.nextDouble())) - 1);
  }

  private static String reviewText(Random random, String method, List<Mention> mentions) {
    StringBuilder text = new StringBuilder(900);
    int words = 80 + random.nextInt(100);
    for (int w = 0; w < words; w++) {
      int pick = random.nextInt(20);
      if (pick == 0) {
        text.append(method);
      } else if (pick == 1 && !mentions.isEmpty()) {
        Mention m = mentions.get(random.nextInt(mentions.size()));
        text.append(m.surfaces().get(random.nextInt(m.surfaces().size())));
      } else if (pick < 5) {
        text.append(TITLE_WORDS[random.nextInt(TITLE_WORDS.length)]);
      } else {
        text.append(RUSSIAN_WORDS[random.nextInt(RUSSIAN_WORDS.length)]);
      }
      text.append(w % 15 == 14 ? ".\n" : " ");
    }
    return text.toString();
  }
}
