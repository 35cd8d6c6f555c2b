package dev.paperlens.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * A corpus read in passes, so that the text of all its reviews is never held at once: the papers
 * are those {@link CorpusBuilder#build()} makes of the same sources, handed over in batches.
 *
 * <p>The first pass (made by {@link CorpusLoader#stream}) keeps of each review what grouping, names
 * and keys need (title, introduced names, ids, links, the Latin names its body writes, a
 * fingerprint of its body) and lets the body go; library entries are kept whole. Each {@link
 * #forEachBatch} then reads the review sources again twice, file by file in path order: once for
 * the identity that breaks ties between generated keys (a digest of each paper's text, fed as its
 * reviews come), once to link mentions and hand papers over as soon as their last review is read.
 * What it holds at a time is a few files' reviews and those of papers still waiting for a review in
 * a later file. A source that reads differently from the first pass stops the batches with {@link
 * SourcesChanged}: the corpus is read anew.
 */
public final class StreamedCorpus {
  /** Papers per batch: large enough to index on every core, small beside the whole corpus. */
  static final int BATCH_PAPERS = 1000;

  /** Takes one batch of papers and each one's place in corpus order ({@link Corpus#papers()}). */
  @FunctionalInterface
  public interface Batch {
    void accept(List<Paper> papers, int[] places) throws IOException;
  }

  /** A review source read differently now than in the first pass: read the corpus anew. */
  public static final class SourcesChanged extends IOException {
    private static final long serialVersionUID = 1L;

    SourcesChanged(String message) {
      super(message);
    }
  }

  /** What the first pass keeps of one source file with reviews. */
  record FileOutline(
      Path file,
      List<ReviewDraft> drafts,
      List<MentionLinker.BodyNames> bodies,
      List<Long> fingerprints) {

    /** The outline of a file's drafts, in line order (as the corpus orders them). */
    static FileOutline of(Path file, List<ReviewDraft> read) {
      List<ReviewDraft> drafts = inLineOrder(read);
      List<ReviewDraft> outlines = new ArrayList<>(drafts.size());
      List<MentionLinker.BodyNames> bodies = new ArrayList<>(drafts.size());
      List<Long> fingerprints = new ArrayList<>(drafts.size());
      for (ReviewDraft d : drafts) {
        outlines.add(d.withoutBody());
        bodies.add(MentionLinker.BodyNames.of(d));
        fingerprints.add(fingerprint(d));
      }
      return new FileOutline(file, outlines, bodies, List.copyOf(fingerprints));
    }
  }

  private final Function<Path, List<ReviewDraft>> reread;
  private final List<String> problems;
  private final List<Path> files;

  /** The first place of each file's drafts, and the number of drafts after the last file. */
  private final int[] fileStart;

  private final long[] fingerprints;
  private final String[] paths;
  private final int[] startLines;
  private final List<CorpusBuilder.Group> groups;
  private final List<CorpusBuilder.Facts> facts;
  private final boolean[] keepsUserKey;
  private final int[] groupOf;
  private final int[] lastPlace;
  private final MentionLinker linker;

  /**
   * @param outlines the files with reviews, in path order
   * @param entries the library entries, in file and line order
   * @param reread a file's drafts as read now
   */
  StreamedCorpus(
      List<FileOutline> outlines,
      List<EntryFacts> entries,
      List<String> problems,
      Function<Path, List<ReviewDraft>> reread) {
    this.reread = reread;
    this.problems = List.copyOf(problems);
    this.files = outlines.stream().map(FileOutline::file).toList();
    this.fileStart = new int[outlines.size() + 1];
    List<ReviewDraft> drafts = new ArrayList<>();
    List<MentionLinker.BodyNames> bodies = new ArrayList<>();
    for (int f = 0; f < outlines.size(); f++) {
      fileStart[f] = drafts.size();
      drafts.addAll(outlines.get(f).drafts());
      bodies.addAll(outlines.get(f).bodies());
    }
    fileStart[outlines.size()] = drafts.size();
    this.fingerprints = new long[drafts.size()];
    for (int f = 0; f < outlines.size(); f++) {
      List<Long> own = outlines.get(f).fingerprints();
      for (int i = 0; i < own.size(); i++) {
        fingerprints[fileStart[f] + i] = own.get(i);
      }
    }
    this.paths = new String[drafts.size()];
    this.startLines = new int[drafts.size()];
    for (int place = 0; place < drafts.size(); place++) {
      paths[place] = drafts.get(place).path();
      startLines[place] = drafts.get(place).startLine();
    }
    this.groups = CorpusBuilder.group(drafts, entries);
    this.facts = groups.parallelStream().map(CorpusBuilder.Group::facts).toList();
    this.keepsUserKey = CorpusBuilder.keepingUserKeys(groups);
    this.groupOf = new int[drafts.size()];
    this.lastPlace = new int[groups.size()];
    for (int g = 0; g < groups.size(); g++) {
      lastPlace[g] = -1;
      for (int place : groups.get(g).places) {
        groupOf[place] = g;
        lastPlace[g] = Math.max(lastPlace[g], place);
      }
      groups.get(g).drafts.clear();
    }
    this.linker = drafts.isEmpty() ? null : CorpusBuilder.linker(facts, bodies);
  }

  /** What could not be read, one line per source, as {@link Corpus#problems()} says it. */
  public List<String> problems() {
    return problems;
  }

  /** How many papers the batches hand over. */
  public int paperCount() {
    return groups.size();
  }

  /**
   * Reads the review sources again and hands every paper over once, in batches of about {@value
   * #BATCH_PAPERS}; a paper comes when its last review has been read, papers known only from the
   * library last. Each call reads the sources anew.
   *
   * @throws SourcesChanged when a source reads differently from the first pass
   * @throws IOException what {@code batch} throws
   */
  public void forEachBatch(Batch batch) throws IOException {
    List<String> keys = CitationKeys.assign(requests(identities()));
    int[] order = placesInCorpusOrder(keys);
    Review[] held = new Review[fingerprints.length];
    List<Paper> papers = new ArrayList<>(BATCH_PAPERS);
    List<Integer> places = new ArrayList<>(BATCH_PAPERS);
    reread(
        (file, drafts) -> {
          List<Review> reviews = drafts.stream().map(d -> CorpusBuilder.review(d, linker)).toList();
          return reviews;
        },
        (file, reviews) -> {
          for (int i = 0; i < reviews.size(); i++) {
            int place = fileStart[file] + i;
            held[place] = reviews.get(i);
            int g = groupOf[place];
            if (lastPlace[g] == place) {
              papers.add(paper(g, keys.get(g), held));
              places.add(order[g]);
              if (papers.size() >= BATCH_PAPERS) {
                handOver(batch, papers, places);
              }
            }
          }
        });
    for (int g = 0; g < groups.size(); g++) {
      if (lastPlace[g] < 0) {
        papers.add(paper(g, keys.get(g), held));
        places.add(order[g]);
        if (papers.size() >= BATCH_PAPERS) {
          handOver(batch, papers, places);
        }
      }
    }
    if (!papers.isEmpty()) {
      handOver(batch, papers, places);
    }
  }

  private static void handOver(Batch batch, List<Paper> papers, List<Integer> places)
      throws IOException {
    int[] at = places.stream().mapToInt(Integer::intValue).toArray();
    List<Paper> handed = List.copyOf(papers);
    papers.clear();
    places.clear();
    batch.accept(handed, at);
  }

  /** A group's paper, its reviews let go from {@code held}. */
  private Paper paper(int g, String key, Review[] held) {
    CorpusBuilder.Group group = groups.get(g);
    List<Review> reviews = new ArrayList<>(group.places.size());
    for (int place : group.places) {
      reviews.add(Objects.requireNonNull(held[place]));
      held[place] = null;
    }
    return CorpusBuilder.paper(key, group, facts.get(g), reviews);
  }

  /**
   * Each paper's identity digest: the text it is made of, fed to one digest per paper as its
   * reviews are read (the same bytes {@link CorpusBuilder} hashes whole).
   */
  String[] identities() throws IOException {
    String[] digests = new String[groups.size()];
    MessageDigest[] open = new MessageDigest[groups.size()];
    for (int g = 0; g < groups.size(); g++) {
      if (keepsUserKey[g]) {
        digests[g] = CorpusBuilder.NO_IDENTITY;
      } else if (lastPlace[g] < 0) {
        MessageDigest digest = started(g);
        update(digest, groups.get(g).identityTail());
        digests[g] = HexFormat.of().formatHex(digest.digest());
      }
    }
    reread(
        (file, drafts) -> drafts.stream().map(CorpusBuilder.Group::identityOf).toList(),
        (file, parts) -> {
          for (int i = 0; i < parts.size(); i++) {
            int place = fileStart[file] + i;
            int g = groupOf[place];
            if (keepsUserKey[g]) {
              continue;
            }
            if (open[g] == null) {
              open[g] = started(g);
            }
            update(open[g], parts.get(i));
            if (lastPlace[g] == place) {
              update(open[g], groups.get(g).identityTail());
              digests[g] = HexFormat.of().formatHex(open[g].digest());
              open[g] = null;
            }
          }
        });
    return digests;
  }

  private MessageDigest started(int g) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      update(digest, CorpusBuilder.Group.identityHead(facts.get(g)));
      return digest;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  private static void update(MessageDigest digest, String text) {
    digest.update(text.getBytes(StandardCharsets.UTF_8));
  }

  private List<CitationKeys.Request> requests(String[] identities) {
    List<CitationKeys.Request> requests = new ArrayList<>(groups.size());
    for (int g = 0; g < groups.size(); g++) {
      requests.add(CorpusBuilder.request(groups.get(g), facts.get(g), identities[g]));
    }
    return requests;
  }

  /** Each group's place in {@link CorpusBuilder#PAPER_ORDER}, from its first review and key. */
  private int[] placesInCorpusOrder(List<String> keys) {
    Comparator<Integer> byFirstReview =
        Comparator.comparing((Integer g) -> groups.get(g).places.isEmpty())
            .thenComparing(g -> groups.get(g).places.isEmpty() ? "" : paths[first(g)])
            .thenComparingInt(g -> groups.get(g).places.isEmpty() ? 0 : startLines[first(g)])
            .thenComparing(keys::get);
    Integer[] sorted = IntStream.range(0, groups.size()).boxed().toArray(Integer[]::new);
    Arrays.sort(sorted, byFirstReview);
    int[] order = new int[groups.size()];
    for (int i = 0; i < sorted.length; i++) {
      order[sorted[i]] = i;
    }
    return order;
  }

  private int first(int g) {
    return groups.get(g).places.get(0);
  }

  /** What is made of each file's drafts, on every core, a few files at a time. */
  @FunctionalInterface
  private interface PerFile<T> {
    List<T> apply(int file, List<ReviewDraft> drafts);
  }

  /** Takes what was made of one file, in file order. */
  @FunctionalInterface
  private interface InOrder<T> {
    void accept(int file, List<T> made) throws IOException;
  }

  /**
   * Reads the files again in path order, checking each against the first pass; files are read and
   * {@code perFile} runs a few at a time in parallel, {@code inOrder} one file after another.
   */
  private <T> void reread(PerFile<T> perFile, InOrder<T> inOrder) throws IOException {
    int window = Math.max(2, Runtime.getRuntime().availableProcessors());
    for (int from = 0; from < files.size(); from += window) {
      List<List<T>> made;
      try {
        made =
            IntStream.range(from, Math.min(files.size(), from + window))
                .parallel()
                .mapToObj(f -> perFile.apply(f, checked(f)))
                .toList();
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
      for (int i = 0; i < made.size(); i++) {
        inOrder.accept(from + i, made.get(i));
      }
    }
  }

  /** The file's drafts as read now, in line order, when they are those of the first pass. */
  private List<ReviewDraft> checked(int f) {
    List<ReviewDraft> drafts = inLineOrder(reread.apply(files.get(f)));
    int expected = fileStart[f + 1] - fileStart[f];
    boolean same = drafts.size() == expected;
    for (int i = 0; same && i < expected; i++) {
      same = fingerprint(drafts.get(i)) == fingerprints[fileStart[f] + i];
    }
    if (!same) {
      throw new UncheckedIOException(
          new SourcesChanged(files.get(f) + " changed while the corpus was being indexed"));
    }
    return drafts;
  }

  private static List<ReviewDraft> inLineOrder(List<ReviewDraft> drafts) {
    List<ReviewDraft> sorted = new ArrayList<>(drafts);
    sorted.sort(Comparator.comparingInt(ReviewDraft::startLine));
    return sorted;
  }

  /** Tells a draft read again from one read otherwise: its place, title and body. */
  static long fingerprint(ReviewDraft d) {
    long h = 31L * d.startLine() + d.endLine();
    h = h * 1_000_003L + Objects.hashCode(d.title());
    h = h * 1_000_003L + d.methods().hashCode();
    for (SourceLine line : d.body()) {
      h = h * 1_000_003L + line.line();
      h = h * 1_000_003L + line.text().hashCode();
    }
    return h;
  }
}
