package dev.paperlens.index;

/** Field names of the index, and the schema version that changes whenever they or their use do. */
public final class IndexFields {
  private IndexFields() {}

  /**
   * Bump when fields, analysis or entry building change: an index written by an older schema is
   * rebuilt from the sources on open.
   */
  public static final String SCHEMA_VERSION = "13";

  /** Commit user-data key holding {@link #SCHEMA_VERSION}. */
  public static final String SCHEMA_KEY = "paperlens.schema";

  /**
   * Commit user-data key holding what the sources were when the build that made the commit started
   * reading them (their files' sizes and modification times, as the caller states them), so that a
   * later start can tell they have not changed without reading them.
   */
  public static final String SOURCES_KEY = "paperlens.sources";

  /** Entry id, "p:" + key for papers and "m:" + normalized name for methods; also sorts ties. */
  public static final String ID = "id";

  /** "paper" or "method" as a term; 0 or 1 as a numeric doc value. */
  public static final String KIND = "kind";

  /** A stable hash of the id: orders entries of equal popularity the same way in every build. */
  public static final String ORDER = "order";

  /** The paper's citation key (for a method: the paper it points to). */
  public static final String KEY = "key";

  public static final String TITLE = "title";

  /** The display name: a method's canonical name, a paper's title. */
  public static final String NAME = "name";

  /** Content hash of the entry, for incremental updates. */
  public static final String HASH = "hash";

  /** Source files the entry was read from. */
  public static final String SOURCE = "source";

  /** Normalized whole names, aliases and keys: exact and prefix matches. */
  public static final String NAME_EXACT = "name_exact";

  /** Normalized words of names and titles: word prefix matches. */
  public static final String NAME_WORD = "name_word";

  /** Suffixes of normalized names and words: infix matches by prefix query. */
  public static final String NAME_INFIX = "name_infix";

  /** Leading slices of names and words: fuzzy prefix matches. */
  public static final String NAME_EDGE = "name_edge";

  /** Phonetic keys of whole names and of their words: cross-script prefix matches. */
  public static final String NAME_PHONETIC = "name_phonetic";

  /** Suffixes of those phonetic keys: cross-script infix matches. */
  public static final String NAME_PHONETIC_INFIX = "name_phonetic_infix";

  /** Phonetic key of each whole name and word: exact cross-script matches for resolve. */
  public static final String NAME_PHONETIC_EXACT = "name_phonetic_exact";

  /** Phonetic keys of Russian stems of names: inflected mentions for resolve. */
  public static final String NAME_STEM = "name_stem";

  /**
   * Normalized words of a paper's authors (accents dropped), year, venue and ids: what {@link
   * FieldTerms} gives.
   */
  public static final String FIELD_WORD = "field_word";

  /** Cross-script keys of the authors' words, for Russian spellings of their names. */
  public static final String FIELD_PHONETIC = "field_phonetic";

  /** Analyzed title (mixed script). */
  public static final String TITLE_TEXT = "title_text";

  /** Analyzed method and mention names. */
  public static final String NAMES_TEXT = "names_text";

  /** Analyzed review text and summaries. */
  public static final String BODY_TEXT = "body_text";

  /** Canonical names (lower case) a paper mentions or introduces. */
  public static final String MENTION = "mention";

  /** Ranking multiplier from review count and recency (float doc value). */
  public static final String POPULARITY = "popularity";

  /**
   * The paper's {@link PaperLabel} as JSON (binary doc value): lists of papers read it instead of
   * decompressing each paper's stored JSON.
   */
  public static final String LABEL = "label";

  /** The paper record as JSON, for {@code paper(key)}. */
  public static final String PAPER_JSON = "paper_json";

  public static final String KIND_PAPER = "paper";
  public static final String KIND_METHOD = "method";
}
