package dev.paperlens.corpus;

import java.text.Normalizer;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jbibtex.LaTeXObject;
import org.jbibtex.LaTeXParser;
import org.jbibtex.LaTeXPrinter;

/**
 * Turns a BibTeX field value written in LaTeX into plain Unicode text ("R{\'e}" -> "Ré", "{BERT}:
 * Pre-training" -> "BERT: Pre-training").
 *
 * <p>jbibtex's LaTeXParser and LaTeXPrinter do the work. A pre-pass covers what they cannot: their
 * accent table lacks letters such as "\'c" and "\L" (we compose accents with Unicode combining
 * marks instead), and their grammar rejects bare "~", "$", "^", "_", "#" and "&" (we rewrite those
 * first). When the grammar still fails, braces and command names are stripped so the words survive.
 */
public final class LatexToUnicode {
  private LatexToUnicode() {}

  private static final Map<Character, Character> COMBINING =
      Map.ofEntries(
          Map.entry('\'', '\u0301'),
          Map.entry('`', '\u0300'),
          Map.entry('^', '\u0302'),
          Map.entry('"', '\u0308'),
          Map.entry('~', '\u0303'),
          Map.entry('=', '\u0304'),
          Map.entry('.', '\u0307'),
          Map.entry('u', '\u0306'),
          Map.entry('v', '\u030C'),
          Map.entry('H', '\u030B'),
          Map.entry('c', '\u0327'),
          Map.entry('k', '\u0328'),
          Map.entry('r', '\u030A'),
          Map.entry('d', '\u0323'),
          Map.entry('b', '\u0331'));

  private static final String BASE = "(\\\\[ij](?![A-Za-z])|[A-Za-z])";
  private static final Pattern SYMBOL_ACCENT =
      Pattern.compile("\\\\(['`^\"~=.])\\s*(?:\\{\\s*" + BASE + "\\s*\\}|" + BASE + ")");
  private static final Pattern LETTER_ACCENT =
      Pattern.compile("\\\\([uvHckrdb])(?:\\s*\\{\\s*" + BASE + "\\s*\\}|\\s+" + BASE + ")");
  private static final Pattern SPECIAL_LETTER =
      Pattern.compile("\\\\(L|l|i|j)(?![A-Za-z])(?:\\{\\})?\\s?");
  private static final Map<String, String> SPECIAL_LETTERS =
      Map.of("L", "Ł", "l", "ł", "i", "ı", "j", "ȷ");
  private static final Pattern SPACING = Pattern.compile("\\\\[,;:! ]");
  // A rare letter stands in for a bare '^' (math), which the grammar rejects and no command prints.
  private static final char CARET = 'ꙮ';
  private static final Pattern COMMAND = Pattern.compile("\\\\([A-Za-z]+|.)");

  /** The plain text of a LaTeX value; never null for a non-null input, never throws. */
  public static String plain(String latex) {
    if (latex == null) {
      return null;
    }
    if (latex.indexOf('\\') < 0 && latex.indexOf('{') < 0 && !hasSpecial(latex)) {
      return collapse(latex);
    }
    String prepared = prepare(latex);
    try {
      java.util.List<LaTeXObject> objects = new LaTeXParser().parse(prepared);
      String printed = new LaTeXPrinter().print(objects);
      return collapse(printed.replace(CARET, '^'));
    } catch (Exception | Error e) {
      // TokenMgrException is an Error in older jbibtex builds; either way the grammar gave up.
      return collapse(strip(prepared).replace(CARET, '^'));
    }
  }

  private static boolean hasSpecial(String s) {
    for (int i = 0; i < s.length(); i++) {
      if ("~$^_#&%-`'".indexOf(s.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  private static String prepare(String latex) {
    String s = accents(latex, SYMBOL_ACCENT);
    s = accents(s, LETTER_ACCENT);
    s = replaceAll(s, SPECIAL_LETTER, m -> SPECIAL_LETTERS.get(m.group(1)));
    s = SPACING.matcher(s).replaceAll(" ");
    StringBuilder out = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean escaped = i > 0 && s.charAt(i - 1) == '\\';
      if (escaped) {
        out.append(c);
        continue;
      }
      switch (c) {
        case '~' -> out.append(' ');
        case '$' -> {}
        case '^' -> out.append(CARET);
        case '_', '#', '&', '%' -> out.append('\\').append(c);
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  private static String accents(String s, Pattern pattern) {
    return replaceAll(
        s,
        pattern,
        m -> {
          String base = m.group(2) != null ? m.group(2) : m.group(3);
          if (base.startsWith("\\")) {
            base = base.substring(1);
          }
          char mark = COMBINING.get(m.group(1).charAt(0));
          return Normalizer.normalize(base + mark, Normalizer.Form.NFC);
        });
  }

  private static String replaceAll(
      String s, Pattern pattern, java.util.function.Function<Matcher, String> replacement) {
    Matcher m = pattern.matcher(s);
    StringBuilder out = new StringBuilder(s.length());
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(replacement.apply(m)));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** Last resort: escaped characters kept, command names and braces dropped. */
  private static String strip(String s) {
    Matcher m = COMMAND.matcher(s);
    StringBuilder out = new StringBuilder(s.length());
    while (m.find()) {
      String name = m.group(1);
      m.appendReplacement(
          out,
          name.length() == 1 && !Character.isLetter(name.charAt(0))
              ? Matcher.quoteReplacement(name)
              : "");
    }
    m.appendTail(out);
    return out.toString().replace("{", "").replace("}", "");
  }

  private static String collapse(String s) {
    return s.replaceAll("\\s+", " ").strip();
  }
}
