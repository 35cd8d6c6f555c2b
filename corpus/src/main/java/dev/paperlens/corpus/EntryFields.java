package dev.paperlens.corpus;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * A BibTeX entry's fields: an unmodifiable map in the order written, held as one array of names and
 * values. A library of 70,000 entries has some 650,000 fields; as a {@code LinkedHashMap} each
 * costs an entry object, a slot of a hash table and its own copy of the field name, about 60 MB of
 * heap beside the values, held while a whole corpus is built. An entry has a few dozen fields at
 * most, so a look-up scans. Neither the JDK nor a library already here has an ordered immutable map
 * without an object per entry. Names are interned: every entry repeats the same few.
 *
 * <p>A BibTeX entry's long values may be kept as the LaTeX written ({@link #ofLatex}) and rendered
 * to plain text ({@link LatexToUnicode#plain}) when first read: a server's first stage reads a few
 * short fields of every entry (title, authors, year, venue, ids) and none of its abstract, most of
 * a library's text, whose rendering then waits until the first stage has its entries
 * (docs/performance.md). Short values are rendered as the fields are made, by the parse's threads,
 * so that reading a field is a look-up and not, most of the time, a rendering: the compiler then
 * has a small method to make hot while the first stage reads every entry. Rendering is a pure
 * function of the value, so two threads reading a field at once each render it and keep the same
 * text.
 */
final class EntryFields extends AbstractMap<String, String> {
  private static final EntryFields EMPTY = new EntryFields(new Object[0]);

  /**
   * Names at even places, each followed by its value: a {@code String}, null, or a {@link Latex}
   * replaced by its rendering when first read.
   */
  private final Object[] namesAndValues;

  private EntryFields(Object[] namesAndValues) {
    this.namesAndValues = namesAndValues;
  }

  /**
   * The longest value rendered as the fields are made: keys, titles, most author lists, venues and
   * years are, by the parse's threads; a longer one (an abstract, a note) waits for its first
   * reader.
   */
  static final int RENDERED_AT_ONCE = 400;

  /** A value as the LaTeX written, not yet rendered. */
  private record Latex(String written) {}

  /**
   * BibTeX fields in this order, each value LaTeX as written (not null): one of up to {@link
   * #RENDERED_AT_ONCE} characters rendered now, a longer one when first read; a field named in
   * {@code verbatim} keeps its text as written, without its outer blanks.
   */
  static Map<String, String> ofLatex(Map<String, String> written, Set<String> verbatim) {
    if (written.isEmpty()) {
      return EMPTY;
    }
    Object[] out = new Object[written.size() * 2];
    int n = 0;
    for (Map.Entry<String, String> field : written.entrySet()) {
      String name = field.getKey().intern();
      out[n++] = name;
      String value = field.getValue();
      out[n++] =
          verbatim.contains(name)
              ? value.strip()
              : value.length() <= RENDERED_AT_ONCE ? LatexToUnicode.plain(value) : new Latex(value);
    }
    return new EntryFields(out);
  }

  /** The value at {@code at}, rendered now if it was kept as LaTeX. */
  private String value(int at) {
    Object value = namesAndValues[at];
    if (value instanceof Latex latex) {
      // A benign race: a thread that sees the LaTeX renders it again to the same text, and a
      // String is safely published through its final fields.
      String plain = LatexToUnicode.plain(latex.written());
      namesAndValues[at] = plain;
      return plain;
    }
    return (String) value;
  }

  /**
   * Renders every value of these fields still kept as LaTeX, so that later reads find text and the
   * LaTeX goes; fields of another kind are left as they are.
   */
  static void renderAll(Map<String, String> fields) {
    if (fields instanceof EntryFields kept) {
      for (int i = 1; i < kept.namesAndValues.length; i += 2) {
        kept.value(i);
      }
    }
  }

  /** Whether the field's value has been rendered (or was never LaTeX); for tests. */
  boolean rendered(String name) {
    for (int i = 0; i < namesAndValues.length; i += 2) {
      if (namesAndValues[i].equals(name)) {
        return !(namesAndValues[i + 1] instanceof Latex);
      }
    }
    return true;
  }

  /** The fields in their map's iteration order. */
  static Map<String, String> of(Map<String, String> fields) {
    if (fields instanceof EntryFields same) {
      return same;
    }
    if (fields.isEmpty()) {
      return EMPTY;
    }
    Object[] out = new Object[fields.size() * 2];
    int n = 0;
    for (Map.Entry<String, String> field : fields.entrySet()) {
      out[n++] = field.getKey() == null ? null : field.getKey().intern();
      out[n++] = field.getValue();
    }
    return new EntryFields(out);
  }

  @Override
  public String get(Object name) {
    for (int i = 0; i < namesAndValues.length; i += 2) {
      if (java.util.Objects.equals(namesAndValues[i], name)) {
        return value(i + 1);
      }
    }
    return null;
  }

  @Override
  public boolean containsKey(Object name) {
    for (int i = 0; i < namesAndValues.length; i += 2) {
      if (java.util.Objects.equals(namesAndValues[i], name)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public int size() {
    return namesAndValues.length / 2;
  }

  @Override
  public Set<Map.Entry<String, String>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public int size() {
        return namesAndValues.length / 2;
      }

      @Override
      public Iterator<Map.Entry<String, String>> iterator() {
        return new Iterator<>() {
          private int next;

          @Override
          public boolean hasNext() {
            return next < namesAndValues.length;
          }

          @Override
          public Map.Entry<String, String> next() {
            if (next >= namesAndValues.length) {
              throw new NoSuchElementException();
            }
            Map.Entry<String, String> field =
                new AbstractMap.SimpleImmutableEntry<>(
                    (String) namesAndValues[next], value(next + 1));
            next += 2;
            return field;
          }
        };
      }
    };
  }
}
