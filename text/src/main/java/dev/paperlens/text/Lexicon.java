package dev.paperlens.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import morfologik.fsa.FSA;
import morfologik.fsa.FSATraversal;
import morfologik.fsa.MatchResult;
import morfologik.stemming.Dictionary;

/**
 * The ordinary words of a language, every inflected form: what tells a name ("xgboost", "numpy")
 * from a word ("attention", "baseline") in running text. Backed by LanguageTool's spelling
 * dictionaries (morfologik automata built from SCOWL for English and from aot.ru for Russian), read
 * once on first use and shared between threads.
 */
public final class Lexicon {
  private static final String ENGLISH = "/org/languagetool/resource/en/hunspell/en_US.dict";
  private static final String RUSSIAN = "/org/languagetool/resource/ru/hunspell/ru_RU.dict";

  private final FSA fsa;
  private final byte separator;
  private final Charset charset;

  /**
   * {@link #isWord}'s answers, by the word as asked. Prose repeats its words, and each answer took
   * one or two walks of the automaton, each with a new encoder and arrays: asked for every Russian
   * word by the matchers and the name finders, it was a twentieth of reading a corpus. Bounded, as
   * a corpus can write millions of distinct words; once full, words are looked up anew.
   */
  private final Map<String, Boolean> answers = new ConcurrentHashMap<>();

  /**
   * At most 262,144 answers, and one per 16 KB of the maximum heap (32,768 at the clients' 512 MB):
   * an answer with its word takes about 150 bytes, so the cache stays under 1% of the heap.
   */
  private static final int MAX_ANSWERS = CacheBound.entries(1 << 18, 16 * 1024);

  private Lexicon(String resource) {
    URL url = Lexicon.class.getResource(resource);
    if (url == null) {
      throw new IllegalStateException("word list missing from the class path: " + resource);
    }
    try {
      Dictionary dictionary = Dictionary.read(url);
      this.fsa = dictionary.fsa;
      this.separator = dictionary.metadata.getSeparator();
      this.charset = Charset.forName(dictionary.metadata.getEncoding());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read word list " + resource, e);
    }
  }

  private static final class English {
    static final Lexicon INSTANCE = new Lexicon(ENGLISH);
  }

  private static final class Russian {
    static final Lexicon INSTANCE = new Lexicon(RUSSIAN);
  }

  /** American English words, with proper nouns capitalised ("Adam", "Google"). */
  public static Lexicon english() {
    return English.INSTANCE;
  }

  /** Russian words, every case form ("модели", "моё"), with proper nouns capitalised. */
  public static Lexicon russian() {
    return Russian.INSTANCE;
  }

  /** Whether the word is in the list exactly as written (case matters: "Adam" but not "adam"). */
  public boolean contains(String word) {
    if (word == null || word.isEmpty()) {
      return false;
    }
    byte[] bytes = encode(word);
    if (bytes == null) {
      return false;
    }
    byte[] entry = new byte[bytes.length + 1];
    System.arraycopy(bytes, 0, entry, 0, bytes.length);
    entry[bytes.length] = separator;
    MatchResult match = new FSATraversal(fsa).match(entry);
    return match.kind == MatchResult.SEQUENCE_IS_A_PREFIX || match.kind == MatchResult.EXACT_MATCH;
  }

  /**
   * How common the word is, exactly as written: 0 when it is not listed, else from 1 (rare) up;
   * lists without frequencies give 1 for every word. Russian frequencies come from aot.ru's corpus
   * counts: "раза" and "серия" are common, "лама" and "гофера" rare.
   */
  public int frequency(String word) {
    if (word == null || word.isEmpty()) {
      return 0;
    }
    byte[] bytes = encode(word);
    if (bytes == null) {
      return 0;
    }
    byte[] entry = new byte[bytes.length + 1];
    System.arraycopy(bytes, 0, entry, 0, bytes.length);
    entry[bytes.length] = separator;
    MatchResult match = new FSATraversal(fsa).match(entry);
    if (match.kind == MatchResult.EXACT_MATCH) {
      return 1;
    }
    if (match.kind != MatchResult.SEQUENCE_IS_A_PREFIX) {
      return 0;
    }
    int best = 1;
    for (int arc = fsa.getFirstArc(match.node); arc != 0; arc = fsa.getNextArc(arc)) {
      int label = fsa.getArcLabel(arc) & 0xff;
      if (label >= 'A' && label <= 'Z') {
        best = Math.max(best, label - 'A' + 1);
      }
    }
    return best;
  }

  /**
   * Whether the word, in lower case, is an ordinary (common-noun) word: "whisper" and "attention"
   * are, "Adam" is not (only its capitalised form is listed), nor is "xgboost". Russian "ё" is also
   * tried as "е", since the lists spell words one way.
   */
  public boolean isWord(String word) {
    Boolean known = answers.get(word);
    if (known != null) {
      return known;
    }
    boolean answer = lookUpWord(word);
    if (answers.size() < MAX_ANSWERS) {
      answers.put(word, answer);
    }
    return answer;
  }

  private boolean lookUpWord(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    return contains(lower)
        || (lower.indexOf('е') >= 0 && contains(lower.replace('е', 'ё')))
        || (lower.indexOf('ё') >= 0 && contains(lower.replace('ё', 'е')));
  }

  private byte[] encode(String word) {
    CharsetEncoder encoder =
        charset
            .newEncoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      ByteBuffer buffer = encoder.encode(CharBuffer.wrap(word));
      byte[] out = new byte[buffer.remaining()];
      buffer.get(out);
      return out;
    } catch (CharacterCodingException e) {
      return null;
    }
  }
}
