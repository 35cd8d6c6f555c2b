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
 */
final class EntryFields extends AbstractMap<String, String> {
  private static final EntryFields EMPTY = new EntryFields(new String[0]);

  /** Names at even places, each followed by its value. */
  private final String[] namesAndValues;

  private EntryFields(String[] namesAndValues) {
    this.namesAndValues = namesAndValues;
  }

  /** The fields in their map's iteration order. */
  static Map<String, String> of(Map<String, String> fields) {
    if (fields instanceof EntryFields same) {
      return same;
    }
    if (fields.isEmpty()) {
      return EMPTY;
    }
    String[] out = new String[fields.size() * 2];
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
        return namesAndValues[i + 1];
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
                    namesAndValues[next], namesAndValues[next + 1]);
            next += 2;
            return field;
          }
        };
      }
    };
  }
}
