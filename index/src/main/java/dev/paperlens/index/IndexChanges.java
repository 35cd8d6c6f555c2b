package dev.paperlens.index;

import java.util.List;

/**
 * What one update of the index changed.
 *
 * @param papersAdded papers new to the index
 * @param papersChanged papers whose content changed and were re-indexed
 * @param papersRemoved papers no longer in the corpus
 * @param namesAdded method and mention names new to the index
 * @param namesChanged names re-indexed (new aliases, another target paper...)
 * @param namesRemoved names no longer in the corpus
 * @param unchanged entries left as they were
 * @param changedSources source files of the added, changed and removed papers, sorted
 * @param rebuildReason why the stored index was discarded and rebuilt, or null when it was reused
 */
public record IndexChanges(
    int papersAdded,
    int papersChanged,
    int papersRemoved,
    int namesAdded,
    int namesChanged,
    int namesRemoved,
    int unchanged,
    List<String> changedSources,
    String rebuildReason) {

  public IndexChanges {
    changedSources = List.copyOf(changedSources);
  }

  /** True when nothing had to be written. */
  public boolean isEmpty() {
    return papersAdded + papersChanged + papersRemoved + namesAdded + namesChanged + namesRemoved
        == 0;
  }

  /** One line for people: "papers +3 ~1 -0, names +12 ~2 -0, 480 unchanged". */
  public String summary() {
    return String.format(
        "papers +%d ~%d -%d, names +%d ~%d -%d, %d unchanged",
        papersAdded,
        papersChanged,
        papersRemoved,
        namesAdded,
        namesChanged,
        namesRemoved,
        unchanged);
  }
}
