package dev.paperlens.cli;

import dev.paperlens.lsp.IndexBuilder;

/** The index the server and demo build from review sources. */
final class ReviewIndex {
  private ReviewIndex() {}

  /** Reads the sources with the corpus loader into the Lucene index. */
  static IndexBuilder builder() {
    return (sources, indexDir, previous, progress, problems) -> {
      throw new IllegalStateException("this build has no corpus loader yet");
    };
  }
}
