package dev.paperlens.features;

import dev.paperlens.corpus.Paper;
import dev.paperlens.index.SearchBackend;
import dev.paperlens.index.SearchHit;
import dev.paperlens.notes.Phrase;
import dev.paperlens.text.LatinNames;
import dev.paperlens.text.NameMatcher;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

  private static final Pattern CAPITALIZED =
      Pattern.compile("(?<![\\p{L}\\d\\\\@])\\p{Lu}[\\p{L}\\d]*(?:[-+.][\\p{L}\\d]+)*");

  private NoteMentions() {}

  /**
   * The whole note's occurrences, as found against one index. The index is held weakly: a note left
   * open and unedited keeps its version, and so this, for as long as the editor shows it, and must
   * not keep an index the server has replaced (a first stage of 70,000 entries is a quarter of a
   * GB) from being collected.
   */
  record Found(WeakReference<SearchBackend> backend, List<Occurrence> occurrences) {
    Found(SearchBackend backend, List<Occurrence> occurrences) {
      this(new WeakReference<>(backend), occurrences);
    }

    boolean foundIn(SearchBackend index) {
      return backend.get() == index;
    }
  }

  /**
   * The whole note's occurrences. Found once per version and index: highlights, symbols and full
   * semantic tokens ask again at every cursor move, and the search is the costly part.
   */
  static List<Occurrence> in(NoteView view, SearchBackend backend, Cancellation cancel) {
    Found found = view.mentions();
    if (found != null && found.foundIn(backend)) {
      return found.occurrences();
    }
    List<Occurrence> all = List.copyOf(search(view, 0, view.text().length(), backend, cancel));
    view.remember(new Found(backend, all));
    return all;
  }

  /**
   * Those that lie in [from, to): only that stretch is searched for names, so an editor asking for
   * its visible lines of a long note pays for those lines.
   */
  static List<Occurrence> in(
      NoteView view, int from, int to, SearchBackend backend, Cancellation cancel) {
    if (from <= 0 && to >= view.text().length()) {
      return in(view, backend, cancel);
    }
    return search(view, from, to, backend, cancel);
  }

  private static List<Occurrence> search(
      NoteView view, int from, int to, SearchBackend backend, Cancellation cancel) {
    int start = Math.max(0, Math.min(from, view.text().length()));
    int stop = Math.max(start, Math.min(to, view.text().length()));
    String stretch = view.text().substring(start, stop);
    List<Occurrence> out = new ArrayList<>();
    Map<String, Optional<Paper>> papers = new LinkedHashMap<>();
    Set<String> names = new LinkedHashSet<>();
    // Every cited paper's names are looked for, in range or not: a note names what it cites.
    for (NoteView.Citation c : view.citations()) {
      Optional<Paper> paper = papers.computeIfAbsent(c.key(), backend::paper);
      if (c.end() >= start && c.start() <= stop) {
        out.add(new Occurrence(c.start(), c.end(), c.key(), paper.orElse(null), true));
      }
      paper.ifPresent(
          p -> {
            names.addAll(p.methods());
            names.add(p.title());
          });
    }
    cancel.check();
    Map<String, SearchHit> resolved = new LinkedHashMap<>();
    List<String> candidates = new ArrayList<>(LatinNames.find(stretch));
    // Names that are also English words ("Hyena", "Mamba") are not Latin names by shape alone.
    Matcher capitalized = CAPITALIZED.matcher(stretch);
    while (capitalized.find()) {
      candidates.add(capitalized.group());
    }
    for (String name : candidates) {
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
    for (NameMatcher.Match found : NameMatcher.of(names).find(stretch)) {
      NameMatcher.Match match =
          new NameMatcher.Match(
              found.start() + start, found.end() + start, found.surface(), found.name());
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
