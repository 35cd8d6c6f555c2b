package dev.paperlens.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import dev.paperlens.testing.SamplePapers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.eclipse.lsp4j.jsonrpc.RemoteEndpoint;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real server on raw JSON-RPC frames: every abuse is answered or rejected as the LSP spec says,
 * and the server still answers a correct hover afterwards.
 */
class ProtocolAbuseTest {
  private static final Duration WAIT = Duration.ofSeconds(20);
  private static final String HYENA_LINE = "See HyenaDNA here.";

  @TempDir Path dir;
  private RawLspClient client;
  private String uri;
  private int nextId = 100;

  @BeforeEach
  void start() throws Exception {
    client =
        new RawLspClient(
            (sources, indexDir, previous, progress, problems) -> SamplePapers.backend());
    uri = dir.resolve("note.md").toUri().toString();
  }

  @AfterEach
  void stop() throws Exception {
    client.close();
  }

  private void initialize() throws Exception {
    client.request(1, "initialize", "{\"processId\":null,\"rootUri\":null,\"capabilities\":{}}");
    JsonObject result = client.response(1, WAIT);
    assertNotNull(result, "no answer to initialize");
    assertTrue(result.has("result"), result.toString());
    client.notify("initialized", "{}");
  }

  private void open(String text) throws Exception {
    JsonObject item = new JsonObject();
    item.addProperty("uri", uri);
    item.addProperty("languageId", "markdown");
    item.addProperty("version", 1);
    item.addProperty("text", text);
    client.notify("textDocument/didOpen", "{\"textDocument\":" + item + "}");
  }

  private JsonObject hover(int line, int character) throws Exception {
    int id = nextId++;
    client.request(id, "textDocument/hover", position(line, character));
    JsonObject answer = client.response(id, WAIT);
    assertNotNull(answer, "no answer to hover " + id);
    return answer;
  }

  private String position(int line, int character) {
    return "{\"textDocument\":{\"uri\":\""
        + uri
        + "\"},\"position\":{\"line\":"
        + line
        + ",\"character\":"
        + character
        + "}}";
  }

  private static int errorCode(JsonObject response) {
    assertTrue(response.has("error"), "expected an error: " + response);
    return response.getAsJsonObject("error").get("code").getAsInt();
  }

  /** The server lives and answers a hover on a fresh document correctly. */
  private void assertStillServes() throws Exception {
    String fresh = dir.resolve("final.md").toUri().toString();
    client.notify(
        "textDocument/didOpen",
        "{\"textDocument\":{\"uri\":\""
            + fresh
            + "\",\"languageId\":\"markdown\",\"version\":1,\"text\":\""
            + HYENA_LINE
            + "\"}}");
    int id = nextId++;
    client.request(
        id,
        "textDocument/hover",
        "{\"textDocument\":{\"uri\":\"" + fresh + "\"},\"position\":{\"line\":0,\"character\":6}}");
    JsonObject answer = client.response(id, WAIT);
    assertNotNull(answer, "the server stopped answering\n" + client.serverLog());
    assertTrue(answer.toString().contains("HyenaDNA: Long-Range"), answer.toString());
    assertTrue(client.serverAlive());
  }

  @Test
  void requestsBeforeInitializeAreRefusedAndNotificationsDropped() throws Exception {
    client.request(2, "textDocument/hover", position(0, 6));
    assertEquals(-32002, errorCode(client.response(2, WAIT)));
    client.request(3, "shutdown", "null");
    assertEquals(-32002, errorCode(client.response(3, WAIT)));
    open(HYENA_LINE); // dropped: the document is not open after initialize
    initialize();
    assertTrue(
        hover(0, 6).get("result").isJsonNull(), "a didOpen before initialize was not dropped");
    client.request(4, "initialize", "{\"processId\":null,\"capabilities\":{}}");
    assertEquals(-32600, errorCode(client.response(4, WAIT)));
    assertStillServes();
  }

  @Test
  void unknownMethodsAreMethodNotFoundAndUnknownNotificationsIgnored() throws Exception {
    initialize();
    client.request(5, "paperlens/noSuchThing", "{}");
    assertEquals(-32601, errorCode(client.response(5, WAIT)));
    client.notify("paperlens/noSuchNotification", "{}");
    client.notify("$/noSuchThing", "{}");
    client.request(6, "$/noSuchRequest", "{}");
    assertEquals(-32601, errorCode(client.response(6, WAIT)));
    assertStillServes();
  }

  @Test
  void malformedFramesAreSkipped() throws Exception {
    initialize();
    client.send("{this is not json");
    client.send("[1, 2, 3]");
    client.send("\"just a string\"");
    client.send(
        "{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"textDocument/hover\",\"params\":{\"textDocument\":5}}");
    client.send("{\"jsonrpc\":\"2.0\",\"id\":8,\"method\":\"textDocument/hover\"}");
    client.send(
        "{\"jsonrpc\":\"2.0\",\"id\":{\"nested\":1},\"method\":\"textDocument/hover\",\"params\":{}}");
    client.sendRaw("Some-Header: nonsense\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    client.sendRaw("Content-Length: abc\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    client.sendRaw("Content-Length: -5\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    client.sendRaw(new byte[] {0, (byte) 0xff, (byte) 0xfe, '\r', '\n', '\r', '\n'});
    assertEquals(
        -32700, errorCode(client.response(7, WAIT)), "params of the wrong type are a parse error");
    assertEquals(
        -32602, errorCode(client.response(8, WAIT)), "a request without params is InvalidParams");
    assertStillServes();
    assertTrue(
        client.serverLog().contains("refused a frame header: Content-Length: -5"),
        client.serverLog());
  }

  @Test
  void aWrongContentLengthLosesAtMostTheNextFrame() throws Exception {
    initialize();
    open(HYENA_LINE);
    String hover =
        "{\"jsonrpc\":\"2.0\",\"id\":9,\"method\":\"textDocument/hover\",\"params\":"
            + position(0, 6)
            + "}";
    byte[] body = hover.getBytes(StandardCharsets.UTF_8);
    client.sendRaw(
        ("Content-Length: " + (body.length - 10) + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
    client.sendRaw(body);
    client.sendRaw(
        ("Content-Length: " + (body.length + 40) + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
    client.sendRaw(body);
    client.sendRaw(("Content-Length: 2000000000\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
    client.sendRaw(body);
    client.notify("$/lostToTheBrokenFrame", "{}");
    assertStillServes();
    assertTrue(
        client.responses().stream()
            .allMatch(r -> r.has("error") || !r.get("id").getAsString().equals("9")),
        "a frame with a wrong length was answered as if whole");
  }

  @Test
  void positionsAndRangesOutOfBoundsGetEmptyAnswers() throws Exception {
    initialize();
    open(HYENA_LINE + "\nsecond line");
    for (int[] p :
        new int[][] {{0, 9999}, {9999, 0}, {9999, 9999}, {-1, 0}, {0, -1}, {1, 11}, {2, 0}}) {
      JsonObject answer = hover(p[0], p[1]);
      assertFalse(
          answer.has("error") && errorCode(answer) == -32603,
          "internal error at " + p[0] + ":" + p[1] + " " + answer);
    }
    int id = nextId++;
    client.request(id, "textDocument/completion", position(500, 500));
    assertNotNull(client.response(id, WAIT));
    id = nextId++;
    client.request(id, "textDocument/definition", position(-3, -3));
    assertNotNull(client.response(id, WAIT));
    id = nextId++;
    client.request(
        id,
        "textDocument/references",
        position(0, 7)
            .replace("}}}", "}},\"context\":{\"includeDeclaration\":true}}")
            .replace("}}}", "}}"));
    assertNotNull(client.response(id, WAIT));
    // edits whose ranges lie outside the document, or end before they start
    change(
        2,
        "{\"start\":{\"line\":50,\"character\":0},\"end\":{\"line\":60,\"character\":3}}",
        "tail");
    change(
        3, "{\"start\":{\"line\":0,\"character\":10},\"end\":{\"line\":0,\"character\":2}}", "x");
    change(
        4, "{\"start\":{\"line\":-1,\"character\":-1},\"end\":{\"line\":0,\"character\":0}}", "y");
    hover(0, 6);
    assertStillServes();
  }

  private void change(int version, String range, String text) throws Exception {
    client.notify(
        "textDocument/didChange",
        "{\"textDocument\":{\"uri\":\""
            + uri
            + "\",\"version\":"
            + version
            + "},\"contentChanges\":[{\"range\":"
            + range
            + ",\"text\":\""
            + text
            + "\"}]}");
  }

  @Test
  void surrogatePairsAndEmojiCountAsTwoUtf16Units() throws Exception {
    initialize();
    // "😀🧬 " is 5 UTF-16 units: HyenaDNA starts at character 5, not 3 (code points) or 9 (bytes).
    open("😀🧬 HyenaDNA 👩‍🔬");
    assertTrue(hover(0, 6).toString().contains("HyenaDNA: Long-Range"), "hover at UTF-16 column 6");
    assertTrue(hover(0, 1).get("result").isJsonNull(), "inside the first emoji");
    for (int c = 0; c < 24; c++) {
      JsonObject answer = hover(0, c); // every column, including ones splitting a pair
      assertFalse(answer.has("error"), answer.toString());
    }
    // an edit that splits a surrogate pair, then one that inserts an emoji before the name
    change(2, "{\"start\":{\"line\":0,\"character\":1},\"end\":{\"line\":0,\"character\":1}}", "x");
    change(
        3, "{\"start\":{\"line\":0,\"character\":0},\"end\":{\"line\":0,\"character\":3}}", "🎉");
    // now "🎉🧬 HyenaDNA…": the name still starts at unit 5
    assertTrue(hover(0, 7).toString().contains("HyenaDNA: Long-Range"), hover(0, 7).toString());
    assertStillServes();
  }

  @Test
  void aFiveMegabyteDocumentIsServed() throws Exception {
    // -Dpaperlens.abuse.documentMb=50 repeats this by hand with a bigger document
    // (docs/reliability.md)
    int megabytes = Integer.getInteger("paperlens.abuse.documentMb", 5);
    initialize();
    StringBuilder text = new StringBuilder(megabytes << 20);
    String filler =
        "Обзор статьи про state space models и длинный контекст, без имён методов. 🧬\n";
    while (text.length() < (megabytes << 20)) {
      text.append(filler);
    }
    int lastLine = text.length() / filler.length();
    text.append(HYENA_LINE);
    long start = System.nanoTime();
    open(text.toString());
    JsonObject answer = hover(lastLine, 6);
    long millis = (System.nanoTime() - start) / 1_000_000;
    if (text.length() > Requests.MAX_DOCUMENT_CHARS) {
      assertTrue(answer.get("result").isJsonNull(), "a document past the limit is not scanned");
    } else {
      assertTrue(answer.toString().contains("HyenaDNA: Long-Range"), answer.toString());
    }
    System.out.println(megabytes + " MB document: open + hover at its end in " + millis + " ms");
    int id = nextId++;
    client.request(id, "textDocument/completion", position(lastLine / 2, 3));
    assertNotNull(client.response(id, WAIT));
    assertStillServes();
  }

  @Test
  void didChangeStormsLeaveTheLatestText() throws Exception {
    initialize();
    open("");
    // 3000 single-character edits, no waiting, then a hover on the text they spell out
    String target = HYENA_LINE;
    int version = 2;
    for (int round = 0; round < 100; round++) {
      for (int i = 0; i < target.length(); i++) {
        change(
            version++,
            "{\"start\":{\"line\":0,\"character\":"
                + i
                + "},\"end\":{\"line\":0,\"character\":"
                + i
                + "}}",
            String.valueOf(target.charAt(i)));
      }
      change(
          version++,
          "{\"start\":{\"line\":0,\"character\":0},\"end\":{\"line\":0,\"character\":"
              + target.length()
              + "}}",
          "");
    }
    for (int i = 0; i < target.length(); i++) {
      change(
          version++,
          "{\"start\":{\"line\":0,\"character\":"
              + i
              + "},\"end\":{\"line\":0,\"character\":"
              + i
              + "}}",
          String.valueOf(target.charAt(i)));
    }
    assertTrue(hover(0, 6).toString().contains("HyenaDNA: Long-Range"));
    assertStillServes();
  }

  @Test
  void cancelStormsAnswerEveryRequestOnce() throws Exception {
    initialize();
    open(HYENA_LINE);
    int first = nextId;
    int count = 300;
    for (int i = 0; i < count; i++) {
      int id = nextId++;
      client.request(id, "textDocument/hover", position(0, 6));
      client.notify("$/cancelRequest", "{\"id\":" + id + "}");
      client.notify("$/cancelRequest", "{\"id\":" + (id + 100_000) + "}"); // unknown id: ignored
    }
    int cancelled = 0;
    for (int id = first; id < first + count; id++) {
      JsonObject answer = client.response(id, WAIT);
      assertNotNull(answer, "request " + id + " was never answered");
      if (answer.has("error")) {
        assertEquals(-32800, errorCode(answer), answer.toString());
        cancelled++;
      } else {
        assertTrue(answer.toString().contains("HyenaDNA"), answer.toString());
      }
    }
    System.out.println(
        "cancel storm: " + cancelled + " of " + count + " cancelled, the rest answered");
    long answers =
        client.responses().stream()
            .filter(
                r -> {
                  int id = r.get("id").getAsInt();
                  return id >= first && id < first + count;
                })
            .count();
    assertEquals(count, answers, "a request was answered twice");
    assertStillServes();
  }

  @Test
  void aCancelForAnAnsweredRequestIsNoWarning() throws Exception {
    List<String> logged = new CopyOnWriteArrayList<>();
    Logger endpoint = Logger.getLogger(RemoteEndpoint.class.getName());
    Handler capture =
        new Handler() {
          @Override
          public void publish(LogRecord record) {
            logged.add(record.getLevel() + " " + record.getMessage());
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    Level level = endpoint.getLevel();
    endpoint.setLevel(Level.INFO);
    endpoint.addHandler(capture);
    try {
      initialize();
      open(HYENA_LINE);
      JsonObject answered = hover(0, 6);
      assertTrue(answered.has("result"), answered.toString());
      client.notify("$/cancelRequest", "{\"id\":" + (nextId - 1) + "}");
      client.notify("$/cancelRequest", "{\"id\":987654}");
      assertStillServes();
      assertTrue(
          logged.stream().noneMatch(line -> line.contains("cancel")),
          "cancels of answered or unknown requests logged: " + logged);
    } finally {
      endpoint.removeHandler(capture);
      endpoint.setLevel(level);
    }
  }
}
