package dev.paperlens.corpus;

import java.util.List;

/** Reads one review source format into drafts. One implementation per {@link SourceFormat}. */
public interface SourceParser {
  SourceFormat format();

  /** Whether the content looks like this format; decided from the content, never the file name. */
  boolean accepts(String content);

  /**
   * Reads every review in the content. Never throws on malformed input: what cannot be read is left
   * out.
   *
   * @param path the source file's path as it should appear in reviews
   * @param content the whole file, decoded as UTF-8
   */
  List<ReviewDraft> parse(String path, String content);
}
