package dev.paperlens.index;

import dev.paperlens.corpus.Paper;
import java.util.List;

/** The backend contract on the embedded index. */
class LuceneIndexTest extends SearchBackendContract {
  @Override
  protected SearchBackend open(List<Paper> papers) {
    return LuceneIndex.of(papers);
  }

  @Override
  protected boolean isEmbedded() {
    return true;
  }
}
