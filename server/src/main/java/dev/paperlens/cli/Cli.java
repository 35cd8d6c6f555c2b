package dev.paperlens.cli;

import dev.paperlens.index.CompletionContext;
import dev.paperlens.index.SolrTarget;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * The command line's grammar, through picocli: options and operands in any order, {@code --} ends
 * the options, {@code --help} on every command, one wording for every usage error (exit 2).
 */
final class Cli {
  private Cli() {}

  /** How users start the jar, for usage lines. */
  static final String JAR = "paperlens-server.jar";

  /** Exit code of a usage error. */
  static final int USAGE_ERROR = 2;

  /** This build's version, from the jar's manifest ("dev" when run from classes). */
  static String version() {
    String version = Cli.class.getPackage().getImplementationVersion();
    return "paperlens " + (version == null ? "dev" : version);
  }

  /**
   * Parses {@code args} into the fields of {@code options}, a picocli {@code @Command}. Empty when
   * the command should go on; otherwise the exit code after printing help (0) or a usage error (2).
   */
  static OptionalInt parse(Object options, List<String> args, PrintStream out, PrintStream err) {
    CommandLine line = commandLine(options);
    try {
      ParseResult parsed = line.parseArgs(args.toArray(String[]::new));
      if (parsed.isUsageHelpRequested()) {
        line.usage(out);
        return OptionalInt.of(0);
      }
      if (parsed.isVersionHelpRequested()) {
        out.println(version());
        return OptionalInt.of(0);
      }
      if (options instanceof Validated validated) {
        validated.validate();
      }
      return OptionalInt.empty();
    } catch (ParameterException | IllegalArgumentException e) {
      return OptionalInt.of(usageError(line.getCommandName(), e.getMessage(), err));
    }
  }

  /** One wording for every usage error: what is wrong, then where help is. */
  static int usageError(String command, String problem, PrintStream err) {
    err.println("paperlens " + command + ": " + problem);
    err.println("Try '" + JAR + " " + command + " --help' for its options and an example.");
    return USAGE_ERROR;
  }

  static CommandLine commandLine(Object options) {
    CommandLine line = new CommandLine(options);
    line.setCaseInsensitiveEnumValuesAllowed(true);
    line.setOverwrittenOptionsAllowed(false);
    line.setOut(new PrintWriter(System.out, true, StandardCharsets.UTF_8));
    return line;
  }

  /** Options that check themselves once parsed; a problem is an IllegalArgumentException. */
  interface Validated {
    void validate();
  }

  /** {@code --format text|jsonl}. */
  enum Format {
    TEXT,
    JSONL
  }

  /** Where the papers come from: {@code --sources PATH} (repeatable) and {@code --index DIR}. */
  static final class Sources {
    @Option(
        names = "--sources",
        paramLabel = "PATH",
        split = ",",
        description =
            "A review source: a file or folder (scraped Telegram pages, abstract digests,"
                + " Telegram JSON exports, BibTeX). Repeat it, or separate paths with commas.")
    List<Path> paths = new ArrayList<>();

    @Option(
        names = "--index",
        paramLabel = "DIR",
        description =
            "Where to keep the index (default: a folder per set of sources in the cache).")
    Path indexDir;
  }

  /** The team index: {@code --backend solr} with its address and push layout. */
  static final class Team {
    @Option(
        names = "--backend",
        paramLabel = "embedded|solr",
        description = "embedded (default) or solr: a team's shared SolrCloud collection.")
    String backend;

    @Option(names = "--solr-url", paramLabel = "URL[,URL...]", description = "Solr base URLs.")
    String solrUrl;

    @Option(
        names = "--zk-hosts",
        paramLabel = "HOST:PORT[,...][/CHROOT]",
        description = "ZooKeeper hosts of the cluster, instead of Solr URLs.")
    String zkHosts;

    @Option(names = "--collection", paramLabel = "NAME", description = "The shared collection.")
    String collection;

    /** The collection these options name, or null for the embedded index. */
    SolrTarget target() {
      if (backend != null && !backend.equals("embedded") && !backend.equals("solr")) {
        throw new IllegalArgumentException("--backend is embedded or solr, not " + backend);
      }
      boolean solr =
          "solr".equals(backend) || (backend == null && (solrUrl != null || zkHosts != null));
      if (!solr) {
        if (solrUrl != null || zkHosts != null || collection != null) {
          throw new IllegalArgumentException(
              "--solr-url, --zk-hosts and --collection need --backend solr");
        }
        return null;
      }
      if ((solrUrl == null) == (zkHosts == null)) {
        throw new IllegalArgumentException("--backend solr needs one of --solr-url or --zk-hosts");
      }
      return solrUrl != null
          ? SolrTarget.ofUrls(solrUrl, collection)
          : SolrTarget.ofZooKeeper(zkHosts, collection);
    }
  }

  /** {@code --format} and {@code --limit} of the commands that print ranked hits. */
  static final class Output {
    @Option(
        names = "--format",
        paramLabel = "text|jsonl",
        description = "text (default) or jsonl: one {kind, key, title, name, score} object a line.")
    Format format = Format.TEXT;

    @Option(names = "--limit", paramLabel = "N", description = "At most N results (default 10).")
    int limit = 10;

    void validate() {
      if (limit < 1 || limit > 10_000) {
        throw new IllegalArgumentException("--limit is a number from 1 to 10000, not " + limit);
      }
    }
  }

  /** Lower-case names of a context for help texts. */
  static String contexts() {
    List<String> names = new ArrayList<>();
    for (CompletionContext c : CompletionContext.values()) {
      names.add(c.name().toLowerCase(Locale.ROOT));
    }
    return String.join("|", names);
  }
}
