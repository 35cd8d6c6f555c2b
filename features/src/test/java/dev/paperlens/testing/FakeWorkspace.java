package dev.paperlens.testing;

import dev.paperlens.features.Workspace;
import dev.paperlens.text.TextDocument;
import java.util.ArrayList;
import java.util.List;

/** A workspace rooted at file:///ws/ holding the notes and .bib files a test gives it. */
public final class FakeWorkspace implements Workspace {
  public static final String ROOT = "file:///ws/";
  private final List<TextDocument> notes = new ArrayList<>();
  private final List<TextDocument> bibs = new ArrayList<>();

  public FakeWorkspace note(String path, String languageId, String text) {
    notes.add(new TextDocument(ROOT + path, languageId, 0, text));
    return this;
  }

  public FakeWorkspace bib(String path, String text) {
    bibs.add(new TextDocument(ROOT + path, "bibtex", 0, text));
    return this;
  }

  @Override
  public String uriOf(String path) {
    return path.startsWith("/") ? "file://" + path : ROOT + path;
  }

  @Override
  public List<TextDocument> notes() {
    return notes;
  }

  @Override
  public List<TextDocument> bibFiles() {
    return bibs;
  }

  @Override
  public String newBibUri() {
    return ROOT + "references.bib";
  }
}
