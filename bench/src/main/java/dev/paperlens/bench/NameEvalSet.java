package dev.paperlens.bench;

import dev.paperlens.corpus.BibEntry;
import dev.paperlens.corpus.BibTexParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * One part of the annotated name evaluation set: review files ({@code NN.review}) and the part's
 * BibTeX ({@code refs.bib}). A review file has header lines ({@code # channel:}, {@code # date:},
 * {@code # title:}, {@code # introduces: A | B}) and a body where {@code [[surface]]} and {@code
 * [[surface|Canonical]]} mark gold mentions, {@code [[~word]]} a word that must not be linked and
 * {@code [[?text]]} a name that is neither (people, organisations, venues).
 *
 * @param name the part's folder name
 * @param reviews its reviews, in file order
 * @param bibtex its BibTeX entries
 */
record NameEvalSet(String name, List<NameEvalSet.Annotated> reviews, List<BibEntry> bibtex) {

  /** A gold mention: the text as written and the name it refers to. */
  record Gold(String surface, String canonical) {}

  /**
   * One annotated review, its body stripped of the markup.
   *
   * @param id the file name
   * @param channel the channel header
   * @param date the date header
   * @param title the title, or null when empty
   * @param introduces the names the reviewed paper introduces
   * @param lines the body as the sources would hold it
   * @param gold the gold mentions, distinct
   * @param negatives words that must not be linked
   * @param neutral names that count neither way
   */
  record Annotated(
      String id,
      String channel,
      String date,
      String title,
      List<String> introduces,
      List<String> lines,
      Set<Gold> gold,
      Set<String> negatives,
      Set<String> neutral) {}

  /** Reads the part in {@code dir}. */
  static NameEvalSet read(Path dir) throws IOException {
    List<Path> files;
    try (Stream<Path> listing = Files.list(dir)) {
      files = listing.filter(p -> p.toString().endsWith(".review")).sorted().toList();
    }
    List<Annotated> reviews = new ArrayList<>();
    for (Path file : files) {
      reviews.add(parse(file.getFileName().toString(), Files.readString(file)));
    }
    Path bib = dir.resolve("refs.bib");
    List<BibEntry> entries = List.of();
    if (Files.isRegularFile(bib)) {
      entries =
          BibTexParser.parse(
              dir.getFileName() + "/refs.bib",
              Files.readString(bib, StandardCharsets.UTF_8),
              problem -> System.err.println("refs.bib: " + problem));
    }
    return new NameEvalSet(dir.getFileName().toString(), reviews, entries);
  }

  /** Parses one annotated review file; throws on a header or bracket it cannot read. */
  static Annotated parse(String id, String content) {
    String channel = null;
    String date = null;
    String title = null;
    List<String> introduces = new ArrayList<>();
    List<String> lines = new ArrayList<>();
    Set<Gold> gold = new LinkedHashSet<>();
    Set<String> negatives = new LinkedHashSet<>();
    Set<String> neutral = new LinkedHashSet<>();
    boolean inHeader = true;
    for (String raw : content.split("\r?\n", -1)) {
      if (inHeader && raw.startsWith("# ")) {
        int colon = raw.indexOf(':');
        if (colon < 0) {
          throw new IllegalArgumentException(id + ": header without a colon: " + raw);
        }
        String key = raw.substring(2, colon).strip();
        String value = raw.substring(colon + 1).strip();
        switch (key) {
          case "channel" -> channel = value;
          case "date" -> date = value;
          case "title" -> title = value.isEmpty() ? null : value;
          case "introduces" -> {
            for (String name : value.split("\\|")) {
              if (!name.isBlank()) {
                introduces.add(name.strip());
              }
            }
          }
          default -> throw new IllegalArgumentException(id + ": unknown header " + key);
        }
        continue;
      }
      inHeader = false;
      lines.add(strip(id, raw, gold, negatives, neutral));
    }
    while (!lines.isEmpty() && lines.get(lines.size() - 1).isBlank()) {
      lines.remove(lines.size() - 1);
    }
    return new Annotated(
        id,
        channel,
        date,
        title,
        List.copyOf(introduces),
        List.copyOf(lines),
        gold,
        negatives,
        neutral);
  }

  private static String strip(
      String id, String line, Set<Gold> gold, Set<String> negatives, Set<String> neutral) {
    StringBuilder out = new StringBuilder(line.length());
    int i = 0;
    while (i < line.length()) {
      int open = line.indexOf("[[", i);
      if (open < 0) {
        out.append(line, i, line.length());
        break;
      }
      int close = line.indexOf("]]", open + 2);
      if (close < 0) {
        throw new IllegalArgumentException(id + ": unclosed [[ in: " + line);
      }
      out.append(line, i, open);
      String mark = line.substring(open + 2, close);
      if (mark.startsWith("~")) {
        negatives.add(mark.substring(1));
        out.append(mark.substring(1));
      } else if (mark.startsWith("?")) {
        // "[[?гитхабе|GitHub]]": a neutral surface may name what it spells, like a gold one
        int bar = mark.indexOf('|');
        String surface = bar < 0 ? mark.substring(1) : mark.substring(1, bar);
        neutral.add(surface);
        out.append(surface);
      } else {
        int bar = mark.indexOf('|');
        String surface = bar < 0 ? mark : mark.substring(0, bar);
        String canonical = bar < 0 ? mark : mark.substring(bar + 1);
        gold.add(new Gold(surface.strip(), canonical.strip()));
        out.append(surface);
      }
      i = close + 2;
    }
    return out.toString();
  }
}
