package dev.paperlens.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.paperlens.corpus.Corpus;
import dev.paperlens.corpus.CorpusLoader;
import dev.paperlens.corpus.Mention;
import dev.paperlens.corpus.Paper;
import dev.paperlens.corpus.Review;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code papers --sources PATH... [--format text|jsonl]}: reads review sources and lists the papers
 * they describe. With {@code jsonl}, one JSON object per paper whose first fields are, in this
 * order, key, title, methods, mentions, reviews; problems go to standard error, one line each.
 */
public final class PapersCommand implements Command {
  static final String USAGE =
      "usage: paperlens-server.jar papers --sources PATH... [--format text|jsonl]";

  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
    List<Path> sources = new ArrayList<>();
    String format = "text";
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (arg.equals("--sources")) {
        while (i + 1 < args.size() && !args.get(i + 1).startsWith("--")) {
          sources.add(Path.of(args.get(++i)));
        }
      } else if (arg.equals("--format") && i + 1 < args.size()) {
        format = args.get(++i);
      } else if (arg.startsWith("--format=")) {
        format = arg.substring("--format=".length());
      } else if (arg.equals("--help") || arg.equals("-h")) {
        out.println(USAGE);
        return 0;
      } else {
        err.println("paperlens papers: unknown argument '" + arg + "'");
        err.println(USAGE);
        return 2;
      }
    }
    if (sources.isEmpty() || !(format.equals("text") || format.equals("jsonl"))) {
      err.println(
          sources.isEmpty()
              ? "paperlens papers: --sources needs at least one file or folder"
              : "paperlens papers: unknown format '" + format + "'");
      err.println(USAGE);
      return 2;
    }
    Corpus corpus = CorpusLoader.load(sources);
    for (Paper paper : corpus.papers()) {
      if (format.equals("jsonl")) {
        out.println(JSON.writeValueAsString(json(paper)));
      } else {
        printText(paper, out);
      }
    }
    corpus.problems().forEach(err::println);
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
