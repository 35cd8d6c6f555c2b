package dev.paperlens.cli;

import dev.paperlens.corpus.Paper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/** Reads review sources into papers, telling {@code err} about files it had to skip. */
@FunctionalInterface
public interface CorpusSource {
  List<Paper> load(List<Path> sources, PrintStream err) throws IOException;
}
