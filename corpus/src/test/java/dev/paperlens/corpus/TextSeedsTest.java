package dev.paperlens.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The real review sources in the shared seeds folder, when it is present: exact counts, titles,
 * method names and line ranges.
 */
class TextSeedsTest {
  private static Path seeds;

  @BeforeAll
  static void findSeeds() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("shared").resolve("seeds");
      if (Files.isDirectory(candidate)) {
        seeds = candidate;
        return;
      }
    }
  }

  private static String seed(String prefix) throws IOException {
    assumeTrue(seeds != null, "no shared seeds folder");
    try (Stream<Path> files = Files.list(seeds)) {
      Path file =
          files.filter(f -> f.getFileName().toString().startsWith(prefix)).findFirst().orElse(null);
      assumeTrue(file != null, "no seed " + prefix);
      return Files.readString(file);
    }
  }

  private static List<ReviewDraft> telegram(String prefix) throws IOException {
    String content = seed(prefix);
    TelegramTextParser parser = new TelegramTextParser();
    assertTrue(parser.accepts(content));
    return parser.parse(prefix, content);
  }

  private static List<String> titles(List<ReviewDraft> drafts) {
    return drafts.stream().map(ReviewDraft::title).toList();
  }

  private static String range(ReviewDraft draft) {
    return draft.startLine() + "-" + draft.endLine();
  }

  @Test
  void seed000() throws IOException {
    List<ReviewDraft> drafts = telegram("000_");
    assertEquals(
        List.of(
            "Scaling Cross-Embodied Learning: One Policy for Manipulation, Navigation, Locomotion"
                + " and Aviation",
            "Unsupervised-to-Online Reinforcement Learning",
            "Autonomous Drifting with 3 Minutes of Data via Learned Tire Models",
            "Learning Compressed Transforms with Low Displacement Rank",
            "Many-Shot In-Context Learning",
            "HyenaDNA: Long-Range Genomic Sequence Modeling at Single Nucleotide Resolution"),
        titles(drafts));
    assertEquals("1-12", range(drafts.get(0)));
    assertEquals("24-37", range(drafts.get(1)));
    assertEquals("67-74", range(drafts.get(3)));
    assertEquals("102-109", range(drafts.get(5)));
    assertEquals("rizzearch throwback", drafts.get(3).body().get(0).text());
    assertEquals(List.of("HyenaDNA"), drafts.get(5).methods());
    assertEquals(4, drafts.get(1).reactions().counts().get("❤"));
    assertEquals(1, drafts.get(4).reactions().counts().get("🔥"));
  }

  @Test
  void seed001() throws IOException {
    List<ReviewDraft> drafts = telegram("001_");
    assertEquals(
        List.of(
            "Memory Mosaics",
            "ATLAS: Learning to Optimally Memorize the Context at Test Time",
            "VLAs that Train Fast, Run Fast, and Generalize Better",
            "Real-Time Execution of Action Chunking Flow Policies"),
        titles(drafts));
    assertEquals("1-19", range(drafts.get(0)));
    assertEquals("79-92", range(drafts.get(3)));
    assertEquals(List.of("Memory Mosaics"), drafts.get(0).methods());
    assertEquals(List.of("ATLAS", "DeepTransformer"), drafts.get(1).methods());
    assertEquals(
        List.of("paper", "code for kinetix", "demo"),
        drafts.get(3).links().stream().map(Link::label).toList());
  }

  @Test
  void seed002() throws IOException {
    List<ReviewDraft> drafts = telegram("002_");
    assertEquals(
        List.of(
            "The Platonic Representation Hypothesis",
            "Deep Autoregressive Models for The Efficient Variational Simulation of Many-Body"
                + " Quantum System",
            "Reducing Transformer Key-Value Cache Size with Cross-Layer Attention",
            "Surgical Robot Transformer (SRT): Imitation Learning for Surgical Tasks",
            "Efficient World Models with Context-Aware Tokenization",
            "Diffusion for World Modeling: Visual Details Matter in Atari"),
        titles(drafts));
    assertEquals("12-40", range(drafts.get(0)));
    assertEquals("108-124", range(drafts.get(4)));
    assertEquals(List.of("Surgical Robot Transformer", "SRT"), drafts.get(3).methods());
    assertTrue(drafts.stream().allMatch(d -> "rizzearch".equals(d.channel())));
    assertEquals(432, drafts.get(0).reactions().counts().get(""));
    assertEquals(
        List.of(
            "https://t.me/rizzearch/217",
            "https://t.me/rizzearch/201",
            "https://t.me/rizzearch/95"),
        drafts.get(0).links().stream().map(Link::url).filter(u -> u != null).toList());
    assertTrue(drafts.get(4).text().endsWith("все может быть ок с дельта-ирис"));
  }

  @Test
  void seed003() throws IOException {
    List<ReviewDraft> drafts = telegram("003_");
    assertEquals(
        List.of(
            "Tensorized NeuroEvolution of Augmenting Topologies for GPU Acceleration",
            "The Hedgehog & the Porcupine: Expressive Linear Attentions with Softmax Mimicry",
            "Unleashing the Power of Pre-trained Language Models for Offline Reinforcement"
                + " Learning",
            "Transformers learn to implement preconditioned gradient descent for in-context"
                + " learning",
            "HyperLLaVA: Dynamic Visual and Language Expert Tuning for Multimodal Large Language"
                + " Models",
            "Transformers Learn Temporal Difference Methods for In-Context Reinforcement Learning",
            "Linear Transformers with Learnable Kernel Functions are Better In-Context Models"),
        titles(drafts));
    assertEquals("22-32", range(drafts.get(1)));
    assertEquals("89-95", range(drafts.get(4)));
    assertEquals("130-136", range(drafts.get(6)));
    assertTrue(drafts.get(1).methods().contains("Hedgehog"));
    assertEquals(List.of("HyperLLaVA"), drafts.get(4).methods());
    assertEquals(1, drafts.get(1).reactions().counts().get("👀"));
  }

  @Test
  void seed004() throws IOException {
    String content = seed("004_");
    AbstractDigestParser parser = new AbstractDigestParser();
    assertTrue(parser.accepts(content));
    assertFalse(new TelegramTextParser().accepts(content));
    List<ReviewDraft> drafts = parser.parse("004_", content);
    assertEquals(
        List.of(
            List.of("FIFO-Diffusion"),
            List.of("MoRA"),
            List.of("OpenRLHF"),
            List.of("MBC", "Arrow"),
            List.of("Imp", "Imp-3B"), // the paper's model, named by its size
            List.of("Octo"),
            List.of("PRepBN"),
            List.of("Trajectory Score Matching (TSM)", "TSM", "Trajectory Score Matching")),
        drafts.stream().map(ReviewDraft::methods).toList());
    assertEquals(List.of(2, 3, 4, 5, 6, 7, 8, 9), drafts.stream().map(d -> d.startLine()).toList());
    assertTrue(drafts.stream().allMatch(d -> d.startLine() == d.endLine() && d.title() == null));
    assertEquals(
        List.of("https://github.com/OpenLLMAI/OpenRLHF"),
        drafts.get(2).links().stream().map(Link::url).toList());
  }

  @Test
  void telegramSeedsAreNotDigests() throws IOException {
    AbstractDigestParser digest = new AbstractDigestParser();
    for (String prefix : List.of("000_", "001_", "002_", "003_")) {
      assertFalse(digest.accepts(seed(prefix)), prefix);
    }
  }

  @Test
  void allSeedsTogetherGiveThirtyOneReviews() throws IOException {
    int total = new AbstractDigestParser().parse("004_", seed("004_")).size();
    for (String prefix : List.of("000_", "001_", "002_", "003_")) {
      total += telegram(prefix).size();
    }
    assertEquals(31, total);
  }
}
