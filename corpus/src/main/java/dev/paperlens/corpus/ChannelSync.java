package dev.paperlens.corpus;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.paperlens.corpus.TelegramExportReader.Message;
import java.io.IOException;
import java.net.ConnectException;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps a local copy of a public Telegram channel: reads its web preview ({@code
 * https://t.me/s/NAME}, then {@code ?before=ID} for older pages) and stores the posts as a cache
 * file in the form of a Telegram Desktop export ({@code name}, {@code type}, {@code messages} with
 * {@code id}, {@code date}, {@code text}, {@code reactions}; plus {@code username} and the sync
 * state under {@code sync}), which {@link TelegramJsonParser} indexes like any export.
 *
 * <p>Polite to the site: one request at a time, a delay between pages, at most {@link
 * Options#maxPages} pages a run, {@code If-None-Match}/{@code If-Modified-Since} on the newest page
 * when the site gave an {@code ETag}/{@code Last-Modified}, and a 429's {@code Retry-After} waited
 * out (up to a bound). A later run reads from the newest page back only until it meets a post
 * already cached, so a channel with nothing new costs one request; then, while the history is not
 * complete (the first run hit the page cap), it goes on backwards from the oldest cached post.
 *
 * <p>Failures (unreachable, timeout, 404, 5xx, a page that is no channel preview) end the run with
 * one message; the cache keeps what it had, plus any posts read before the failure.
 */
public final class ChannelSync {
  /** Telegram's public site. */
  public static final URI SITE = URI.create("https://t.me");

  /**
   * The cache's mapper, made when a cache is first read or written: the server touches this class
   * at its start (its options, a channel's name), and making a mapper there loaded most of
   * jackson-databind before {@code initialize} was answered.
   */
  private static final class Mapper {
    static final ObjectMapper MAPPER = new ObjectMapper();

    private Mapper() {}
  }

  private static final Pattern SOURCE =
      Pattern.compile(
          "(?:@|(?:https?:/+)?(?:www\\.)?(?:t|telegram)\\.me/(?:s/)?)([A-Za-z0-9_]{5,32})/?");
  private static final int MAX_RATE_LIMIT_RETRIES = 3;

  /**
   * How a sync behaves.
   *
   * @param site the site to read ({@link #SITE}; a local server in tests)
   * @param maxPages most pages read in one run
   * @param delay pause between two requests
   * @param timeout for connecting and for each answer
   * @param maxRetryWait the longest {@code Retry-After} waited out; a longer one ends the run
   */
  public record Options(
      URI site, int maxPages, Duration delay, Duration timeout, Duration maxRetryWait) {
    public static final int DEFAULT_MAX_PAGES = 50;

    /** The site, 50 pages a run, 1 s between pages, 15 s timeout, Retry-After up to 60 s. */
    public static Options defaults() {
      return new Options(
          SITE,
          DEFAULT_MAX_PAGES,
          Duration.ofSeconds(1),
          Duration.ofSeconds(15),
          Duration.ofSeconds(60));
    }

    public Options withMaxPages(int pages) {
      return new Options(site, pages, delay, timeout, maxRetryWait);
    }
  }

  /**
   * What a run did.
   *
   * @param channel the channel's username
   * @param cache the cache file
   * @param newPosts posts not in the cache before
   * @param posts posts in the cache now
   * @param requests HTTP requests made
   * @param took how long the run took
   * @param problem why the run stopped early, or null
   */
  public record Result(
      String channel,
      Path cache,
      int newPosts,
      int posts,
      int requests,
      Duration took,
      String problem) {

    /** One line for a log or a terminal. */
    public String summary() {
      String counts =
          (newPosts == 0 ? "nothing new" : newPosts + " new post" + (newPosts == 1 ? "" : "s"))
              + ", "
              + requests
              + " request"
              + (requests == 1 ? "" : "s")
              + ", "
              + seconds(took);
      String kept = "; the cache keeps " + posts + " post" + (posts == 1 ? "" : "s");
      return "@"
          + channel
          + ": "
          + (problem == null ? counts : problem + kept + " (" + counts + ")");
    }
  }

  private final Options options;
  private final HttpClient http;

  public ChannelSync(Options options) {
    this.options = options;
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(options.timeout())
            .followRedirects(HttpClient.Redirect.NEVER)
            // The JVM's proxy settings (-Dhttps.proxyHost, java.net.useSystemProxies) apply.
            .proxy(ProxySelector.getDefault())
            .build();
  }

  /**
   * The channel a source names ({@code t.me/NAME}, {@code https://t.me/NAME}, {@code t.me/s/NAME},
   * {@code @NAME}), or empty when it names none (a file, a folder, a private link).
   */
  public static Optional<String> channelName(String source) {
    Matcher m = SOURCE.matcher(source.strip());
    return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
  }

  /** The cache file of a channel under a cache folder: {@code channels/NAME.json}. */
  public static Path cacheFile(Path cacheRoot, String channel) {
    return cacheRoot.resolve("channels").resolve(channel.toLowerCase(Locale.ROOT) + ".json");
  }

  /** Brings the cache file of a channel up to date; never throws. */
  public Result sync(String channel, Path cacheFile) {
    long start = System.nanoTime();
    Cache cache = Cache.read(cacheFile);
    Run run = new Run(channel, cache);
    run.forward();
    run.backfill();
    int fresh = run.newPosts();
    if (run.changed) {
      try {
        cache.write(cacheFile, channel);
      } catch (IOException e) {
        run.problem = "cannot write " + cacheFile + " (" + e.getMessage() + ")";
      }
    }
    return new Result(
        channel,
        cacheFile,
        fresh,
        cache.messages.size(),
        run.requests,
        Duration.ofNanos(System.nanoTime() - start),
        run.problem);
  }

  /** One run's walk over the pages. */
  private final class Run {
    final String channel;
    final Cache cache;
    final int before;
    int requests;
    int pages;
    String problem;
    boolean changed;

    Run(String channel, Cache cache) {
      this.channel = channel;
      this.cache = cache;
      this.before = cache.messages.size();
    }

    int newPosts() {
      return cache.messages.size() - before;
    }

    /** From the newest page back to the first post already cached. */
    void forward() {
      Long known = cache.newest;
      Long page = null;
      boolean contiguousFromTop = true;
      boolean ended = false; // the walk ended by itself, not by the page cap
      while (pages < options.maxPages()) {
        Answer answer = fetch(page, page == null && known != null);
        if (answer.problem != null) {
          problem = answer.problem;
          contiguousFromTop = false;
          break;
        }
        if (answer.notModified) {
          return;
        }
        TelegramPreviewPage.Page read = answer.page;
        if (page == null) {
          cache.title = read.title() != null ? read.title() : cache.title;
          cache.etag = answer.etag;
          cache.lastModified = answer.lastModified;
          changed = true;
        }
        boolean reachedKnown = false;
        for (Message m : read.messages()) {
          long id = m.json().path("id").asLong();
          cache.messages.put(id, (ObjectNode) m.json());
          reachedKnown |= known != null && id <= known;
        }
        if (read.messages().isEmpty()) {
          if (page == null && read.channelInfo()) {
            cache.complete = true; // a channel without public posts
            ended = true;
          } else {
            problem = "a page of @" + channel + " holds no posts (not a channel preview?)";
            contiguousFromTop = false;
          }
          break;
        }
        if (reachedKnown) {
          ended = true;
          break;
        }
        if (read.before() == null) {
          cache.complete = true;
          ended = true;
          break;
        }
        page = read.before();
      }
      if (!ended && problem == null && known != null) {
        // The cap ended the walk before the known posts: a gap may remain; the next run closes it.
        contiguousFromTop = false;
      }
      if (contiguousFromTop || known == null) {
        cache.newest = cache.messages.isEmpty() ? null : cache.messages.lastKey();
        if (known == null && !cache.messages.isEmpty()) {
          cache.oldest = cache.messages.firstKey();
        }
      } else {
        // The next run must walk down to the old newest again: the newest page's validators are
        // no proof of that.
        cache.etag = null;
        cache.lastModified = null;
      }
    }

    /** Older posts than any cached, while the history is incomplete and pages remain. */
    void backfill() {
      while (problem == null
          && !cache.complete
          && cache.oldest != null
          && pages < options.maxPages()) {
        Answer answer = fetch(cache.oldest, false);
        if (answer.problem != null) {
          problem = answer.problem;
          return;
        }
        TelegramPreviewPage.Page read = answer.page;
        if (read == null || read.messages().isEmpty()) {
          cache.complete = true;
          changed = true;
          return;
        }
        for (Message m : read.messages()) {
          cache.messages.put(m.json().path("id").asLong(), (ObjectNode) m.json());
        }
        cache.oldest = Math.min(cache.oldest, cache.messages.firstKey());
        cache.complete = read.before() == null;
        changed = true;
      }
    }

    /** One page, the 429s before it waited out. */
    private Answer fetch(Long beforeId, boolean conditional) {
      URI uri =
          options.site().resolve("/s/" + channel + (beforeId == null ? "" : "?before=" + beforeId));
      for (int attempt = 0; ; attempt++) {
        if (requests > 0 && !pause(options.delay())) {
          return Answer.failed("interrupted");
        }
        pages++;
        requests++;
        HttpRequest.Builder request =
            HttpRequest.newBuilder(uri)
                .timeout(options.timeout())
                .header("User-Agent", "Paperlens channel sync")
                .header("Accept", "text/html");
        if (conditional && cache.etag != null) {
          request.header("If-None-Match", cache.etag);
        }
        if (conditional && cache.lastModified != null) {
          request.header("If-Modified-Since", cache.lastModified);
        }
        HttpResponse<String> response;
        try {
          response =
              http.send(
                  request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpConnectTimeoutException e) {
          return Answer.failed("cannot reach " + uri.getHost() + " (connection timed out)");
        } catch (HttpTimeoutException e) {
          return Answer.failed(
              uri.getHost() + " did not answer within " + seconds(options.timeout()));
        } catch (ConnectException e) {
          return Answer.failed(
              "cannot reach " + uri.getHost() + " (network unreachable or refused)");
        } catch (IOException e) {
          return Answer.failed("cannot reach " + uri.getHost() + " (" + e.getMessage() + ")");
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return Answer.failed("interrupted");
        }
        int status = response.statusCode();
        if (status == 200) {
          String body = response.body();
          TelegramPreviewPage.Page page = TelegramPreviewPage.read(body);
          if (page.messages().isEmpty() && !page.channelInfo()) {
            return Answer.failed(
                uri + " is not a channel preview page (no tgme_widget_message posts)");
          }
          return new Answer(
              page,
              false,
              response.headers().firstValue("ETag").orElse(null),
              response.headers().firstValue("Last-Modified").orElse(null),
              null);
        }
        if (status == 304) {
          return new Answer(null, true, cache.etag, cache.lastModified, null);
        }
        if (status == 429) {
          Duration wait = retryAfter(response.headers().firstValue("Retry-After").orElse(null));
          if (attempt >= MAX_RATE_LIMIT_RETRIES || wait.compareTo(options.maxRetryWait()) > 0) {
            return Answer.failed(
                uri.getHost()
                    + " asks to wait "
                    + wait.toSeconds()
                    + " s (429 Too Many Requests); try again later");
          }
          if (!pause(wait)) {
            return Answer.failed("interrupted");
          }
          continue;
        }
        if (status == 404) {
          return Answer.failed("no channel @" + channel + " (" + uri.getHost() + " answered 404)");
        }
        if (status >= 300 && status < 400) {
          return Answer.failed(
              "@"
                  + channel
                  + " has no public preview ("
                  + uri.getHost()
                  + " redirects to "
                  + response.headers().firstValue("Location").orElse("another page")
                  + ")");
        }
        return Answer.failed(uri.getHost() + " answered " + status);
      }
    }
  }

  /** "15 s", "0.3 s". */
  static String seconds(Duration d) {
    return d.toMillis() % 1000 == 0
        ? d.toSeconds() + " s"
        : String.format(Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
  }

  /** Retry-After as seconds or an HTTP date; 5 s when absent or unreadable. */
  static Duration retryAfter(String value) {
    if (value == null || value.isBlank()) {
      return Duration.ofSeconds(5);
    }
    String v = value.strip();
    if (v.matches("\\d{1,9}")) {
      return Duration.ofSeconds(Long.parseLong(v));
    }
    try {
      ZonedDateTime at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME);
      Duration wait = Duration.between(ZonedDateTime.now(at.getZone()), at);
      return wait.isNegative() ? Duration.ZERO : wait;
    } catch (DateTimeParseException e) {
      return Duration.ofSeconds(5);
    }
  }

  private static boolean pause(Duration wait) {
    if (wait.isZero() || wait.isNegative()) {
      return true;
    }
    try {
      Thread.sleep(wait.toMillis());
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** A page, or "not modified", or why there is none. */
  private record Answer(
      TelegramPreviewPage.Page page,
      boolean notModified,
      String etag,
      String lastModified,
      String problem) {
    static Answer failed(String problem) {
      return new Answer(null, false, null, null, problem);
    }
  }

  /** The cache file's content: the posts by id and the sync state. */
  private static final class Cache {
    final TreeMap<Long, ObjectNode> messages = new TreeMap<>();
    String title;
    Long newest;
    Long oldest;
    boolean complete;
    String etag;
    String lastModified;

    /** The cache as written by an earlier run; empty when missing or unreadable. */
    static Cache read(Path file) {
      Cache cache = new Cache();
      if (!Files.isRegularFile(file)) {
        return cache;
      }
      try {
        JsonNode root = Mapper.MAPPER.readTree(file.toFile());
        cache.title = root.path("name").isTextual() ? root.get("name").asText() : null;
        for (JsonNode m : root.path("messages")) {
          if (m.isObject() && m.path("id").canConvertToLong()) {
            cache.messages.put(m.get("id").asLong(), (ObjectNode) m);
          }
        }
        JsonNode sync = root.path("sync");
        cache.newest = sync.path("newest").canConvertToLong() ? sync.get("newest").asLong() : null;
        cache.oldest = sync.path("oldest").canConvertToLong() ? sync.get("oldest").asLong() : null;
        cache.complete = sync.path("complete").asBoolean(false);
        cache.etag = sync.path("etag").isTextual() ? sync.get("etag").asText() : null;
        cache.lastModified =
            sync.path("last_modified").isTextual() ? sync.get("last_modified").asText() : null;
        if (cache.newest == null || cache.oldest == null) {
          cache.newest = null;
          cache.oldest = null;
          cache.complete = false;
        }
      } catch (IOException | RuntimeException e) {
        // A cache that cannot be read is a cache to rebuild: start afresh.
        return new Cache();
      }
      return cache;
    }

    /** Writes the cache beside its place and renames it there, so readers never see half. */
    void write(Path file, String channel) throws IOException {
      ObjectNode root = Mapper.MAPPER.createObjectNode();
      root.put("name", title != null ? title : channel);
      root.put("type", "public_channel");
      root.put("username", channel);
      ObjectNode sync = root.putObject("sync");
      putOrNull(sync, "newest", newest);
      putOrNull(sync, "oldest", oldest);
      sync.put("complete", complete);
      sync.put("etag", etag);
      sync.put("last_modified", lastModified);
      ArrayNode list = root.putArray("messages");
      messages.values().forEach(list::add);
      DefaultIndenter oneSpace = new DefaultIndenter(" ", "\n");
      // As Telegram Desktop writes it: one field per line, one space of indent, "id": 42.
      DefaultPrettyPrinter printer =
          new DefaultPrettyPrinter(
                  Separators.createDefaultInstance()
                      .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
              .withObjectIndenter(oneSpace)
              .withArrayIndenter(oneSpace);
      String text = Mapper.MAPPER.writer(printer).writeValueAsString(root) + "\n";
      if (Files.isRegularFile(file) && Files.readString(file).equals(text)) {
        return; // the pages said what the cache says: leave the file (and its watchers) alone
      }
      Path dir = file.toAbsolutePath().getParent();
      Files.createDirectories(dir);
      Path temp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
      try {
        Files.writeString(temp, text);
        try {
          Files.move(
              temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        }
      } finally {
        Files.deleteIfExists(temp);
      }
    }

    private static void putOrNull(ObjectNode node, String field, Long value) {
      if (value == null) {
        node.putNull(field);
      } else {
        node.put(field, value);
      }
    }
  }
}
