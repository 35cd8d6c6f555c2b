package dev.paperlens.corpus;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one trimmed line of a scraped Telegram page is: blank, a Telegram placeholder, a link
 * marker, a reactions line, or text. Markers and reactions are short, so longer lines are decided
 * at once.
 */
final class TelegramLine {
  private static final String EYES = "\uD83D\uDC40";

  /** Lines that only say Telegram could not show something here. */
  private static final Set<String> LEFTOVERS =
      Set.of(
          "please open telegram to view this post",
          "view in telegram",
          "this media is not supported in your browser",
          "download telegram");

  /** Markers and reactions are short; a longer line is text whatever it contains. */
  static final int MAX_SHORT_LINE = 120;

  private static final int MAX_LABEL_WORDS = 4;

  enum Kind {
    BLANK,
    LEFTOVER,
    MARKER,
    REACTIONS,
    TEXT
  }

  static Kind kind(String line) {
    if (line.isBlank()) {
      return Kind.BLANK;
    }
    if (line.length() > MAX_SHORT_LINE) {
      return Kind.TEXT;
    }
    if (isLeftover(line)) {
      return Kind.LEFTOVER;
    }
    if (line.contains(EYES) && markerLabels(line) != null) {
      return Kind.MARKER;
    }
    if (isReactions(line)) {
      return Kind.REACTIONS;
    }
    return Kind.TEXT;
  }

  private static boolean isLeftover(String line) {
    for (String leftover : LEFTOVERS) {
      if (leftover.equalsIgnoreCase(line)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The labels of a link-marker line ("👀 paper, code for kinetix" gives "paper", "code for
   * kinetix"), or null when the line is not a marker. Reactions such as "❤2👀1" carry digits.
   */
  static List<String> markerLabels(String line) {
    String rest = line.replace(EYES, " ").strip();
    if (rest.isEmpty()) {
      return null;
    }
    List<String> labels = new ArrayList<>();
    for (String part : rest.split(",")) {
      String label = part.strip();
      if (label.isEmpty()) {
        return null;
      }
      int words = 1;
      for (int i = 0; i < label.length(); i++) {
        char c = label.charAt(i);
        if (c == ' ') {
          words++;
        } else if (!Character.isLetter(c) && "-&/.".indexOf(c) < 0) {
          return null;
        }
      }
      if (words > MAX_LABEL_WORDS) {
        return null;
      }
      labels.add(label);
    }
    return labels;
  }

  /**
   * Counts, spaces and emoji only, with at least one count: "🔥3👍1", "❤4 2 1 1", "432", "👍1.2K".
   */
  static boolean isReactions(String line) {
    boolean count = false;
    for (int i = 0; i < line.length(); ) {
      int cp = line.codePointAt(i);
      if (cp >= '0' && cp <= '9') {
        count = true;
        i = countEnd(line, i);
        continue;
      }
      i += Character.charCount(cp);
      if (cp != ' ' && !isEmojiPart(cp)) {
        return false;
      }
    }
    return count;
  }

  /**
   * Where the count starting at {@code start} ends: digits, then an optional decimal part and a
   * thousands or millions suffix, as Telegram abbreviates large counts ("1.2K", "3M").
   */
  private static int countEnd(String line, int start) {
    int i = digitsEnd(line, start);
    if (i + 1 < line.length()
        && (line.charAt(i) == '.' || line.charAt(i) == ',')
        && isDigit(line.charAt(i + 1))) {
      i = digitsEnd(line, i + 1);
    }
    if (i < line.length() && "KkMm".indexOf(line.charAt(i)) >= 0) {
      i++;
    }
    return i;
  }

  private static int digitsEnd(String line, int i) {
    while (i < line.length() && isDigit(line.charAt(i))) {
      i++;
    }
    return i;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** The value of a count as written: "432", "1.2K" (1200), "3M"; capped at Integer.MAX_VALUE. */
  private static int countValue(String count) {
    char last = count.charAt(count.length() - 1);
    double scale = 1;
    String digits = count;
    if (last == 'K' || last == 'k') {
      scale = 1e3;
      digits = count.substring(0, count.length() - 1);
    } else if (last == 'M' || last == 'm') {
      scale = 1e6;
      digits = count.substring(0, count.length() - 1);
    }
    if (digits.length() > 15) {
      return Integer.MAX_VALUE;
    }
    double value = Double.parseDouble(digits.replace(',', '.')) * scale;
    return (int) Math.min(Integer.MAX_VALUE, Math.round(value));
  }

  private static boolean isEmojiPart(int cp) {
    return Character.getType(cp) == Character.OTHER_SYMBOL
        || cp == 0xFE0F
        || cp == 0x200D
        || cp == 0x20E3
        || (cp >= 0x1F3FB && cp <= 0x1F3FF);
  }

  /**
   * Reaction counts: a number after an emoji is that emoji's count; a number with no emoji before
   * it (the scraper dropped it) is added under "".
   */
  static Reactions reactions(String line) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    StringBuilder emoji = new StringBuilder();
    String pending = null;
    int i = 0;
    while (i < line.length()) {
      int cp = line.codePointAt(i);
      if (cp >= '0' && cp <= '9') {
        if (emoji.length() > 0) {
          pending = emoji.toString();
          emoji.setLength(0);
        }
        int end = countEnd(line, i);
        int value = countValue(line.substring(i, end));
        i = end;
        counts.merge(pending == null ? "" : pending, value, TelegramLine::add);
        pending = null;
        continue;
      }
      i += Character.charCount(cp);
      if (cp == ' ') {
        if (emoji.length() > 0) {
          pending = emoji.toString();
          emoji.setLength(0);
        }
      } else {
        emoji.appendCodePoint(cp);
      }
    }
    return new Reactions(counts, line);
  }

  private static int add(int a, int b) {
    long sum = (long) a + b;
    return (int) Math.min(Integer.MAX_VALUE, sum);
  }

  private TelegramLine() {}
}
