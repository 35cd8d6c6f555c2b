package dev.paperlens.cli;

import dev.paperlens.corpus.Corpus;
import dev.paperlens.corpus.CorpusLoader;
import dev.paperlens.corpus.Paper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/** Reads review sources into papers, telling {@code err} about files it had to skip. */
@FunctionalInterface
public interface CorpusSource {
  List<Paper> load(List<Path> sources, PrintStream err) throws IOException;

  /** The corpus loader over files and folders; one line on {@code err} per skipped source. */
  CorpusSource FILES =
      (sources, err) -> {
        Corpus corpus = CorpusLoader.load(sources);
        corpus.problems().forEach(err::println);
        return corpus.papers();
      };
}
