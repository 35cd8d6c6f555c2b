package dev.paperlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.paperlens.corpus.ZoteroPull;
import dev.paperlens.index.IndexLocation;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A Zotero export URL given to the CLI stands for the copy the editor keeps; it is never fetched.
 */
class ZoteroSourceCliTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "null",
      value = {
        "as typed         | http://127.0.0.1:23119/better-bibtex/export/collection?/1/ML.json"
            + " | http://127.0.0.1:23119/better-bibtex/export/collection?/1/ML.json",
        "slashes collapsed | http:/localhost:23119/better-bibtex/export/library?/1/all.biblatex"
            + " | http://localhost:23119/better-bibtex/export/library?/1/all.biblatex",
        "another host     | http://example.org/x.json | null",
        "a file           | refs/library.json | null",
      })
  void aLoopbackExportUrlIsRecognizedAsPathsWriteIt(String why, String source, String url) {
    assertEquals(Optional.ofNullable(url), CorpusSource.zoteroUrl(Path.of(source)), why);
  }

  @org.junit.jupiter.api.Test
  void anExportWithoutACopySaysSoAndExitsOne() throws Exception {
    String url = "http://127.0.0.1:9/better-bibtex/export/collection?/1/never-pulled-x.json";
    org.junit.jupiter.api.Assumptions.assumeFalse(
        Files.exists(ZoteroPull.copyFile(IndexLocation.cacheRoot(), url)));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        Main.run(
            new String[] {"papers", "--sources", url},
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    assertEquals(1, code);
    assertEquals(
        "paperlens papers: no such file or folder: "
            + url
            + " (no copy yet: the editor keeps one while this URL is among its paperlens.sources"
            + " and Zotero runs)\n",
        err.toString(StandardCharsets.UTF_8).replace("\r\n", "\n"));
  }
}
