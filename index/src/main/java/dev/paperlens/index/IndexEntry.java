package dev.paperlens.index;

import java.util.List;

/**
 * One document to index: a paper, or a method name pointing to a paper.
 *
 * @param id "p:" + key for papers, "m:" + normalized name for methods
 * @param kind what the entry names
 * @param key the citation key of the paper (a method's introducing or most-mentioning paper)
 * @param title that paper's title
 * @param name the display name: the title for papers, the canonical name for methods
 * @param names names matched whole, by prefix and by infix: key and title, or canonical name and
 *     aliases
 * @param body review text and summaries (papers only)
 * @param authors the paper's authors as written (papers only)
 * @param facts the rest of what a person remembers of a paper besides its name: year, venue, arXiv
 *     id and DOI (papers only)
 * @param mentions canonical names the paper mentions or introduces, keyed as names are ({@link
 *     NameForms#normalize}: "movielens1m" of "MovieLens-1M" and "MovieLens 1M")
 * @param sources source files the entry came from
 * @param reviews how many reviews back the entry (papers: its reviews; methods: reviews naming it)
 * @param recency 0 for 2015 or earlier, 1 for 2030, linear between
 * @param paperJson the paper record as JSON (papers only), else null
 * @param labelJson the paper's {@link PaperLabel} as JSON (papers only), else null
 * @param hash content hash: equal hashes mean nothing to re-index
 */
// The JSON bytes are written once into a stored field; entries are compared by id and hash, never
// by their bytes.
@SuppressWarnings("ArrayRecordComponent")
public record IndexEntry(
    String id,
    SearchHit.Kind kind,
    String key,
    String title,
    String name,
    List<String> names,
    String body,
    List<String> authors,
    List<String> facts,
    List<String> mentions,
    List<String> sources,
    int reviews,
    double recency,
    byte[] paperJson,
    byte[] labelJson,
    String hash) {

  /**
   * The ranking multiplier: more reviews and newer papers come first among equal matches. Between
   * otherwise equal entries a name comes before a title and a shorter name before a longer one: it
   * is the closer completion of what was typed.
   */
  public float popularity() {
    return popularityOf(kind, name, reviews, recency);
  }

  /** The {@link #popularity()} of an entry of this kind, display name, reviews and recency. */
  static float popularityOf(SearchHit.Kind kind, String name, int reviews, double recency) {
    double closeness =
        (kind == SearchHit.Kind.METHOD ? 0.01 : 0) - 0.0001 * Math.min(100, name.length());
    return (float) (1.0 + 0.1 * Math.log1p(reviews) + 0.1 * recency + closeness);
  }
}
