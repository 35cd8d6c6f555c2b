package dev.paperlens.index;

/**
 * One ranked answer from the index.
 *
 * @param kind a paper (matched by key or title) or a method name
 * @param key the paper's citation key (for a method: the key of the paper that introduces it, or of
 *     the first paper that mentions it when none does)
 * @param title the paper's title
 * @param name the matched name: the method's canonical name, or the title for papers
 * @param score the ranking score, higher is better
 */
public record SearchHit(Kind kind, String key, String title, String name, double score) {
  public enum Kind {
    PAPER,
    METHOD;

    public String jsonName() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }
}
