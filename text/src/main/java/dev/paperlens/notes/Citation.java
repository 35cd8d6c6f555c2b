package dev.paperlens.notes;

/**
 * One cited key in a note. Offsets are UTF-16 indexes into the scanned text, end exclusive.
 *
 * @param key the citation key as written, e.g. "hyenadna2023"
 * @param start where the key starts (after "@" or after "{" / ",")
 * @param end where the key ends
 * @param command how it was cited: "\\citep", "\\textcite*"..., or "@" / "-@" for pandoc Markdown
 * @param groupStart start of the whole key group: the "{" of "{a,b}", the "[" of "[@a; @b]", or the
 *     "@" of a bare author-in-text citation
 * @param groupEnd end of that group (after "}" or "]"; after the key when the group is unfinished)
 */
public record Citation(
    String key, int start, int end, String command, int groupStart, int groupEnd) {}
