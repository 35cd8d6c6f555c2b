package dev.paperlens.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The sample corpus in examples/ stays readable and coherent: every cited key is in the .bib. */
class ExamplesTest {
  private static final Pattern PANDOC_CITE = Pattern.compile("\\[[^\\]]*?-?@[^\\]]*\\]");
  private static final Pattern PANDOC_KEY = Pattern.compile("-?@([\\w:.#$%&+?<>~/-]+)");
  private static final Pattern LATEX_CITE =
      Pattern.compile(
          "\\\\(?:cite|citep|citet|textcite|parencite)\\*?(?:\\[[^\\]]*\\]){0,2}\\{([^}]*)\\}");

  private static Path examples() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.isRegularFile(dir.resolve("examples/references.bib"))) {
      dir = dir.getParent();
    }
    assertTrue(dir != null, "examples/ not found above the working directory");
    return dir.resolve("examples");
  }

  private static String read(String relative) throws IOException {
    return Files.readString(examples().resolve(relative));
  }

  @Test
  void bibliographyReadsCleanly() throws IOException {
    List<String> problems = new ArrayList<>();
    List<BibEntry> entries =
        BibTexParser.parse("references.bib", read("references.bib"), problems::add);
    assertEquals(List.of(), problems);
    assertEquals(
        List.of(
            "gu2023mamba",
            "dao2022flashattention",
            "hu2021lora",
            "dettmers2023qlora",
            "poli2023hyena",
            "vaswani2017attention"),
        entries.stream().map(BibEntry::key).toList());
    assertEquals(
        Arrays.asList("2312.00752", "2205.14135", "2106.09685", null, "2302.10866", null),
        entries.stream().map(BibTexParser::arxivId).toList());
    assertEquals("Łukasz Kaiser", BibTexParser.authors(entries.get(5)).get(6));
  }

  @Test
  void telegramExportHasFourReviews() throws IOException {
    TelegramJsonParser parser = new TelegramJsonParser();
    String content = read("reviews/result.json");
    assertTrue(parser.accepts(content));
    List<ReviewDraft> drafts = parser.parse("result.json", content);
    assertEquals(
        List.of("2302.10866", "2312.00752", "2305.18290", "2403.19887"),
        drafts.stream().map(ReviewDraft::arxiv).toList());
    assertTrue(drafts.stream().allMatch(d -> d.postUrl().startsWith("https://t.me/setochki_fri/")));
    assertEquals(
        List.of(
            List.of("Hyena"),
            List.of("Mamba"),
            List.of("DPO", "Direct Preference Optimization"),
            List.of("Jamba")),
        drafts.stream().map(ReviewDraft::methods).toList());
  }

  @Test
  void notesCiteOnlyKeysOfTheBibliography() throws IOException {
    Set<String> keys =
        BibTexParser.parse("references.bib", read("references.bib"), p -> {}).stream()
            .map(BibEntry::key)
            .collect(Collectors.toSet());
    Set<String> cited = new TreeSet<>();
    Matcher brackets = PANDOC_CITE.matcher(read("notes/notes.md"));
    while (brackets.find()) {
      Matcher key = PANDOC_KEY.matcher(brackets.group());
      while (key.find()) {
        cited.add(key.group(1));
      }
    }
    Matcher tex = LATEX_CITE.matcher(read("notes/paper.tex"));
    while (tex.find()) {
      for (String key : tex.group(1).split(",")) {
        cited.add(key.strip());
      }
    }
    assertEquals(6, cited.size(), cited.toString());
    assertTrue(keys.containsAll(cited), cited + " vs " + keys);
  }

  @Test
  void detectorsClaimOnlyTheirOwnFormat() throws IOException {
    TelegramJsonParser json = new TelegramJsonParser();
    for (String file :
        List.of(
            "references.bib",
            "reviews/result.json",
            "reviews/channel-page.txt",
            "reviews/digest.txt",
            "notes/notes.md",
            "notes/paper.tex")) {
      String content = read(file);
      assertEquals(file.endsWith(".json"), json.accepts(content), file);
      assertEquals(file.endsWith(".bib"), BibTexParser.looksLikeBibTex(content), file);
    }
  }
}
