package dev.paperlens.features;

import dev.paperlens.corpus.Paper;
import dev.paperlens.text.TextDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Reading and writing BibTeX text just enough to find a key and to add an entry. */
final class BibFiles {
  private BibFiles() {}

  static boolean anyDefines(List<TextDocument> bibs, String key) {
    Pattern entry = Pattern.compile("@\\w+\\s*[{(]\\s*" + Pattern.quote(key) + "\\s*,");
    return bibs.stream().anyMatch(b -> entry.matcher(b.text()).find());
  }

  /**
   * The paper's entry: the user's own when the corpus read one, else one made from what is known.
   */
  static String entryOf(Paper paper) {
    if (paper.bibtex() != null
        && paper.bibtex().source() != null
        && !paper.bibtex().source().isBlank()) {
      return paper.bibtex().source().strip();
    }
    List<String> fields = new ArrayList<>();
    fields.add("  title = {" + braced(paper.title()) + "}");
    if (!paper.authors().isEmpty()) {
      fields.add("  author = {" + braced(String.join(" and ", paper.authors())) + "}");
    }
    if (paper.year() != null) {
      fields.add("  year = {" + paper.year() + "}");
    }
    if (paper.ids().arxiv() != null) {
      fields.add("  eprint = {" + paper.ids().arxiv() + "}");
      fields.add("  archivePrefix = {arXiv}");
      fields.add("  url = {https://arxiv.org/abs/" + paper.ids().arxiv() + "}");
    } else if (!paper.ids().urls().isEmpty()) {
      fields.add("  url = {" + braced(paper.ids().urls().get(0)) + "}");
    }
    if (paper.ids().doi() != null) {
      fields.add("  doi = {" + braced(paper.ids().doi()) + "}");
    }
    return "@misc{" + paper.key() + ",\n" + String.join(",\n", fields) + "\n}";
  }

  /** Text safe inside a braced BibTeX value: unbalanced braces dropped, specials escaped. */
  private static String braced(String value) {
    StringBuilder out = new StringBuilder();
    int depth = 0;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '{') {
        depth++;
      } else if (c == '}') {
        if (depth == 0) {
          continue;
        }
        depth--;
      } else if ((c == '&' || c == '%' || c == '#')
          && (out.length() == 0 || out.charAt(out.length() - 1) != '\\')) {
        out.append('\\');
      }
      out.append(c);
    }
    out.append("}".repeat(depth));
    return out.toString();
  }
}
