package dev.paperlens.bench;

import dev.paperlens.corpus.Corpus;
import dev.paperlens.corpus.Paper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A digest of everything a corpus load gives (every paper with its reviews, their texts, gists and
 * mentions, and the problems), with the folder the sources were read from left out: two builds that
 * read the same sources the same way give the same digest wherever the sources lie, so a speed-up
 * can be checked for changing no result.
 */
final class ParsedDigest {
  private ParsedDigest() {}

  /** The SHA-256 of the corpus's records, in order, each with {@code folder}'s path taken out. */
  static String of(Corpus corpus, Path folder) {
    MessageDigest digest = sha256();
    String prefix = folder.toString();
    for (Paper paper : corpus.papers()) {
      update(digest, paper.toString().replace(prefix, ""));
    }
    for (String problem : corpus.problems()) {
      update(digest, problem.replace(prefix, ""));
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  private static void update(MessageDigest digest, String record) {
    digest.update(record.getBytes(StandardCharsets.UTF_8));
    // a separator, so that records cut at another place do not give the same bytes
    digest.update((byte) 0);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
