package dev.paperlens.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Writes a BibTeX library the way researchers' libraries look (Zotero/Better BibTeX, DBLP and
 * Google Scholar exports mixed): authors with LaTeX accents and braced particles or corporate
 * names, {@code @string} venue macros, abstracts, DOIs and arXiv ids, BibLaTeX fields on some
 * entries, a few comments. The same seed and size always give the same bytes, so runs compare.
 */
public final class BibLibrary {
  private BibLibrary() {}

  /** What was written. */
  public record Stats(int entries, long bytes, List<String> keys, List<String> familyNames) {}

  private static final String[][] VENUES = {
    {"neurips", "Advances in Neural Information Processing Systems"},
    {"icml", "International Conference on Machine Learning"},
    {"iclr", "International Conference on Learning Representations"},
    {"cvpr", "{IEEE/CVF} Conference on Computer Vision and Pattern Recognition"},
    {"acl", "Annual Meeting of the Association for Computational Linguistics"},
    {"emnlp", "Conference on Empirical Methods in Natural Language Processing"},
    {"aaai", "{AAAI} Conference on Artificial Intelligence"},
    {"jmlr", "Journal of Machine Learning Research"},
    {"tpami", "{IEEE} Transactions on Pattern Analysis and Machine Intelligence"},
    {"tacl", "Transactions of the Association for Computational Linguistics"},
  };

  /** Given names, some written with LaTeX accents as .bib files store them. */
  private static final String[] GIVEN = {
    "Albert",
    "Tri",
    "Christopher",
    "Ashish",
    "Noam",
    "Niki",
    "Jakob",
    "Llion",
    "Aidan",
    "{\\L}ukasz",
    "Illia",
    "Yoshua",
    "Geoffrey",
    "Yann",
    "Fei-Fei",
    "Kaiming",
    "Ross",
    "Piotr",
    "Ren{\\'e}",
    "J{\\\"u}rgen",
    "Bernhard",
    "Fran{\\c{c}}ois",
    "Ga{\\\"e}l",
    "Ji{\\v{r}}{\\'\\i}",
    "S{\\o}ren",
    "Zo{\\'e}",
    "Andr{\\'e}s",
    "Jos{\\'e}",
    "Mar{\\'\\i}a",
    "Bj{\\\"o}rn",
    "Dmitry",
    "Ekaterina",
    "Anastasia",
    "Wei",
    "Xiaohua",
    "Hyung Won",
    "Sang-Woo",
    "Akari",
    "Yuki",
    "Priya",
    "Ananya",
    "Olusegun",
    "Chiara",
    "Matteo",
    "Ines",
    "Jo{\\~a}o",
    "Ma{\\l}gorzata",
    "Ay{\\c{s}}e",
  };

  private static final String[] FAMILY = {
    "Gu",
    "Dao",
    "R{\\'e}",
    "Vaswani",
    "Shazeer",
    "Parmar",
    "Uszkoreit",
    "Jones",
    "Gomez",
    "Kaiser",
    "Polosukhin",
    "Bengio",
    "Hinton",
    "LeCun",
    "He",
    "Girshick",
    "Doll{\\'a}r",
    "Sch{\\\"o}lkopf",
    "Schmidhuber",
    "Ermon",
    "Rudra",
    "Fu",
    "Zettlemoyer",
    "M{\\\"u}ller",
    "Garc{\\'\\i}a",
    "Nov{\\'a}k",
    "Dvo{\\v{r}}{\\'a}k",
    "Kowalski",
    "W{\\'o}jcik",
    "Yilmaz",
    "Ivanov",
    "Smirnova",
    "Kuznetsov",
    "Zhang",
    "Wang",
    "Li",
    "Chen",
    "Liu",
    "Tanaka",
    "Sato",
    "Kim",
    "Park",
    "Sharma",
    "Gupta",
    "Okafor",
    "Rossi",
    "Bianchi",
    "Fern{\\'a}ndez",
    "{van der Maaten}",
    "{de Vries}",
    "{von Platen}",
    "Lema{\\^\\i}tre",
    "Ng{\\^o}",
    "Nguyen",
  };

  private static final String[] CORPORATE = {
    "{OpenAI}", "{Gemini Team}", "{The {BigScience} Workshop}", "{Meta AI and {FAIR}}",
  };

  private static final String[] METHODS = {
    "Mamba",
    "FlashAttention",
    "LoRA",
    "Hyena",
    "RetNet",
    "RWKV",
    "Mixtral",
    "QLoRA",
    "DPO",
    "ViT",
    "CLIP",
    "SAM",
    "DINOv2",
    "Llama",
    "Phi",
    "Gemma",
    "Orca",
    "Zephyr",
    "Vicuna",
    "Alpaca",
    "S4",
    "H3",
    "GLA",
    "xLSTM",
    "Griffin",
    "Jamba",
    "Medusa",
    "EAGLE",
    "vLLM",
    "Perceiver",
  };

  private static final String[] WORDS = {
    "efficient",
    "scalable",
    "sparse",
    "linear",
    "attention",
    "state",
    "space",
    "models",
    "language",
    "vision",
    "transformers",
    "diffusion",
    "retrieval",
    "augmented",
    "generation",
    "alignment",
    "preference",
    "optimization",
    "quantized",
    "low-rank",
    "adaptation",
    "long",
    "context",
    "reasoning",
    "chain",
    "thought",
    "instruction",
    "tuning",
    "benchmark",
    "robust",
    "contrastive",
    "self-supervised",
    "pretraining",
    "multimodal",
    "mixture",
    "experts",
    "memory",
    "kernel",
    "hardware-aware",
    "selective",
    "recurrent",
    "convolution",
    "graph",
    "neural",
  };

  private static final String[] SENTENCES = {
    "We propose %s, a method for %s %s that scales to sequences of a million tokens.",
    "Existing approaches to %s %s trade quality for speed; we show this trade-off is avoidable.",
    "Our experiments on %s and %s benchmarks show consistent gains over strong baselines.",
    "%s reduces memory use by %d%% while matching the accuracy of dense %s models.",
    "We release code, checkpoints and a %s evaluation suite to support further research.",
    "Theoretical analysis shows that %s %s admits a closed-form solution under mild assumptions.",
    "On the $\\mathcal{O}(n \\log n)$ regime, %s is {\\em provably} faster than %s attention.",
  };

  /** Writes {@code entries} entries to {@code file}; the same seed writes the same file. */
  public static Stats write(Path file, int entries, long seed) throws IOException {
    Random random = new Random(seed);
    List<String> keys = new ArrayList<>(entries);
    Set<String> families = new HashSet<>();
    Set<String> used = new HashSet<>();
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write("% Generated library: ");
      out.write(Integer.toString(entries));
      out.write(" entries\n\n");
      for (String[] venue : VENUES) {
        out.write("@string{" + venue[0] + " = {" + venue[1] + "}}\n");
      }
      out.write("@preamble{\"\\newcommand{\\noopsort}[1]{}\"}\n\n");
      StringBuilder entry = new StringBuilder(2048);
      for (int i = 0; i < entries; i++) {
        entry.setLength(0);
        String key = entry(entry, random, i, used, families);
        keys.add(key);
        out.write(entry.toString());
      }
    }
    return new Stats(entries, Files.size(file), keys, List.copyOf(families));
  }

  private static String entry(
      StringBuilder b, Random random, int index, Set<String> used, Set<String> families) {
    int authorCount = 1 + random.nextInt(random.nextInt(10) == 0 ? 25 : 6);
    List<String> authors = new ArrayList<>();
    String firstFamily = null;
    for (int a = 0; a < authorCount; a++) {
      if (a == 0 && random.nextInt(200) == 0) {
        authors.add(pick(random, CORPORATE));
        continue;
      }
      String family = pick(random, FAMILY);
      String given = pick(random, GIVEN);
      if (firstFamily == null) {
        firstFamily = family;
      }
      families.add(family);
      // Both orders occur: "Last, First" from most exporters, "First Last" typed by hand.
      authors.add(random.nextInt(4) == 0 ? given + " " + family : family + ", " + given);
    }
    if (random.nextInt(8) == 0) {
      authors.add("others");
    }
    String method = pick(random, METHODS) + (random.nextInt(3) == 0 ? "-" + (index % 97) : "");
    String title =
        "{"
            + method
            + "}: "
            + capital(pick(random, WORDS))
            + " "
            + pick(random, WORDS)
            + " "
            + pick(random, WORDS)
            + " for "
            + pick(random, WORDS)
            + " "
            + pick(random, WORDS);
    int year = 1995 + random.nextInt(31);
    String keyBase =
        plainKey(firstFamily == null ? "anon" : firstFamily)
            + year
            + plainKey(method).toLowerCase(Locale.ROOT);
    String key = keyBase;
    for (int n = 2; !used.add(key); n++) {
      key = keyBase + (char) ('a' + (n % 26)) + n;
    }
    String[] venue = VENUES[random.nextInt(VENUES.length)];
    boolean journal =
        venue[0].equals("jmlr") || venue[0].equals("tpami") || venue[0].equals("tacl");
    boolean arxiv = random.nextInt(3) == 0;
    boolean biblatex = random.nextInt(5) == 0;
    String type = arxiv ? "misc" : journal ? "article" : "inproceedings";
    boolean parens = random.nextInt(50) == 0;
    b.append('@').append(random.nextInt(10) == 0 ? capital(type) : type);
    b.append(parens ? '(' : '{').append(key).append(",\n");
    field(b, "title", "{" + title + "}");
    field(b, "author", "{" + String.join(" and ", authors) + "}");
    if (arxiv) {
      String id =
          String.format(
              Locale.ROOT, "%02d%02d.%05d", 15 + random.nextInt(11), 1 + random.nextInt(12), index);
      if (biblatex) {
        field(b, "eprinttype", "{arXiv}");
        field(b, "eprint", "{" + id + "}");
      } else if (random.nextBoolean()) {
        field(b, "journal", "{arXiv preprint arXiv:" + id + "}");
      } else {
        field(b, "eprint", "{" + id + "}");
        field(b, "archivePrefix", "{arXiv}");
        field(b, "primaryClass", "{cs.LG}");
      }
    } else if (journal) {
      field(b, biblatex ? "journaltitle" : "journal", venue[0]);
      field(b, "volume", "{" + (1 + random.nextInt(45)) + "}");
      field(b, "number", "{" + (1 + random.nextInt(12)) + "}");
      int page = 1 + random.nextInt(3000);
      field(b, "pages", "{" + page + "--" + (page + 8 + random.nextInt(30)) + "}");
    } else {
      field(b, "booktitle", random.nextBoolean() ? venue[0] : venue[0] + " # { " + year + "}");
      if (random.nextBoolean()) {
        field(b, "publisher", "{PMLR}");
      }
    }
    if (biblatex) {
      field(
          b,
          "date",
          "{" + year + "-" + String.format(Locale.ROOT, "%02d", 1 + random.nextInt(12)) + "}");
      field(b, "langid", "{english}");
    } else {
      field(b, "year", random.nextBoolean() ? Integer.toString(year) : "{" + year + "}");
    }
    if (!arxiv || random.nextBoolean()) {
      field(
          b,
          "doi",
          "{10." + (1000 + random.nextInt(9000)) + "/" + plainKey(method) + "." + index + "}");
    }
    if (random.nextInt(4) != 0) {
      field(b, "abstract", "{" + abstractText(random, method) + "}");
    }
    if (random.nextInt(3) == 0) {
      field(b, "url", "{https://example.org/papers/" + key + "}");
    }
    if (random.nextInt(6) == 0) {
      field(b, "keywords", "{" + pick(random, WORDS) + ", " + pick(random, WORDS) + "}");
    }
    b.setLength(b.length() - 2);
    b.append('\n').append(parens ? ')' : '}').append("\n\n");
    if (random.nextInt(500) == 0) {
      b.append("@comment{jabref-meta: databaseType:bibtex;}\n\n");
    }
    return key;
  }

  private static void field(StringBuilder b, String name, String value) {
    b.append("  ").append(name).append(" = ").append(value).append(",\n");
  }

  private static String abstractText(Random random, String method) {
    StringBuilder text = new StringBuilder();
    int sentences = 6 + random.nextInt(7);
    for (int s = 0; s < sentences; s++) {
      String pattern = SENTENCES[random.nextInt(SENTENCES.length)];
      text.append(fill(random, pattern, method)).append(' ');
    }
    return text.toString().strip();
  }

  /** Fills each %s with the method or a word and each %d with a number. */
  private static String fill(Random random, String pattern, String method) {
    StringBuilder out = new StringBuilder(pattern.length() + 64);
    boolean methodUsed = false;
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '%' && i + 1 < pattern.length()) {
        char d = pattern.charAt(++i);
        if (d == 's') {
          if (!methodUsed) {
            out.append(method);
            methodUsed = true;
          } else {
            out.append(pick(random, WORDS));
          }
        } else if (d == 'd') {
          out.append(10 + random.nextInt(80));
        } else {
          // "%%" is a literal percent sign, which BibTeX reads as a comment unless escaped
          out.append("\\%");
        }
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static String pick(Random random, String[] values) {
    return values[random.nextInt(values.length)];
  }

  private static String capital(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  /** The ASCII letters of a LaTeX name, for a key like Better BibTeX's "gu2023mamba". */
  private static String plainKey(String latex) {
    StringBuilder key = new StringBuilder();
    boolean command = false;
    for (int i = 0; i < latex.length(); i++) {
      char c = latex.charAt(i);
      if (c == '\\') {
        command = true;
        // an accent command is one character: \' \" \~ \^; a letter command runs to a non-letter
        if (i + 1 < latex.length() && !Character.isLetter(latex.charAt(i + 1))) {
          i++;
          command = false;
        }
      } else if (Character.isLetter(c) && c < 128) {
        if (command) {
          // \L, \o, \i stand for one letter; \c{c} and \v{r} are accents on the next group
          if (i + 1 < latex.length() && Character.isLetter(latex.charAt(i + 1))) {
            continue;
          }
          command = false;
          if (c == 'i' || c == 'L' || c == 'l' || c == 'o') {
            key.append(Character.toLowerCase(c));
          }
          continue;
        }
        key.append(Character.toLowerCase(c));
      } else {
        command = false;
      }
    }
    return key.length() == 0 ? "x" : key.toString();
  }
}
