package dev.paperlens.notes;

/** The shared shape of the scanners: one left-to-right pass that reports to a {@link ScanSink}. */
abstract class SinkScanner implements NoteScanner {
  @Override
  public final NoteScan scan(String text) {
    if (text == null || text.isEmpty()) {
      return NoteScan.EMPTY;
    }
    ScanSink sink = new ScanSink(text);
    scanInto(text, sink);
    return sink.toNoteScan();
  }

  abstract void scanInto(String text, ScanSink sink);
}
