package dev.paperlens.testing;

import dev.paperlens.corpus.BibEntry;
import dev.paperlens.corpus.Link;
import dev.paperlens.corpus.Mention;
import dev.paperlens.corpus.Paper;
import dev.paperlens.corpus.PaperIds;
import dev.paperlens.corpus.Reactions;
import dev.paperlens.corpus.Review;
import dev.paperlens.corpus.SourceFormat;
import dev.paperlens.index.LuceneIndex;
import java.util.List;
import java.util.Map;

/** A tiny corpus written for tests: two papers that introduce methods and a name only mentioned. */
public final class SamplePapers {
  private SamplePapers() {}

  public static final String REVIEWS = "reviews/channel.txt";

  public static final Paper HYENA =
      new Paper(
          "nguyen2023hyenadna",
          "HyenaDNA: Long-Range Genomic Sequence Modeling at Single Nucleotide Resolution",
          2023,
          List.of("Eric Nguyen", "Michael Poli"),
          new PaperIds("2306.15794", null, List.of("https://github.com/HazyResearch/hyena-dna")),
          List.of("HyenaDNA"),
          List.of(
              new Review(
                  REVIEWS,
                  SourceFormat.TELEGRAM_TEXT,
                  1,
                  6,
                  "HyenaDNA: Long-Range Genomic Sequence Modeling at Single Nucleotide Resolution",
                  "gonzo_ml",
                  "2023-07-01T10:00:00",
                  42L,
                  "https://t.me/gonzo_ml/42",
                  new Reactions(Map.of("🔥", 12), null),
                  List.of(
                      new Link("paper", "https://arxiv.org/abs/2306.15794"),
                      new Link("evil", "javascript:alert(1)")),
                  "Гиена на ДНК: контекст в миллион нуклеотидов.",
                  "Гиена на ДНК: контекст в *миллион* нуклеотидов [click](command:rm) <img src=x>",
                  List.of(new Mention("Hyena", List.of("гиены"), List.of(3))))),
          List.of(new Mention("Hyena", List.of("гиены"), List.of(3))),
          null);

  public static final Paper TITANS =
      new Paper(
          "behrouz2024titans",
          "Titans: Learning to Memorize at Test Time",
          2024,
          List.of("Ali Behrouz"),
          new PaperIds("2501.00663", null, List.of()),
          List.of("Titans"),
          List.of(
              new Review(
                  REVIEWS,
                  SourceFormat.TELEGRAM_TEXT,
                  8,
                  14,
                  "Titans: Learning to Memorize at Test Time",
                  "gonzo_ml",
                  "2025-01-15T09:30:00",
                  77L,
                  null,
                  Reactions.NONE,
                  List.of(),
                  "Титаны учатся запоминать. В отличие от лоры и HyenaDNA память растёт.",
                  "Титаны учатся запоминать во время теста.",
                  List.of(
                      new Mention("LoRA", List.of("лоры"), List.of(10)),
                      new Mention("HyenaDNA", List.of("HyenaDNA"), List.of(10))))),
          List.of(
              new Mention("LoRA", List.of("лоры"), List.of(10)),
              new Mention("HyenaDNA", List.of("HyenaDNA"), List.of(10))),
          new BibEntry(
              "behrouz2024titans",
              "misc",
              Map.of("title", "Titans: Learning to Memorize at Test Time", "year", "2024"),
              "refs/library.bib",
              1,
              "@misc{behrouz2024titans,\n  title = {Titans: Learning to Memorize at Test Time},\n  year = {2024}\n}"));

  public static final Paper HYENA_HIERARCHY =
      new Paper(
          "poli2023hyena",
          "Hyena Hierarchy: Towards Larger Convolutional Language Models",
          2023,
          List.of(),
          PaperIds.NONE,
          List.of("Hyena"),
          List.of(
              new Review(
                  REVIEWS,
                  SourceFormat.TELEGRAM_TEXT,
                  16,
                  18,
                  "Hyena Hierarchy",
                  "gonzo_ml",
                  null,
                  null,
                  null,
                  Reactions.NONE,
                  List.of(),
                  "Свёртки вместо внимания.",
                  "Свёртки вместо внимания.",
                  List.of())),
          List.of(),
          null);

  public static List<Paper> all() {
    return List.of(HYENA, TITANS, HYENA_HIERARCHY);
  }

  /** A real index of {@link #all()}, in memory: built in well under a second. */
  public static LuceneIndex backend() {
    return LuceneIndex.of(all());
  }
}
