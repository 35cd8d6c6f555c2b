package dev.paperlens.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusLoaderTest {
  @TempDir Path dir;

  static final String PAGE =
      String.join(
          "\n",
          "Memory Mosaics",
          "здесь же хочется написать про мозаики памяти",
          "👀 paper, code",
          "здесь же хочется написать про мозаики памяти",
          "👀 paper, code",
          "🔥3👍1",
          "HyenaDNA: Long-Range Genomic Sequence Modeling",
          "интересно посмотреть, как себя будет вести гиена",
          "👀LINK",
          "интересно посмотреть, как себя будет вести гиена",
          "👀LINK",
          "");

  private Path write(String name, String content) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, content);
  }

  private Path writeBytes(String name, byte[] content) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    return Files.write(file, content);
  }

  @Test
  void aLibrarysAbstractsAreRenderedOnlyAfterItsEntriesAreHandedOver() throws IOException {
    write(
        "refs.bib",
        """
        @article{dao2022,
          title = {Flash{A}ttention}, author = {R{\\'e}, Christopher}, year = {2022},
          abstract = {FIRST}}
        @misc{gu2023, title = {Mamba}, year = {2023}, abstract = {SECOND}}
        """
            .replace("FIRST", "We reach 50\\% of peak, ``twice'' as fast. ".repeat(10))
            .replace("SECOND", "S{\\o}rensen's \\emph{view}. ".repeat(20)));
    List<BibEntry> handed = new ArrayList<>();
    List<Boolean> renderedWhenHanded = new ArrayList<>();
    for (boolean streamed : new boolean[] {false, true}) {
      handed.clear();
      renderedWhenHanded.clear();
      java.util.function.Consumer<List<EntryFacts>> firstStage =
          facts ->
              facts.forEach(
                  f -> {
                    handed.add(f.entry());
                    EntryFields fields = (EntryFields) f.entry().fields();
                    renderedWhenHanded.add(fields.rendered("abstract"));
                  });
      CorpusLoader loader = new CorpusLoader();
      if (streamed) {
        loader.stream(List.of(dir), firstStage);
      } else {
        loader.read(List.of(dir), firstStage);
      }
      assertEquals(List.of("dao2022", "gu2023"), handed.stream().map(BibEntry::key).toList());
      assertEquals(List.of(false, false), renderedWhenHanded, "the first stage reads no abstract");
      for (BibEntry entry : handed) {
        for (String name : entry.fields().keySet()) {
          assertTrue(((EntryFields) entry.fields()).rendered(name), entry.key() + " " + name);
        }
      }
      assertEquals(
          "We reach 50% of peak, “twice” as fast. ".repeat(10).strip(),
          handed.get(0).field("abstract"));
      assertEquals("Sørensen’s view. ".repeat(20).strip(), handed.get(1).field("abstract"));
    }
  }

  @Test
  void readsAFolderRecursivelyAndTellsFormatsByContent() throws IOException {
    write("a/page.data.txt", PAGE);
    write(
        "b/refs", "@article{zhang2025mosaics,\n  title = {Memory Mosaics},\n  year = {2025}\n}\n");
    write(".hidden/page.txt", PAGE.replace("Memory Mosaics", "Hidden Paper Title"));
    write("node_modules/x/page.txt", PAGE.replace("Memory Mosaics", "Module Paper Title"));
    write("a/picture.png", "not read at all");
    Corpus corpus = CorpusLoader.load(List.of(dir));
    assertEquals(List.of(), corpus.problems());
    assertEquals(
        List.of("zhang2025mosaics", "hyenadna"), corpus.papers().stream().map(Paper::key).toList());
    Paper mosaics = corpus.papers().get(0);
    assertEquals(2025, mosaics.year());
    assertEquals(dir.resolve("a/page.data.txt").toString(), mosaics.reviews().get(0).path());
    assertEquals(
        List.of(new Mention("Memory Mosaics", List.of("мозаики памяти"), List.of(2))),
        mosaics.mentions());
  }

  @Test
  void eachBadFileGetsOneLineAndTheRestIsRead() throws IOException {
    Path good = write("good.txt", PAGE);
    Path binary = writeBytes("binary.txt", new byte[] {'a', 0, 'b'});
    Path latin1 =
        writeBytes("latin1.txt", "caf\u00e9 au lait".getBytes(StandardCharsets.ISO_8859_1));
    Path empty = write("empty.txt", "  \n\n");
    Path unknown = write("notes.md", "# just some notes\n\nnothing to see\n");
    Path missing = dir.resolve("missing.txt");
    Corpus corpus = CorpusLoader.load(List.of(good, binary, latin1, empty, unknown, missing));
    assertEquals(2, corpus.papers().size());
    assertEquals(
        List.of(
            missing + ": no such file or folder; skipped",
            binary + ": binary file (NUL byte at offset 1); skipped",
            latin1 + ": not UTF-8 text (invalid byte at offset 3); skipped",
            empty + ": empty file; skipped",
            unknown + ": a note, not a review source; skipped"),
        corpus.problems());
  }

  /** Table: a replacement character or a byte-order mark as written is text, a bad byte is not. */
  @Test
  void replacementCharactersAsWrittenAreReadAndBadBytesAfterThemAreNot() throws IOException {
    String entry = "@article{k1,\n  title = {Caf\u00e9 \uFFFD Model},\n  year = {2024}\n}\n";
    Path written = write("written.bib", entry);
    Path bom = write("bom.bib", "\uFEFF" + entry.replace("k1", "k2").replace("Model", "Net"));
    byte[] good = entry.getBytes(StandardCharsets.UTF_8);
    byte[] bad = new byte[good.length + 1];
    System.arraycopy(good, 0, bad, 0, good.length);
    bad[good.length] = (byte) 0xC3;
    Path broken = writeBytes("broken.bib", bad);
    Corpus corpus = CorpusLoader.load(List.of(written, bom, broken));
    assertEquals(
        List.of("k1 Caf\u00e9 \uFFFD Model", "k2 Caf\u00e9 \uFFFD Net"),
        corpus.papers().stream().map(p -> p.key() + " " + p.title()).sorted().toList());
    assertEquals(
        List.of(broken + ": not UTF-8 text (invalid byte at offset " + good.length + "); skipped"),
        corpus.problems());
  }

  @Test
  void notesInASourceFolderAreSkippedWithOneLineNotOneEach() throws IOException {
    write("reviews/page.txt", PAGE);
    write("reviews/draft.md", "# my notes on HyenaDNA\n");
    write("reviews/paper.tex", "\\section{Intro}\n");
    write("reviews/todo.txt", "read the Titans paper\n");
    write("reviews/weird.json", "{\"not\": \"an export\"}");
    Corpus corpus = CorpusLoader.load(List.of(dir.resolve("reviews")));
    assertEquals(2, corpus.papers().size(), "the page's two reviews are read");
    assertEquals(2, corpus.problems().size(), corpus.problems().toString());
    assertTrue(
        corpus
            .problems()
            .contains(
                "2 notes under the sources (.md, .txt files that are no review source) were skipped"),
        corpus.problems().toString());
    assertTrue(
        corpus.problems().stream().anyMatch(p -> p.contains("weird.json")),
        "a file that is neither a source nor a note is still named");
  }

  @Test
  void tooLargeFilesAreNotRead() throws IOException {
    Path big = write("big.txt", PAGE);
    Corpus corpus = new CorpusLoader(List.of(new TelegramTextParser()), 10).read(List.of(big));
    assertEquals(List.of(), corpus.papers());
    assertTrue(
        corpus.problems().get(0).startsWith(big + ": too large ("), corpus.problems().toString());
  }

  @Test
  void aBibTexLibraryOverTheLimitIsReadInBlocksNotRefused() throws IOException {
    StringBuilder bib = new StringBuilder("@string{icml = {ICML}}\n");
    for (int i = 0; i < 40; i++) {
      bib.append("@inproceedings{k").append(i).append(",\n  title = {Paper ").append(i);
      bib.append("},\n  booktitle = icml,\n  year = ").append(2000 + i).append("\n}\n");
    }
    Path big = write("library.bib", bib.toString());
    Corpus whole = CorpusLoader.load(List.of(big));
    Corpus streamed = new CorpusLoader(List.of(new TelegramTextParser()), 100).read(List.of(big));
    assertEquals(List.of(), streamed.problems());
    assertEquals(40, streamed.papers().size());
    assertEquals(
        whole.papers().stream().map(p -> p.bibtex().source()).toList(),
        streamed.papers().stream().map(p -> p.bibtex().source()).toList());
    assertEquals("ICML", streamed.papers().get(0).bibtex().field("booktitle"));
  }

  @Test
  void aCslJsonLibraryOverTheLimitIsReadItemByItemNotRefused() throws IOException {
    StringBuilder json = new StringBuilder("[\n");
    for (int i = 0; i < 40; i++) {
      json.append(i == 0 ? "" : ",\n")
          .append("{\"id\": \"k")
          .append(i)
          .append("\", \"type\": \"book\", \"title\": \"Book number ")
          .append(i)
          .append("\", \"issued\": {\"date-parts\": [[")
          .append(2000 + i)
          .append("]]}}");
    }
    Path big = write("library.json", json.append("\n]\n").toString());
    Corpus whole = CorpusLoader.load(List.of(big));
    Corpus streamed = new CorpusLoader(List.of(new TelegramTextParser()), 100).read(List.of(big));
    assertEquals(List.of(), streamed.problems());
    assertEquals(40, streamed.papers().size());
    assertEquals(
        whole.papers().stream()
            .map(p -> p.key() + " " + p.year() + " " + p.bibtex().line())
            .toList(),
        streamed.papers().stream()
            .map(p -> p.key() + " " + p.year() + " " + p.bibtex().line())
            .toList());
    Files.writeString(big, json.substring(0, json.length() - 40));
    Corpus broken = new CorpusLoader(List.of(new TelegramTextParser()), 100).read(List.of(big));
    assertEquals(List.of(), broken.papers());
    assertTrue(
        broken.problems().get(0).contains("CSL-JSON that is not complete"),
        broken.problems().toString());
  }

  @Test
  void unreadableFilesAreSkipped() throws IOException {
    Path locked = write("locked.txt", PAGE);
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
    assumeFalse(Files.isReadable(locked), "running with privileges that read anything");
    Corpus corpus = CorpusLoader.load(List.of(locked));
    assertEquals(
        List.of(locked + ": cannot be read (permission denied); skipped"), corpus.problems());
  }

  @Test
  void symbolicLinkLoopsAreReportedOnceAndDoNotHang() throws IOException {
    write("top/page.txt", PAGE);
    Files.createSymbolicLink(dir.resolve("top/loop"), dir.resolve("top"));
    Corpus corpus = CorpusLoader.load(List.of(dir.resolve("top")));
    assertEquals(2, corpus.papers().size());
    assertEquals(1, corpus.problems().size());
    assertTrue(corpus.problems().get(0).contains("symbolic link loops"), corpus.problems().get(0));
  }

  @Test
  void aFileGivenTwiceIsReadOnce() throws IOException {
    Path page = write("page.txt", PAGE);
    Corpus corpus = CorpusLoader.load(List.of(page, dir, page));
    assertEquals(2, corpus.papers().size());
    assertEquals(1, corpus.papers().get(0).reviews().size());
  }
}
