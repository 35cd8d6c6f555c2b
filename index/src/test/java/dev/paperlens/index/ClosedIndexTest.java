package dev.paperlens.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/** A request that meets an index closed under it gets an empty answer and no warning. */
class ClosedIndexTest {
  @Test
  void aClosedIndexAnswersEmptyWithoutAWarning() throws Exception {
    LuceneIndex index = LuceneIndex.of(IndexStorageTest.corpus());
    assertTrue(index.resolve("AlphaNet").isPresent(), "the open index knows AlphaNet");
    index.close();
    List<String> warnings = new CopyOnWriteArrayList<>();
    Logger log = Logger.getLogger(LuceneIndex.class.getName());
    Handler capture =
        new Handler() {
          @Override
          public void publish(LogRecord record) {
            if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
              warnings.add(record.getMessage());
            }
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    log.addHandler(capture);
    try {
      assertEquals(Optional.empty(), index.resolve("AlphaNet"));
      assertEquals(List.of(), index.search("Alpha Networks", 5));
      assertEquals(List.of(), warnings, "warnings logged for a closed index");
    } finally {
      log.removeHandler(capture);
    }
  }
}
