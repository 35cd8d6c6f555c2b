package dev.paperlens.cli;

import dev.paperlens.index.CompletionContext;
import dev.paperlens.index.SolrTarget;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The options the index commands share: {@code --sources PATH...} (every argument up to the next
 * option), {@code --index DIR}, {@code --format text|jsonl}, {@code --limit N}, {@code --context
 * any|citation|prose}; the team index's {@code --backend embedded|solr}, {@code --solr-url
 * URL[,URL...]} or {@code --zk-hosts HOST:PORT[,...][/CHROOT]}, {@code --collection NAME}, {@code
 * --shards N}, {@code --replicas N}, {@code --batch N}; anything else is the query.
 *
 * @param solr the shared collection to use instead of the embedded index, or null
 */
record IndexOptions(
    List<Path> sources,
    Path indexDir,
    boolean jsonl,
    int limit,
    CompletionContext context,
    SolrTarget solr,
    Solr push,
    List<String> rest) {

  /** How a push lays out a new collection and how it sends documents. */
  record Solr(int shards, int replicas, int batch) {
    static final Solr DEFAULT = new Solr(2, 1, 500);
  }

  /** Text for usage lines of the commands that can use the team index. */
  static final String SOLR_USAGE =
      "[--backend solr (--solr-url URL[,URL...] | --zk-hosts HOST:PORT[,...][/CHROOT]) [--collection NAME]]";

  /**
   * The options of one command, or empty after telling the user what is wrong: the parse error, or
   * a number of operands the command does not take.
   *
   * @param operand the name of the one operand the command takes, null for none, "" for any number
   */
  static Optional<IndexOptions> parse(
      String command, String usage, String operand, List<String> args, PrintStream err) {
    String problem;
    try {
      IndexOptions options = parse(args);
      if (options.sources().isEmpty() && (options.solr() == null || command.equals("index"))) {
        throw new IllegalArgumentException("--sources PATH... is required");
      }
      int wanted = operand == null ? 0 : 1;
      if ("".equals(operand) || options.rest().size() == wanted) {
        return Optional.of(options);
      }
      problem = operand == null ? "unexpected " + options.rest() : "give exactly one " + operand;
    } catch (IllegalArgumentException e) {
      problem = e.getMessage();
    }
    err.println("paperlens " + command + ": " + problem);
    err.println(usage);
    return Optional.empty();
  }

  static IndexOptions parse(List<String> args) {
    List<Path> sources = new ArrayList<>();
    List<String> rest = new ArrayList<>();
    Path indexDir = null;
    boolean jsonl = false;
    int limit = 10;
    CompletionContext context = CompletionContext.ANY;
    String backend = null;
    String solrUrl = null;
    String zkHosts = null;
    String collection = null;
    int shards = Solr.DEFAULT.shards();
    int replicas = Solr.DEFAULT.replicas();
    int batch = Solr.DEFAULT.batch();
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      switch (arg) {
        case "--sources" -> {
          while (i + 1 < args.size() && !args.get(i + 1).startsWith("--")) {
            sources.add(Path.of(args.get(++i)));
          }
        }
        case "--index" -> indexDir = Path.of(value(args, ++i, arg));
        case "--format" -> {
          String format = value(args, ++i, arg);
          if (!format.equals("jsonl") && !format.equals("text")) {
            throw new IllegalArgumentException("--format is text or jsonl, not " + format);
          }
          jsonl = format.equals("jsonl");
        }
        case "--limit" -> {
          try {
            limit = Integer.parseInt(value(args, ++i, arg));
          } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--limit needs a number");
          }
        }
        case "--context" ->
            context = CompletionContext.valueOf(value(args, ++i, arg).toUpperCase(Locale.ROOT));
        case "--backend" -> {
          backend = value(args, ++i, arg);
          if (!backend.equals("embedded") && !backend.equals("solr")) {
            throw new IllegalArgumentException("--backend is embedded or solr, not " + backend);
          }
        }
        case "--solr-url" -> solrUrl = value(args, ++i, arg);
        case "--zk-hosts" -> zkHosts = value(args, ++i, arg);
        case "--collection" -> collection = value(args, ++i, arg);
        case "--shards" -> shards = positive(args, ++i, arg, 1000);
        case "--replicas" -> replicas = positive(args, ++i, arg, 100);
        case "--batch" -> batch = positive(args, ++i, arg, 100_000);
        case "--" -> {
          rest.addAll(args.subList(i + 1, args.size()));
          i = args.size();
        }
        default -> {
          if (arg.startsWith("--")) {
            throw new IllegalArgumentException("unknown option " + arg);
          }
          rest.add(arg);
        }
      }
    }
    SolrTarget solr = solrTarget(backend, solrUrl, zkHosts, collection);
    if (solr != null && indexDir != null) {
      throw new IllegalArgumentException(
          "--index is the embedded index's folder; the solr backend has none");
    }
    return new IndexOptions(
        sources, indexDir, jsonl, limit, context, solr, new Solr(shards, replicas, batch), rest);
  }

  /** The collection the options name, or null for the embedded index. */
  private static SolrTarget solrTarget(String backend, String url, String zk, String collection) {
    boolean solr = "solr".equals(backend) || (backend == null && (url != null || zk != null));
    if (!solr) {
      if (url != null || zk != null || collection != null) {
        throw new IllegalArgumentException(
            "--solr-url, --zk-hosts and --collection need --backend solr");
      }
      return null;
    }
    if ((url == null) == (zk == null)) {
      throw new IllegalArgumentException("--backend solr needs one of --solr-url or --zk-hosts");
    }
    return url != null
        ? SolrTarget.ofUrls(url, collection)
        : SolrTarget.ofZooKeeper(zk, collection);
  }

  private static int positive(List<String> args, int i, String option, int max) {
    try {
      int n = Integer.parseInt(value(args, i, option));
      if (n >= 1 && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(option + " needs a number from 1 to " + max);
  }

  private static String value(List<String> args, int i, String option) {
    if (i >= args.size()) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return args.get(i);
  }
}
