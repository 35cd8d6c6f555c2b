package dev.paperlens.lsp;

import java.time.Duration;
import java.util.List;

/** An index listener that hears nothing; a test overrides what it records. */
class QuietListener implements IndexLifecycle.Listener {
  @Override
  public void started(String reason) {}

  @Override
  public void progress(String message) {}

  @Override
  public void finished(int papers, Duration took, List<String> problems) {}

  @Override
  public void failed(String message) {}
}
