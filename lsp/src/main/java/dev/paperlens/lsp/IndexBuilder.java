package dev.paperlens.lsp;

import dev.paperlens.index.SearchBackend;
import dev.paperlens.index.SolrTarget;
import dev.paperlens.index.TeamAddon;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * Gives the server its index: builds one from the review sources, or connects to a team's shared
 * one. The server calls it on its indexing thread.
 */
@FunctionalInterface
public interface IndexBuilder {

  /**
   * Builds (or brings up to date) the index of the sources.
   *
   * @param sources files and folders to read
   * @param indexDir where to keep the index; null for a default location
   * @param previous the backend the last build returned (null the first time), reusable when it
   *     stands for the same directory; the lifecycle closes it when a different one is returned
   * @param progress takes short messages ("read 120 reviews") for the progress report
   * @param problems takes one message per source that could not be read
   */
  SearchBackend build(
      List<Path> sources,
      Path indexDir,
      SearchBackend previous,
      Consumer<String> progress,
      Consumer<String> problems)
      throws Exception;

  /**
   * Builds the index as {@link #build(List, Path, SearchBackend, Consumer, Consumer)} does, and may
   * hand {@code firstStage} an index to answer from before the build ends: one that answers
   * correctly but not everything (a library's citations before its reviews and names are analysed).
   * It must hold nothing but heap (an in-memory index: no files, threads or native memory): the
   * caller owns it, and once the build's index replaces it holds it only weakly, closing it after
   * the requests still reading it are done if it has not been collected by then. The default builds
   * without a first stage.
   */
  default SearchBackend build(
      List<Path> sources,
      Path indexDir,
      SearchBackend previous,
      Consumer<String> progress,
      Consumer<String> problems,
      Consumer<SearchBackend> firstStage)
      throws Exception {
    return build(sources, indexDir, previous, progress, problems);
  }

  /**
   * The index an earlier run left for these sources, opened without reading them, so that requests
   * are answered from it while {@link #build} reads the sources; null when there is none worth
   * answering from (missing, empty, or of another schema).
   */
  default SearchBackend existing(List<Path> sources, Path indexDir) throws Exception {
    return null;
  }

  /**
   * The team's shared index, read only, through the team add-on.
   *
   * @param target the shared collection
   * @param addon the add-on's jar when a setting names it, or null to look for it where it is
   *     installed
   * @param previous the backend the last call returned, kept when it is the same connection
   * @throws TeamAddon.MissingAddon when the add-on cannot be found
   */
  default SearchBackend shared(SolrTarget target, Path addon, SearchBackend previous) {
    var team = TeamAddon.load(addon);
    return previous != null && team.isConnectionTo(previous, target)
        ? previous
        : team.connect(target);
  }
}
