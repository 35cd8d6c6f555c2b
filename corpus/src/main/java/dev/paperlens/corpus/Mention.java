package dev.paperlens.corpus;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.paperlens.text.CrossScript;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * A named method, model or dataset as a review mentions it.
 *
 * @param name the canonical (Latin-script) name as the review spells it, e.g. "LoRA", "sklearn"
 * @param surfaces the exact forms as written, distinct, in first-seen order ("лора", "ЛоРЫ")
 * @param lines 1-based source lines where a surface occurs, ascending, distinct
 * @param entity the name of the thing this spelling is another name of ("scikit-learn" for
 *     "sklearn"), or null when the spelling is the thing's own name; spellings that differ only in
 *     case, spaces and hyphens ("MovieLens-1M", "MovieLens 1M") are one thing by their {@link
 *     #key}, and a spelling other than the one the user's reviews write most carries that one here
 *     ("CIFAR-10" for "CIFAR10"); one differing only in case never does
 */
public record Mention(
    String name,
    List<String> surfaces,
    List<Integer> lines,
    @JsonInclude(JsonInclude.Include.NON_NULL) String entity) {
  public Mention {
    surfaces = List.copyOf(surfaces);
    lines = List.copyOf(lines);
    if (entity != null && entity.equalsIgnoreCase(name)) {
      entity = null;
    }
  }

  /** A mention whose spelling is the thing's own name. */
  public Mention(String name, List<String> surfaces, List<Integer> lines) {
    this(name, surfaces, lines, null);
  }

  /** The thing's name: {@link #entity} when set, else the name as written. */
  public String thing() {
    return entity == null ? name : entity;
  }

  /**
   * Whether this mention is of the thing the given name names: the same letters and digits as its
   * spelling or its thing's name, ignoring case and everything else ("MovieLens 1M" of
   * "MovieLens-1M", "sklearn" of "scikit-learn" and of "sklearn").
   */
  public boolean isOf(String other) {
    return other != null && hasKey(key(other));
  }

  /**
   * {@link #isOf} for many mentions against one name, the name's {@link #key} worked out once
   * rather than for every mention a loop over reviews asks.
   */
  public static Predicate<Mention> ofName(String other) {
    if (other == null) {
      return m -> false;
    }
    String k = key(other);
    return m -> m.hasKey(k);
  }

  private boolean hasKey(String k) {
    return k.equals(key(name)) || (entity != null && k.equals(key(entity)));
  }

  /**
   * What tells one thing's name from another's: its letters and digits in lower case, "ё" as "е"
   * ("movielens1m" of "MovieLens-1M" and "MovieLens 1M"). The index keys names the same way.
   */
  public static String key(String name) {
    if (name == null) {
      return "";
    }
    String lower = name.toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(lower.length());
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      if (c == 'ё') {
        out.append('е');
      } else if (CrossScript.isLetterOrDigit(c)) {
        out.append(c);
      }
    }
    return out.toString();
  }
}
