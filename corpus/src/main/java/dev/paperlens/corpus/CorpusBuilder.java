package dev.paperlens.corpus;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * Turns what the parsers read into a {@link Corpus}: reviews of the same paper merged into one
 * {@link Paper} (same arXiv id, DOI, or title once normalized), BibTeX entries merged into the
 * papers they describe or kept as papers of their own, citation keys assigned and mentions linked.
 *
 * <p>Collects in any order; {@link #build()} sorts, so the result does not depend on the order
 * sources were added in.
 */
public final class CorpusBuilder {
  /**
   * Titles shorter than this, once normalized, are too generic to say two reviews are one paper.
   */
  private static final int MIN_TITLE_KEY = 8;

  /**
   * An arXiv id's version at its end ("v2"), compiled once: {@code String.replaceFirst} compiled it
   * again for every entry.
   */
  private static final Pattern ARXIV_VERSION = Pattern.compile("v\\d+$");

  private final List<ReviewDraft> drafts = new ArrayList<>();
  private final List<EntryFacts> entries = new ArrayList<>();
  private final List<String> problems = new ArrayList<>();

  public CorpusBuilder addDrafts(Collection<ReviewDraft> more) {
    drafts.addAll(more);
    return this;
  }

  public CorpusBuilder addBibEntries(Collection<BibEntry> more) {
    entries.addAll(EntryFacts.of(List.copyOf(more)));
    return this;
  }

  /** Library entries whose facts were read before (for a first stage): not read again. */
  public CorpusBuilder addLibrary(Collection<EntryFacts> more) {
    entries.addAll(more);
    return this;
  }

  public CorpusBuilder addProblem(String problem) {
    problems.add(problem);
    return this;
  }

  /**
   * Builds the corpus from what was added. The builder hands its drafts over: each is let go as
   * soon as its review is made, so that a large corpus does not hold every review body twice (as
   * parsed lines and as the review's text). Build once.
   */
  public Corpus build() {
    List<ReviewDraft> sortedDrafts = new ArrayList<>(drafts);
    drafts.clear();
    sortedDrafts.sort(
        Comparator.comparing(ReviewDraft::path).thenComparingInt(ReviewDraft::startLine));
    List<EntryFacts> sortedEntries = new ArrayList<>(entries);
    sortedEntries.sort(
        Comparator.comparing((EntryFacts e) -> e.entry().path())
            .thenComparingInt(e -> e.entry().line()));

    // The names each body writes need only the drafts: the pool scans the bodies while this
    // thread groups the drafts into papers and keys them, steps that run mostly on one thread.
    ReviewDraft[] pending = sortedDrafts.toArray(new ReviewDraft[0]);
    MentionLinker.BodyNames[] bodies = new MentionLinker.BodyNames[pending.length];
    SharedLoop bodyScan =
        SharedLoop.start(pending.length, i -> bodies[i] = MentionLinker.BodyNames.of(pending[i]));

    List<Group> groups = group(sortedDrafts, sortedEntries);
    // What each paper is (title, names, ids, authors) is its own: worked out on every core, once.
    List<Facts> facts = groups.parallelStream().map(Group::facts).toList();

    // Keys before linking: a generated key's tie-breaker reads the drafts' bodies.
    boolean[] keepsUserKey = keepingUserKeys(groups);
    // A paper's identity (the digest of its text) is its own too: hashing every paper's text on
    // one thread was a fifth of the build's single-threaded part in a profile.
    List<String> identities =
        IntStream.range(0, groups.size())
            .parallel()
            .mapToObj(
                i ->
                    keepsUserKey[i]
                        ? NO_IDENTITY
                        : CitationKeys.Request.of(
                                null, null, null, null, groups.get(i).identity(facts.get(i)))
                            .identity())
            .toList();
    List<CitationKeys.Request> requests = new ArrayList<>();
    for (int i = 0; i < groups.size(); i++) {
      requests.add(request(groups.get(i), facts.get(i), identities.get(i)));
    }
    List<String> keys = CitationKeys.assign(requests);
    // From here on a group knows its drafts by their place only.
    groups.forEach(g -> g.drafts.clear());

    Review[] reviews = new Review[pending.length];
    bodyScan.finish();
    sortedDrafts.clear();
    if (pending.length > 0) {
      // The gists need no linker: the pool works them out while this thread builds it, a step
      // that runs mostly on this thread alone (counting the vocabulary, filling the matcher's maps
      // in order), and this thread takes what is left of them after. Given to the pool before the
      // bodies' scan, the gists were done before that scan ended, and the pool then waited
      // through the linker's build.
      String[] gists = new String[pending.length];
      SharedLoop gisting = SharedLoop.start(pending.length, i -> gists[i] = gist(pending[i]));
      MentionLinker linker = linker(facts, Arrays.asList(bodies));
      Arrays.fill(bodies, null);
      gisting.finish();
      // Linking is the costly step; each review is independent and the matcher is thread-safe.
      // A draft is dropped once its review is made.
      IntStream.range(0, pending.length)
          .parallel()
          .forEach(
              i -> {
                reviews[i] = review(pending[i], gists[i], linker);
                pending[i] = null;
                gists[i] = null;
              });
    }

    // Each paper (its reviews' mentions merged) is its own: made on every core, kept in order.
    List<Paper> papers =
        IntStream.range(0, groups.size())
            .parallel()
            .mapToObj(
                i -> {
                  Group g = groups.get(i);
                  List<Review> paperReviews = new ArrayList<>(g.places.size());
                  for (int place : g.places) {
                    paperReviews.add(reviews[place]);
                  }
                  return paper(keys.get(i), g, facts.get(i), paperReviews);
                })
            .toList();
    return new Corpus(inPaperOrder(papers), problems);
  }

  /** The identity of a paper that keeps its user's key: never read. */
  static final String NO_IDENTITY =
      CitationKeys.Request.of(null, null, null, null, null).identity();

  /**
   * Which groups keep their user's key as written: the first paper with each key. The others have
   * theirs generated, and their identity (a paper's whole text) breaks ties between generated keys.
   */
  static boolean[] keepingUserKeys(List<Group> groups) {
    boolean[] keeps = new boolean[groups.size()];
    Set<String> userKeys = new HashSet<>();
    for (int i = 0; i < groups.size(); i++) {
      Group g = groups.get(i);
      String userKey = g.bib == null ? null : g.bib.entry().key();
      keeps[i] =
          userKey != null && !userKey.isBlank() && userKeys.add(userKey.toLowerCase(Locale.ROOT));
    }
    return keeps;
  }

  static CitationKeys.Request request(Group g, Facts f, String identityDigest) {
    return new CitationKeys.Request(
        g.bib == null ? null : g.bib.entry().key(),
        f.title(),
        f.methods(),
        f.year(),
        identityDigest);
  }

  /** The linker over what the papers introduce and what the bodies (in corpus order) name. */
  static MentionLinker linker(List<Facts> facts, List<MentionLinker.BodyNames> bodies) {
    List<String> methods = new ArrayList<>();
    List<String> titles = new ArrayList<>();
    for (Facts f : facts) {
      methods.addAll(f.methods());
      if (f.title() != null) {
        titles.add(f.title());
      }
    }
    return new MentionLinker(MentionLinker.vocabularyWithUsage(methods, titles, bodies));
  }

  /** The paper of a group, its reviews in place order. */
  static Paper paper(String key, Group g, Facts f, List<Review> paperReviews) {
    List<Mention> mentions =
        paperReviews.isEmpty()
            ? List.of()
            : MentionLinker.merge(paperReviews.stream().map(Review::mentions).toList());
    return new Paper(
        key,
        f.displayTitle(),
        f.year(),
        f.authors(),
        f.ids(),
        f.methods(),
        List.copyOf(paperReviews),
        mentions,
        g.bib == null ? null : g.bib.entry());
  }

  /** Reviewed papers by their first review's place; papers known only from BibTeX after, by key. */
  static final Comparator<Paper> PAPER_ORDER =
      Comparator.comparing((Paper p) -> p.reviews().isEmpty())
          .thenComparing(p -> p.reviews().isEmpty() ? "" : p.reviews().get(0).path())
          .thenComparingInt(p -> p.reviews().isEmpty() ? 0 : p.reviews().get(0).startLine())
          .thenComparing(Paper::key);

  /**
   * {@code papers} sorted by {@link #PAPER_ORDER}, the papers known only from a library compared by
   * key alone: {@code PAPER_ORDER} puts them after the reviewed ones and orders them by key, and
   * going through its four steps for each of a library's comparisons was a twentieth of a library
   * read, on one thread. Both sorts are stable, as one sort of the whole list is.
   */
  static List<Paper> inPaperOrder(List<Paper> papers) {
    List<Paper> reviewed = new ArrayList<>();
    List<Paper> libraryOnly = new ArrayList<>();
    for (Paper p : papers) {
      (p.reviews().isEmpty() ? libraryOnly : reviewed).add(p);
    }
    reviewed.sort(PAPER_ORDER);
    // A key and its place compared directly (not through a comparator's key extractors), sorted
    // on every core; places are distinct, so the order of equal keys is kept as a stable sort
    // would.
    ByKey[] byKey = new ByKey[libraryOnly.size()];
    for (int i = 0; i < byKey.length; i++) {
      byKey[i] = new ByKey(libraryOnly.get(i).key(), i, libraryOnly.get(i));
    }
    Arrays.parallelSort(byKey);
    List<Paper> out = new ArrayList<>(papers.size());
    out.addAll(reviewed);
    for (ByKey k : byKey) {
      out.add(k.paper());
    }
    return out;
  }

  /** A library-only paper by its key, then by its place in the list. */
  private record ByKey(String key, int place, Paper paper) implements Comparable<ByKey> {
    @Override
    public int compareTo(ByKey other) {
      int byKey = key.compareTo(other.key);
      return byKey != 0 ? byKey : Integer.compare(place, other.place);
    }
  }

  static Review review(ReviewDraft d, MentionLinker linker) {
    return review(d, gist(d), linker);
  }

  /** The review's gist ({@link ReviewSummary}). */
  static String gist(ReviewDraft d) {
    return ReviewSummary.of(d.text(), d.title());
  }

  /** The review of a draft whose gist is known. */
  static Review review(ReviewDraft d, String gist, MentionLinker linker) {
    String text = d.text();
    return new Review(
        d.path(),
        d.format(),
        d.startLine(),
        d.endLine(),
        d.title(),
        d.channel(),
        d.date(),
        d.messageId(),
        d.postUrl(),
        d.reactions() == null ? Reactions.NONE : d.reactions(),
        d.links(),
        text,
        gist,
        linker.mentions(d.body(), text, d.title()));
  }

  // ---------------------------------------------------------------- grouping

  /** What a paper is, worked out once from its group. */
  record Facts(
      String title,
      String displayTitle,
      List<String> methods,
      Integer year,
      List<String> authors,
      PaperIds ids) {}

  /** Drafts and BibTeX entries found to be one paper. */
  static final class Group {
    final List<ReviewDraft> drafts = new ArrayList<>();

    /** Where the group's drafts are in the sorted drafts, in the same order. */
    final List<Integer> places = new ArrayList<>();

    /** What the paper's library entry states, read once: grouping, names, ids and keys ask. */
    EntryFacts bib;

    Facts facts() {
      String title = title();
      List<String> methods = collectMethods();
      PaperIds ids = ids();
      String display = title != null ? title : methods.isEmpty() ? "(untitled)" : methods.get(0);
      return new Facts(
          title,
          display,
          methods,
          bib == null ? null : bib.year(),
          bib == null ? List.of() : bib.authors(),
          ids);
    }

    /** The title as the user's BibTeX or the first titled review writes it, else null. */
    private String title() {
      if (bib != null && bib.title() != null) {
        return bib.title();
      }
      for (ReviewDraft d : drafts) {
        if (d.title() != null && !d.title().isBlank()) {
          return d.title().strip();
        }
      }
      return null;
    }

    private List<String> collectMethods() {
      Map<String, String> byLower = new LinkedHashMap<>();
      // "Trajectory Score Matching (TSM)" is listed as its two names, once each.
      List<String> introduced = new ArrayList<>();
      for (ReviewDraft d : drafts) {
        introduced.addAll(d.methods());
      }
      if (bib != null) {
        // The user's own entry names the paper too: its title's head, an abbreviation it spells
        // out, and what its abstract says the paper introduces.
        introduced.addAll(
            IntroducedNames.ofLibraryEntry(bib.title(), bib.entry().field("abstract")));
      }
      for (String m : introduced) {
        for (String name : MentionLinker.spellingsOf(m)) {
          byLower.putIfAbsent(name.toLowerCase(Locale.ROOT), name);
        }
      }
      return List.copyOf(byLower.values());
    }

    private PaperIds ids() {
      String arxiv = bib == null ? null : bib.arxiv();
      String doi = bib == null ? null : bib.doi();
      Set<String> urls = new LinkedHashSet<>();
      for (ReviewDraft d : drafts) {
        arxiv = arxiv != null ? arxiv : d.arxiv();
        doi = doi != null ? doi : d.doi();
        for (Link link : d.links()) {
          if (link.url() != null && !link.url().isBlank()) {
            urls.add(link.url());
          }
        }
      }
      if (bib != null && bib.entry().field("url") != null) {
        urls.add(bib.entry().field("url").strip());
      }
      return new PaperIds(arxiv, doi, List.copyOf(urls));
    }

    /** The paper's own content, for a key suffix that no other paper can change. */
    String identity(Facts f) {
      StringBuilder out = new StringBuilder(identityHead(f));
      for (ReviewDraft d : drafts) {
        out.append(identityOf(d));
      }
      return out.append(identityTail()).toString();
    }

    /** What the identity starts with: the paper's ids, title and names. */
    static String identityHead(Facts f) {
      PaperIds ids = f.ids();
      return ids.arxiv()
          + "|"
          + ids.doi()
          + "|"
          + normalizedTitle(f.title())
          + "|"
          + String.join(",", f.methods());
    }

    /** A draft's part of its paper's identity: up to 2,000 characters of its body. */
    static String identityOf(ReviewDraft d) {
      StringBuilder out = new StringBuilder("|");
      int budget = 2000;
      for (SourceLine line : d.body()) {
        if (budget <= 0) {
          break;
        }
        String text = line.text();
        out.append(text, 0, Math.min(text.length(), budget)).append('\n');
        budget -= text.length() + 1;
      }
      return out.toString();
    }

    /** What the identity ends with: the library entry as written. */
    String identityTail() {
      return bib == null ? "" : "|" + bib.entry().source();
    }
  }

  static List<Group> group(List<ReviewDraft> drafts, List<EntryFacts> entries) {
    int n = drafts.size() + entries.size();
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    // Each draft's and entry's ids (a title's slug among them) are worked out on every core; only
    // the joining, which depends on the order, runs on one thread.
    List<List<String>> draftIds =
        drafts.parallelStream().map(d -> ids(d.arxiv(), d.doi(), d.title())).toList();
    List<List<String>> entryIds = entries.parallelStream().map(CorpusBuilder::ids).toList();
    Map<String, Integer> firstWithId = new HashMap<>(4 * n + 16);
    for (int i = 0; i < drafts.size(); i++) {
      for (String id : draftIds.get(i)) {
        union(parent, firstWithId.computeIfAbsent(id, k -> -1), i, firstWithId, id);
      }
    }
    for (int j = 0; j < entries.size(); j++) {
      int i = drafts.size() + j;
      for (String id : entryIds.get(j)) {
        union(parent, firstWithId.computeIfAbsent(id, k -> -1), i, firstWithId, id);
      }
    }
    joinUntitledByName(drafts, entries, parent);
    Map<Integer, Group> byRoot = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      Group g = byRoot.computeIfAbsent(find(parent, i), r -> new Group());
      if (i < drafts.size()) {
        g.drafts.add(drafts.get(i));
        g.places.add(i);
      } else if (g.bib == null) {
        g.bib = entries.get(i - drafts.size());
      }
    }
    return new ArrayList<>(byRoot.values());
  }

  /**
   * A review without a title (a digest abstract) knows its paper only by the method it introduces.
   * It joins the one titled paper that introduces the same name ("Hyena" and "Hyena Hierarchy:
   * ..."), or whose title goes on to spell it out ("Low-Rank Adaptation" and "LoRA: Low-Rank
   * Adaptation of ..."). When several papers fit, it stays on its own rather than guess.
   */
  private static void joinUntitledByName(
      List<ReviewDraft> drafts, List<EntryFacts> entries, int[] parent) {
    if (drafts.stream().noneMatch(d -> d.title() == null && !d.methods().isEmpty())) {
      return; // nothing to join: a library read alone need not index its titles' names
    }
    Map<String, Set<Integer>> titledByName = new HashMap<>();
    // Normalizing every title's names is most of this and independent per draft: on every core.
    List<Set<String>> namesOfDrafts =
        drafts.parallelStream()
            .map(d -> d.title() == null ? Set.<String>of() : titledNames(d.title(), d.methods()))
            .toList();
    for (int i = 0; i < drafts.size(); i++) {
      for (String name : namesOfDrafts.get(i)) {
        titledByName.computeIfAbsent(name, k -> new HashSet<>()).add(i);
      }
    }
    for (int j = 0; j < entries.size(); j++) {
      String title = entries.get(j).title();
      if (title != null) {
        for (String name : titledNames(title, List.of())) {
          titledByName.computeIfAbsent(name, k -> new HashSet<>()).add(drafts.size() + j);
        }
      }
    }
    for (int i = 0; i < drafts.size(); i++) {
      ReviewDraft d = drafts.get(i);
      if (d.title() != null || d.methods().isEmpty()) {
        continue;
      }
      Set<Integer> roots = new HashSet<>();
      for (String method : d.methods()) {
        for (String spelling : MentionLinker.spellingsOf(method)) {
          for (int other : titledByName.getOrDefault(normalizedTitle(spelling), Set.of())) {
            roots.add(find(parent, other));
          }
        }
      }
      if (roots.size() == 1) {
        int a = find(parent, i);
        int b = roots.iterator().next();
        if (a != b) {
          parent[Math.max(a, b)] = Math.min(a, b);
        }
      }
    }
  }

  /**
   * The names a titled paper goes by: the methods it introduces, the short name before a title's
   * colon, and the first two to four words after it (the spelled-out name).
   */
  private static Set<String> titledNames(String title, List<String> methods) {
    Set<String> names = new HashSet<>();
    for (String method : methods) {
      names.add(normalizedTitle(method));
    }
    String head = MentionLinker.nameOf(title);
    if (head != null) {
      names.add(normalizedTitle(head));
    }
    int colon = title.indexOf(':');
    String rest = (colon >= 0 ? title.substring(colon + 1) : title).strip();
    String[] words = rest.split("\\s+");
    StringBuilder lead = new StringBuilder();
    for (int k = 0; k < Math.min(4, words.length); k++) {
      lead.append(normalizedTitle(words[k]));
      if (k >= 1) {
        names.add(lead.toString());
      }
    }
    names.remove("");
    return names;
  }

  private static void union(
      int[] parent, int first, int i, Map<String, Integer> firstWithId, String id) {
    if (first < 0) {
      firstWithId.put(id, i);
      return;
    }
    int a = find(parent, first);
    int b = find(parent, i);
    if (a != b) {
      parent[Math.max(a, b)] = Math.min(a, b);
    }
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  /** The ids a library entry is grouped by: its arXiv id, DOI, title and key. */
  private static List<String> ids(EntryFacts e) {
    List<String> ids = new ArrayList<>(ids(e.arxiv(), e.doi(), e.title()));
    ids.add("key:" + e.entry().key().toLowerCase(Locale.ROOT));
    return ids;
  }

  private static List<String> ids(String arxiv, String doi, String title) {
    List<String> out = new ArrayList<>(3);
    if (arxiv != null && !arxiv.isBlank()) {
      out.add(
          "arxiv:"
              + ARXIV_VERSION.matcher(arxiv.strip().toLowerCase(Locale.ROOT)).replaceFirst(""));
    }
    if (doi != null && !doi.isBlank()) {
      out.add("doi:" + doi.strip().toLowerCase(Locale.ROOT));
    }
    String t = normalizedTitle(title);
    if (t.length() >= MIN_TITLE_KEY) {
      out.add("title:" + t);
    }
    return out;
  }

  /** Lower case, letters and digits only, Cyrillic transliterated: how titles are compared. */
  public static String normalizedTitle(String title) {
    return CitationKeys.slug(title);
  }
}
