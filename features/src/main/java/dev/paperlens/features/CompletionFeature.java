package dev.paperlens.features;

import dev.paperlens.index.CompletionContext;
import dev.paperlens.index.NameQueries;
import dev.paperlens.index.PaperLabel;
import dev.paperlens.index.SearchBackend;
import dev.paperlens.index.SearchHit;
import dev.paperlens.text.CrossScript;
import dev.paperlens.text.Span;
import dev.paperlens.text.TextDocument;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionItemKind;
import org.eclipse.lsp4j.CompletionItemLabelDetails;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

/**
 * Citation keys inside cite commands and pandoc citations; titles and method names in prose after a
 * few typed characters. Ranking is the index's: every item carries the typed text as its filterText
 * and the list is marked incomplete, so editors ask again instead of re-filtering with their own
 * (Latin-only, prefix-only) matcher.
 */
public final class CompletionFeature {
  /** Typed characters needed before prose completion starts. */
  public static final int PROSE_MIN_CHARS = 3;

  /**
   * What to offer and which text each item replaces.
   *
   * @param incomplete whether typing more may change the list
   * @param replace the range every item's text replaces
   */
  public record Completions(boolean incomplete, Range replace, List<CompletionItem> items) {
    public static final Completions NONE = new Completions(false, null, List.of());
  }

  private final SearchBackend backend;
  private final HoverCard card;
  private final int maxItems;

  public CompletionFeature(SearchBackend backend, Workspace workspace, int maxItems) {
    this.backend = backend;
    this.card = new HoverCard(workspace);
    this.maxItems = Math.max(1, maxItems);
  }

  public Completions complete(TextDocument document, Position position, Cancellation cancel) {
    if (!DocumentRanges.inside(document, position)) {
      return Completions.NONE;
    }
    NoteView view = NoteView.of(document);
    int offset = DocumentRanges.offset(document, position);
    Optional<NoteView.CitationPrefix> cite = view.citationPrefixAt(offset);
    if (cite.isPresent()) {
      return citationKeys(document, cite.get(), cancel);
    }
    return proseNames(document, view, offset, cancel);
  }

  private Completions citationKeys(
      TextDocument document, NoteView.CitationPrefix cite, Cancellation cancel) {
    // Keys and names first, then what else a person remembers of a paper (the backend adds it).
    List<SearchHit> hits = backend.complete(cite.prefix(), CompletionContext.CITATION, maxItems);
    cancel.check();
    Range replace = DocumentRanges.range(document, cite.start(), cite.end());
    // One look-up for every item's label: loading each listed paper whole was most of the request.
    Map<String, PaperLabel> labels = backend.labels(hits.stream().map(SearchHit::key).toList());
    cancel.check();
    List<CompletionItem> items = new ArrayList<>();
    Set<String> keys = new HashSet<>();
    for (SearchHit hit : hits) {
      if (!keys.add(hit.key())) {
        continue;
      }
      CompletionItem item = new CompletionItem(hit.key());
      Optional<PaperLabel> label = Optional.ofNullable(labels.get(hit.key()));
      // A reviewed paper and one the user's BibTeX alone knows look different in the list.
      boolean reviewed = label.map(PaperLabel::reviewed).orElse(true);
      item.setKind(reviewed ? CompletionItemKind.Reference : CompletionItemKind.File);
      item.setDetail(hit.title());
      label.ifPresent(p -> item.setLabelDetails(labelDetails(p)));
      item.setInsertText(hit.key());
      item.setFilterText(cite.prefix());
      item.setSortText(String.format("%04d", items.size()));
      item.setCommitCharacters(List.of(",", String.valueOf(cite.closing())));
      // The paper's card is built on completionItem/resolve, for the one item the editor shows:
      // building it here for every item (a stored paper and a mentions query each) cost several
      // times the completion itself.
      item.setData(hit.key());
      items.add(item);
      cancel.check();
    }
    return new Completions(true, replace, items);
  }

  /**
   * What tells papers apart at a glance, beside the key: " 2023" after it, and "Gu et al. · ICLR"
   * further right (first author's family name, the venue when the BibTeX names one).
   */
  static CompletionItemLabelDetails labelDetails(PaperLabel paper) {
    CompletionItemLabelDetails details = new CompletionItemLabelDetails();
    if (paper.year() != null) {
      details.setDetail(" " + paper.year());
    }
    List<String> parts = new ArrayList<>();
    if (paper.firstAuthor() != null) {
      String first = paper.firstAuthor().strip();
      String family =
          first.contains(",") ? first.substring(0, first.indexOf(',')) : lastWord(first);
      parts.add(family + (paper.authors() > 1 ? " et al." : ""));
    }
    if (paper.venue() != null) {
      parts.add(paper.venue());
    }
    if (!paper.reviewed()) {
      parts.add("BibTeX only");
    }
    if (!parts.isEmpty()) {
      details.setDescription(String.join(" · ", parts));
    }
    return details;
  }

  private static String lastWord(String name) {
    String[] words = name.split("\\s+");
    return words[words.length - 1];
  }

  /**
   * The item with its paper's hover card as documentation, for {@code completionItem/resolve}.
   *
   * @param key the citation key the item was made for (its data); null or unknown leaves it as it
   *     is
   */
  public CompletionItem resolve(CompletionItem item, String key) {
    if (key == null || item.getDocumentation() != null) {
      return item;
    }
    backend
        .paper(key)
        .ifPresent(
            p ->
                item.setDocumentation(
                    new MarkupContent(
                        MarkupKind.MARKDOWN, card.paper(p, HoverFeature.mentionedBy(backend, p)))));
    return item;
  }

  private Completions proseNames(
      TextDocument document, NoteView view, int offset, Cancellation cancel) {
    Optional<Span> word = NameAtCursor.wordAt(view.text(), offset);
    if (word.isEmpty()
        || word.get().start() >= offset
        || !view.isProse(word.get().start(), offset)) {
      return Completions.NONE;
    }
    int start = word.get().start();
    String prefix = view.text().substring(start, offset);
    List<SearchHit> hits =
        prefix.codePointCount(0, prefix.length()) < PROSE_MIN_CHARS
            ? List.of()
            : backend.complete(prefix, CompletionContext.PROSE, maxItems);
    cancel.check();
    if (hits.isEmpty()) {
      // The last word of a name of several words ("коммон к", "Common C"): the words before it
      // are typed whole, so the name is completed from them and what there is of the last.
      Optional<Span> phrase = PhraseBefore.of(view, start, offset);
      if (phrase.isPresent()) {
        start = phrase.get().start();
        String typed = view.text().substring(start, offset).replaceAll("\\s+", " ");
        prefix = typed;
        hits =
            backend.complete(typed, CompletionContext.PROSE, maxItems).stream()
                .filter(h -> h.score() >= NameQueries.PHONETIC_PREFIX && leads(typed, h))
                .toList();
        cancel.check();
      }
    }
    if (hits.isEmpty()) {
      return Completions.NONE;
    }
    Map<String, PaperLabel> labels =
        backend.labels(
            hits.stream()
                .filter(h -> h.kind() == SearchHit.Kind.PAPER)
                .map(SearchHit::key)
                .toList());
    cancel.check();
    Range replace = DocumentRanges.range(document, start, word.get().end());
    List<CompletionItem> items = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (SearchHit hit : hits) {
      for (String name : namesOf(hit, labels)) {
        if (!names.add(name)) {
          continue;
        }
        CompletionItem item = new CompletionItem(name);
        item.setKind(
            hit.kind() == SearchHit.Kind.METHOD || !name.equals(hit.title())
                ? CompletionItemKind.Class
                : CompletionItemKind.Text);
        item.setDetail(name.equals(hit.title()) ? hit.key() : hit.title());
        item.setInsertText(name);
        item.setFilterText(prefix);
        item.setSortText(String.format("%04d", items.size()));
        items.add(item);
      }
    }
    return new Completions(
        true, replace, items.size() > maxItems ? items.subList(0, maxItems) : items);
  }

  /**
   * Whether typed words lead the hit's name as its first words: a name of as many words at least,
   * which in Latin starts with them ("Common C" leads Common Crawl; "in C" does not lead
   * Inception). A Cyrillic phrase was matched word by word by the index.
   */
  private static boolean leads(String typed, SearchHit hit) {
    String name = hit.kind() == SearchHit.Kind.METHOD ? hit.name() : hit.title();
    if (name == null) {
      return false;
    }
    String[] typedWords = typed.strip().split("\\s+");
    if (name.strip().split("\\s+").length < typedWords.length) {
      return false;
    }
    return CrossScript.hasCyrillic(typed) || spaced(name).startsWith(spaced(typed.strip()));
  }

  private static String spaced(String s) {
    return s.toLowerCase(java.util.Locale.ROOT).replaceAll("[\\s\\-\u2010\u2011]+", " ");
  }

  /** A method hit offers its name; a paper hit offers what it introduces, then its title. */
  private static List<String> namesOf(SearchHit hit, Map<String, PaperLabel> labels) {
    if (hit.kind() == SearchHit.Kind.METHOD) {
      return List.of(hit.name());
    }
    List<String> out = new ArrayList<>();
    PaperLabel label = labels.get(hit.key());
    if (label != null) {
      out.addAll(label.methods());
    }
    out.add(hit.title());
    return out;
  }
}
