package dev.paperlens.text;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whether a lower-case word that English also has ("transformers", "datasets", "accelerate") is
 * written where code names a package or a module, which makes it a name: in backticks, after {@code
 * pip install} or {@code import}, before {@code import} after {@code from}, before a class of its
 * own ({@code transformers.AutoModel}), after a word for a library ("библиотека datasets"), or
 * followed by its maker ("transformers от Hugging Face"). A method called on it ({@code
 * model.generate()}) is not enough: variables are called the same way.
 */
final class CodeContext {
  private CodeContext() {}

  /** The text of a line before the word: an installer's command and its arguments so far. */
  private static final Pattern INSTALL =
      Pattern.compile(
          "\\b(?:pip3?|conda|mamba|uv|poetry)\\s+(?:install|add)\\b[\\w.=<>\\[\\] -]*$");

  private static final Pattern IMPORT = Pattern.compile("(?:^|[\\s`(;])(?:import|from)\\s+$");
  private static final Pattern FROM = Pattern.compile("(?:^|[\\s`(;])from\\s+$");
  private static final Pattern THEN_IMPORT = Pattern.compile("^\\s+import\\b");

  /** What follows a package and names its maker: "от Hugging Face", "от Google". */
  private static final Pattern MAKER = Pattern.compile("^\\s+от\\s+«?\\p{Lu}");

  /** Russian stems of a word for a software library: "библиотеке", "пакет", "фреймворка". */
  private static final List<String> LIBRARY_STEMS =
      List.of("библиотек", "пакет", "фреймворк", "либа", "либу", "либы", "либе", "либой");

  /** How far back an installer's command may stand on the same line. */
  private static final int LOOK_BACK = 80;

  /**
   * Whether the word at [start, end) of {@code s} names a package or module by where it stands.
   *
   * @param word the word as written
   */
  static boolean namesModule(String s, int start, int end, String word) {
    if (word.length() < 3
        || !word.equals(word.toLowerCase(Locale.ROOT))
        || !Character.isLetter(word.charAt(0))
        || LatinNames.isGeneric(word)) {
      return false;
    }
    if (start > 0 && end < s.length() && s.charAt(start - 1) == '`' && s.charAt(end) == '`') {
      return true;
    }
    if (end + 2 < s.length() && isModuleWithClass(s, start, end)) {
      return true;
    }
    // Every lower-case English word of a text asks: the patterns run only where their words stand.
    String before = lineBefore(s, start);
    if ((before.contains("install") || before.contains(" add")) && INSTALL.matcher(before).find()) {
      return true;
    }
    String after = s.substring(end, Math.min(s.length(), end + 40));
    if ((before.contains("import") || before.contains("from"))
        && IMPORT.matcher(before).find()
        && (!FROM.matcher(before).find() || THEN_IMPORT.matcher(after).find())) {
      return true;
    }
    if (after.contains("от") && MAKER.matcher(after).find()) {
      return true;
    }
    return afterLibraryWord(before);
  }

  /**
   * Whether [start, dot) is a lower-case module followed by one of its classes: "{@code
   * transformers.AutoModel}", "{@code torch.Tensor}".
   */
  static boolean isModuleWithClass(String s, int start, int dot) {
    if (dot + 2 >= s.length()
        || s.charAt(dot) != '.'
        || !Character.isUpperCase(s.charAt(dot + 1))
        || !Character.isLowerCase(s.charAt(dot + 2))
        || dot - start < 3) {
      return false;
    }
    for (int i = start; i < dot; i++) {
      char c = s.charAt(i);
      if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) {
        return false;
      }
    }
    return true;
  }

  private static String lineBefore(String s, int start) {
    int from = Math.max(0, start - LOOK_BACK);
    int newline = s.lastIndexOf('\n', start - 1);
    return s.substring(Math.max(from, newline + 1), start);
  }

  /** Whether the line before ends with a word for a library: "в библиотеке ", "пакет «". */
  private static boolean afterLibraryWord(String before) {
    int end = before.length();
    while (end > 0 && (before.charAt(end - 1) == ' ' || before.charAt(end - 1) == '«')) {
      end--;
    }
    if (end == before.length() || end == 0) {
      return false;
    }
    int from = end;
    while (from > 0 && Character.isLetter(before.charAt(from - 1))) {
      from--;
    }
    String word = before.substring(from, end).toLowerCase(Locale.ROOT);
    for (String stem : LIBRARY_STEMS) {
      if (word.startsWith(stem)) {
        return true;
      }
    }
    return false;
  }
}
