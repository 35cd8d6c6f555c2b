package dev.paperlens.corpus;

import static dev.paperlens.corpus.CorpusLoaderTest.PAGE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Sources that are hostile to a reader: each costs one clear line, the rest is read. */
class BadSourcesTest {
  @TempDir Path dir;

  @Test
  @Timeout(10)
  void aTwoHundredMegabyteFileIsRefusedBeforeItIsRead() throws IOException {
    Path good = Files.writeString(dir.resolve("good.txt"), PAGE);
    Path huge = dir.resolve("huge.txt");
    try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
      file.setLength(200L << 20); // sparse: instant, and no disk used
    }
    long start = System.nanoTime();
    Corpus corpus = CorpusLoader.load(List.of(dir));
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertEquals(2, corpus.papers().size());
    assertEquals(
        List.of(huge + ": too large (209715200 bytes; the limit is 67108864); skipped"),
        corpus.problems());
    assertTrue(millis < 5_000, "took " + millis + " ms");
    assertTrue(corpus.papers().get(0).reviews().get(0).path().equals(good.toString()));
  }

  @Test
  @Timeout(10)
  void aNamedPipeIsNotReadEvenWhenNamedDirectly() throws Exception {
    Path fifo = dir.resolve("pipe.txt");
    Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
    assumeTrue(mkfifo.waitFor(5, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "no mkfifo here");
    Path good = Files.writeString(dir.resolve("good.txt"), PAGE);
    Corpus direct = CorpusLoader.load(List.of(fifo, good));
    assertEquals(2, direct.papers().size());
    assertEquals(
        List.of(fifo + ": not a regular file (a pipe or device); skipped"), direct.problems());
    Corpus walked = CorpusLoader.load(List.of(dir));
    assertEquals(2, walked.papers().size(), "the walk leaves pipes alone");
  }

  @Test
  void aFileThatVanishesMidIndexIsSkippedWithOneLine() throws Exception {
    Path a = Files.writeString(dir.resolve("a.txt"), PAGE);
    Path b =
        Files.writeString(dir.resolve("b.txt"), PAGE.replace("Memory Mosaics", "Other Mosaics"));
    // Whichever file is parsed first deletes the other one after the walk has listed it. One
    // worker thread makes that order strict: exactly one of the two vanishes.
    SourceParser deleting =
        new SourceParser() {
          private final TelegramTextParser text = new TelegramTextParser();

          @Override
          public SourceFormat format() {
            return SourceFormat.TELEGRAM_TEXT;
          }

          @Override
          public boolean accepts(String content) {
            return true;
          }

          @Override
          public List<ReviewDraft> parse(String path, String content) {
            try {
              Files.deleteIfExists(path.equals(a.toString()) ? b : a);
            } catch (IOException e) {
              throw new IllegalStateException(e);
            }
            return text.parse(path, content);
          }
        };
    CorpusLoader loader = new CorpusLoader(List.of(deleting), CorpusLoader.MAX_FILE_BYTES);
    ForkJoinPool oneThread = new ForkJoinPool(1);
    try {
      Corpus corpus = oneThread.submit(() -> loader.read(List.of(dir))).get(10, TimeUnit.SECONDS);
      assertEquals(1, corpus.problems().size(), corpus.problems().toString());
      assertTrue(
          corpus.problems().get(0).endsWith(": vanished while being read; skipped"),
          corpus.problems().get(0));
      assertEquals(2, corpus.papers().size(), "the file read first is indexed in full");
    } finally {
      oneThread.shutdownNow();
    }
  }

  @Test
  void aDanglingLinkAndAnUnreadableFolderDoNotStopTheWalk() throws IOException {
    Files.writeString(dir.resolve("good.txt"), PAGE);
    Files.createSymbolicLink(dir.resolve("dangling.txt"), dir.resolve("nowhere.txt"));
    Corpus corpus = CorpusLoader.load(List.of(dir));
    assertEquals(2, corpus.papers().size());
  }
}
