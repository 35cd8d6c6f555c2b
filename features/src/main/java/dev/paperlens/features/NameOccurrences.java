package dev.paperlens.features;

import dev.paperlens.text.NameMatcher;
import dev.paperlens.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Where a note writes one of a paper's names in prose: as written in Latin, or in Cyrillic as
 * Russian borrows and declines it ("гиены" for Hyena, "ЛоРЫ" for LoRA), through {@link
 * NameMatcher}.
 */
final class NameOccurrences {
  private final NameMatcher matcher;

  NameOccurrences(List<String> names) {
    this.matcher = NameMatcher.of(names);
  }

  /**
   * The [start, end) spans of every occurrence in the note's prose, in order.
   *
   * @param belongs whether a surface form found really names the subject; the matcher only knows
   *     the subject's names, so "гиены" looks like HyenaDNA to it even when the index knows a
   *     closer Hyena
   */
  List<Span> in(NoteView view, Predicate<String> belongs) {
    List<Span> out = new ArrayList<>();
    for (NameMatcher.Match match : matcher.find(view.text())) {
      if (view.isProse(match.start(), match.end()) && belongs.test(match.surface())) {
        out.add(new Span(match.start(), match.end()));
      }
    }
    return out;
  }
}
