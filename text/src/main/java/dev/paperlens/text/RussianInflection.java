package dev.paperlens.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Candidate stems of an inflected Russian word, for matching a declined loanword ("атласа",
 * "титанов", "ЛоРЫ") to the name it declines. Over-generation is fine: callers compare stems
 * against known names, so a wrong candidate simply matches nothing.
 */
public final class RussianInflection {
  private RussianInflection() {}

  /** Noun and adjective endings, longest first. */
  private static final String[] ENDINGS = {
    "иями", "ями", "ами", "ого", "его", "ому", "ему", "ыми", "ими", "ией", "иях", "ием", "ов", "ев",
    "ей", "ой", "ом", "ем", "ам", "ям", "ах", "ях", "ую", "юю", "ая", "яя", "ое", "ее", "ые", "ие",
    "ый", "ий", "ых", "их", "ию", "ия", "ии", "а", "я", "ы", "и", "у", "ю", "е", "о", "ь", "й"
  };

  /**
   * The word in lower case followed by each stem left after removing one known ending, keeping at
   * least {@code minStem} letters. "титанов" gives [титанов, титан, титано].
   */
  public static List<String> stems(String word, int minStem) {
    String lower = word.toLowerCase(Locale.ROOT).replace('ё', 'е');
    List<String> out = new ArrayList<>(4);
    out.add(lower);
    for (String ending : ENDINGS) {
      if (lower.endsWith(ending) && lower.length() - ending.length() >= minStem) {
        String stem = lower.substring(0, lower.length() - ending.length());
        if (!out.contains(stem)) {
          out.add(stem);
        }
      }
    }
    return out;
  }
}
