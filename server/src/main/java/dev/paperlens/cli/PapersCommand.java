package dev.paperlens.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.paperlens.corpus.Mention;
import dev.paperlens.corpus.Paper;
import dev.paperlens.corpus.Review;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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

    /**
     * The options of a command line that writes only the plain forms ({@code --sources P[,P...]},
     * {@code --format text|jsonl}, each also as {@code --name=value}), read without picocli; empty
     * for anything else (help, a usage error, a quoted or {@code @file} argument, a value that
     * looks like an option, {@code --format} twice, no source), which picocli then reads as it
     * always did. picocli's classes are in a class-file format the class-data archive does not
     * take, and building its model of the command was about 0.2 CPU seconds of every {@code papers}
     * run (docs/performance.md).
     */
    static Optional<Options> plain(List<String> args) {
      Options options = new Options();
      boolean formatGiven = false;
      for (int i = 0; i < args.size(); i++) {
        String arg = args.get(i);
        int equals = arg.indexOf('=');
        String name = equals < 0 ? arg : arg.substring(0, equals);
        String value;
        if (equals >= 0) {
          value = arg.substring(equals + 1);
        } else if (i + 1 < args.size()) {
          value = args.get(++i);
        } else {
          return Optional.empty();
        }
        if (value.isEmpty() || value.startsWith("-") || value.startsWith("@")) {
          return Optional.empty();
        }
        switch (name) {
          case "--sources" -> {
            if (value.indexOf('"') >= 0 || value.startsWith(",") || value.endsWith(",")) {
              return Optional.empty();
            }
            for (String path : value.split(",")) {
              if (path.isEmpty()) {
                return Optional.empty();
              }
              try {
                options.sources.add(Path.of(path));
              } catch (InvalidPathException e) {
                return Optional.empty();
              }
            }
          }
          case "--format" -> {
            if (formatGiven) {
              return Optional.empty();
            }
            formatGiven = true;
            switch (value.toLowerCase(Locale.ROOT)) {
              case "text" -> options.format = Cli.Format.TEXT;
              case "jsonl" -> options.format = Cli.Format.JSONL;
              default -> {
                return Optional.empty();
              }
            }
          }
          default -> {
            return Optional.empty();
          }
        }
      }
      return options.sources.isEmpty() ? Optional.empty() : Optional.of(options);
    }
  }

  /**
   * The streaming writer alone: the lines are written field by field, with no tree of nodes per
   * paper and without loading jackson-databind (a few hundred classes) into a short process.
   */
  private static final JsonFactory JSON = new JsonFactory();

  /** Papers turned into lines at a time, on every core; their lines are then printed in order. */
  private static final int LINES_AT_A_TIME = 4096;

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
    Options options = Options.plain(args).orElse(null);
    if (options == null) {
      options = new Options();
      OptionalInt exit = Cli.parse(options, args, out, err);
      if (exit.isPresent()) {
        return exit.getAsInt();
      }
    }
    List<Path> sources = options.sources;
    boolean jsonl = options.format == Cli.Format.JSONL;
    List<Paper> papers = SourceFiles.FILES.load(sources, err);
    // One write per buffer, not one per line: a 20,000-entry library prints 20,000 lines.
    PrintStream listing =
        new PrintStream(new BufferedOutputStream(out, 1 << 16), false, StandardCharsets.UTF_8);
    if (jsonl) {
      // Writing a line is a fifth of a library read; the lines of a batch are made and encoded in
      // parallel, so the printing thread only copies bytes (encoding them as it printed was the
      // longest stretch a 20,000-entry read spent on one thread). getBytes replaces an unpaired
      // surrogate with '?', as the print stream's encoder did.
      byte[] lineEnd = System.lineSeparator().getBytes(StandardCharsets.UTF_8);
      for (int from = 0; from < papers.size(); from += LINES_AT_A_TIME) {
        List<Paper> batch = papers.subList(from, Math.min(papers.size(), from + LINES_AT_A_TIME));
        List<byte[]> lines =
            batch.parallelStream()
                .map(paper -> jsonLine(paper).getBytes(StandardCharsets.UTF_8))
                .toList();
        for (byte[] line : lines) {
          listing.write(line, 0, line.length);
          listing.write(lineEnd, 0, lineEnd.length);
        }
      }
    } else {
      papers.forEach(paper -> printText(paper, listing));
    }
    listing.flush();
    return 0;
  }

  /** The JSON Lines record of a paper, one line; the field order is a contract. */
  static String jsonLine(Paper paper) {
    StringWriter line = new StringWriter(256);
    try (JsonGenerator json = JSON.createGenerator(line)) {
      json.writeStartObject();
      json.writeStringField("key", paper.key());
      json.writeStringField("title", paper.title());
      json.writeArrayFieldStart("methods");
      for (String method : paper.methods()) {
        json.writeString(method);
      }
      json.writeEndArray();
      json.writeArrayFieldStart("mentions");
      for (Mention m : paper.mentions()) {
        json.writeStartObject();
        json.writeStringField("name", m.name());
        json.writeArrayFieldStart("surfaces");
        for (String surface : m.surfaces()) {
          json.writeString(surface);
        }
        json.writeEndArray();
        json.writeArrayFieldStart("lines");
        for (Integer lineNumber : m.lines()) {
          writeNumber(json, lineNumber);
        }
        json.writeEndArray();
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeArrayFieldStart("reviews");
      for (Review r : paper.reviews()) {
        json.writeStartObject();
        json.writeStringField("path", r.path());
        json.writeNumberField("startLine", r.startLine());
        json.writeNumberField("endLine", r.endLine());
        json.writeStringField("channel", r.channel());
        json.writeStringField("date", r.date());
        json.writeArrayFieldStart("urls");
        for (String url : r.urls()) {
          json.writeString(url);
        }
        json.writeEndArray();
        json.writeObjectFieldStart("reactions");
        for (Map.Entry<String, Integer> e : r.reactions().counts().entrySet()) {
          json.writeFieldName(e.getKey());
          writeNumber(json, e.getValue());
        }
        json.writeEndObject();
        json.writeStringField("summary", r.summary());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeFieldName("year");
      writeNumber(json, paper.year());
      json.writeArrayFieldStart("authors");
      for (String author : paper.authors()) {
        json.writeString(author);
      }
      json.writeEndArray();
      json.writeStringField("arxiv", paper.ids().arxiv());
      json.writeStringField("doi", paper.ids().doi());
      json.writeEndObject();
    } catch (IOException e) {
      // A StringWriter does not fail.
      throw new UncheckedIOException(e);
    }
    return line.toString();
  }

  private static void writeNumber(JsonGenerator json, Integer number) throws IOException {
    if (number == null) {
      json.writeNull();
    } else {
      json.writeNumber(number.intValue());
    }
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
