package dev.paperlens.testing;

import dev.paperlens.corpus.Mention;
import dev.paperlens.corpus.Paper;
import dev.paperlens.corpus.Review;
import dev.paperlens.index.SearchBackend;
import dev.paperlens.index.SearchHit;
import dev.paperlens.text.CrossScript;
import dev.paperlens.text.RussianInflection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** An in-memory {@link SearchBackend} over a few papers: exact and prefix matching, no ranking. */
public final class FakeBackend implements SearchBackend {
  private final List<Paper> papers;
  public volatile boolean closed;

  public FakeBackend(List<Paper> papers) {
    this.papers = List.copyOf(papers);
  }

  @Override
  public Optional<SearchHit> resolve(String surface) {
    String s = lower(surface.strip());
    if (s.isEmpty()) {
      return Optional.empty();
    }
    for (Paper p : papers) {
      if (lower(p.key()).equals(s) || lower(p.title()).equals(s)) {
        return Optional.of(paperHit(p));
      }
    }
    for (Paper p : papers) {
      for (String m : p.methods()) {
        if (sameName(m, surface)) {
          return Optional.of(new SearchHit(SearchHit.Kind.METHOD, p.key(), p.title(), m, 1));
        }
      }
    }
    for (Paper p : papers) {
      for (Review r : p.reviews()) {
        for (Mention m : r.mentions()) {
          if (sameName(m.name(), surface)) {
            return Optional.of(
                new SearchHit(SearchHit.Kind.METHOD, p.key(), p.title(), m.name(), 1));
          }
        }
      }
    }
    if (s.length() >= 12) {
      List<Paper> prefixed = papers.stream().filter(p -> lower(p.title()).startsWith(s)).toList();
      if (prefixed.size() == 1) {
        return Optional.of(paperHit(prefixed.get(0)));
      }
    }
    return Optional.empty();
  }

  private static boolean sameName(String name, String surface) {
    if (lower(name).equals(lower(surface.strip()))) {
      return true;
    }
    if (!CrossScript.hasCyrillic(surface)) {
      return false;
    }
    String key = withoutFinalVowel(CrossScript.phoneticKey(name));
    return RussianInflection.stems(surface.strip(), 2).stream()
        .anyMatch(stem -> withoutFinalVowel(CrossScript.phoneticKey(stem)).equals(key));
  }

  private static String withoutFinalVowel(String key) {
    return key.length() > 2 && "aeious".indexOf(key.charAt(key.length() - 1)) >= 0
        ? key.substring(0, key.length() - 1)
        : key;
  }

  @Override
  public List<SearchHit> complete(String prefix, int limit) {
    String s = lower(prefix);
    String phonetic = CrossScript.phoneticKey(prefix);
    Map<String, SearchHit> hits = new LinkedHashMap<>();
    for (Paper p : papers) {
      boolean match =
          lower(p.key()).startsWith(s)
              || lower(p.title()).startsWith(s)
              || p.methods().stream()
                  .anyMatch(
                      m ->
                          lower(m).startsWith(s)
                              || (CrossScript.hasCyrillic(prefix)
                                  && !phonetic.isEmpty()
                                  && CrossScript.phoneticKey(m).startsWith(phonetic)));
      if (match) {
        hits.put(p.key(), paperHit(p));
      }
    }
    return new ArrayList<>(hits.values()).subList(0, Math.min(limit, hits.size()));
  }

  @Override
  public List<SearchHit> search(String text, int limit) {
    List<SearchHit> hits = new ArrayList<>();
    for (Paper p : papers) {
      String all =
          lower(
              p.key()
                  + " "
                  + p.title()
                  + " "
                  + String.join(" ", p.methods())
                  + " "
                  + String.join(" ", p.reviews().stream().map(Review::text).toList()));
      boolean match = false;
      for (String word : lower(text).split("\\W+")) {
        if (word.length() >= 3 && all.contains(word)) {
          match = true;
        }
      }
      if (match) {
        hits.add(paperHit(p));
      }
    }
    return hits.subList(0, Math.min(limit, hits.size()));
  }

  @Override
  public List<SearchHit> related(String key, int limit) {
    return List.of();
  }

  @Override
  public Optional<Paper> paper(String key) {
    return papers.stream().filter(p -> p.key().equals(key)).findFirst();
  }

  @Override
  public List<Paper> mentioning(String canonicalName) {
    return papers.stream()
        .filter(
            p ->
                p.methods().stream().anyMatch(m -> m.equalsIgnoreCase(canonicalName))
                    || p.reviews().stream()
                        .flatMap(r -> r.mentions().stream())
                        .anyMatch(m -> m.name().equalsIgnoreCase(canonicalName)))
        .toList();
  }

  @Override
  public int size() {
    return papers.size();
  }

  @Override
  public void close() {
    closed = true;
  }

  private static SearchHit paperHit(Paper p) {
    return new SearchHit(SearchHit.Kind.PAPER, p.key(), p.title(), p.title(), 1);
  }

  private static String lower(String s) {
    return s == null ? "" : s.toLowerCase(Locale.ROOT);
  }
}
