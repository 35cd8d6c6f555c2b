package dev.paperlens.lsp;

import java.io.InputStream;
import org.eclipse.lsp4j.jsonrpc.MessageIssueHandler;
import org.eclipse.lsp4j.jsonrpc.json.MessageJsonHandler;
import org.eclipse.lsp4j.jsonrpc.json.StreamMessageProducer;

/**
 * LSP4J's frame reader, made to find its feet again after a frame with a wrong Content-Length. Such
 * a frame leaves the reader inside a body, which it then reads as a header line glued to the next
 * real header ({@code ...}}Content-Length: 49}); LSP4J rejects that line and, since bodies hold no
 * newline, every later frame the same way. Taking the last {@code Content-Length:} on the line
 * loses one frame instead of the session. A length beyond {@link #MAX_FRAME_BYTES} is refused
 * rather than waited for.
 */
final class ResyncingMessageProducer extends StreamMessageProducer {
  /** Far above any note (requests refuse documents past 20 M chars), far below a broken length. */
  static final int MAX_FRAME_BYTES = 256 << 20;

  private static final String LENGTH = CONTENT_LENGTH_HEADER + ":";

  private final ServerLog log;

  ResyncingMessageProducer(
      InputStream input, MessageJsonHandler json, MessageIssueHandler issues, ServerLog log) {
    super(input, json, issues);
    this.log = log;
  }

  @Override
  protected void parseHeader(String line, Headers headers) {
    int at = line.lastIndexOf(LENGTH);
    if (at > 0) {
      log.warn("skipped " + at + " characters of a broken frame before a header");
      line = line.substring(at);
    }
    if (line.startsWith(LENGTH)) {
      long length = parseLength(line.substring(LENGTH.length()).trim());
      if (length < 0 || length > MAX_FRAME_BYTES) {
        log.warn("refused a frame header: " + line);
        return;
      }
    }
    super.parseHeader(line, headers);
  }

  private static long parseLength(String digits) {
    try {
      return Long.parseLong(digits);
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
