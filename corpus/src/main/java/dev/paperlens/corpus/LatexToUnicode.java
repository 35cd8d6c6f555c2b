package dev.paperlens.corpus;

import java.text.Normalizer;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a BibTeX field value written in LaTeX into plain Unicode text ("R{\'e}" -> "Ré", "{BERT}:
 * Pre-training" -> "BERT: Pre-training").
 *
 * <p>Accents are composed with Unicode combining marks, so every letter BibTeX can accent works
 * ("\'c", "\v{r}"); then one pass drops braces and math shifts, prints escaped characters, named
 * symbols ("\ss", "\o", "\dots") and TeX ligatures ("--", "``"), and drops other command names
 * while keeping their arguments ("\emph{Mamba}" -> "Mamba"). It never fails: jbibtex's LaTeX
 * grammar, used before, rejected bare "~", "$" or "^" and cost a parser per field value.
 */
public final class LatexToUnicode {
  private LatexToUnicode() {}

  static final Map<Character, Character> COMBINING =
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
  private static final Pattern SPACING = Pattern.compile("\\\\[,;:! ]");

  /** Commands that print a character, as LaTeX's text symbols do. */
  static final Map<String, String> SYMBOLS =
      Map.ofEntries(
          Map.entry("ss", "ß"),
          Map.entry("o", "ø"),
          Map.entry("O", "Ø"),
          Map.entry("aa", "å"),
          Map.entry("AA", "Å"),
          Map.entry("ae", "æ"),
          Map.entry("AE", "Æ"),
          Map.entry("oe", "œ"),
          Map.entry("OE", "Œ"),
          Map.entry("l", "ł"),
          Map.entry("L", "Ł"),
          Map.entry("i", "ı"),
          Map.entry("j", "ȷ"),
          Map.entry("dh", "ð"),
          Map.entry("DH", "Ð"),
          Map.entry("th", "þ"),
          Map.entry("TH", "Þ"),
          Map.entry("ng", "ŋ"),
          Map.entry("NG", "Ŋ"),
          Map.entry("dots", "…"),
          Map.entry("ldots", "…"),
          Map.entry("textendash", "–"),
          Map.entry("textemdash", "—"),
          Map.entry("textquoteleft", "‘"),
          Map.entry("textquoteright", "’"),
          Map.entry("textquotedblleft", "“"),
          Map.entry("textquotedblright", "”"),
          Map.entry("guillemotleft", "«"),
          Map.entry("guillemotright", "»"),
          Map.entry("S", "§"),
          Map.entry("P", "¶"),
          Map.entry("copyright", "©"),
          Map.entry("textregistered", "®"),
          Map.entry("texttrademark", "™"),
          Map.entry("pounds", "£"),
          Map.entry("euro", "€"),
          Map.entry("textbackslash", "\\"),
          Map.entry("textasciitilde", "~"),
          Map.entry("textunderscore", "_"),
          Map.entry("textbar", "|"),
          Map.entry("textless", "<"),
          Map.entry("textgreater", ">"),
          Map.entry("LaTeX", "LaTeX"),
          Map.entry("TeX", "TeX"),
          Map.entry("BibTeX", "BibTeX"),
          Map.entry("quad", " "),
          Map.entry("qquad", " "),
          Map.entry("space", " "),
          Map.entry("enspace", " "),
          Map.entry("thinspace", " "));

  /** The plain text of a LaTeX value; never null for a non-null input, never throws. */
  public static String plain(String latex) {
    if (latex == null) {
      return null;
    }
    if (latex.indexOf('\\') < 0 && latex.indexOf('{') < 0 && !hasSpecial(latex)) {
      return collapse(latex);
    }
    String s = latex;
    if (s.indexOf('\\') >= 0) {
      // Each pattern starts with a backslash and a character of its own; most values with a
      // backslash ("50\%" in an abstract) have none of them, and a pattern run over a whole
      // abstract for nothing was a tenth of reading a library. Asked again after each step, which
      // may put a letter after a backslash ("\\'{j}").
      if (hasCommand(s, "'`^\"~=.")) {
        s = accents(s, SYMBOL_ACCENT);
      }
      if (hasCommand(s, "uvHckrdb")) {
        s = accents(s, LETTER_ACCENT);
      }
      if (hasCommand(s, "Llij")) {
        s = replaceAll(s, SPECIAL_LETTER, m -> SYMBOLS.get(m.group(1)));
      }
      if (hasCommand(s, ",;:! ")) {
        s = replaceAll(s, SPACING, m -> " ");
      }
    }
    return render(s);
  }

  /**
   * One pass over accent-free LaTeX: braces, escapes, symbols, ligatures and commands, with runs of
   * whitespace written as one space and none at either end. Rendering and collapsing the whitespace
   * were two passes over every value with a brace or a backslash (most abstracts); the text is the
   * same.
   */
  static String render(String s) {
    int n = s.length();
    Collapsed out = new Collapsed(n);
    int i = 0;
    while (i < n) {
      char c = s.charAt(i);
      switch (c) {
        case '\\' -> {
          if (i + 1 >= n) {
            i++;
          } else if (isAsciiLetter(s.charAt(i + 1))) {
            int start = i + 1;
            int p = start;
            while (p < n && isAsciiLetter(s.charAt(p))) {
              p++;
            }
            String symbol = SYMBOLS.get(s.substring(start, p));
            if (symbol != null) {
              out.text(symbol);
            }
            // TeX ends a command name at the first non-letter and swallows the blanks after it
            while (p < n && (s.charAt(p) == ' ' || s.charAt(p) == '\t')) {
              p++;
            }
            i = p;
          } else {
            char escaped = s.charAt(i + 1);
            if (escaped == '\\' || escaped == '\n') {
              out.space();
            } else if (COMBINING.get(escaped) == null) {
              out.character(escaped);
            }
            // an accent with nothing to sit on ("\\'{}") prints nothing
            i += 2;
          }
        }
        case '{', '}', '$' -> i++;
        case '~' -> {
          out.space();
          i++;
        }
        case '-' -> {
          if (s.startsWith("---", i)) {
            out.character('—');
            i += 3;
          } else if (s.startsWith("--", i)) {
            out.character('–');
            i += 2;
          } else {
            out.character('-');
            i++;
          }
        }
        case '`' -> {
          boolean pair = i + 1 < n && s.charAt(i + 1) == '`';
          out.character(pair ? '“' : '‘');
          i += pair ? 2 : 1;
        }
        case '\'' -> {
          boolean pair = i + 1 < n && s.charAt(i + 1) == '\'';
          out.character(pair ? '”' : '’');
          i += pair ? 2 : 1;
        }
        default -> {
          if (isWhitespace(c)) {
            out.space();
            i++;
          } else {
            // the run of characters up to the next one this switch handles or a blank, appended
            // in one step: appending them one by one was most of this method's time
            int p = i + 1;
            while (p < n && !endsRun(s.charAt(p))) {
              p++;
            }
            out.word(s, i, p);
            i = p;
          }
        }
      }
    }
    return out.toString();
  }

  /**
   * Text written with each run of whitespace as one space and none at either end: a blank is held
   * back until a character that is not one follows it.
   */
  private static final class Collapsed {
    private final StringBuilder out;
    private boolean blank;

    Collapsed(int capacity) {
      out = new StringBuilder(capacity);
    }

    void space() {
      blank = out.length() > 0;
    }

    /** A run of characters none of which is whitespace. */
    void word(CharSequence s, int from, int to) {
      if (blank) {
        out.append(' ');
        blank = false;
      }
      out.append(s, from, to);
    }

    void character(char c) {
      if (isWhitespace(c)) {
        space();
      } else {
        if (blank) {
          out.append(' ');
          blank = false;
        }
        out.append(c);
      }
    }

    /** Text that may hold whitespace (a symbol's). */
    void text(String s) {
      for (int i = 0; i < s.length(); i++) {
        character(s.charAt(i));
      }
    }

    @Override
    public String toString() {
      return out.toString();
    }
  }

  /** Whether a run of plain characters ends before {@code c}: {@link #render} handles it. */
  private static boolean endsRun(char c) {
    return c < RENDER_STOP.length ? RENDER_STOP[c] : Character.isWhitespace(c);
  }

  /** The ASCII characters {@link #render} does not copy as they are: its specials and blanks. */
  private static final boolean[] RENDER_STOP = renderStops();

  private static boolean[] renderStops() {
    boolean[] table = asciiTable("\\{}$~-`'");
    for (char c = 0; c < table.length; c++) {
      table[c] |= Character.isWhitespace(c);
    }
    return table;
  }

  /** Whether a backslash in {@code s} is followed by one of {@code next}. */
  private static boolean hasCommand(String s, String next) {
    int n = s.length();
    for (int i = s.indexOf('\\'); i >= 0 && i + 1 < n; i = s.indexOf('\\', i + 1)) {
      if (next.indexOf(s.charAt(i + 1)) >= 0) {
        return true;
      }
    }
    return false;
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean hasSpecial(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < SPECIAL.length && SPECIAL[c]) {
        return true;
      }
    }
    return false;
  }

  /**
   * The characters {@link #hasSpecial} looks for, as a table: asked of every character of every
   * value a library holds.
   */
  private static final boolean[] SPECIAL = asciiTable("~$^_#&%-`'");

  /**
   * The characters {@link Character#isWhitespace} takes below U+0080 (tab to carriage return, the
   * four separators U+001C to U+001F, space): the ASCII of a value is looked up, not asked of the
   * JDK's character tables.
   */
  private static final boolean[] ASCII_WHITESPACE = asciiWhitespace();

  private static boolean[] asciiTable(String chars) {
    boolean[] table = new boolean[0x80];
    chars.chars().forEach(c -> table[c] = true);
    return table;
  }

  private static boolean[] asciiWhitespace() {
    boolean[] table = new boolean[0x80];
    for (char c = 0; c < 0x80; c++) {
      table[c] = Character.isWhitespace(c);
    }
    return table;
  }

  /** {@link Character#isWhitespace}, with ASCII from a table. */
  static boolean isWhitespace(char c) {
    return c < 0x80 ? ASCII_WHITESPACE[c] : Character.isWhitespace(c);
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

  /**
   * The text with each match of {@code pattern} replaced, as {@link Matcher#replaceAll} does. Every
   * pattern here starts with a backslash, so a match is tried only where one stands (anchored
   * there), not at every character: the same leftmost matches, without the matcher stepping through
   * whole abstracts.
   */
  private static String replaceAll(
      String s, Pattern pattern, java.util.function.Function<Matcher, String> replacement) {
    int n = s.length();
    Matcher m = pattern.matcher(s);
    StringBuilder out = null;
    int last = 0;
    int i = s.indexOf('\\');
    while (i >= 0) {
      m.region(i, n);
      if (m.lookingAt()) {
        if (out == null) {
          out = new StringBuilder(n);
        }
        out.append(s, last, i).append(replacement.apply(m));
        last = m.end();
        i = s.indexOf('\\', Math.max(last, i + 1));
      } else {
        i = s.indexOf('\\', i + 1);
      }
    }
    return out == null ? s : out.append(s, last, n).toString();
  }

  /** Runs of whitespace as one space, none at either end. */
  private static String collapse(String s) {
    int n = s.length();
    // Most values need no change: find the first whitespace that is not a single space between
    // two words, and return the value itself when there is none.
    boolean blank = true;
    int i = 0;
    for (; i < n; i++) {
      char c = s.charAt(i);
      boolean space = isWhitespace(c);
      if (space && (c != ' ' || blank || i == n - 1)) {
        break;
      }
      blank = space;
    }
    if (i == n) {
      return s;
    }
    StringBuilder out = new StringBuilder(n).append(s, 0, i);
    while (i < n) {
      if (isWhitespace(s.charAt(i))) {
        if (!blank) {
          out.append(' ');
        }
        blank = true;
        i++;
      } else {
        // a word, appended in one step
        int p = i + 1;
        while (p < n && !isWhitespace(s.charAt(p))) {
          p++;
        }
        out.append(s, i, p);
        blank = false;
        i = p;
      }
    }
    int len = out.length();
    if (len > 0 && out.charAt(len - 1) == ' ') {
      out.setLength(len - 1);
    }
    return out.toString();
  }
}
