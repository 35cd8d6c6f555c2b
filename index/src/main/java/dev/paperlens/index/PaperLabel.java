package dev.paperlens.index;

import dev.paperlens.corpus.BibTexParser;
import dev.paperlens.corpus.Paper;
import java.util.List;
import java.util.Locale;

/**
 * What lists name a paper by: enough for a completion item's label and a card's "mentioned by"
 * line, without the reviews. Backends keep it apart from the whole paper, so a list of thirty
 * papers does not read (and decompress) thirty papers' review text.
 *
 * @param key the citation key
 * @param title the title, empty when the paper has none
 * @param year the year, or null
 * @param methods the names the paper introduces
 * @param firstAuthor the first author as written, or null
 * @param authors how many authors the paper has
 * @param venue the BibTeX venue, or null
 * @param reviewed whether any review backs the paper (else a library alone knows it)
 */
public record PaperLabel(
    String key,
    String title,
    Integer year,
    List<String> methods,
    String firstAuthor,
    int authors,
    String venue,
    boolean reviewed) {

  public PaperLabel {
    methods = List.copyOf(methods);
  }

  /** The label of a whole paper: the one place both backends derive it from. */
  public static PaperLabel of(Paper paper) {
    return new PaperLabel(
        paper.key(),
        paper.title() == null ? "" : paper.title(),
        paper.year(),
        paper.methods(),
        paper.authors().isEmpty() ? null : paper.authors().get(0),
        paper.authors().size(),
        paper.bibtex() == null ? null : BibTexParser.venue(paper.bibtex()),
        !paper.reviews().isEmpty());
  }

  /** Whether the paper introduces this name (one of its methods, or its title), case aside. */
  public boolean introduces(String name) {
    return introduces(methods, title, name);
  }

  /**
   * Whether a paper of these methods and title introduces the name: the rule lists and cards share.
   */
  public static boolean introduces(List<String> methods, String title, String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return methods.stream().anyMatch(m -> m.toLowerCase(Locale.ROOT).equals(lower))
        || (title != null && title.equalsIgnoreCase(name));
  }
}
