package dev.paperlens.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.paperlens.corpus.Mention;
import dev.paperlens.corpus.Paper;
import dev.paperlens.corpus.Review;
import java.io.BufferedOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code papers --sources PATH... [--format text|jsonl]}: reads review sources and lists the papers
 * they describe. With {@code jsonl}, one JSON object per paper whose first fields are, in this
 * order, key, title, methods, mentions, reviews; problems go to standard error, one line each.
 */
public final class PapersCommand implements dev.paperlens.cli.Command {
  @Command(
      name = "papers",
      mixinStandardHelpOptions = true,
      versionProvider = Main.Version.class,
      sortOptions = false,
      description =
          "Reads review sources and lists the papers they review, with what each introduces.",
      footer = {
        "",
        "Example:",
        "  java -jar paperlens-server.jar papers --sources examples --format jsonl"
      })
  static final class Options implements Cli.Validated {
    @Option(
        names = "--sources",
        paramLabel = "PATH",
        split = ",",
        description = "A review source, file or folder; repeat it, or separate paths with commas.")
    List<Path> sources = new ArrayList<>();

    @Option(
        names = "--format",
        paramLabel = "text|jsonl",
        description = "text (default) or jsonl: one JSON object per paper.")
    Cli.Format format = Cli.Format.TEXT;

    @Override
    public void validate() {
      if (sources.isEmpty()) {
        throw new IllegalArgumentException("give the review sources: --sources PATH");
      }
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
    Options options = new Options();
    OptionalInt exit = Cli.parse(options, args, out, err);
    if (exit.isPresent()) {
      return exit.getAsInt();
    }
    List<Path> sources = options.sources;
    boolean jsonl = options.format == Cli.Format.JSONL;
    List<Paper> papers = CorpusSource.FILES.load(sources, err);
    // One write per buffer, not one per line: a 20,000-entry library prints 20,000 lines.
    PrintStream listing =
        new PrintStream(new BufferedOutputStream(out, 1 << 16), false, StandardCharsets.UTF_8);
    for (Paper paper : papers) {
      if (jsonl) {
        listing.println(JSON.writeValueAsString(json(paper)));
      } else {
        printText(paper, listing);
      }
    }
    listing.flush();
    return 0;
  }

  /** The JSON Lines record of a paper; the field order is a contract. */
  static ObjectNode json(Paper paper) {
    ObjectNode node = JSON.createObjectNode();
    node.put("key", paper.key());
    node.put("title", paper.title());
    ArrayNode methods = node.putArray("methods");
    paper.methods().forEach(methods::add);
    ArrayNode mentions = node.putArray("mentions");
    for (Mention m : paper.mentions()) {
      ObjectNode mention = mentions.addObject();
      mention.put("name", m.name());
      ArrayNode surfaces = mention.putArray("surfaces");
      m.surfaces().forEach(surfaces::add);
      ArrayNode lines = mention.putArray("lines");
      m.lines().forEach(lines::add);
    }
    ArrayNode reviews = node.putArray("reviews");
    for (Review r : paper.reviews()) {
      ObjectNode review = reviews.addObject();
      review.put("path", r.path());
      review.put("startLine", r.startLine());
      review.put("endLine", r.endLine());
      review.put("channel", r.channel());
      review.put("date", r.date());
      ArrayNode urls = review.putArray("urls");
      r.urls().forEach(urls::add);
      ObjectNode reactions = review.putObject("reactions");
      for (Map.Entry<String, Integer> e : r.reactions().counts().entrySet()) {
        reactions.put(e.getKey(), e.getValue());
      }
      review.put("summary", r.summary());
    }
    if (paper.year() == null) {
      node.putNull("year");
    } else {
      node.put("year", paper.year());
    }
    ArrayNode authors = node.putArray("authors");
    paper.authors().forEach(authors::add);
    node.put("arxiv", paper.ids().arxiv());
    node.put("doi", paper.ids().doi());
    return node;
  }

  private static void printText(Paper paper, PrintStream out) {
    out.println(
        paper.key()
            + "  "
            + paper.title()
            + (paper.year() == null ? "" : " (" + paper.year() + ")"));
    if (!paper.methods().isEmpty()) {
      out.println("  introduces: " + String.join(", ", paper.methods()));
    }
    if (!paper.mentions().isEmpty()) {
      out.println(
          "  mentions: "
              + paper.mentions().stream()
                  .map(m -> m.name() + " (" + String.join(", ", m.surfaces()) + ")")
                  .collect(Collectors.joining("; ")));
    }
    for (Review r : paper.reviews()) {
      out.println(
          "  review: "
              + r.path()
              + ":"
              + r.startLine()
              + "-"
              + r.endLine()
              + (r.channel() == null ? "" : "  " + r.channel())
              + (r.date() == null ? "" : "  " + r.date()));
    }
    if (paper.reviews().isEmpty() && paper.bibtex() != null) {
      out.println("  bibtex: " + paper.bibtex().path() + ":" + paper.bibtex().line());
    }
  }
}
