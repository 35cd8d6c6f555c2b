package dev.paperlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paperlens.corpus.FakeTelegram;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sync} against a local stand-in for t.me. */
class SyncCommandTest {
  @TempDir Path dir;

  private record Result(int code, String out, String err) {}

  private static Result run(String... args) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        Main.run(
            args,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Result(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void syncsThenFetchesOnlyWhatIsNewAndTheCacheIsASource() throws Exception {
    try (FakeTelegram site = new FakeTelegram("testchannel", 45)) {
      String[] sync = {
        "sync",
        "https://t.me/testchannel",
        "--site",
        site.site().toString(),
        "--cache",
        dir.toString(),
        "--delay",
        "0"
      };
      Result first = run(sync);
      assertEquals(0, first.code, first.err);
      assertTrue(first.out.startsWith("@testchannel: 45 new posts, 3 requests, "), first.out);
      assertTrue(
          first.out.contains(dir.resolve("channels").resolve("testchannel.json").toString()));
      site.posts(47);
      Result second = run(sync);
      assertTrue(second.out.startsWith("@testchannel: 2 new posts, 1 request, "), second.out);
      Result third = run(sync);
      assertTrue(third.out.startsWith("@testchannel: nothing new, 1 request, "), third.out);
      Result papers =
          run("papers", "--sources", dir.resolve("channels/testchannel.json").toString());
      assertEquals(0, papers.code, papers.err);
      assertTrue(papers.out.contains("Paper Number 47: Scaling Synthetic Reviews"), papers.out);
    }
  }

  @Test
  void aChannelNeverSyncedIsNamedWithWhatToRun() throws Exception {
    Result r = run("papers", "--sources", "@never_synced_channel_x");
    assertEquals(1, r.code);
    assertEquals(
        "paperlens papers: no such file or folder: @never_synced_channel_x (not synced yet: run"
            + " 'sync @never_synced_channel_x')\n",
        r.err.replace("\r\n", "\n"));
  }

  @Test
  void aChannelGivenAsAWebAddressIsNamedAsTheUserWroteIt() throws Exception {
    Result r = run("papers", "--sources", "https://t.me/never_synced_channel_y");
    assertEquals(1, r.code);
    assertEquals(
        "paperlens papers: no such file or folder: https://t.me/never_synced_channel_y (not synced"
            + " yet: run 'sync https://t.me/never_synced_channel_y')\n",
        r.err.replace("\r\n", "\n"));
  }

  @Test
  void anUnreachableSiteIsOneLineAndExitOne() throws Exception {
    int closed;
    try (ServerSocket socket = new ServerSocket(0)) {
      closed = socket.getLocalPort();
    }
    Result r =
        run(
            "sync",
            "@testchannel",
            "--site",
            "http://127.0.0.1:" + closed,
            "--cache",
            dir.toString());
    assertEquals(1, r.code);
    assertEquals("", r.out);
    assertEquals(1, r.err.lines().count(), r.err);
    assertTrue(
        r.err.startsWith(
            "paperlens sync: @testchannel: cannot reach 127.0.0.1 (network unreachable or"
                + " refused); the cache keeps 0 posts"),
        r.err);
  }
}
