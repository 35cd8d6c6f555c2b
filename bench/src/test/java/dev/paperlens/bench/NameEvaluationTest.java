package dev.paperlens.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Floors under the name figures of the annotated set (see docs/names.md): a change that loses names
 * or links words fails here. The floors sit a little under the figures measured when they were set,
 * so that they catch a regression and not noise.
 */
class NameEvaluationTest {
  private static final Path SET = Path.of("..").resolve(NameEvaluation.DEFAULT_SET);

  private static NameEvaluation.Result part(String name) throws IOException {
    return NameEvaluation.evaluate(NameEvalSet.read(SET.resolve(name)));
  }

  private static void atLeast(String what, double figure, double floor) {
    assertTrue(figure >= floor, what + " " + figure + " fell under " + floor);
  }

  @Test
  void tunedPart() throws IOException {
    NameEvaluation.Result r = part("tune");
    // the tune part grew from 32 to 48 reviews, 33-40 rich in names written only in Cyrillic, then
    // to 60 with 49-60 written by someone who had not read the finders; the floors sit under the
    // figures measured on all 60 (P 0.934, R 0.856, Cyrillic 0.878/0.674, introduced R 0.766);
    // Russian common nouns that need a name's context ("лама", "клип") moved Cyrillic to
    // 0.893/0.670 (three false links gone, one "клипа" lost). Introduced names, with a family's
    // members, list items, "known as" and "дальше буду писать": P 0.956, R 0.879. Latin runs
    // (joined by "and", in a list of names, common words with a number): mentions P 0.944, R 0.861.
    // Tune reviews 61-72, written blind by another writer, moved the figures on all 72 with the
    // same code to mentions P 0.931, R 0.852, Cyrillic 0.869 / 0.658 and introduced names P 0.920,
    // R 0.712 (from 0.945 / 0.862, 0.898 / 0.670 and 0.956 / 0.879 on the 60 before them).
    // Acronyms used as common nouns and import names: mentions P 0.940, R 0.855. Cyrillic
    // spellings (a shared key by usage, letter names, glued versions, Cyrillic acronyms): mentions
    // 0.942 / 0.875, Cyrillic 0.885 / 0.737. Tune reviews 85-96, written blind and scored with the
    // same code (0.906 / 0.795 and 0.846 / 0.559 on the 12 alone), then became held-out reviews
    // 35-46 so that the held-out part stays over a third of the set. Compounds an English word
    // leads only where written, proper nouns, a list of library names and four readings: mentions
    // 0.952 / 0.887, Cyrillic 0.931 / 0.752 on the 84. Tune reviews 85-96, written blind by
    // another writer and scored with the same code (0.838 / 0.758, Cyrillic 0.935 / 0.500,
    // introduced 0.909 / 0.486 on the 12 alone), stay in the tune part so that the rules have more
    // writers to learn from: on all 96, mentions 0.935 / 0.875, Cyrillic 0.924 / 0.736. Tune
    // reviews 97-108, written blind by a further writer (0.850 / 0.759, Cyrillic 0.875 / 0.500,
    // introduced 0.875 / 0.500 on the 12 alone before this round's rules; 0.860 / 0.791, 0.892 /
    // 0.589, 0.882 / 0.528 after), stay in the tune part too: on all 108, with hyphenated endings,
    // silent e and new family versions, mentions 0.925 / 0.880, Cyrillic 0.909 / 0.770. Tune
    // reviews 109-120, written blind by a further writer (0.795 / 0.791, Cyrillic 0.872 / 0.654 on
    // the 12 within all 120 before that round's rules; 0.803 / 0.808, 0.881 / 0.712 after), stay in
    // the tune part too: on all 120, mentions 0.914 / 0.882, Cyrillic 0.907 / 0.788. Tune reviews
    // 121-132, written blind by a further writer (0.876 / 0.786, Cyrillic 0.769 / 0.508, introduced
    // 0.875 / 0.575 on the 12 alone), moved all 132 with the same code to mentions 0.906 / 0.875,
    // Cyrillic 0.883 / 0.773, introduced 0.953 / 0.832. Tune reviews 133-144, written blind by a
    // further writer (0.873 / 0.762, Cyrillic 0.821 / 0.571, introduced 0.722 / 0.447 on the 12
    // alone), moved all 144 with that round's code to mentions 0.915 / 0.885, Cyrillic 0.886 /
    // 0.790, introduced 0.939 / 0.823. Short spellings of one thing (an acronym of a name's
    // capitals, a release's code without its maker) and places (venues, sites written as places,
    // addresses, makers with "AI"): mentions 0.926 / 0.889, Cyrillic 0.901 / 0.795. Tune reviews
    // 145-156, written blind by a further writer (0.881 / 0.653, Cyrillic 0.914 / 0.444, introduced
    // 0.714 / 0.524 on the 12 alone), moved all 156 with the same code to mentions 0.924 / 0.877,
    // Cyrillic 0.903 / 0.776. Forms of common Russian words by their dictionary lemmas and names
    // of any shape used as common nouns: mentions 0.926 / 0.877, Cyrillic 0.907 / 0.776; an
    // ordinal counting a release, a diminutive in -ик and an acronym of consonants closing a name
    // said letter by letter: Cyrillic 0.903 / 0.782. Tune reviews 157-168, written blind by a
    // further writer (0.903 / 0.760, Cyrillic 0.941 / 0.478, introduced 0.857 / 0.519 on the 12
    // alone before that round's rules; 0.903 / 0.764, 0.943 / 0.493 after), moved all 168 to
    // mentions 0.922 / 0.878, Cyrillic 0.901 / 0.783. What code is written on and what a model
    // is compared with as signs of a name: mentions 0.922 / 0.879, Cyrillic 0.902 / 0.785. A
    // thing's usual spelling and words a figure measures: mentions 0.926 / 0.880, Cyrillic 0.907 /
    // 0.783. Tune reviews 169-180, written blind by a further writer (0.849 / 0.705, Cyrillic
    // 0.775 / 0.419, introduced 1.000 / 0.389 on the 12 alone before that round's rules, the same
    // after but introduced 1.000 / 0.444), moved all 180 to mentions 0.920 / 0.874, Cyrillic 0.896
    // / 0.762. Acronyms said by their letters' names, a well-known name's capitals and a library's
    // lower-case name beside a longer name: on 01-180 within all 192, mentions 0.918 / 0.872 to
    // 0.918 / 0.881, Cyrillic 0.896 / 0.762 to 0.897 / 0.782. Tune
    // reviews 181-192, written blind by a further writer (0.885 / 0.643, Cyrillic 0.757 / 0.301,
    // introduced 0.929 / 0.415 on the 12 alone before that round's rules; 0.888 / 0.659, 0.780 /
    // 0.344 after), moved all 192 to mentions 0.917 / 0.874, Cyrillic 0.889 / 0.765
    atLeast("mention precision", r.mentions.precision(), 0.912);
    atLeast("mention recall", r.mentions.recall(), 0.869);
    atLeast("cross-script recall", r.aliases.recall(), 0.760);
    atLeast("cross-script precision", r.aliases.precision(), 0.884);
    // More kinds of evidence for introduced names (coined title words, uncued list heads, names
    // spelled out after a naming cue, one thing in two spellings, Cyrillic words with digits,
    // salience read in Cyrillic): introduced names P 0.920, R 0.798 on all 72; variants named by a
    // suffix and a title head's coined word: P 0.925, R 0.847
    // Title heads led by a coined word or naming a document, families' variants by initials,
    // letter codes and words, captions (TitleHeads, NameFamilies, NamePlaces): P 0.937, R 0.920
    // Tune reviews 73-84, written blind by another writer and scored before any rule was written
    // for them, moved the figures on all 84 to mentions 0.945 / 0.876, Cyrillic 0.903 / 0.717 and
    // introduced names 0.939 / 0.860 (on the 12 alone: 0.866 / 0.801, 0.800 / 0.552, 0.864 /
    // 0.568). A sentence begun in lower case, a family's sizes wherever written, glossed and
    // prefixed variants, a report's head as the family of its models: introduced names 0.947 /
    // 0.910 (0.923 / 0.838 on 73-84 alone); with the blind reviews 85-96: 0.945 / 0.848.
    // Contribution slots, MoE sizes, naming cues that open a list, whole abbreviations only, and
    // 97-108 beside them: 0.948 / 0.864; counted lists, "всё вместе —" and 109-120: 0.959 / 0.865;
    // with 121-132: 0.953 / 0.832; with 133-144: 0.939 / 0.823; variants on a base model, by a
    // tag or on a line announcing them, lower-case long forms, counted parts, code packages and
    // parts named after their description: 0.943 / 0.874; with 145-156: 0.933 / 0.856; with
    // 157-168: 0.929 / 0.836; the name a post's opening sentence shows: 0.930 / 0.847; with
    // 169-180: 0.932 / 0.831; with the user's BibTeX entry's names scored too: 0.929 / 0.831;
    // with 181-192: 0.929 / 0.797
    atLeast("introduced-name recall", r.introduced.recall(), 0.792);
    atLeast("introduced-name precision", r.introduced.precision(), 0.924);
  }

  @Test
  void heldOutPart() throws IOException {
    NameEvaluation.Result r = part("heldout");
    // reviews 25-34, written later by another writer, moved Cyrillic precision from 0.908 to 0.879
    // with the same code; that floor sits under the figure on all 34. Russian common nouns that
    // need a name's context moved it from 0.879 to 0.906, recall unchanged (0.669). Acronyms used
    // as common nouns moved mention precision from 0.939 to 0.944 (recall 0.857 to 0.855); Cyrillic
    // spellings moved mentions to 0.945 / 0.862 and Cyrillic to 0.910 / 0.700. Reviews 35-46,
    // written blind (first used as tune 85-96 for figures only, no rule written from them), moved
    // the figures on all 46 with the same code to mentions 0.934 / 0.841, Cyrillic 0.896 / 0.640,
    // introduced names 0.952 / 0.576; this round's rules: 0.944 / 0.843, 0.945 / 0.640, 0.952 /
    // 0.584. Reviews 47-58, written blind the round after (first used as tune 85-96 for figures
    // only), moved the figures on all 58 with the same code to mentions 0.926 / 0.833, Cyrillic
    // 0.890 / 0.617, introduced names 0.926 / 0.580. Reviews 59-70, written blind the round after
    // that (first used as tune 85-96 for figures only), moved them on all 70 with the same code to
    // mentions 0.900 / 0.822, Cyrillic 0.829 / 0.601, introduced names 0.899 / 0.548; two rounds
    // of rules later: 0.904 / 0.833, Cyrillic 0.833 / 0.634; three rounds later: 0.904 / 0.836,
    // Cyrillic 0.835 / 0.644; four rounds later (one name for several spellings, words spelled
    // in both scripts): 0.911 / 0.839, Cyrillic 0.857 / 0.647; five rounds later (short
    // spellings of one thing, places): 0.916 / 0.841, Cyrillic 0.866 / 0.654; six rounds later
    // (forms of common Russian words, names of any shape used as common nouns): 0.918 / 0.841,
    // Cyrillic 0.870 / 0.654; seven rounds later (a thing's usual spelling, words a figure
    // measures): 0.921 / 0.841, Cyrillic 0.881 / 0.654
    atLeast("mention precision", r.mentions.precision(), 0.916);
    atLeast("mention recall", r.mentions.recall(), 0.838);
    atLeast("cross-script recall", r.aliases.recall(), 0.65);
    atLeast("cross-script precision", r.aliases.precision(), 0.876);
    // introduced names measure P 0.975, R 0.573 on all 34 (0.927 / 0.547 before this round)
    // and P 0.951, R 0.600 with this round's kinds of evidence (P 0.952, R 0.613 with suffixed
    // variants)
    // and P 0.909, R 0.613 with TitleHeads, NameFamilies and NamePlaces: two names more that
    // the gold does not list, none found (docs/names.md)
    // and P 0.975, R 0.613 with every size of an introduced family; P 0.952, R 0.584 on all 46
    // and P 0.901, R 0.573 on all 70 with inner capitals and two-letter heads
    // and P 0.911, R 0.588 with variants on a base model, by a tag or on a line announcing them,
    // lower-case long forms, counted parts, code packages and parts named after a description
    atLeast("introduced-name recall", r.introduced.recall(), 0.58);
    atLeast("introduced-name precision", r.introduced.precision(), 0.905);
  }

  @Test
  void aSpelledOutNameAndItsAbbreviationAreOneThingFound() {
    assertEquals(
        List.of(Set.of("ddpm", "denoising diffusion probabilistic models"), Set.of("unet")),
        NameEvaluation.sameThings(
            List.of("Denoising Diffusion Probabilistic Models", "DDPM", "UNet", "ddpm")));
    assertEquals(
        List.of(
            Set.of("falcon", "falcon-40b"),
            Set.of("gemma 2", "gemma 2 27b"),
            Set.of("parallel wavenet"),
            Set.of("wavenet"),
            Set.of("llama-7b")),
        NameEvaluation.sameThings(
            List.of(
                "Falcon",
                "Falcon-40B",
                "Gemma 2",
                "Gemma 2 27B",
                "Parallel WaveNet",
                "WaveNet",
                "LLaMA-7B")));
  }

  @Test
  void aRangeOfReviewNumbers() {
    int[] range = NameEvaluation.range("49-60");
    assertTrue(NameEvaluation.inRange("49.review", range));
    assertTrue(NameEvaluation.inRange("60.review", range));
    assertFalse(NameEvaluation.inRange("48.review", range));
    assertFalse(NameEvaluation.inRange("refs.bib", range));
    assertNull(NameEvaluation.range("60-49"));
    assertNull(NameEvaluation.range("all"));
  }
}
