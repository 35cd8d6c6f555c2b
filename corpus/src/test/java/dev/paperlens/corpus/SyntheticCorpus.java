package dev.paperlens.corpus;

import dev.paperlens.text.CrossScript;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * A deterministic generator of review sources that look like the real ones, for benchmarks and load
 * tests: scraped Telegram channel pages (a channel header, English titles naming a method, Russian
 * bodies that mention other papers' methods in declined Cyrillic spellings, each body repeated
 * after its link marker as scraping leaves it, reactions, promo leftovers) and abstract digests
 * (one Russian abstract per line introducing a method).
 *
 * <p>The same seed and counts always give byte-identical files, so figures measured on them compare
 * across runs and machines. Usage:
 *
 * <pre>{@code
 * SyntheticCorpus.Stats stats = SyntheticCorpus.write(folder, 100_000, 42L);
 * Corpus corpus = CorpusLoader.load(List.of(folder));
 * }</pre>
 */
public final class SyntheticCorpus {
  private SyntheticCorpus() {}

  /**
   * The papers of a corpus of about {@code reviews} reviews, written to a temporary folder and read
   * back by the corpus loader, as a user's sources would be; the folder is deleted afterwards.
   */
  public static List<Paper> papers(int reviews, long seed) throws IOException {
    Path folder = Files.createTempDirectory("paperlens-synthetic");
    try {
      write(folder, reviews, seed);
      return CorpusLoader.load(List.of(folder)).papers();
    } finally {
      FileTree.delete(folder);
    }
  }

  /** Reviews per scraped page, like a long channel scrolled to its beginning. */
  public static final int REVIEWS_PER_FILE = 1000;

  /** One digest abstract is written for every this many reviews. */
  public static final int REVIEWS_PER_DIGEST_LINE = 10;

  /**
   * What was written.
   *
   * @param files number of files
   * @param reviews scraped-page reviews written
   * @param digestLines digest abstracts written
   * @param bytes total size in bytes
   */
  public record Stats(int files, int reviews, int digestLines, long bytes) {}

  private static final String[] SYLLABLES = {
    "ze", "no", "ra", "mo", "ti", "ka", "lu", "ve", "sa", "do", "ri", "pa", "la", "mi", "to", "na",
    "ko", "be", "fi", "go", "ro", "si", "da", "pe", "vi", "lo", "ma", "te", "ni", "su", "bra",
        "kle",
    "dro", "fla", "gri", "pro", "sta", "tri", "vor", "zul", "mar", "len", "tos", "dak", "rin", "vel"
  };
  private static final String[] SUFFIXES = {
    "", "", "", "DNA", "LM", "Net", "-2", "Former", "XL", "GPT"
  };
  private static final String[] TITLE_WORDS = {
    "Scaling", "Efficient", "Long-Range", "Sequence", "Modeling", "Memory", "Attention", "Learning",
    "Robust", "Policies", "Diffusion", "Transformers", "Linear", "Recurrent", "Models", "Context",
    "Reasoning", "Retrieval", "Tokenization", "World", "Agents", "Reinforcement", "Vision",
        "Language"
  };
  private static final String[] OPENINGS = {
    "проблема очень длинного контекста встречается и в задачах биологии",
    "авторы решили пересмотреть парадигму и обучить модель с нуля",
    "идея простая: берем структурированные модели и делаем параметры зависящими от входа",
    "и снова теория, и снова рл, на этот раз про ин-контекст способности",
    "хоть недавно и вышла альтернатива трансформеру, она все равно использует аттеншн",
    "суть в том, что такие веса были фиксированы, а тут их сделали обучаемыми"
  };
  private static final String[] MENTION_TEMPLATES = {
    "появился более сильный %s в виде %s от тех же авторов",
    "обучали как обычно при помощи %s, а сравнивали с %s",
    "по скейлу превосходит %s и линейные рнн, но имхо все еще не %s",
    "интересно посмотреть, как себя будет вести %s на гораздо большем скейле, чем %s"
  };
  private static final String[] CLOSINGS = {
    "что по экспам? обгоняет по перплексии и нужно меньше слоев",
    "но материал хорош для повторения всей этой теории",
    "вообще идея выглядит супер интересно и свежо, только кода нет :)",
    "имхо главное - показали, что рекуррентность снова в игре"
  };
  private static final String[] CASE_ENDINGS = {"", "а", "ы", "у", "ом", "ов", "е"};
  private static final String[] REACTIONS = {"🔥", "👍", "❤", "🤔", "👀"};

  /**
   * Writes {@code reviews} scraped-page reviews ({@value #REVIEWS_PER_FILE} per file) and one
   * digest abstract per {@value #REVIEWS_PER_DIGEST_LINE} reviews into {@code folder}, which is
   * created.
   */
  public static Stats write(Path folder, int reviews, long seed) throws IOException {
    Files.createDirectories(folder);
    Random random = new Random(seed);
    List<String> names = names(random, Math.max(16, reviews + reviews / REVIEWS_PER_DIGEST_LINE));
    int files = 0;
    long bytes = 0;
    int nameIndex = 0;
    for (int written = 0; written < reviews; written += REVIEWS_PER_FILE) {
      int count = Math.min(REVIEWS_PER_FILE, reviews - written);
      Path file = folder.resolve(String.format(Locale.ROOT, "channel-%05d.txt", files));
      try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        writePage(out, random, names, nameIndex, count);
      }
      nameIndex += count;
      bytes += Files.size(file);
      files++;
    }
    int digestLines = reviews / REVIEWS_PER_DIGEST_LINE;
    for (int written = 0; written < digestLines; written += REVIEWS_PER_FILE) {
      int count = Math.min(REVIEWS_PER_FILE, digestLines - written);
      Path file = folder.resolve(String.format(Locale.ROOT, "digest-%05d.txt", files));
      try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        writeDigest(out, random, names, nameIndex, count);
      }
      nameIndex += count;
      bytes += Files.size(file);
      files++;
    }
    return new Stats(files, reviews, digestLines, bytes);
  }

  /** Distinct method names: pseudo-words from syllables, some with a CamelCase or digit suffix. */
  static List<String> names(Random random, int count) {
    Set<String> out = new LinkedHashSet<>();
    while (out.size() < count) {
      // Three or four syllables: real names rarely share a spelling, and neither should these.
      int syllables = 3 + random.nextInt(2);
      StringBuilder word = new StringBuilder();
      for (int i = 0; i < syllables; i++) {
        word.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
      }
      word.setCharAt(0, Character.toUpperCase(word.charAt(0)));
      out.add(word + SUFFIXES[random.nextInt(SUFFIXES.length)]);
    }
    return new ArrayList<>(out);
  }

  /** The Russian spelling of a name's leading word, declined: "Zenora" gives "зеноры". */
  private static String cyrillic(String name, Random random) {
    String lead = lead(name);
    String base = CrossScript.toCyrillic(lead);
    String ending = CASE_ENDINGS[random.nextInt(CASE_ENDINGS.length)];
    if (!ending.isEmpty() && (base.endsWith("а") || base.endsWith("о") || base.endsWith("е"))) {
      base = base.substring(0, base.length() - 1);
    }
    return base + ending;
  }

  private static void writePage(Writer out, Random random, List<String> names, int first, int count)
      throws IOException {
    out.write("synthetic papers\n1.01K subscribers\n988 photos\n320 links\n");
    out.write("обзоры статей по машинному обучению\nDownload Telegram\n");
    for (int i = 0; i < count; i++) {
      String name = names.get(first + i);
      out.write(title(random, name));
      out.write('\n');
      List<String> body = body(random, names, first + i);
      String marker = random.nextInt(3) == 0 ? "👀 paper, code" : "👀LINK";
      for (String line : body) {
        out.write(line);
        out.write('\n');
      }
      out.write(marker);
      out.write('\n');
      for (String line : body) {
        out.write(line);
        out.write('\n');
      }
      out.write(marker);
      out.write('\n');
      if (random.nextInt(8) == 0) {
        out.write("Please open Telegram to view this post\nVIEW IN TELEGRAM\n");
      }
      if (random.nextInt(4) != 0) {
        out.write(reactions(random));
        out.write('\n');
      }
    }
  }

  private static String title(Random random, String name) {
    StringBuilder title = new StringBuilder(name).append(": ");
    int words = 3 + random.nextInt(4);
    for (int w = 0; w < words; w++) {
      if (w > 0) {
        title.append(w == words / 2 ? " for " : " ");
      }
      title.append(TITLE_WORDS[random.nextInt(TITLE_WORDS.length)]);
    }
    return title.toString();
  }

  private static List<String> body(Random random, List<String> names, int self) {
    List<String> lines = new ArrayList<>();
    lines.add(OPENINGS[random.nextInt(OPENINGS.length)] + ", а называется это " + names.get(self));
    int mentions = 1 + random.nextInt(3);
    for (int m = 0; m < mentions; m++) {
      String a = names.get(random.nextInt(names.size()));
      String b = names.get(random.nextInt(names.size()));
      String template = MENTION_TEMPLATES[random.nextInt(MENTION_TEMPLATES.length)];
      lines.add(
          String.format(
              template, cyrillic(a, random), random.nextBoolean() ? b : cyrillic(b, random)));
    }
    lines.add("- " + OPENINGS[random.nextInt(OPENINGS.length)]);
    lines.add(CLOSINGS[random.nextInt(CLOSINGS.length)]);
    return lines;
  }

  private static String reactions(Random random) {
    StringBuilder out = new StringBuilder();
    int kinds = 1 + random.nextInt(3);
    for (int k = 0; k < kinds; k++) {
      out.append(REACTIONS[(k + random.nextInt(2)) % REACTIONS.length])
          .append(1 + random.nextInt(40));
    }
    return out.toString();
  }

  private static void writeDigest(
      Writer out, Random random, List<String> names, int first, int count) throws IOException {
    out.write("Ежедневно отобранные исследовательские статьи по ИИ с переводами\n");
    for (int i = 0; i < count; i++) {
      String name = names.get(first + i);
      String other = names.get(random.nextInt(names.size()));
      out.write(
          "Растущее количество параметроэффективных адаптаций базовой крупной модели языка требует"
              + " изучения возможности повторного использования таких обученных адаптеров. Мы"
              + " предлагаем новый метод под названием "
              + name
              + ", который использует квадратную матрицу для достижения обновления высокого ранга"
              + " при сохранении того же количества обучаемых параметров. Наш метод превосходит "
              + other
              + " на задачах с высоким объемом памяти и достигает сопоставимой производительности"
              + " на других задачах.\n");
    }
  }

  /** A generated name's leading word, the part Russian text declines: "Zenora" of "ZenoraDNA". */
  private static String lead(String name) {
    int end = 1;
    while (end < name.length() && Character.isLowerCase(name.charAt(end))) {
      end++;
    }
    return name.substring(0, end);
  }
}
