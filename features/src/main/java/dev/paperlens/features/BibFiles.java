package dev.paperlens.features;

import dev.paperlens.corpus.Paper;
import dev.paperlens.text.Span;
import dev.paperlens.text.TextDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reading and writing BibTeX text just enough to find a key and to add an entry. */
final class BibFiles {
  private BibFiles() {}

  /** An entry's head, "@article{key," or "@misc( key ,": group 1 is the type, group 2 the key. */
  private static final Pattern ENTRY_HEAD =
      Pattern.compile("@(\\w+)\\s*[{(]\\s*([^\\s,{}()\"#%'=\\\\]+)\\s*,");

  /** A field naming another entry by key: crossref (BibTeX) and xdata (biblatex). */
  private static final Pattern KEY_FIELD =
      Pattern.compile("(?i)\\b(?:crossref|xdata)\\s*=\\s*[{\"]\\s*([^\\s,{}\"]+)\\s*[}\"]");

  /** Where an entry's key is written in a .bib text: the key of each entry, in order. */
  static List<Entry> entries(String text) {
    List<Entry> out = new ArrayList<>();
    Matcher m = ENTRY_HEAD.matcher(text);
    while (m.find()) {
      String type = m.group(1).toLowerCase(Locale.ROOT);
      if (!type.equals("string") && !type.equals("comment") && !type.equals("preamble")) {
        out.add(new Entry(m.group(2), new Span(m.start(2), m.end(2))));
      }
    }
    return out;
  }

  /** A key written in a .bib text, as an entry's own key or in a field naming another entry. */
  record Entry(String key, Span span) {}

  /** The entry key at an offset of a .bib text, when the offset is on (or just after) one. */
  static Optional<Entry> entryAt(String text, int offset) {
    return entries(text).stream()
        .filter(e -> offset >= e.span().start() && offset <= e.span().end())
        .findFirst();
  }

  /** Every place a .bib text names the key: its entry's head and other entries' crossref fields. */
  static List<Span> keyPlaces(String text, String key) {
    List<Span> out = new ArrayList<>();
    for (Entry entry : entries(text)) {
      if (entry.key().equals(key)) {
        out.add(entry.span());
      }
    }
    Matcher m = KEY_FIELD.matcher(text);
    while (m.find()) {
      if (m.group(1).equals(key)) {
        out.add(new Span(m.start(1), m.end(1)));
      }
    }
    out.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return out;
  }

  /** Whether any entry's key equals this one ignoring case, as BibTeX compares keys. */
  static boolean anyDefinesIgnoringCase(List<TextDocument> bibs, String key) {
    return bibs.stream()
        .flatMap(b -> entries(b.text()).stream())
        .anyMatch(e -> e.key().equalsIgnoreCase(key));
  }

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
