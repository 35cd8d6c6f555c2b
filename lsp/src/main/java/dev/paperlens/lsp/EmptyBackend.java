package dev.paperlens.lsp;

import dev.paperlens.corpus.Paper;
import dev.paperlens.index.CompletionContext;
import dev.paperlens.index.SearchBackend;
import dev.paperlens.index.SearchHit;
import java.util.List;
import java.util.Optional;

/** The answers before the first index exists or after it failed: nothing is known. */
final class EmptyBackend implements SearchBackend {
  static final EmptyBackend INSTANCE = new EmptyBackend();

  private EmptyBackend() {}

  @Override
  public Optional<SearchHit> resolve(String surface) {
    return Optional.empty();
  }

  @Override
  public List<SearchHit> complete(String prefix, CompletionContext context, int limit) {
    return List.of();
  }

  @Override
  public List<SearchHit> search(String text, int limit) {
    return List.of();
  }

  @Override
  public List<SearchHit> related(String key, int limit) {
    return List.of();
  }

  @Override
  public Optional<Paper> paper(String key) {
    return Optional.empty();
  }

  @Override
  public List<Paper> mentioning(String canonicalName, int limit) {
    return List.of();
  }

  @Override
  public int size() {
    return 0;
  }

  @Override
  public void close() {}
}
