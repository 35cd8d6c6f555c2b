package dev.paperlens.cli;

import dev.paperlens.corpus.ChannelSync;
import dev.paperlens.corpus.Corpus;
import dev.paperlens.corpus.CorpusLoader;
import dev.paperlens.corpus.Paper;
import dev.paperlens.corpus.ZoteroPull;
import dev.paperlens.index.IndexLocation;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads review sources into papers, telling {@code err} about files it had to skip. */
@FunctionalInterface
public interface CorpusSource {
  List<Paper> load(List<Path> sources, PrintStream err) throws IOException;

  /**
   * The corpus loader over files and folders; one line on {@code err} per skipped source, and one
   * when nothing was found. A source that does not exist is an error unless another one was read.
   */
  CorpusSource FILES =
      (given, err) -> {
        List<Path> sources = given.stream().map(CorpusSource::channelCache).toList();
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
          if (!Files.exists(sources.get(i))) {
            String named = shown(given.get(i));
            missing.add(
                sources.get(i).equals(given.get(i))
                    ? named
                    : zoteroUrl(given.get(i)).isPresent()
                        ? zoteroUrl(given.get(i)).get()
                            + " (no copy yet: the editor keeps one while this URL is among its"
                            + " paperlens.sources and Zotero runs)"
                        : named + " (not synced yet: run 'sync " + named + "')");
          }
        }
        if (!sources.isEmpty() && missing.size() == sources.size()) {
          throw new NoSuchFileException(String.join(", ", missing), null, "no such file or folder");
        }
        Corpus corpus = CorpusLoader.load(sources);
        corpus.problems().forEach(err::println);
        if (corpus.papers().isEmpty()) {
          err.println(
              "paperlens: no review or BibTeX entry found in "
                  + String.join(", ", sources.stream().map(Path::toString).toList()));
        }
        return corpus.papers();
      };

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
