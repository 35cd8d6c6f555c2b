package dev.paperlens.index;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.paperlens.corpus.BibTexParser;
import dev.paperlens.corpus.Mention;
import dev.paperlens.corpus.Paper;
import dev.paperlens.corpus.Review;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Turns the corpus into index entries: one per paper, and one per name the corpus knows (methods a
 * paper introduces and names reviews mention), so that "лора" resolves to LoRA even when no paper
 * in the corpus introduces LoRA.
 */
public final class IndexEntries {
  private IndexEntries() {}

  /**
   * The mapper of a paper's stored JSON. Made on first use: a cold start's first stage reads this
   * class's plain terms long before anything is stored, and making a mapper loads most of
   * jackson-databind (a third of a second of a cold JVM).
   */
  public static ObjectMapper json() {
    return Json.MAPPER;
  }

  private static final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {}
  }

  private static final int MAX_ALIASES = 24;
  private static final long EPOCH_2015 = LocalDate.of(2015, 1, 1).toEpochDay();
  private static final long EPOCH_2030 = LocalDate.of(2030, 1, 1).toEpochDay();

  /** Every entry of the corpus: papers first, in corpus order, then names. */
  public static List<IndexEntry> of(List<Paper> papers) {
    List<IndexEntry> entries = new ArrayList<>(papers.size() * 2);
    for (Paper paper : distinctPapers(papers)) {
      entries.add(paper(paper));
    }
    entries.addAll(names(papers));
    return entries;
  }

  /** Longest citation key indexed; longer ones come only from broken sources. */
  public static final int MAX_KEY_CHARS = 512;

  /** Papers with a usable key, the first of each key only: a key names one document. */
  public static List<Paper> distinctPapers(List<Paper> papers) {
    List<Paper> out = new ArrayList<>(papers.size());
    Set<String> seenKeys = new java.util.HashSet<>();
    for (Paper paper : papers) {
      if (paper != null
          && paper.key() != null
          && !paper.key().isBlank()
          && paper.key().length() <= MAX_KEY_CHARS
          && seenKeys.add(paper.key())) {
        out.add(paper);
      }
    }
    return out;
  }

  /** The entry of one paper; built on demand so a large corpus is never held twice. */
  public static IndexEntry paper(Paper paper) {
    return paperEntry(paper, recency(paper));
  }

  /** The id of a paper's entry. */
  static String paperId(String key) {
    return "p:" + key;
  }

  /** What a paper's entry matches whole, by prefix and by words: its key, then its title. */
  static List<String> paperNames(Paper paper) {
    List<String> names = new ArrayList<>(2);
    names.add(paper.key());
    if (paper.title() != null && !paper.title().isBlank()) {
      names.add(paper.title());
    }
    return names;
  }

  /** One entry per name the papers introduce or mention, in first-seen order. */
  public static List<IndexEntry> names(List<Paper> papers) {
    Names names = new Names();
    List<Paper> distinct = distinctPapers(papers);
    for (int place = 0; place < distinct.size(); place++) {
      names.add(distinct.get(place), place);
    }
    return names.entries();
  }

  /**
   * The names of papers handed over in any order, each with its place in corpus order: every tie
   * goes to the earliest place, so the entries are those {@link #names(List)} gives the papers in
   * that order. What is kept per name is bounded (a paper's key and title, not the paper), so a
   * corpus indexed batch by batch need not hold its papers to the end.
   */
  public static final class Names {
    private final Map<String, NameTally> tallies = new HashMap<>();

    /** Adds what a paper introduces and mentions; {@code place} orders it among the others. */
    public void add(Paper paper, long place) {
      double recency = recency(paper);
      long at = place << 32;
      for (String method : paper.methods()) {
        String id = NameForms.normalize(method);
        if (isName(id)) {
          tallies.computeIfAbsent(id, k -> new NameTally()).introduce(method, paper, recency, at);
        }
        at++;
      }
      // Spellings of one thing ("MovieLens-1M", "MovieLens 1M"; "sklearn" of "scikit-learn") are
      // one name: its reviews are counted once per paper.
      Set<String> counted = new java.util.HashSet<>();
      for (Mention mention : paper.mentions()) {
        String id = NameForms.normalize(mention.thing());
        if (isName(id)) {
          int reviews = counted.add(id) ? reviewsNaming(paper, mention.thing()) : 0;
          tallies
              .computeIfAbsent(id, k -> new NameTally())
              .mention(mention, paper, reviews, recency, at);
        }
        at += 1 + mention.surfaces().size();
      }
    }

    /** One entry per name, in the order each was first seen. */
    public List<IndexEntry> entries() {
      List<IndexEntry> entries = new ArrayList<>(tallies.size());
      pending().forEach(p -> entries.add(p.take()));
      return entries;
    }

    /**
     * The same entries, each built only when asked: an index writes them one at a time rather than
     * holding all of them (at 100,000 reviews as much heap as the tallies themselves) beside the
     * tallies. The names gathered so far are handed over and forgotten here.
     */
    public List<Pending> pending() {
      List<Pending> sorted = new ArrayList<>(tallies.size());
      tallies.forEach((id, tally) -> sorted.add(new Pending(id, tally)));
      tallies.clear();
      sorted.sort(Comparator.comparingLong(p -> p.firstAt));
      return sorted;
    }
  }

  /** A name's entry not built yet; building it lets the name's tally go. */
  public static final class Pending {
    private final String id;
    private final long firstAt;
    private NameTally tally;

    private Pending(String id, NameTally tally) {
      this.id = id;
      this.firstAt = tally.firstAt;
      this.tally = tally;
    }

    /** Builds the name's entry, once: the tally it is built from goes with it. */
    public synchronized IndexEntry take() {
      if (tally == null) {
        throw new IllegalStateException("the entry of " + id + " was taken already");
      }
      IndexEntry entry = tally.entry(id);
      tally = null;
      return entry;
    }
  }

  /** Names longer than a long title are broken input; they get no entry of their own. */
  private static boolean isName(String normalized) {
    return !normalized.isEmpty() && normalized.length() <= EntryDocuments.MAX_TERM_CHARS;
  }

  private static IndexEntry paperEntry(Paper paper, double recency) {
    byte[] json;
    byte[] label;
    try {
      json = json().writeValueAsBytes(paper);
      label = json().writeValueAsBytes(PaperLabel.of(paper));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
    StringBuilder body = new StringBuilder();
    Set<String> sources = new LinkedHashSet<>();
    for (Review review : paper.reviews()) {
      append(body, review.title());
      append(body, review.summary());
      append(body, review.text());
      if (review.path() != null) {
        sources.add(review.path());
      }
    }
    if (paper.bibtex() != null && paper.bibtex().path() != null) {
      sources.add(paper.bibtex().path());
    }
    append(body, remembered(paper));
    Set<String> mentions = new LinkedHashSet<>();
    // keyed as names are, so that every spelling of a thing finds the papers of the others
    paper.methods().forEach(m -> mentions.add(NameForms.normalize(m)));
    paper.mentions().forEach(m -> mentions.add(NameForms.normalize(m.thing())));
    return new IndexEntry(
        paperId(paper.key()),
        SearchHit.Kind.PAPER,
        paper.key(),
        paper.title() == null ? "" : paper.title(),
        paper.title() == null ? paper.key() : paper.title(),
        paperNames(paper),
        body.toString(),
        List.copyOf(paper.authors()),
        facts(paper),
        List.copyOf(mentions),
        List.copyOf(sources),
        paper.reviews().size(),
        recency,
        json,
        label,
        hash(json));
  }

  /**
   * What a person remembers of a paper besides its name, as searchable words: every author (also
   * without accents, so "scholkopf" finds Schölkopf), the year, the venue, the arXiv id and DOI.
   */
  static String remembered(Paper paper) {
    List<String> words = new ArrayList<>();
    for (String author : paper.authors()) {
      words.add(author);
      String folded = withoutAccents(author);
      if (!folded.equals(author)) {
        words.add(folded);
      }
    }
    words.addAll(facts(paper));
    return String.join(" ", words);
  }

  /** The year, the venue (journal, book title or publisher), the arXiv id and the DOI. */
  static List<String> facts(Paper paper) {
    List<String> words = new ArrayList<>();
    if (paper.year() != null) {
      words.add(String.valueOf(paper.year()));
    }
    if (paper.bibtex() != null) {
      // The venue as the hover card and completion label name it, and the publisher, which is
      // what a person remembers of a book or of proceedings (PMLR).
      String venue = BibTexParser.venue(paper.bibtex());
      if (venue != null) {
        words.add(venue);
      }
      String publisher = paper.bibtex().field("publisher");
      if (publisher != null && !publisher.isBlank() && !publisher.strip().equals(venue)) {
        words.add(publisher.strip());
      }
    }
    if (paper.ids() != null) {
      if (paper.ids().arxiv() != null) {
        words.add(paper.ids().arxiv());
      }
      if (paper.ids().doi() != null) {
        words.add(paper.ids().doi());
      }
    }
    return List.copyOf(words);
  }

  /**
   * The text with its accents dropped ("Schölkopf" gives "Scholkopf"), as the index folds names.
   */
  public static String withoutAccents(String text) {
    if (isAscii(text)) {
      // Most names and facts: nothing to decompose, and the normalizer and pattern are most of
      // what indexing an author costs.
      return text;
    }
    return MARKS
        .matcher(java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD))
        .replaceAll("");
  }

  /** Combining marks, compiled once: {@code String.replaceAll} compiled it for every author. */
  private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}+");

  private static boolean isAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  private static void append(StringBuilder body, String text) {
    if (text != null && !text.isBlank()) {
      body.append(text).append('\n');
    }
  }

  private static int reviewsNaming(Paper paper, String name) {
    int count = 0;
    Predicate<Mention> ofName = Mention.ofName(name);
    for (Review review : paper.reviews()) {
      for (Mention m : review.mentions()) {
        if (ofName.test(m)) {
          count++;
          break;
        }
      }
    }
    return Math.max(count, 1);
  }

  /** Newest review date, else publication year, mapped onto [0, 1]. */
  public static double recency(Paper paper) {
    long newest = Long.MIN_VALUE;
    for (Review review : paper.reviews()) {
      String date = review.date();
      if (date != null && date.length() >= 10) {
        try {
          newest = Math.max(newest, LocalDate.parse(date.substring(0, 10)).toEpochDay());
        } catch (DateTimeParseException e) {
          // an unreadable date says nothing about recency
        }
      }
    }
    if (newest == Long.MIN_VALUE && paper.year() != null) {
      newest = LocalDate.of(paper.year(), 7, 1).toEpochDay();
    }
    if (newest == Long.MIN_VALUE) {
      return 0;
    }
    double r = (double) (newest - EPOCH_2015) / (EPOCH_2030 - EPOCH_2015);
    return Math.max(0, Math.min(1, r));
  }

  public static String hash(byte[] bytes) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
      return HexFormat.of().formatHex(digest, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** What the corpus says about one name, gathered across papers. */
  private static final class NameTally {
    /** Where the name was first seen: a paper's place, then the order within the paper. */
    long firstAt = Long.MAX_VALUE;

    /** The first paper introducing the name: where, what it calls it, its key, title, reviews. */
    private long introducedAt = Long.MAX_VALUE;

    private String introducedAs;
    private String introducedKey;
    private String introducedTitle;
    private int introducedReviews;

    /** The first mention, naming the entry when no paper introduces it. */
    private long firstMentionAt = Long.MAX_VALUE;

    private String firstMentionAs;

    /** The paper whose reviews name it most, the earliest of equals. */
    private long mostMentioningAt = Long.MAX_VALUE;

    private String mostMentioningKey;
    private String mostMentioningTitle;
    private int mostMentioningReviews;
    private int mentioningReviews;
    private double recency;

    /** The first {@link #MAX_ALIASES} surfaces, each where it was first written. */
    private final Map<String, Long> aliases = new HashMap<>();

    void introduce(String name, Paper paper, double paperRecency, long at) {
      firstAt = Math.min(firstAt, at);
      if (at < introducedAt) {
        introducedAt = at;
        introducedAs = name;
        introducedKey = paper.key();
        introducedTitle = paper.title();
        introducedReviews = paper.reviews().size();
      }
      recency = Math.max(recency, paperRecency);
    }

    void mention(Mention mention, Paper paper, int paperReviews, double paperRecency, long at) {
      firstAt = Math.min(firstAt, at);
      if (at < firstMentionAt) {
        firstMentionAt = at;
        firstMentionAs = mention.thing();
      }
      long surfaceAt = at + 1;
      for (String surface : mention.surfaces()) {
        alias(surface, surfaceAt++);
      }
      if (paperReviews > mostMentioningReviews
          || (paperReviews == mostMentioningReviews && at < mostMentioningAt)) {
        mostMentioningAt = at;
        mostMentioningKey = paper.key();
        mostMentioningTitle = paper.title();
        mostMentioningReviews = paperReviews;
      }
      mentioningReviews += paperReviews;
      recency = Math.max(recency, paperRecency);
    }

    /**
     * Keeps the surfaces first written earliest: one past the bound is dropped for good, since that
     * many others were written before it.
     */
    private void alias(String surface, long at) {
      Long known = aliases.get(surface);
      if (known != null && known <= at) {
        return;
      }
      aliases.put(surface, at);
      if (aliases.size() > MAX_ALIASES) {
        String latest = null;
        long latestAt = Long.MIN_VALUE;
        for (Map.Entry<String, Long> e : aliases.entrySet()) {
          if (e.getValue() > latestAt) {
            latest = e.getKey();
            latestAt = e.getValue();
          }
        }
        aliases.remove(latest);
      }
    }

    IndexEntry entry(String id) {
      boolean introduced = introducedAs != null;
      String canonical = introduced ? introducedAs : firstMentionAs;
      String key = introduced ? introducedKey : mostMentioningKey;
      String paperTitle = introduced ? introducedTitle : mostMentioningTitle;
      int reviews = mentioningReviews + (introduced ? introducedReviews : 0);
      List<String> names = new ArrayList<>();
      names.add(canonical);
      List<Map.Entry<String, Long>> written = new ArrayList<>(aliases.entrySet());
      written.sort(Map.Entry.comparingByValue());
      for (Map.Entry<String, Long> alias : written) {
        if (!alias.getKey().equals(canonical)) {
          names.add(alias.getKey());
        }
      }
      String title = paperTitle == null ? "" : paperTitle;
      String digest =
          String.join("\u0001", names)
              + "\u0002"
              + key
              + "\u0002"
              + title
              + "\u0002"
              + reviews
              + "\u0002"
              + recency;
      return new IndexEntry(
          "m:" + id,
          SearchHit.Kind.METHOD,
          key,
          title,
          canonical,
          names,
          "",
          List.of(),
          List.of(),
          List.of(canonical.toLowerCase(Locale.ROOT)),
          List.of(),
          reviews,
          recency,
          null,
          null,
          hash(digest.getBytes(StandardCharsets.UTF_8)));
    }
  }
}
