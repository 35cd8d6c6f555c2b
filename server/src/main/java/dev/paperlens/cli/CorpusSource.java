package dev.paperlens.cli;

import dev.paperlens.corpus.ChannelSync;
import dev.paperlens.corpus.Paper;
import dev.paperlens.corpus.ZoteroPull;
import dev.paperlens.index.IndexChanges;
import dev.paperlens.index.IndexLocation;
import dev.paperlens.index.LuceneIndex;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads review sources into papers, telling {@code err} about files it had to skip. */
@FunctionalInterface
public interface CorpusSource {
  List<Paper> load(List<Path> sources, PrintStream err) throws IOException;

  /** Fails, as {@link #load} would, when none of the sources can be read; before an index opens. */
  default void check(List<Path> sources) throws IOException {}

  /**
   * Brings the index in line with the sources. This reads them whole first; {@link
   * SourceFiles#FILES} streams them to the index batch by batch, as the server's build does.
   */
  default IndexChanges update(LuceneIndex index, List<Path> sources, PrintStream err)
      throws IOException {
    return index.update(load(sources, err));
  }

  /**
   * The Zotero export URL a source names, when it names one that the editor may pull (a path
   * collapses the URL's "//", which is put back); its copy is what the CLI reads, never fetching.
   */
  static Optional<String> zoteroUrl(Path source) {
    Matcher m = URL.matcher(source.toString());
    if (!m.matches()) {
      return Optional.empty();
    }
    String url = m.group(1).toLowerCase(java.util.Locale.ROOT) + "://" + m.group(2);
    return ZoteroPull.problem(url).isEmpty() ? Optional.of(url) : Optional.empty();
  }

  /** A source as the user wrote it: a web address gets back the "//" {@link Path} collapsed. */
  static String shown(Path source) {
    Matcher m = URL.matcher(source.toString());
    return m.matches() ? m.group(1) + "://" + m.group(2) : source.toString();
  }

  /** A web address, with its "//" possibly collapsed to "/" by {@link Path}. */
  Pattern URL = Pattern.compile("(?i)^(https?):/+(.+)$");

  /**
   * A channel named as a source ({@code t.me/NAME}, {@code @NAME}) stands for its cache file, which
   * {@code sync} writes; any other source is itself.
   */
  static Path channelCache(Path source) {
    if (Files.exists(source)) {
      return source;
    }
    Optional<String> zotero = zoteroUrl(source);
    if (zotero.isPresent()) {
      return ZoteroPull.copyFile(IndexLocation.cacheRoot(), zotero.get());
    }
    return ChannelSync.channelName(source.toString())
        .map(name -> ChannelSync.cacheFile(IndexLocation.cacheRoot(), name))
        .orElse(source);
  }
}
