package dev.paperlens.index;

import dev.paperlens.corpus.Paper;
import java.io.Closeable;
import java.util.List;
import java.util.Optional;

/**
 * What editor features ask of the paper index. The embedded Lucene index is the default
 * implementation; a shared server-side index can stand behind the same boundary.
 */
public interface SearchBackend extends Closeable {

  /**
   * The paper or method a surface form names exactly: a key, a title or a unique title prefix, a
   * method name, or a Cyrillic/inflected spelling of one ("гиена", "ЛоРЫ").
   */
  Optional<SearchHit> resolve(String surface);

  /** The best completions for a typed prefix, best first, at most {@code limit}. */
  List<SearchHit> complete(String prefix, int limit);

  /**
   * Completions where the context says which kind is likelier (papers in a citation, names in
   * prose). Backends without such a preference answer as {@link #complete(String, int)}.
   */
  default List<SearchHit> complete(String prefix, CompletionContext context, int limit) {
    return complete(prefix, limit);
  }

  /** Full-text search over titles, methods and review text, best first. */
  List<SearchHit> search(String text, int limit);

  /** Papers like the given one, best first. */
  List<SearchHit> related(String key, int limit);

  /** The paper with this citation key. */
  Optional<Paper> paper(String key);

  /** Papers whose reviews mention the canonical name, or that introduce it. */
  List<Paper> mentioning(String canonicalName);

  /**
   * The first {@code limit} papers of {@link #mentioning(String)}, for callers that show a few: a
   * backend can then load only those.
   */
  default List<Paper> mentioning(String canonicalName, int limit) {
    List<Paper> all = mentioning(canonicalName);
    return all.size() <= limit ? all : all.subList(0, limit);
  }

  /** How many papers the index holds. */
  int size();
}
