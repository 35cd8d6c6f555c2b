package dev.paperlens.corpus;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the names a review gives to its own paper's method, model or dataset: the short name before
 * a title's colon, an abbreviation defined in the title, a title that is itself a name, and Russian
 * cue phrases in the body ("называется X", "под названием X", "мы представляем X").
 *
 * <p>Names are Latin-script: reviews write Russian prose around Latin names, so a cue followed by a
 * Russian word introduces nothing we could match in a note. Only a few cue words start a match and
 * every pattern after them is bounded, so huge bodies are read in linear time.
 *
 * <p>This class is the entry point; each kind of evidence is read by a class of its own, in the
 * order {@link #read} gives: the title ({@link TitleHeads}), the body's cues ({@link CuedNames}),
 * lists ({@link ListedNames}), acronyms of the title's phrases and other spellings ({@link
 * AcronymNames}), definitions and prior work ({@link SalientNames}, {@link NameDefinitions}),
 * aliases ({@link AliasedNames}), the name a body is about ({@link SalientNames}), variants and
 * members ({@link NameVariants}, {@link FamilyMembers}, {@link NameFamilies}, {@link
 * CountedParts}), and names in captions, labels, clauses and quotes ({@link NamePlaces}, {@link
 * AttributedNames}, {@link QuotedNames}). Each adds to the same ordered set, so the order of the
 * steps is part of the answer.
 */
public final class IntroducedNames {
  private IntroducedNames() {}

  /**
   * The names a post introduces for its own paper, distinct, in the order title then body.
   *
   * @param title the post's title as written, or null (digest abstracts have none)
   * @param body the post's body, or null
   * @return names as written; the first one is the display name; empty when none is found
   */
  public static List<String> introduced(String title, String body) {
    return read(title, body, List.of(), true);
  }

  /**
   * {@link #introduced(String, String)} with what the post writes outside its prose: the text of
   * its links to the paper ("👀 Gato: статья") and the captions of its photos. A name such a label
   * states is the paper's when the body writes it too ({@link NamePlaces#labels}).
   *
   * @param title the post's title as written, or null
   * @param body the post's body, or null
   * @param labels link texts and captions, none null
   * @return names as written; the first one is the display name; empty when none is found
   */
  public static List<String> introduced(String title, String body, List<String> labels) {
    return read(title, body, labels, true);
  }

  /**
   * The names a library entry (BibTeX or CSL-JSON) gives its paper: {@link #introduced} of its
   * title and abstract, except that an entry whose title already names the paper ("LoRA: Low-Rank
   * Adaptation of …") is not searched for the name its abstract keeps repeating. That search is for
   * posts nothing else names; in an abstract it finds the prior work the paper builds on ("RoBERTa:
   * A Robustly Optimized BERT Pretraining Approach" gave BERT), and it was the costliest part of
   * reading a library (docs/performance.md). Cues, definitions and aliases are still read: "We
   * propose Low-Rank Adaptation, or LoRA" spells out the title's name.
   *
   * @param title the entry's title, or null
   * @param abstractText the entry's abstract, or null
   * @return names as written; the first one is the display name; empty when none is found
   */
  public static List<String> ofLibraryEntry(String title, String abstractText) {
    return read(title, abstractText, List.of(), false);
  }

  /**
   * {@link #ofLibraryEntry(String, String)} of a BibTeX or CSL-JSON entry: its title as plain text
   * and its abstract, what the corpus adds to the names of the paper the entry is merged with.
   *
   * @param entry the user's entry
   * @return names as written; the first one is the display name; empty when none is found
   */
  public static List<String> ofLibraryEntry(BibEntry entry) {
    return ofLibraryEntry(BibTexParser.title(entry), entry.field("abstract"));
  }

  /**
   * Every rule in turn on one post or entry.
   *
   * @param salientWhenTitled whether the name the body keeps repeating is looked for when the title
   *     already names the paper ({@link #ofLibraryEntry} does not)
   */
  private static List<String> read(
      String title, String body, List<String> labels, boolean salientWhenTitled) {
    Set<String> names = new LinkedHashSet<>();
    String documentFamily = null;
    if (title != null) {
      TitleHeads.fromTitle(title.strip(), names);
      if (names.isEmpty() && body != null) {
        TitleHeads.coinedTitleWords(title.strip(), body, names);
      }
      if (body == null && !names.isEmpty()) {
        // an entry without an abstract: "Phi-3 Technical Report" names the report, Phi-3 the paper
        String head = names.iterator().next();
        String document = TitleHeads.documentOf(head);
        if (document != null) {
          Set<String> rest = new LinkedHashSet<>(names);
          rest.remove(head);
          names.clear();
          names.add(document);
          names.addAll(rest);
        }
      }
      if (body != null && !names.isEmpty()) {
        String head = names.iterator().next();
        String written = TitleHeads.asWrittenInBody(head, body, NameShapes::isNameLike);
        String document = TitleHeads.documentOf(head);
        if (written == null && document != null && !TitleHeads.writes(body, head)) {
          // "Phi-3 Technical Report" where the body writes only phi-3-mini and phi-3-small: the
          // head names the document, and its name the family of the models the body gives.
          names.remove(head);
          documentFamily = document;
        } else if (written != null) {
          // "Phi-3 Technical Report": the body names the model, the head the document.
          Set<String> rest = new LinkedHashSet<>(names);
          rest.remove(head);
          names.clear();
          names.add(written);
          names.addAll(rest);
        }
      }
    }
    boolean titled = !names.isEmpty();
    Set<String> titleNames = Set.copyOf(names);
    List<Integer> cues = List.of();
    if (body != null) {
      cues = CuedNames.fromBody(title, body, names);
      ListedNames.underHeadings(body, names);
    }
    if (title != null && body != null && title.length() <= 400) {
      AcronymNames.fromInitials(title.strip(), body, names);
    }
    if (body != null) {
      SalientNames.definedFirst(body, names);
      Set<String> prior = NameDefinitions.add(title, body, cues, names);
      if (title != null && salientWhenTitled) {
        // a channel post's opening; an abstract opens with the work it builds on
        OpeningNames.add(body, titleNames, prior, names);
      }
      AliasedNames.aliases(body, names);
      if (salientWhenTitled || !titled) {
        SalientNames.salient(title, body, prior, names);
      }
      AcronymNames.otherSpellings(body, names);
      InnerCapitals.add(body, names);
      NameVariants.variants(body, names);
      FamilyMembers.sizes(body, names);
      FamilyMembers.members(body, prior, names);
      NamePlaces.captions(body, prior, names);
      AttributedNames.add(body, prior, names);
      NamePlaces.labels(labels, body, prior, names);
      NamePlaces.packages(body, labels, names);
      NameFamilies.add(body, prior, names, documentFamily);
      CountedParts.add(body, prior, names);
      // the sizes of variants just found: "RT-2-PaLI-X-55B"
      FamilyMembers.members(body, prior, names);
      NameVariants.prefixed(body, prior, names);
      NameVariants.lettered(body, prior, names);
      QuotedNames.quotedAfterKind(body, prior, names);
    }
    return List.copyOf(names);
  }
}
