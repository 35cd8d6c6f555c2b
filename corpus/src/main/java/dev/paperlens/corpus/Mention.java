package dev.paperlens.corpus;

import java.util.List;

/**
 * A named method, model or dataset as a review mentions it.
 *
 * @param name the canonical (Latin-script) name, e.g. "LoRA"
 * @param surfaces the exact forms as written, distinct, in first-seen order ("лора", "ЛоРЫ")
 * @param lines 1-based source lines where a surface occurs, ascending, distinct
 */
public record Mention(String name, List<String> surfaces, List<Integer> lines) {
  public Mention {
    surfaces = List.copyOf(surfaces);
    lines = List.copyOf(lines);
  }
}
