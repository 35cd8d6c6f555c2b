package dev.paperlens.notes;

import java.util.List;
import java.util.Optional;

/**
 * What a scan of one note found: the cited keys and the prose where names may be mentioned, both in
 * document order and not overlapping.
 */
public record NoteScan(List<Citation> citations, List<ProseRange> prose) {
  public static final NoteScan EMPTY = new NoteScan(List.of(), List.of());

  public NoteScan {
    citations = List.copyOf(citations);
    prose = List.copyOf(prose);
  }

  /** The prose range holding the character at this offset, if any. */
  public Optional<ProseRange> proseAt(int offset) {
    int low = 0;
    int high = prose.size() - 1;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      ProseRange range = prose.get(mid);
      if (range.end() <= offset) {
        low = mid + 1;
      } else if (range.start() > offset) {
        high = mid - 1;
      } else {
        return Optional.of(range);
      }
    }
    return Optional.empty();
  }

  /** The citation whose key spans this offset; the offset just after a key counts as on it. */
  public Optional<Citation> citationAt(int offset) {
    int low = 0;
    int high = citations.size() - 1;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      Citation citation = citations.get(mid);
      if (citation.end() < offset) {
        low = mid + 1;
      } else if (citation.start() > offset) {
        high = mid - 1;
      } else {
        return Optional.of(citation);
      }
    }
    return Optional.empty();
  }
}
