package dev.paperlens.bench;

import com.ibm.icu.text.Transliterator;
import dev.paperlens.text.CrossScript;
import dev.paperlens.text.NameMatcher;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import org.apache.commons.codec.language.bm.NameType;
import org.apache.commons.codec.language.bm.PhoneticEngine;
import org.apache.commons.codec.language.bm.RuleType;

/**
 * Measures three ways of telling that a Cyrillic word spells a Latin name, on the Cyrillic gold
 * mentions of an annotated set: Paperlens's own {@link NameMatcher} (English readings, letters,
 * declension), ICU4J's Russian-Latin transliteration compared after dropping a case ending, and
 * commons-codec's Beider–Morse phonetic codes (shared code). For each it prints the share of gold
 * pairs it links (recall), how many ordinary Russian words of the same reviews it links to some
 * name of the set (false links), and the time per word. Run from the repository root with {@code
 * java -cp bench/target/paperlens-bench.jar dev.paperlens.bench.CrossScriptComparison [part
 * folder]}.
 */
public final class CrossScriptComparison {
  private CrossScriptComparison() {}

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : "corpus/src/test/resources/names-eval/tune");
    if (!Files.isDirectory(dir)) {
      System.err.println("No evaluation part at " + dir + ": run from the repository root.");
      System.exit(2);
    }
    NameEvalSet set = NameEvalSet.read(dir);
    Set<String> names = new LinkedHashSet<>();
    List<NameEvalSet.Gold> pairs = new ArrayList<>();
    Set<String> goldSurfaces = new LinkedHashSet<>();
    for (NameEvalSet.Annotated a : set.reviews()) {
      for (NameEvalSet.Gold g : a.gold()) {
        names.add(g.canonical());
        goldSurfaces.add(g.surface().toLowerCase(Locale.ROOT));
        if (CrossScript.hasCyrillic(g.surface()) && !g.surface().contains(" ")) {
          pairs.add(g);
        }
      }
    }
    Set<String> words = new LinkedHashSet<>();
    for (NameEvalSet.Annotated a : set.reviews()) {
      for (String line : a.lines()) {
        for (String w : line.split("[^\\p{IsCyrillic}]+")) {
          String lower = w.toLowerCase(Locale.ROOT);
          if (lower.length() >= 3 && !goldSurfaces.contains(lower)) {
            words.add(lower);
          }
        }
      }
    }
    System.out.printf(
        Locale.ROOT,
        "%s: %d one-word Cyrillic gold mentions, %d names, %d other Russian words%n",
        dir.getFileName(),
        pairs.size(),
        names.size(),
        words.size());
    System.out.printf(
        Locale.ROOT, "%-28s %8s %12s %10s%n", "method", "recall", "false links", "µs/word");

    NameMatcher matcher = NameMatcher.of(names);
    report(
        "Paperlens NameMatcher",
        pairs,
        words,
        names,
        (word, name) -> {
          List<NameMatcher.Match> found = matcher.find(word);
          return !found.isEmpty()
              && found.get(0).name().equals(name)
              && found.get(0).surface().length() == word.length();
        });

    Transliterator icu = Transliterator.getInstance("Russian-Latin/BGN");
    Map<String, String> icuCache = new HashMap<>();
    report(
        "ICU4J Russian-Latin/BGN",
        pairs,
        words,
        names,
        (word, name) -> {
          String latin =
              icuCache.computeIfAbsent(
                  word, w -> letters(icu.transliterate(w.toLowerCase(Locale.ROOT))));
          String target = letters(name);
          return target.length() >= 3
              && (latin.equals(target)
                  || (latin.length() > target.length()
                      && latin.startsWith(target)
                      && latin.length() - target.length() <= 3)
                  || (target.length() > 3
                      && latin.startsWith(target.substring(0, target.length() - 1))
                      && latin.length() - target.length() <= 2));
        });

    PhoneticEngine bm =
        PhoneticEngine.builder()
            .setNameType(NameType.GENERIC)
            .setRuleType(RuleType.APPROX)
            .setConcat(true)
            .get();
    Map<String, Set<String>> bmCache = new HashMap<>();
    report(
        "commons-codec Beider-Morse",
        pairs,
        words,
        names,
        (word, name) -> {
          Set<String> a = bmCache.computeIfAbsent(word, w -> codes(bm, w));
          Set<String> b = bmCache.computeIfAbsent(name, w -> codes(bm, w));
          for (String code : a) {
            if (b.contains(code)) {
              return true;
            }
          }
          return false;
        });
  }

  private static Set<String> codes(PhoneticEngine bm, String word) {
    Set<String> out = new LinkedHashSet<>();
    try {
      for (String code : bm.encode(word.toLowerCase(Locale.ROOT)).split("\\|")) {
        out.add(code.replaceAll("[()]", ""));
      }
    } catch (IllegalArgumentException e) {
      // a word the rules cannot read has no code
    }
    return out;
  }

  private static String letters(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
  }

  private static void report(
      String label,
      List<NameEvalSet.Gold> pairs,
      Set<String> words,
      Set<String> names,
      BiPredicate<String, String> links) {
    long start = System.nanoTime();
    int hit = 0;
    for (NameEvalSet.Gold g : pairs) {
      hit += links.test(g.surface(), g.canonical()) ? 1 : 0;
    }
    int falseLinks = 0;
    for (String w : words) {
      for (String name : names) {
        if (links.test(w, name)) {
          falseLinks++;
          break;
        }
      }
    }
    double micros = (System.nanoTime() - start) / 1000.0 / (pairs.size() + words.size());
    System.out.printf(
        Locale.ROOT,
        "%-28s %8.3f %8d/%-4d %9.1f%n",
        label,
        pairs.isEmpty() ? 0 : (double) hit / pairs.size(),
        falseLinks,
        words.size(),
        micros);
  }
}
