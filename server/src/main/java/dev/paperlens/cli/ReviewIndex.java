package dev.paperlens.cli;

import dev.paperlens.corpus.CorpusLoader;
import dev.paperlens.corpus.EntryFacts;
import dev.paperlens.corpus.LibraryPapers;
import dev.paperlens.corpus.SourceStamp;
import dev.paperlens.corpus.StreamedCorpus;
import dev.paperlens.index.EntryScan;
import dev.paperlens.index.IndexChanges;
import dev.paperlens.index.IndexLocation;
import dev.paperlens.index.LuceneIndex;
import dev.paperlens.index.SearchBackend;
import dev.paperlens.lsp.IndexBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The server's index: review sources read by the corpus loader into the on-disk Lucene index, which
 * is updated in place (only changed papers are rewritten) while requests keep reading it.
 */
final class ReviewIndex implements IndexBuilder {
  private LuceneIndex index;
  private Path dir;

  /**
   * Whether {@link #index} is the index of an earlier run, opened by {@link #existing} and not
   * built since: the one build that may find its sources unchanged without reading them.
   */
  private boolean fromEarlierRun;

  /**
   * {@code -Dpaperlens.firstStage=false} builds without a first stage, as before it existed: the
   * baseline column of the cold-start benchmark (docs/performance.md).
   */
  private static final boolean FIRST_STAGE =
      !"false".equalsIgnoreCase(System.getProperty("paperlens.firstStage"));

  /** Sources are read again on every change; one caught while being written keeps its last read. */
  private final CorpusLoader loader = CorpusLoader.rememberingLastCompleteReads();

  /**
   * The fewest library entries worth a first stage. Below it the whole build takes well under a
   * second (about 0.4 ms an entry, docs/performance.md), so a first stage would only open a window
   * in which names, reviews and definitions are missing from the answers.
   */
  static final int FIRST_STAGE_MIN_ENTRIES = 1000;

  private final int firstStageMinEntries;

  private ReviewIndex(int firstStageMinEntries) {
    this.firstStageMinEntries = firstStageMinEntries;
  }

  static IndexBuilder builder() {
    return new ReviewIndex(FIRST_STAGE_MIN_ENTRIES);
  }

  /** A builder that answers from a first stage once the library has this many entries. */
  static IndexBuilder builder(int firstStageMinEntries) {
    return new ReviewIndex(firstStageMinEntries);
  }

  @Override
  public SearchBackend build(
      List<Path> sources,
      Path indexDir,
      SearchBackend previous,
      Consumer<String> progress,
      Consumer<String> problems)
      throws IOException {
    return build(sources, indexDir, previous, progress, problems, null);
  }

  /**
   * With nothing to answer from yet (no index of an earlier run), the library entries' terms are
   * read first by what they state and handed to {@code firstStage} as soon as the sources are
   * parsed, as an {@link EntryScan} (no index is built for it): citations are answered while
   * merging, name analysis and the whole index take several seconds more (docs/performance.md). A
   * null {@code firstStage} asks for none.
   */
  @Override
  public SearchBackend build(
      List<Path> sources,
      Path indexDir,
      SearchBackend previous,
      Consumer<String> progress,
      Consumer<String> problems,
      Consumer<SearchBackend> firstStage)
      throws IOException {
    Path wanted = indexDir != null ? indexDir : IndexLocation.forSources(sources);
    // Taken before anything is read: a source changed while it is read then differs next time.
    SourceStamp stamp = SourceStamp.of(sources);
    String recorded = CODE + stamp.digest();
    boolean earlierRun = fromEarlierRun;
    fromEarlierRun = false;
    if (earlierRun && index != null && previous == index && wanted.equals(dir)) {
      Optional<List<String>> unchanged = unchangedSince(index, recorded);
      if (unchanged.isPresent()) {
        unchanged.get().forEach(problems);
        progress.accept(
            stamp.files()
                + (stamp.files() == 1 ? " source file" : " source files")
                + " unchanged since the index was built (size and modification time); not read"
                + " again");
        return index;
      }
    }
    progress.accept("reading " + sources.size() + (sources.size() == 1 ? " source" : " sources"));
    boolean nothingToAnswerFrom = index == null && firstStage != null && FIRST_STAGE;
    for (int attempt = 1; ; attempt++) {
      // Read in passes: the papers are made batch by batch as they are indexed (StreamedCorpus).
      StreamedCorpus corpus =
          loader.stream(
              sources,
              entries -> {
                // Once: a second read finds the index the first opened.
                if (nothingToAnswerFrom
                    && index == null
                    && entries.size() >= firstStageMinEntries) {
                  answerFirst(entries, progress, firstStage);
                }
              });
      corpus.problems().forEach(problems);
      progress.accept("indexing " + corpus.paperCount() + " papers");
      if (index == null || previous != index || !wanted.equals(dir)) {
        index = open(wanted, problems);
        dir = wanted;
      }
      IndexChanges changes;
      try {
        changes = update(corpus, wanted, problems, recordedWith(recorded, corpus.problems()));
      } catch (StreamedCorpus.SourcesChanged e) {
        if (attempt == MAX_ATTEMPTS) {
          throw e;
        }
        progress.accept(e.getMessage() + "; reading the sources again");
        continue;
      }
      if (changes.rebuildReason() != null) {
        progress.accept("rebuilt the index (" + changes.rebuildReason() + ")");
      }
      progress.accept(changes.summary());
      return index;
    }
  }

  /** Reads of a source that keeps changing while it is indexed, before the build gives up. */
  private static final int MAX_ATTEMPTS = 3;

  private IndexChanges update(
      StreamedCorpus corpus, Path wanted, Consumer<String> problems, String sourcesStamp)
      throws IOException {
    try {
      return index.update(corpus, sourcesStamp);
    } catch (StreamedCorpus.SourcesChanged e) {
      throw e;
    } catch (IOException | RuntimeException | InternalError e) {
      // The folder changed under the open index (files deleted or overwritten, the lock removed; a
      // truncated memory-mapped file surfaces as InternalError): it is only a cache of the sources,
      // so start it over.
      problems.accept(
          "the index in " + wanted + " was damaged (" + e.getMessage() + "); rebuilding it");
      closeQuietly(index);
      index = open(wanted, problems);
      return index.update(corpus, sourcesStamp);
    }
  }

  /**
   * What the server's code is: its jar's (or classes folder's) path, size and modification time. A
   * new version may read the same sources into other entries, so an index built by another one is
   * never taken as up to date without reading them.
   */
  private static final String CODE = codeIdentity();

  private static String codeIdentity() {
    try {
      Path code =
          Path.of(ReviewIndex.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      BasicFileAttributes attrs = Files.readAttributes(code, BasicFileAttributes.class);
      return code + "\t" + attrs.size() + "\t" + attrs.lastModifiedTime().toMillis() + "\t";
    } catch (IOException | RuntimeException | java.net.URISyntaxException e) {
      // Unknown code: a stamp that no later start matches, so the sources are always read.
      return "unknown code " + System.nanoTime() + "\t";
    }
  }

  /** The most problem lines a build records beside its stamp, to say again when it is reused. */
  static final int RECORDED_PROBLEMS = 200;

  /**
   * The stamp to record: the code and sources on its first line, then the problems the sources gave
   * (a note among them, a file that cannot be read), which a start that does not read them says
   * again.
   */
  private static String recordedWith(String stamp, List<String> problems) {
    StringBuilder text = new StringBuilder(stamp);
    for (String problem : problems.subList(0, Math.min(problems.size(), RECORDED_PROBLEMS))) {
      text.append('\n').append(problem.replace('\n', ' '));
    }
    return text.toString();
  }

  /**
   * The problems recorded with the index's stamp, when that stamp is {@code stamp}: the sources are
   * as the index's last build read them. Empty when they are not, or nothing was recorded.
   */
  private static Optional<List<String>> unchangedSince(LuceneIndex index, String stamp) {
    return index
        .sourcesStamp()
        .flatMap(
            recorded -> {
              List<String> lines = new ArrayList<>(recorded.lines().toList());
              if (lines.isEmpty() || !lines.remove(0).equals(stamp)) {
                return Optional.empty();
              }
              return Optional.of(lines);
            });
  }

  private static void answerFirst(
      List<EntryFacts> entries, Consumer<String> progress, Consumer<SearchBackend> firstStage) {
    progress.accept(
        "preparing " + entries.size() + " library entries to answer citations from first");
    SearchBackend stage;
    try {
      stage = EntryScan.of(LibraryPapers.fromFacts(entries));
    } catch (RuntimeException e) {
      // Only a head start: the whole build goes on and answers when it ends.
      progress.accept(
          "cannot answer citations from the library entries first (" + e.getMessage() + ")");
      return;
    }
    firstStage.accept(stage);
  }

  private static void closeQuietly(LuceneIndex damaged) {
    try {
      damaged.close();
    } catch (IOException | RuntimeException | InternalError e) {
      // its files are gone or broken; the new index does not depend on them
    }
  }

  @Override
  public SearchBackend existing(List<Path> sources, Path indexDir) throws IOException {
    Path wanted = indexDir != null ? indexDir : IndexLocation.forSources(sources);
    if (!Files.isDirectory(wanted)) {
      return null;
    }
    // Opening discards an index of another schema, leaving an empty one not worth answering from.
    LuceneIndex opened = LuceneIndex.open(wanted);
    if (opened.size() == 0) {
      opened.close();
      return null;
    }
    index = opened;
    dir = wanted;
    fromEarlierRun = true;
    return opened;
  }

  /**
   * The index in its folder; in memory when another process holds that folder or it cannot be made.
   */
  private static LuceneIndex open(Path dir, Consumer<String> problems) {
    try {
      return LuceneIndex.open(dir);
    } catch (IOException e) {
      problems.accept(
          "cannot use the index folder " + dir + " (" + e.getMessage() + "); indexing in memory");
      return LuceneIndex.inMemory();
    }
  }
}
