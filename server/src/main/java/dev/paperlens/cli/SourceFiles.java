package dev.paperlens.cli;

import dev.paperlens.corpus.Corpus;
import dev.paperlens.corpus.CorpusLoader;
import dev.paperlens.corpus.Paper;
import dev.paperlens.corpus.StreamedCorpus;
import dev.paperlens.index.IndexChanges;
import dev.paperlens.index.LuceneIndex;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Review sources on disk: read whole for the commands that need every paper at once, streamed into
 * the index for those that only update it.
 */
final class SourceFiles implements CorpusSource {
  /**
   * The corpus loader over files and folders; one line on {@code err} per skipped source, and one
   * when nothing was found. A source that does not exist is an error unless another one was read.
   */
  static final CorpusSource FILES = new SourceFiles();

  /** Reads of a source that keeps changing while it is indexed, before the update gives up. */
  private static final int MAX_ATTEMPTS = 3;

  @Override
  public List<Paper> load(List<Path> given, PrintStream err) throws IOException {
    List<Path> sources = existing(given);
    Corpus corpus = CorpusLoader.load(sources);
    corpus.problems().forEach(err::println);
    if (corpus.papers().isEmpty()) {
      nothingFound(sources, err);
    }
    return corpus.papers();
  }

  /**
   * As the server's build: the sources are read in passes and the papers handed to the index batch
   * by batch ({@link StreamedCorpus}), so the text of all reviews is never held at once; reading
   * them whole first ran out of a 512 MB heap at 100,000 reviews (docs/performance.md).
   */
  @Override
  public IndexChanges update(LuceneIndex index, List<Path> given, PrintStream err)
      throws IOException {
    List<Path> sources = existing(given);
    for (int attempt = 1; ; attempt++) {
      StreamedCorpus corpus = new CorpusLoader().stream(sources, entries -> {});
      if (attempt == 1) {
        corpus.problems().forEach(err::println);
        if (corpus.paperCount() == 0) {
          nothingFound(sources, err);
        }
      }
      try {
        return index.update(corpus);
      } catch (StreamedCorpus.SourcesChanged e) {
        if (attempt == MAX_ATTEMPTS) {
          throw e;
        }
        err.println("paperlens: " + e.getMessage() + "; reading the sources again");
      }
    }
  }

  @Override
  public void check(List<Path> sources) throws IOException {
    existing(sources);
  }

  /** The sources to read: each channel or Zotero URL as its local copy; fails when none exists. */
  private static List<Path> existing(List<Path> given) throws IOException {
    List<Path> sources = given.stream().map(CorpusSource::channelCache).toList();
    List<String> missing = new ArrayList<>();
    for (int i = 0; i < sources.size(); i++) {
      if (!Files.exists(sources.get(i))) {
        String named = CorpusSource.shown(given.get(i));
        missing.add(
            sources.get(i).equals(given.get(i))
                ? named
                : CorpusSource.zoteroUrl(given.get(i)).isPresent()
                    ? CorpusSource.zoteroUrl(given.get(i)).get()
                        + " (no copy yet: the editor keeps one while this URL is among its"
                        + " paperlens.sources and Zotero runs)"
                    : named + " (not synced yet: run 'sync " + named + "')");
      }
    }
    if (!sources.isEmpty() && missing.size() == sources.size()) {
      throw new NoSuchFileException(String.join(", ", missing), null, "no such file or folder");
    }
    return sources;
  }

  private static void nothingFound(List<Path> sources, PrintStream err) {
    err.println(
        "paperlens: no review or BibTeX entry found in "
            + String.join(", ", sources.stream().map(Path::toString).toList()));
  }
}
