package dev.paperlens.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A loader that re-reads sources keeps a file's last complete read while the file is caught being
 * written, and takes the new content once it reads completely.
 */
class BeingWrittenTest {
  @TempDir Path dir;

  private static final String CSL =
      "[{\"id\": \"KEY\", \"type\": \"book\", \"title\": \"Title of KEY\"}]";
  private static final String BIB = "@book{KEY,\n  title = {Title of KEY}\n}\n";

  private static List<String> keys(Corpus corpus) {
    return corpus.papers().stream().map(Paper::key).toList();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "CSL-JSON broken off     | lib.json | csl | [{\"id\": \"b\", \"type\": \"book\", \"ti"
            + " | its JSON breaks off",
        "CSL-JSON without ]      | lib.json | csl | [{\"id\": \"b\", \"type\": \"book\","
            + " \"title\": \"B\"}, | its JSON breaks off",
        "BibTeX last entry open  | refs.bib | bib | @book{b,\\n  title = {B}\\n}\\n@book{c,\\n  tit"
            + " | its last entry is not closed",
        "emptied                 | refs.bib | bib | '' | it is empty",
      })
  void theLastCompleteReadStandsInUntilTheFileReadsAgain(
      String why, String name, String kind, String broken, String reason) throws IOException {
    String good = kind.equals("csl") ? CSL : BIB;
    Path file = dir.resolve(name);
    Files.writeString(dir.resolve("other.bib"), "@book{other,\n  title = {Another Book}\n}\n");
    CorpusLoader loader = CorpusLoader.rememberingLastCompleteReads();

    Files.writeString(file, good.replace("KEY", "first"));
    assertEquals(List.of("first", "other"), keys(loader.read(List.of(dir))), why);

    Files.writeString(file, broken.replace("\\n", "\n"));
    Corpus writing = loader.read(List.of(dir));
    assertEquals(List.of("first", "other"), keys(writing), why);
    assertEquals(
        List.of(
            file
                + ": "
                + reason
                + ", as a file being written does; its last complete read is used"),
        writing.problems(),
        why);

    Files.writeString(file, good.replace("KEY", "second"));
    Corpus written = loader.read(List.of(dir));
    assertEquals(List.of("other", "second"), keys(written), why);
    assertEquals(List.of(), written.problems(), why);
  }

  @org.junit.jupiter.api.Test
  void filesPastTheMemoryBudgetAreReadAsTheyAre() throws IOException {
    // Files are read in parallel: many large files read beside the small one must not take its
    // room in the budget, even for a moment.
    Path small = dir.resolve("small.bib");
    Files.writeString(small, BIB.replace("KEY", "small"));
    List<Path> files = new java.util.ArrayList<>(List.of(small));
    for (int i = 0; i < 40; i++) {
      Path large = dir.resolve("large" + i + ".bib");
      Files.writeString(large, BIB.replace("KEY", "large" + i) + "%".repeat(200) + "\n");
      files.add(large);
    }
    CorpusLoader loader = CorpusLoader.rememberingLastCompleteReads(Files.size(small) + 10);
    assertEquals(41, keys(loader.read(files)).size());
    for (Path file : files) {
      Files.writeString(file, "@book{x,\n  tit");
    }
    Corpus writing = loader.read(files);
    // The small file's read was remembered; the large ones were past the budget.
    assertEquals(List.of("small"), keys(writing));
    assertEquals(41, writing.problems().size(), writing.problems().toString());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "a loader that does not remember | false",
        "nothing complete read before    | true",
      })
  void withoutAnEarlierCompleteReadTheFileIsReadAsItIs(String why, boolean remembering)
      throws IOException {
    Path file = dir.resolve("refs.bib");
    Files.writeString(file, "@book{b,\n  title = {B}\n}\n@book{c,\n  tit");
    CorpusLoader loader =
        remembering ? CorpusLoader.rememberingLastCompleteReads() : new CorpusLoader();
    Corpus corpus = loader.read(List.of(file));
    assertEquals(List.of("b"), keys(corpus), why);
    assertEquals(1, corpus.problems().size(), why);
    assertTrue(corpus.problems().get(0).contains("is not closed; skipped"), why);
  }
}
