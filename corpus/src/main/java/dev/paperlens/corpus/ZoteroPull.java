package dev.paperlens.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/**
 * Keeps a local copy of a library that Zotero's Better BibTeX serves as a pull export on this
 * machine ({@code http://127.0.0.1:23119/better-bibtex/export/collection?/1/NAME.json}, or {@code
 * .biblatex}, {@code .bibtex}, {@code .bib}): each {@link #pull} asks once, with {@code
 * If-None-Match}/{@code If-Modified-Since} when the last answer had an {@code ETag}/{@code
 * Last-Modified}, and replaces the copy only with a body that reads completely (CSL-JSON or BibTeX)
 * and differs from it. The copy is a file under the cache folder, so it outlives the process and is
 * read like any other source.
 *
 * <p>Only loopback addresses are asked: the export is the user's own Zotero, and a URL to another
 * host in a settings file must not make the editor fetch from it.
 */
public final class ZoteroPull {
  private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "localhost", "[::1]", "::1");
  private static final List<String> EXTENSIONS = List.of(".json", ".biblatex", ".bibtex", ".bib");

  /** What one pull did. */
  public enum Outcome {
    /** The body differed from the copy and replaced it: index again. */
    CHANGED,
    /** 304, or the same body as the copy. */
    UNCHANGED,
    /** Zotero could not be asked or gave no usable library; the copy stays. */
    FAILED
  }

  /**
   * What a pull did, with a line for the log.
   *
   * @param outcome what happened
   * @param message one line for the log (why it failed, or what changed)
   */
  public record Result(Outcome outcome, String message) {}

  private final URI url;
  private final Path copy;
  private final Path validators;
  private final HttpClient http;
  private final Duration timeout;
  private final java.util.concurrent.atomic.AtomicInteger requests =
      new java.util.concurrent.atomic.AtomicInteger();

  /**
   * @param url the export's URL, checked by {@link #problem}
   * @param cacheRoot the cache folder; the copy goes to {@code zotero/} under it
   * @param timeout for connecting and for the answer
   */
  public ZoteroPull(URI url, Path cacheRoot, Duration timeout) {
    this.url = url;
    this.copy = copyFile(cacheRoot, url.toString());
    this.validators = copy.resolveSibling(copy.getFileName() + ".http");
    this.timeout = timeout;
    this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
  }

  /** Whether a source names a web address (and so is no file), whatever it points at. */
  public static boolean isUrl(String source) {
    String lower = source.strip().toLowerCase(Locale.ROOT);
    return lower.startsWith("http://") || lower.startsWith("https://");
  }

  /**
   * Why a URL source cannot be pulled, or empty when it can: it must be http on a loopback host and
   * name a .json, .biblatex, .bibtex or .bib export.
   */
  public static Optional<String> problem(String source) {
    URI uri;
    try {
      uri = new URI(source.strip());
    } catch (URISyntaxException e) {
      return Optional.of("source '" + source + "' is not a valid URL (" + e.getReason() + ")");
    }
    String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
    if (!"http".equalsIgnoreCase(uri.getScheme()) || !LOOPBACK.contains(host)) {
      return Optional.of(
          "source '"
              + source
              + "' is not fetched: only a Zotero export on this machine"
              + " (http://127.0.0.1:PORT/... or http://localhost:PORT/...) is polled");
    }
    String lower = source.strip().toLowerCase(Locale.ROOT);
    if (EXTENSIONS.stream().noneMatch(lower::endsWith)) {
      return Optional.of(
          "source '"
              + source
              + "' is not a library export: the URL must end in .json, .biblatex, .bibtex or .bib");
    }
    return Optional.empty();
  }

  /** Where the copy of the export at {@code url} is kept under {@code cacheRoot}. */
  public static Path copyFile(Path cacheRoot, String url) {
    String lower = url.strip().toLowerCase(Locale.ROOT);
    String extension = lower.endsWith(".json") ? ".json" : ".bib";
    return cacheRoot.resolve("zotero").resolve(hash(url.strip()) + extension);
  }

  /** The local copy (it may not exist yet). */
  public Path copy() {
    return copy;
  }

  /** HTTP requests made so far. */
  public int requests() {
    return requests.get();
  }

  /** Asks the export once and keeps its body when it is a complete library that changed. */
  public Result pull() {
    Properties known = readValidators();
    HttpRequest.Builder request =
        HttpRequest.newBuilder(url).timeout(timeout).header("Accept", "*/*").GET();
    if (Files.isRegularFile(copy)) {
      // Without the copy, a 304 would leave nothing to read.
      if (known.getProperty("etag") != null) {
        request.header("If-None-Match", known.getProperty("etag"));
      }
      if (known.getProperty("last-modified") != null) {
        request.header("If-Modified-Since", known.getProperty("last-modified"));
      }
    }
    HttpResponse<byte[]> response;
    try {
      requests.incrementAndGet();
      response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (HttpConnectTimeoutException e) {
      return failed("Zotero did not accept a connection within " + seconds());
    } catch (HttpTimeoutException e) {
      return failed("Zotero did not answer within " + seconds());
    } catch (ConnectException e) {
      return failed("Zotero is not running (connection refused)");
    } catch (IOException e) {
      return failed("Zotero cannot be reached (" + e.getClass().getSimpleName() + ")");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return failed("interrupted");
    }
    int status = response.statusCode();
    if (status == 304) {
      return new Result(Outcome.UNCHANGED, "not modified");
    }
    if (status != 200) {
      return failed(
          "Zotero answered HTTP "
              + status
              + (status == 404 ? " (no such collection or library; is the URL right?)" : ""));
    }
    byte[] body = response.body();
    try {
      // The copy was checked when it was kept: the same body needs no reading again.
      if (Files.isRegularFile(copy) && Arrays.equals(Files.readAllBytes(copy), body)) {
        writeValidators(response);
        return new Result(Outcome.UNCHANGED, "unchanged");
      }
    } catch (IOException e) {
      return failed("its copy cannot be read at " + copy + " (" + e.getMessage() + ")");
    }
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .decode(java.nio.ByteBuffer.wrap(body))
              .toString();
    } catch (CharacterCodingException e) {
      return failed("Zotero's answer is not UTF-8 text");
    }
    String unreadable = unreadable(text);
    if (unreadable != null) {
      return failed("Zotero's answer " + unreadable);
    }
    try {
      write(copy, body);
      writeValidators(response);
    } catch (IOException e) {
      return failed("its copy cannot be written to " + copy + " (" + e.getMessage() + ")");
    }
    return new Result(Outcome.CHANGED, "library changed (" + body.length + " bytes)");
  }

  /** Why the body is no library to keep, or null when it reads completely. */
  private static String unreadable(String text) {
    String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
    if (body.isBlank()) {
      return "is empty";
    }
    String start = body.stripLeading();
    if ((start.startsWith("[") || start.startsWith("{")) && !CorpusLoader.completeJson(body)) {
      return "is JSON that breaks off";
    }
    List<String> problems = new ArrayList<>();
    if (CslJsonParser.looksLikeCslJson(body)) {
      CslJsonParser.parse("answer", body, problems::add);
      boolean broken = problems.stream().anyMatch(p -> p.contains("not complete"));
      return broken ? "is CSL-JSON that breaks off" : null;
    }
    if (BibTexParser.looksLikeBibTex(body)) {
      return BibTexParser.endsInsideAnEntry(body)
          ? "is BibTeX whose last entry is not closed"
          : null;
    }
    return "is neither CSL-JSON nor BibTeX";
  }

  private Result failed(String why) {
    String kept =
        Files.isRegularFile(copy)
            ? "the last copy stays in use (" + copy + ")"
            : "there is no copy yet";
    return new Result(Outcome.FAILED, why + " at " + url + "; " + kept);
  }

  private String seconds() {
    return timeout.toMillis() / 1000.0 + " s";
  }

  private Properties readValidators() {
    Properties properties = new Properties();
    if (Files.isRegularFile(validators)) {
      try (InputStream in = Files.newInputStream(validators)) {
        properties.load(in);
      } catch (IOException | IllegalArgumentException e) {
        // Validators only save a download; without them the next answer is a full 200.
      }
    }
    return properties;
  }

  private void writeValidators(HttpResponse<?> response) throws IOException {
    Properties properties = new Properties();
    response.headers().firstValue("ETag").ifPresent(v -> properties.setProperty("etag", v));
    response
        .headers()
        .firstValue("Last-Modified")
        .ifPresent(v -> properties.setProperty("last-modified", v));
    Path temp = validators.resolveSibling(validators.getFileName() + ".tmp");
    try (OutputStream out = Files.newOutputStream(temp)) {
      properties.store(out, "validators of " + url);
    }
    move(temp, validators);
  }

  /** Replaces the file at once: a reader sees the old copy or the new, never half of one. */
  private static void write(Path file, byte[] body) throws IOException {
    Files.createDirectories(file.getParent());
    Path temp = file.resolveSibling(file.getFileName() + ".tmp");
    Files.write(temp, body);
    move(temp, file);
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static String hash(String text) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JVM", e);
    }
  }
}
