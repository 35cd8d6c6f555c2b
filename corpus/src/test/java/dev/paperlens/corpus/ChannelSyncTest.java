package dev.paperlens.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChannelSyncTest {
  private static final String NAME = "testchannel";

  @TempDir Path dir;
  private FakeTelegram site;
  private Path cache;

  @BeforeEach
  void start() throws Exception {
    site = new FakeTelegram(NAME, 45);
    cache = ChannelSync.cacheFile(dir, NAME);
  }

  @AfterEach
  void stop() {
    site.close();
  }

  private ChannelSync sync(int maxPages) {
    return sync(site.site(), maxPages, Duration.ofSeconds(5));
  }

  private static ChannelSync sync(URI base, int maxPages, Duration timeout) {
    return new ChannelSync(
        new ChannelSync.Options(base, maxPages, Duration.ZERO, timeout, Duration.ofSeconds(2)));
  }

  private List<ReviewDraft> indexed() throws Exception {
    return new TelegramJsonParser().parse(cache.toString(), Files.readString(cache));
  }

  @Test
  void fullSyncReadsEveryPageIntoAnExportShapedCache() throws Exception {
    ChannelSync.Result result = sync(50).sync(NAME, cache);
    assertNull(result.problem());
    assertEquals(3, result.requests(), "45 posts, 20 a page");
    assertEquals(45, result.newPosts());
    assertEquals(
        List.of("/s/testchannel", "/s/testchannel", "/s/testchannel"),
        site.requests().stream().map(FakeTelegram.Request::path).toList());
    assertEquals(
        java.util.Arrays.asList(null, "before=26", "before=6"),
        site.requests().stream().map(FakeTelegram.Request::query).toList());
    assertTrue(new TelegramJsonParser().accepts(Files.readString(cache)));
    List<ReviewDraft> reviews = indexed();
    assertEquals(45, reviews.size());
    ReviewDraft first = reviews.get(0);
    assertEquals("https://t.me/testchannel/1", first.postUrl());
    assertEquals("Paper Number 1: Scaling Synthetic Reviews", first.title());
    assertEquals("2401.00001", first.arxiv());
    assertEquals(Map.of("🔥", 2, "👍", 2), first.reactions().counts());
    assertEquals("2024-01-01T01:00:00", first.date());
    assertEquals(SourceFormat.TELEGRAM_JSON, first.format());
    String written = Files.readString(cache);
    assertTrue(
        written.startsWith("{\n \"name\": \"Test Channel\",\n \"type\": \"public_channel\""),
        written);
    assertTrue(
        written.contains("\n   \"id\": 1,\n"), "one field a line, as Telegram Desktop writes");
    try (Stream<Path> files = Files.list(cache.getParent())) {
      assertEquals(List.of(cache), files.toList(), "no temporary file left");
    }
  }

  @Test
  void nothingNewIsOneConditionalRequestAnsweredNotModified() throws Exception {
    sync(50).sync(NAME, cache);
    String before = Files.readString(cache);
    site.forgetRequests();
    ChannelSync.Result again = sync(50).sync(NAME, cache);
    assertEquals(1, again.requests());
    assertEquals(0, again.newPosts());
    FakeTelegram.Request only = site.requests().get(0);
    assertEquals("\"v45\"", only.ifNoneMatch());
    assertEquals("Sat, 05 Dec 2026 10:00:00 GMT", only.ifModifiedSince());
    assertEquals(before, Files.readString(cache));
    assertTrue(again.summary().contains("nothing new, 1 request"), again.summary());
  }

  @Test
  void nothingNewWithoutValidatorsIsStillOneRequest() throws Exception {
    site.withoutValidators();
    sync(50).sync(NAME, cache);
    java.nio.file.attribute.FileTime written = java.nio.file.attribute.FileTime.fromMillis(1000);
    Files.setLastModifiedTime(cache, written);
    site.forgetRequests();
    ChannelSync.Result again = sync(50).sync(NAME, cache);
    assertEquals(1, again.requests());
    assertEquals(0, again.newPosts());
    assertNull(site.requests().get(0).ifNoneMatch());
    assertEquals(written, Files.getLastModifiedTime(cache), "an unchanged cache is not rewritten");
  }

  @Test
  void laterRunsFetchOnlyNewerPosts() throws Exception {
    sync(50).sync(NAME, cache);
    site.posts(70);
    site.forgetRequests();
    ChannelSync.Result result = sync(50).sync(NAME, cache);
    assertNull(result.problem());
    assertEquals(25, result.newPosts());
    assertEquals(2, result.requests(), "posts 51-70, then 31-50 which holds the known 45");
    assertEquals(70, result.posts());
    assertEquals(70, indexed().size());
  }

  @Test
  void pageCapStopsARunAndTheNextRunGoesOnBackwards() throws Exception {
    site.posts(100);
    ChannelSync.Result first = sync(2).sync(NAME, cache);
    assertEquals(2, first.requests());
    assertEquals(40, first.posts());
    site.forgetRequests();
    ChannelSync.Result second = sync(2).sync(NAME, cache);
    assertEquals(2, second.requests(), "one for the newest page (304), one further back");
    assertEquals(60, second.posts());
    assertEquals("before=61", site.requests().get(1).query());
    ChannelSync.Result rest = sync(50).sync(NAME, cache);
    assertEquals(100, rest.posts());
    site.forgetRequests();
    assertEquals(1, sync(50).sync(NAME, cache).requests(), "history complete: one request");
  }

  @Test
  void reachingTheKnownPostsOnTheLastAllowedPageIsNoGap() {
    sync(50).sync(NAME, cache);
    site.posts(65);
    ChannelSync.Result second = sync(2).sync(NAME, cache);
    assertEquals(2, second.requests(), "posts 46-65, then 26-45 which holds the known 45");
    assertEquals(20, second.newPosts());
    site.forgetRequests();
    ChannelSync.Result third = sync(2).sync(NAME, cache);
    assertEquals(1, third.requests(), "the newest page's ETag still stands: 304");
    assertEquals("\"v65\"", site.requests().get(0).ifNoneMatch());
  }

  @Test
  void aCapBeforeTheKnownPostsLeavesTheGapForTheNextRun() {
    sync(50).sync(NAME, cache);
    site.posts(105);
    ChannelSync.Result capped = sync(2).sync(NAME, cache);
    assertEquals(2, capped.requests());
    assertEquals(40, capped.newPosts(), "posts 66-105; 46-65 are still missing");
    site.forgetRequests();
    ChannelSync.Result next = sync(50).sync(NAME, cache);
    assertNull(site.requests().get(0).ifNoneMatch(), "no validators across a gap");
    assertEquals(20, next.newPosts());
    assertEquals(105, next.posts());
  }

  @Test
  void retryAfterIsWaitedOut() {
    site.then(429, Map.of("Retry-After", "1"), "slow down");
    long start = System.nanoTime();
    ChannelSync.Result result = sync(50).sync(NAME, cache);
    assertNull(result.problem());
    assertEquals(45, result.posts());
    assertEquals(4, result.requests());
    assertTrue(Duration.ofNanos(System.nanoTime() - start).toMillis() >= 1000);
  }

  @Test
  void retryAfterBeyondTheBoundEndsTheRunAndKeepsTheCache() throws Exception {
    sync(50).sync(NAME, cache);
    String before = Files.readString(cache);
    site.posts(50).then(429, Map.of("Retry-After", "3600"), "");
    ChannelSync.Result result = sync(50).sync(NAME, cache);
    assertTrue(result.problem().contains("asks to wait 3600 s (429"), result.problem());
    assertEquals(1, result.requests());
    assertEquals(before, Files.readString(cache));
    assertTrue(result.summary().contains("the cache keeps 45 posts"), result.summary());
  }

  @ParameterizedTest
  @CsvSource({
    "404, no channel @testchannel (127.0.0.1 answered 404)",
    "500, 127.0.0.1 answered 500",
    "503, 127.0.0.1 answered 503",
    "302, @testchannel has no public preview (127.0.0.1 redirects to https://t.me/testchannel)"
  })
  void errorAnswersAreOneMessageAndTheCacheIsKept(int status, String message) throws Exception {
    sync(50).sync(NAME, cache);
    String before = Files.readString(cache);
    site.posts(60).then(status, Map.of("Location", "https://t.me/testchannel"), "");
    ChannelSync.Result result = sync(50).sync(NAME, cache);
    assertEquals(message, result.problem());
    assertEquals(0, result.newPosts());
    assertEquals(45, result.posts());
    assertEquals(before, Files.readString(cache));
  }

  @Test
  void missingChannelOnTheFirstRunWritesNoCache() {
    site.then(404, Map.of(), "");
    ChannelSync.Result result = sync(50).sync(NAME, cache);
    assertTrue(result.problem().startsWith("no channel @testchannel"));
    assertFalse(Files.exists(cache));
  }

  @Test
  void unreachableSiteIsOneMessage() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    ChannelSync.Result result =
        sync(URI.create("http://127.0.0.1:" + closedPort), 50, Duration.ofSeconds(5))
            .sync(NAME, cache);
    assertTrue(result.problem().startsWith("cannot reach 127.0.0.1"), result.problem());
    assertEquals(1, result.requests());
    assertFalse(Files.exists(cache));
  }

  @Test
  void slowSiteTimesOut() {
    site.thenSlow(3000);
    ChannelSync.Result result = sync(site.site(), 50, Duration.ofMillis(300)).sync(NAME, cache);
    assertEquals("127.0.0.1 did not answer within 0.3 s", result.problem());
  }

  @Test
  void malformedPageStopsTheRunAndKeepsWhatWasRead() throws Exception {
    site.posts(45).then(200, Map.of(), PreviewPages.channelPage(NAME, "t", 45, 20, null));
    site.then(200, Map.of(), "<html><body><h1>Maintenance</h1></body></html>");
    ChannelSync.Result result = sync(50).sync(NAME, cache);
    assertTrue(result.problem().contains("is not a channel preview page"), result.problem());
    assertEquals(20, result.posts());
    assertEquals(20, indexed().size());
    site.forgetRequests();
    ChannelSync.Result next = sync(50).sync(NAME, cache);
    assertNull(next.problem());
    assertEquals(45, next.posts(), "the next run reads the rest");
  }

  @Test
  void unknownMarkupIsIgnored() throws Exception {
    site.rewrite(
        page ->
            page.replace(
                    "<div class=\"tgme_widget_message_text",
                    "<div class=\"tgme_widget_message_poll\"><x-new-widget>?</x-new-widget></div>"
                        + "<marquee>новое</marquee><div class=\"tgme_widget_message_text")
                .replace("<section", "<aside class=\"tgme_future_banner\">hi</aside><section"));
    ChannelSync.Result result = sync(50).sync(NAME, cache);
    assertNull(result.problem());
    assertEquals(45, indexed().size());
  }

  @ParameterizedTest
  @CsvSource({
    "t.me/rizzearch, rizzearch",
    "https://t.me/rizzearch, rizzearch",
    "https://t.me/s/rizzearch/, rizzearch",
    "@rizzearch, rizzearch",
    "telegram.me/Seti_po_pyatnicam, Seti_po_pyatnicam",
    "t.me/+AbCdEf12345, ''",
    "t.me/c/12345, ''",
    "@abc, ''",
    "reviews/, ''",
    "library.bib, ''"
  })
  void channelSources(String source, String name) {
    assertEquals(
        name.isEmpty() ? Optional.empty() : Optional.of(name), ChannelSync.channelName(source));
  }

  @ParameterizedTest
  @CsvSource({"7, 7", "'', 5", "soon, 5", "-3, 5"})
  void retryAfterValues(String header, long seconds) {
    assertEquals(Duration.ofSeconds(seconds), ChannelSync.retryAfter(header));
  }
}
