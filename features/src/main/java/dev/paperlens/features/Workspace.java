package dev.paperlens.features;

import dev.paperlens.text.TextDocument;
import java.util.List;

/** The files around the note being edited that features read; the protocol layer provides it. */
public interface Workspace {

  /** The URI of a review source path; relative paths resolve against the first workspace folder. */
  String uriOf(String path);

  /** Every note in the workspace: open documents as edited, the others as saved on disk. */
  List<TextDocument> notes();

  /** The workspace's .bib files (open or on disk), the preferred one first. */
  List<TextDocument> bibFiles();

  /** Where a new bibliography goes when there is none ("references.bib" in the first folder). */
  String newBibUri();

  /** A workspace with nothing around the note, for tests and single-file use. */
  Workspace NONE =
      new Workspace() {
        @Override
        public String uriOf(String path) {
          return java.nio.file.Path.of(path).toAbsolutePath().toUri().toString();
        }

        @Override
        public List<TextDocument> notes() {
          return List.of();
        }

        @Override
        public List<TextDocument> bibFiles() {
          return List.of();
        }

        @Override
        public String newBibUri() {
          return null;
        }
      };
}
