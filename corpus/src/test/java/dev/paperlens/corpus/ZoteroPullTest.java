package dev.paperlens.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Pulls of a Better BibTeX export from a stand-in for Zotero on 127.0.0.1. */
class ZoteroPullTest {
  private static final String PATH = "/better-bibtex/export/collection";
  private static final String LIBRARY =
      "[\n  {\"id\": \"gu2023mamba\", \"type\": \"article\", \"title\": \"Mamba\"}\n]\n";
  private static final String CHANGED =
      "[\n  {\"id\": \"gu2023mamba\", \"type\": \"article\", \"title\": \"Mamba\"},\n"
          + "  {\"id\": \"dao2022flash\", \"type\": \"paper-conference\", \"title\": \"Flash\"}\n]\n";

  @TempDir Path cache;

  /** What the stand-in answers, in order, and the headers of each request it got. */
  private record Answer(int status, Map<String, String> headers, String body, long delayMillis) {}

  private final Deque<Answer> answers = new ArrayDeque<>();
  private final List<Map<String, String>> requests = new CopyOnWriteArrayList<>();
  private HttpServer zotero;

  private URI start() throws IOException {
    zotero = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    zotero.createContext(
        PATH,
        exchange -> {
          requests.add(
              Map.of(
                  "If-None-Match",
                  String.valueOf(exchange.getRequestHeaders().getFirst("If-None-Match")),
                  "If-Modified-Since",
                  String.valueOf(exchange.getRequestHeaders().getFirst("If-Modified-Since"))));
          Answer answer;
          synchronized (answers) {
            answer = answers.isEmpty() ? new Answer(500, Map.of(), "", 0) : answers.poll();
          }
          try {
            Thread.sleep(answer.delayMillis());
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          answer.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
          byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(answer.status(), body.length == 0 ? -1 : body.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
          } catch (IOException e) {
            // the client gave up (a timeout test)
          }
        });
    zotero.start();
    return URI.create(
        "http://127.0.0.1:" + zotero.getAddress().getPort() + PATH + "?/1/My%20Library.json");
  }

  @AfterEach
  void stop() {
    if (zotero != null) {
      zotero.stop(0);
    }
  }

  private void answer(int status, String body, String... headers) {
    Map<String, String> map = new java.util.LinkedHashMap<>();
    for (int i = 0; i + 1 < headers.length; i += 2) {
      map.put(headers[i], headers[i + 1]);
    }
    answers.add(new Answer(status, map, body, 0));
  }

  @Test
  void aLibraryIsKeptThenAskedForWithItsEtagAndA304ChangesNothing() throws Exception {
    URI url = start();
    ZoteroPull pull = new ZoteroPull(url, cache, Duration.ofSeconds(5));
    answer(200, LIBRARY, "ETag", "\"v1\"", "Last-Modified", "Sat, 05 Dec 2026 17:00:00 GMT");
    answer(304, "");
    assertEquals(ZoteroPull.Outcome.CHANGED, pull.pull().outcome());
    assertEquals(LIBRARY, Files.readString(pull.copy()));
    assertEquals(ZoteroPull.Outcome.UNCHANGED, pull.pull().outcome());
    assertEquals(2, pull.requests());
    assertEquals("null", requests.get(0).get("If-None-Match"));
    assertEquals("\"v1\"", requests.get(1).get("If-None-Match"));
    assertEquals("Sat, 05 Dec 2026 17:00:00 GMT", requests.get(1).get("If-Modified-Since"));
    assertEquals(LIBRARY, Files.readString(pull.copy()));
    // The copy and its validators outlive the process: a new pull of the same URL asks likewise.
    answer(304, "");
    ZoteroPull later = new ZoteroPull(url, cache, Duration.ofSeconds(5));
    assertEquals(ZoteroPull.Outcome.UNCHANGED, later.pull().outcome());
    assertEquals("\"v1\"", requests.get(2).get("If-None-Match"));
  }

  @Test
  void withoutValidatorsTheSameBodyChangesNothingAndAChangedOneIsPickedUp() throws Exception {
    URI url = start();
    ZoteroPull pull = new ZoteroPull(url, cache, Duration.ofSeconds(5));
    answer(200, LIBRARY);
    answer(200, LIBRARY);
    answer(200, CHANGED);
    assertEquals(ZoteroPull.Outcome.CHANGED, pull.pull().outcome());
    assertEquals(ZoteroPull.Outcome.UNCHANGED, pull.pull().outcome());
    assertEquals(ZoteroPull.Outcome.CHANGED, pull.pull().outcome());
    assertEquals(CHANGED, Files.readString(pull.copy()));
    assertEquals(3, pull.requests());
  }

  /** Each failure keeps the last copy and says why in one message. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "server error       | 500 | ''                                     | answered HTTP 500",
        "wrong collection   | 404 | ''                                     | answered HTTP 404 (no such",
        "truncated CSL-JSON | 200 | '[{\"id\": \"a\", \"type\": \"book\", \"ti' | is JSON that breaks off",
        "half-written bib   | 200 | '@book{a,\\n title = {A}\\n}\\n@book{b,\\n ti' | last entry is not closed",
        "not a library      | 200 | '<html>Zotero</html>'                  | is neither CSL-JSON nor BibTeX",
        "empty              | 200 | ''                                     | is empty",
        "slow               | 0   | ''                                     | did not answer within 0.3 s",
      })
  void aFailureKeepsTheLastCopy(String why, int status, String body, String message)
      throws Exception {
    URI url = start();
    ZoteroPull pull = new ZoteroPull(url, cache, Duration.ofMillis(300));
    answer(200, LIBRARY);
    assertEquals(ZoteroPull.Outcome.CHANGED, pull.pull().outcome(), why);
    if (status == 0) {
      answers.add(new Answer(200, Map.of(), CHANGED, 1500));
    } else {
      answer(status, body.replace("\\n", "\n"));
    }
    ZoteroPull.Result result = pull.pull();
    assertEquals(ZoteroPull.Outcome.FAILED, result.outcome(), why);
    assertTrue(result.message().contains(message), result.message());
    assertTrue(result.message().endsWith("the last copy stays in use (" + pull.copy() + ")"), why);
    assertEquals(LIBRARY, Files.readString(pull.copy()), why);
  }

  @Test
  void zoteroNotRunningIsConnectionRefusedAndTheCopyStays() throws Exception {
    URI url = start();
    ZoteroPull pull = new ZoteroPull(url, cache, Duration.ofSeconds(2));
    answer(200, LIBRARY);
    assertEquals(ZoteroPull.Outcome.CHANGED, pull.pull().outcome());
    zotero.stop(0);
    zotero = null;
    ZoteroPull.Result result = pull.pull();
    assertEquals(ZoteroPull.Outcome.FAILED, result.outcome());
    assertTrue(
        result.message().startsWith("Zotero is not running (connection refused) at " + url),
        result.message());
    assertEquals(LIBRARY, Files.readString(pull.copy()));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "null",
      value = {
        "Better BibTeX JSON   | http://127.0.0.1:23119/better-bibtex/export/collection?/1/ML.json"
            + " | null",
        "BibLaTeX on localhost | http://localhost:23119/better-bibtex/export/library?/1/library.biblatex"
            + " | null",
        "BibTeX               | http://127.0.0.1:23119/better-bibtex/export/collection?/1/ML.bibtex"
            + " | null",
        "another host         | http://example.org:23119/better-bibtex/export/collection?/1/ML.json"
            + " | only a Zotero export on this machine",
        "https                | https://127.0.0.1:23119/x.json | only a Zotero export on this machine",
        "not an export        | http://127.0.0.1:23119/better-bibtex/cayw | is not a library export",
      })
  void onlyLoopbackExportsArePulled(String why, String url, String problem) {
    Optional<String> found = ZoteroPull.problem(url);
    if (problem == null) {
      assertEquals(Optional.empty(), found, why);
    } else {
      assertTrue(found.orElseThrow().contains(problem), found.toString());
    }
  }

  @Test
  void copiesOfDifferentUrlsAreDifferentFilesAndKeepTheKind() {
    Path json = ZoteroPull.copyFile(cache, "http://127.0.0.1:23119/x?/1/A.json");
    Path bib = ZoteroPull.copyFile(cache, "http://127.0.0.1:23119/x?/1/A.biblatex");
    assertTrue(json.toString().endsWith(".json"));
    assertTrue(bib.toString().endsWith(".bib"));
    assertTrue(json.startsWith(cache.resolve("zotero")));
    assertTrue(!json.getFileName().toString().equals(bib.getFileName().toString()));
  }
}
