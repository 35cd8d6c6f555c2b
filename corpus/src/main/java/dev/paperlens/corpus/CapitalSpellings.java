package dev.paperlens.corpus;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Acronyms that spell the capitals of a longer name the same vocabulary holds: "SD" of "Stable
 * Diffusion", "LGBM" of "LightGBM", "ML-1M" of "MovieLens-1M", "SD 1.5" of "Stable Diffusion 1.5".
 * Writers shorten a name by its capitals, at word starts and inside words alike, and keep its
 * version; the short form is another spelling of the same thing, as an import name is of its
 * project ("sklearn" of "scikit-learn"). Only a short form whose capitals one thing alone has is
 * taken: two names with the same capitals ("Stable Diffusion", "Score Distillation") leave it a
 * name of its own.
 */
final class CapitalSpellings {
  private CapitalSpellings() {}

  /** Two to five capitals, then maybe a version glued, after a hyphen or after a space. */
  private static final Pattern SHORT = Pattern.compile("([A-Z]{2,5})(?:[ -]?(\\d[A-Za-z0-9.]*))?");

  /** A name and maybe a version after a space or a hyphen: "Stable Diffusion 1.5". */
  private static final Pattern LONG = Pattern.compile("(.+?)(?:[ -](\\d[A-Za-z0-9.]*))?");

  /**
   * Each short form of the vocabulary with the longer name whose capitals it spells, by the short
   * form as written.
   */
  static Map<String, String> of(Collection<String> vocabulary) {
    // longer names by their capitals and version: "SD|1.5" -> "Stable Diffusion 1.5"
    Map<String, List<String>> byCapitals = new HashMap<>();
    for (String name : vocabulary) {
      String capitals = capitalsOf(name);
      if (capitals != null) {
        byCapitals.computeIfAbsent(capitals, k -> new ArrayList<>()).add(name);
      }
    }
    Map<String, String> out = new LinkedHashMap<>();
    if (byCapitals.isEmpty()) {
      return out;
    }
    for (String name : vocabulary) {
      Matcher m = SHORT.matcher(name);
      if (!m.matches()) {
        continue;
      }
      List<String> longer = byCapitals.get(m.group(1) + "|" + version(m.group(2)));
      if (longer != null && oneThing(longer)) {
        out.put(name, longer.get(0));
      }
    }
    return out;
  }

  /**
   * The capitals of a name written in words or CamelCase parts, with its version: "SD|" of "Stable
   * Diffusion", "LGBM|" of "LightGBM", "ML|1m" of "MovieLens-1M"; null for a name with no
   * lower-case letter ("SD", "GPT-4"), one capital, or letters outside Latin.
   */
  static String capitalsOf(String name) {
    Matcher m = LONG.matcher(name.strip());
    if (!m.matches()) {
      return null;
    }
    String base = m.group(1);
    StringBuilder capitals = new StringBuilder();
    boolean lower = false;
    for (int i = 0; i < base.length(); i++) {
      char c = base.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        capitals.append(c);
      } else if (c >= 'a' && c <= 'z') {
        lower = true;
      } else if (c != ' ' && c != '-') {
        return null; // a digit or a sign inside: "GPT-4o", "wav2vec"
      }
    }
    if (!lower || capitals.length() < 2 || capitals.length() > 5) {
      return null;
    }
    return capitals + "|" + version(m.group(2));
  }

  private static String version(String v) {
    return v == null ? "" : v.toLowerCase(Locale.ROOT);
  }

  /** Whether the names are spellings of one thing: "MovieLens-1M" and "MovieLens 1M". */
  private static boolean oneThing(List<String> names) {
    String key = Mention.key(names.get(0));
    for (String name : names) {
      if (!Mention.key(name).equals(key)) {
        return false;
      }
    }
    return true;
  }
}
