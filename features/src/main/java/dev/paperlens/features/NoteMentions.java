package dev.paperlens.features;

import dev.paperlens.corpus.Paper;
import dev.paperlens.index.SearchBackend;
import dev.paperlens.index.SearchHit;
import dev.paperlens.notes.Phrase;
import dev.paperlens.text.LatinNames;
import dev.paperlens.text.NameMatcher;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Everything a note says about papers, in order: its citations, and the names in its prose that the
 * index knows (a paper's title or method, in Latin or in Cyrillic as Russian declines it, and names
 * reviews only mention). Candidates are the Latin names in the prose ({@link LatinNames}) and the
 * cited papers' names; each distinct one is resolved once, then found everywhere with {@link
 * NameMatcher}.
 */
final class NoteMentions {

  /**
   * One place: {@code paper} is null for a name reviews mention that no paper introduces, and for a
   * cited key the index does not know; {@code name} is the key of a citation or the canonical name.
   */
  record Occurrence(int start, int end, String name, Paper paper, boolean citation) {
    /** What groups occurrences: the paper's key, else the name (keys and names kept apart). */
    String subject() {
      return paper != null ? "paper:" + paper.key() : (citation ? "key:" : "name:") + name;
    }
  }

  private NoteMentions() {}

  static List<Occurrence> in(NoteView view, SearchBackend backend, Cancellation cancel) {
    List<Occurrence> out = new ArrayList<>();
    Map<String, Optional<Paper>> papers = new LinkedHashMap<>();
    Set<String> names = new LinkedHashSet<>();
    for (NoteView.Citation c : view.citations()) {
      Optional<Paper> paper = papers.computeIfAbsent(c.key(), backend::paper);
      out.add(new Occurrence(c.start(), c.end(), c.key(), paper.orElse(null), true));
      paper.ifPresent(
          p -> {
            names.addAll(p.methods());
            names.add(p.title());
          });
    }
    cancel.check();
    Map<String, SearchHit> resolved = new LinkedHashMap<>();
    for (String name : LatinNames.find(view.text())) {
      if (resolved.containsKey(name) || LatinNames.isGeneric(name)) {
        continue;
      }
      cancel.check();
      int words = name.split("\\s+").length;
      backend
          .resolve(name)
          .filter(h -> NameAtCursor.plausible(new Phrase(name, 0, name.length(), words), h))
          .filter(h -> h.name().equalsIgnoreCase(name) || h.title().equalsIgnoreCase(name))
          .ifPresent(h -> resolved.put(name, h));
    }
    resolved.values().forEach(h -> names.add(h.name()));
    cancel.check();
    Map<String, Optional<SearchHit>> bySurface = new LinkedHashMap<>();
    for (NameMatcher.Match match : NameMatcher.of(names).find(view.text())) {
      if (!view.isProse(match.start(), match.end())) {
        continue;
      }
      Optional<SearchHit> hit = bySurface.computeIfAbsent(match.surface(), backend::resolve);
      if (hit.isEmpty()) {
        continue;
      }
      Optional<Paper> paper = papers.computeIfAbsent(hit.get().key(), backend::paper);
      boolean naming =
          paper.isPresent()
              && (hit.get().kind() == SearchHit.Kind.PAPER
                  || HoverFeature.introduces(paper.get(), hit.get().name()));
      out.add(
          new Occurrence(
              match.start(),
              match.end(),
              naming ? hit.get().name() : match.name(),
              naming ? paper.get() : null,
              false));
    }
    out.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return out;
  }
}
