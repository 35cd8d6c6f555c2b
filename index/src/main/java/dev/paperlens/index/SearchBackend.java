package dev.paperlens.index;

import dev.paperlens.corpus.Paper;
import java.io.Closeable;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

  /**
   * The best completions for a typed prefix, best first, at most {@code limit}; the context says
   * which kind is likelier (papers in a citation, names in prose, or {@link
   * CompletionContext#ANY}).
   */
  List<SearchHit> complete(String prefix, CompletionContext context, int limit);

  /** Full-text search over titles, methods and review text, best first. */
  List<SearchHit> search(String text, int limit);

  /** Papers like the given one, best first. */
  List<SearchHit> related(String key, int limit);

  /** The paper with this citation key. */
  Optional<Paper> paper(String key);

  /** The most papers {@link #mentioning} returns: enough for every list an editor shows. */
  int MAX_MENTIONING = 1000;

  /**
   * The first {@code limit} papers whose reviews mention the canonical name, or that introduce it;
   * callers that show a few ask for a few, so a backend loads only those.
   */
  List<Paper> mentioning(String canonicalName, int limit);

  /**
   * The labels of the papers with these keys, by key; unknown keys are left out. A backend that
   * keeps labels apart from whole papers reads only those (lists of thirty items ask for thirty).
   */
  default Map<String, PaperLabel> labels(Collection<String> keys) {
    Map<String, PaperLabel> out = new LinkedHashMap<>();
    for (String key : keys) {
      paper(key).ifPresent(p -> out.put(key, PaperLabel.of(p)));
    }
    return out;
  }

  /** The labels of {@link #mentioning}'s papers, in its order: for lists that show a line each. */
  default List<PaperLabel> mentioningLabels(String canonicalName, int limit) {
    return mentioning(canonicalName, limit).stream().map(PaperLabel::of).toList();
  }

  /** How many papers the index holds. */
  int size();
}
