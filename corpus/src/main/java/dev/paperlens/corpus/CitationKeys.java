package dev.paperlens.corpus;

import dev.paperlens.text.CrossScript;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Citation keys for papers: the user's BibTeX key when there is one, else a readable key made from
 * the paper's own content ("hyenadna", "memorymosaics", "unsupervisedonline"), lower-case ASCII
 * letters and digits only, so it is safe in any .bib file.
 *
 * <p>A key depends only on the paper and on papers that would get the same key: papers whose
 * readable key collides all get the year appended, and if that still collides, more words of their
 * own title, and failing that four letters derived from a hash of their own content. Adding an
 * unrelated paper to the corpus never changes an existing key, and nothing depends on the order
 * papers were read in.
 */
public final class CitationKeys {
  private CitationKeys() {}

  private static final int MAX_BASE = 32;

  private static final Set<String> STOPWORDS =
      Set.of(
          "a", "an", "the", "of", "for", "and", "or", "with", "without", "to", "in", "on", "at",
          "by", "from", "via", "is", "are", "be", "as", "into", "over", "under", "all", "you",
          "your", "we", "our", "that", "this", "its", "it", "not", "no", "how", "what", "why",
          "when", "do", "does", "can", "towards", "toward", "beyond", "through", "about", "using",
          "vs", "versus", "и", "в", "во", "на", "с", "со", "для", "по", "о", "об", "от", "из", "к",
          "как", "что", "не");

  /**
   * What a key is made from.
   *
   * @param userKey the key of the user's BibTeX entry, or null
   * @param title the paper's title, or null
   * @param methods names the paper introduces; a paper named by its method gets the method as key
   * @param year publication year, or null
   * @param identity the SHA-256, in hex, of the paper's own content (ids, title, review text), to
   *     derive a tie-breaking suffix from: a digest, so that the requests of a whole corpus, made
   *     at once, do not hold every paper's review text a second time ({@link #of} makes it)
   */
  public record Request(
      String userKey, String title, List<String> methods, Integer year, String identity) {
    public Request {
      methods = methods == null ? List.of() : List.copyOf(methods);
      if (identity == null || identity.length() != 64) {
        throw new IllegalArgumentException("an identity is a SHA-256 in hex: " + identity);
      }
    }

    /** A request whose identity is the digest of {@code content}. */
    public static Request of(
        String userKey, String title, List<String> methods, Integer year, String content) {
      return new Request(
          userKey,
          title,
          methods,
          year,
          content == null ? NO_IDENTITY : HexFormat.of().formatHex(sha256(content)));
    }
  }

  /**
   * The digest of an empty identity, given to every paper that keeps its user key (most of a
   * library): worked out once, not once per entry.
   */
  private static final String NO_IDENTITY = HexFormat.of().formatHex(sha256(""));

  /**
   * One key per request, in the same order, unique across the list (case-insensitively). User keys
   * are kept as written and reserved before any key is generated; a user key given twice is kept
   * only the first time, and the later paper gets a generated key.
   */
  public static List<String> assign(List<Request> requests) {
    String[] keys = new String[requests.size()];
    Set<String> taken = new HashSet<>();
    for (int i = 0; i < requests.size(); i++) {
      String user = requests.get(i).userKey;
      if (user != null && !user.isBlank() && taken.add(user.toLowerCase(Locale.ROOT))) {
        keys[i] = user;
      }
    }
    Map<String, List<Integer>> byBase = new LinkedHashMap<>();
    for (int i = 0; i < requests.size(); i++) {
      if (keys[i] == null) {
        Request r = requests.get(i);
        byBase.computeIfAbsent(base(r.title, r.methods), b -> new ArrayList<>()).add(i);
      }
    }
    Map<Integer, String> generated = new HashMap<>();
    for (Map.Entry<String, List<Integer>> group : byBase.entrySet()) {
      String base = group.getKey();
      List<Integer> members = group.getValue();
      if (members.size() == 1 && !taken.contains(base)) {
        generated.put(members.get(0), base);
        continue;
      }
      Map<String, Integer> withYear = new HashMap<>();
      for (int i : members) {
        withYear.merge(base + yearOf(requests.get(i)), 1, Integer::sum);
      }
      for (int i : members) {
        String candidate = base + yearOf(requests.get(i));
        if (withYear.get(candidate) == 1 && !candidate.equals(base) && !taken.contains(candidate)) {
          generated.put(i, candidate);
        } else {
          String longer = longerKey(requests, members, i, base, taken);
          generated.put(
              i, longer != null ? longer : candidate + suffix(requests.get(i).identity, 4));
        }
      }
    }
    resolveRemainingClashes(requests, generated, taken);
    generated.forEach((i, key) -> keys[i] = key);
    return List.of(keys);
  }

  /**
   * Keys that still clash (equal content, a hash collision, or a year suffix meeting another base)
   * get a counter in the order of their content's digest, so the order papers were read in matters
   * only for identical papers.
   */
  private static void resolveRemainingClashes(
      List<Request> requests, Map<Integer, String> generated, Set<String> reserved) {
    Map<String, List<Integer>> byKey = new HashMap<>();
    generated.forEach((i, key) -> byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(i));
    Set<String> used = new HashSet<>(reserved);
    List<String> clashing = new ArrayList<>();
    for (Map.Entry<String, List<Integer>> entry : byKey.entrySet()) {
      if (entry.getValue().size() == 1 && !reserved.contains(entry.getKey())) {
        used.add(entry.getKey());
      } else {
        clashing.add(entry.getKey());
      }
    }
    clashing.sort(Comparator.naturalOrder());
    for (String key : clashing) {
      List<Integer> members = new ArrayList<>(byKey.get(key));
      members.sort(
          Comparator.comparing((Integer i) -> requests.get(i).identity)
              .thenComparing(i -> String.valueOf(requests.get(i).title)));
      int counter = 2;
      for (int i : members) {
        String candidate = key;
        while (!used.add(candidate)) {
          candidate = key + counter++;
        }
        generated.put(i, candidate);
      }
    }
  }

  /**
   * A key that tells a paper apart from the others wanting the same base by more of its own title
   * ("transformerslearnimplement" beside "transformerslearntemporal"), or null when its title has
   * no word the others' titles lack. Only the colliding papers are compared, so unrelated papers
   * never change it.
   */
  private static String longerKey(
      List<Request> requests, List<Integer> members, int self, String base, Set<String> taken) {
    Set<String> others = new HashSet<>();
    for (int i : members) {
      if (i != self) {
        others.addAll(longerCandidates(requests.get(i).title, base));
      }
    }
    for (String candidate : longerCandidates(requests.get(self).title, base)) {
      if (!others.contains(candidate) && !taken.contains(candidate)) {
        return candidate;
      }
    }
    return null;
  }

  /** The base followed by ever more significant words of the title, shortest first. */
  private static List<String> longerCandidates(String title, String base) {
    List<String> out = new ArrayList<>();
    if (title == null) {
      return out;
    }
    StringBuilder words = new StringBuilder();
    for (String word : words(title)) {
      if (STOPWORDS.contains(word)) {
        continue;
      }
      words.append(word);
      String sofar = words.toString();
      String candidate = sofar.startsWith(base) ? sofar : base + sofar;
      if (candidate.length() > base.length() && candidate.length() <= MAX_BASE + 16) {
        out.add(candidate);
      }
    }
    return out;
  }

  private static String yearOf(Request r) {
    return r.year == null ? "" : String.valueOf(r.year);
  }

  /**
   * The readable part of a generated key: the paper's first one-word method, else its first method,
   * else a short title used as a name, else the first significant words of the title
   * ("Unsupervised-to-Online Reinforcement Learning" gives "unsupervisedonline").
   */
  public static String base(String title, List<String> methods) {
    if (methods != null && !methods.isEmpty()) {
      // A one-word name ("NEAT", "Hedgehog") reads better as a key than the phrase it abbreviates.
      List<String> names = new ArrayList<>();
      for (String method : methods) {
        names.addAll(MentionLinker.spellingsOf(method));
      }
      for (String name : names) {
        String slug = slug(name);
        if (!slug.isEmpty() && !name.strip().contains(" ")) {
          return cap(slug);
        }
      }
      for (String name : names) {
        String slug = slug(name);
        if (!slug.isEmpty()) {
          return cap(slug);
        }
      }
    }
    if (title == null || title.isBlank()) {
      return "paper";
    }
    String t = title.strip();
    int colon = t.indexOf(':');
    if (colon > 0 && words(t.substring(0, colon)).size() <= 2) {
      String slug = slug(t.substring(0, colon));
      if (!slug.isEmpty()) {
        return cap(slug);
      }
    }
    List<String> all = words(t);
    if (all.size() <= 2) {
      String slug = slug(t);
      return slug.isEmpty() ? "paper" : cap(slug);
    }
    StringBuilder out = new StringBuilder();
    int used = 0;
    for (String word : all) {
      if (STOPWORDS.contains(word)) {
        continue;
      }
      out.append(word);
      used++;
      if (used == 3 || (used >= 2 && out.length() >= 12)) {
        break;
      }
    }
    return out.length() == 0 ? "paper" : cap(out.toString());
  }

  /** Lower-case ASCII letters and digits of a text, Cyrillic transliterated, accents dropped. */
  public static String slug(String s) {
    if (s == null) {
      return "";
    }
    String ascii = asciiSlug(s);
    return ascii != null ? ascii : slugOfAnyScript(s);
  }

  /** {@link #slug} by transliteration and NFKD, for a text in any script. */
  static String slugOfAnyScript(String s) {
    String latin = Normalizer.normalize(CrossScript.toLatin(s), Normalizer.Form.NFKD);
    StringBuilder out = new StringBuilder(latin.length());
    for (int i = 0; i < latin.length(); i++) {
      char c = Character.toLowerCase(latin.charAt(i));
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * {@link #slug} of a text written in ASCII alone, in one pass, or null when it writes any other
   * character: transliteration and NFKD leave ASCII as it is, so only the lower-casing and the
   * filter are left. Every title is slugged two or three times (grouping, identity, key), and
   * grouping does it on one thread; the two passes and the normalizer were a twentieth of a library
   * read.
   */
  static String asciiSlug(String s) {
    int n = s.length();
    byte[] out = null;
    int length = 0;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c >= 0x80) {
        return null;
      }
      if (c >= 'A' && c <= 'Z') {
        c = (char) (c + ('a' - 'A'));
      } else if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))) {
        continue;
      }
      if (out == null) {
        out = new byte[n];
      }
      out[length++] = (byte) c;
    }
    return length == 0 ? "" : new String(out, 0, length, StandardCharsets.US_ASCII);
  }

  /** What separates a title's words, compiled once (String.split compiled it on every call). */
  private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");

  /** Words of a title as slugs, split at anything but letters and digits (hyphens too). */
  private static List<String> words(String s) {
    List<String> out = new ArrayList<>();
    for (String w : NOT_LETTER_OR_DIGIT.split(s)) {
      String lower = w.toLowerCase(Locale.ROOT);
      if (STOPWORDS.contains(lower)) {
        out.add(lower);
        continue;
      }
      String slug = slug(w);
      if (!slug.isEmpty()) {
        out.add(slug);
      }
    }
    return out;
  }

  private static String cap(String slug) {
    return slug.length() <= MAX_BASE ? slug : slug.substring(0, MAX_BASE);
  }

  /**
   * Lower-case letters from a SHA-256 of the content (a {@link Request#identity}, the digest in
   * hex): stable across runs, machines and corpora.
   */
  static String suffix(String identityDigest, int length) {
    byte[] hash = HexFormat.of().parseHex(identityDigest);
    StringBuilder out = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      out.append((char) ('a' + Math.floorMod(hash[i], 26)));
    }
    return out.toString();
  }

  private static byte[] sha256(String content) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
