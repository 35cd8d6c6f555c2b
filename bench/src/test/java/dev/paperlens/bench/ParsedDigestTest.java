package dev.paperlens.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.paperlens.corpus.Corpus;
import dev.paperlens.corpus.CorpusLoader;
import dev.paperlens.corpus.Mention;
import dev.paperlens.corpus.Paper;
import dev.paperlens.corpus.Review;
import dev.paperlens.corpus.SyntheticCorpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The digest ParseBenchmark compares between builds: blind to the folder, not to any record. */
class ParsedDigestTest {
  @TempDir Path temp;

  private Corpus read(Path folder) throws IOException {
    Files.createDirectories(folder);
    SyntheticCorpus.write(folder, 40, 42L);
    return CorpusLoader.load(List.of(folder));
  }

  @Test
  void theSameSourcesInAnotherFolderDigestAlike() throws IOException {
    Path one = temp.resolve("one");
    Path other = temp.resolve("somewhere-else");
    assertEquals(ParsedDigest.of(read(one), one), ParsedDigest.of(read(other), other));
  }

  @Test
  void oneMentionLessIsAnotherDigest() throws IOException {
    Path folder = temp.resolve("sources");
    Corpus corpus = read(folder);
    int at = -1;
    for (int i = 0; i < corpus.papers().size() && at < 0; i++) {
      Paper p = corpus.papers().get(i);
      if (!p.reviews().isEmpty() && !p.reviews().get(0).mentions().isEmpty()) {
        at = i;
      }
    }
    Paper p = corpus.papers().get(at);
    Review r = p.reviews().get(0);
    List<Mention> fewer = r.mentions().subList(1, r.mentions().size());
    Review changed =
        new Review(
            r.path(),
            r.format(),
            r.startLine(),
            r.endLine(),
            r.title(),
            r.channel(),
            r.date(),
            r.messageId(),
            r.postUrl(),
            r.reactions(),
            r.links(),
            r.text(),
            r.summary(),
            fewer);
    List<Review> reviews = new ArrayList<>(p.reviews());
    reviews.set(0, changed);
    List<Paper> papers = new ArrayList<>(corpus.papers());
    papers.set(
        at,
        new Paper(
            p.key(),
            p.title(),
            p.year(),
            p.authors(),
            p.ids(),
            p.methods(),
            reviews,
            p.mentions(),
            p.bibtex()));
    assertNotEquals(
        ParsedDigest.of(corpus, folder),
        ParsedDigest.of(new Corpus(papers, corpus.problems()), folder));
  }
}
