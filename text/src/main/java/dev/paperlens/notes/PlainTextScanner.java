package dev.paperlens.notes;

/** Plain text notes: everything is prose except URLs; there is no citation syntax. */
public final class PlainTextScanner extends SinkScanner {
  @Override
  void scanInto(String text, ScanSink sink) {
    int n = text.length();
    int i = 0;
    while (i < n) {
      if (BareUrl.mayStartWith(text.charAt(i))) {
        int end = BareUrl.endAt(text, i, n);
        if (end > 0) {
          sink.exclude(i, end);
          i = end;
          continue;
        }
      }
      i++;
    }
  }
}
