package dev.paperlens.corpus;

/**
 * The gist of a review for a hover card: its first two sentences (a line break ends a sentence too,
 * since posts often skip the full stop), at most {@value #MAX} characters, cut at a word with "…".
 */
public final class ReviewSummary {
  private ReviewSummary() {}

  public static final int MAX = 280;

  public static String of(String text) {
    if (text == null || text.isBlank()) {
      return "";
    }
    StringBuilder out = new StringBuilder();
    int sentences = 0;
    int i = 0;
    int n = text.length();
    while (i < n && sentences < 2 && out.length() <= MAX) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
          sentences++;
          out.append(' ');
        }
        i++;
        continue;
      }
      out.append(Character.isWhitespace(c) ? ' ' : c);
      boolean end = c == '.' || c == '!' || c == '?' || c == '…';
      if (end && (i + 1 == n || Character.isWhitespace(text.charAt(i + 1)))) {
        sentences++;
      }
      i++;
    }
    boolean cutShort = sentences < 2 && i < n && !text.substring(i).isBlank();
    String gist = out.toString().replaceAll(" {2,}", " ").strip();
    if (gist.length() <= MAX && !cutShort) {
      return gist;
    }
    int cut = gist.lastIndexOf(' ', Math.min(gist.length(), MAX) - 1);
    if (cut < MAX / 2) {
      cut = MAX - 1;
    }
    return gist.substring(0, cut).replaceAll("[\\s,;:–-]+$", "") + "…";
  }
}
