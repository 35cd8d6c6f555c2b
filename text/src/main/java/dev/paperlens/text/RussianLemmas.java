package dev.paperlens.text;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;

/**
 * The dictionary lemmas of a Russian word form, from LanguageTool's Russian tagging dictionary (a
 * morfologik automaton built from aot.ru, the same source as the spelling list): "музыки" is a form
 * of "музыка", "дала" of "дать", "берем" of "брать", which no ending stripped off the form gives.
 * Only readings as a common noun or a verb's finite form are kept: a person's first name,
 * patronymic or surname is written with a capital, so a lower-case form of one says nothing of how
 * common the word is; a participle's lemma is its verb ("вита" of "вить"); and an adjective's
 * endings are those Russian gives a borrowed noun ("со свином", Swin, reads as "свиной").
 */
public final class RussianLemmas {
  private static final String TAGGER = "/org/languagetool/resource/ru/russian.dict";

  private static final System.Logger LOG = System.getLogger(RussianLemmas.class.getName());

  /** The tagging dictionary, or null where the class path lacks it: then no word has lemmas. */
  private final Dictionary dictionary;

  /** Answers by the word as asked, bounded as {@link Lexicon}'s are. */
  private final Map<String, List<String>> answers = new ConcurrentHashMap<>();

  private static final int MAX_ANSWERS = CacheBound.entries(1 << 16, 64 * 1024);

  private RussianLemmas(String resource) {
    URL url = RussianLemmas.class.getResource(resource);
    Dictionary read = null;
    if (url == null) {
      // a jar packed without it reads words as before, by their guessed lemmas only
      LOG.log(Level.WARNING, "Russian tagging dictionary missing from the class path: " + resource);
    } else {
      try {
        read = Dictionary.read(url);
      } catch (IOException | RuntimeException e) {
        LOG.log(Level.WARNING, "cannot read the Russian tagging dictionary " + resource, e);
      }
    }
    this.dictionary = read;
  }

  private static final class Holder {
    static final RussianLemmas INSTANCE = new RussianLemmas(TAGGER);
  }

  /** The lemmas from another resource: a missing one gives none, for tests of the fallback. */
  static RussianLemmas from(String resource) {
    return new RussianLemmas(resource);
  }

  /** The shared dictionary, read on first use. */
  public static RussianLemmas get() {
    return Holder.INSTANCE;
  }

  /**
   * The lemmas the dictionary gives the lower-case form, each once, in its order; none for a word
   * it lacks ("юнит", "керас") or has only as a person's name.
   */
  public List<String> of(String word) {
    if (dictionary == null) {
      return List.of();
    }
    String lower = word.toLowerCase(Locale.ROOT);
    List<String> known = answers.get(lower);
    if (known != null) {
      return known;
    }
    List<String> out = new ArrayList<>(2);
    // a lookup keeps its own buffers, so each call makes one: the dictionary itself is shared
    for (WordData data : new DictionaryLookup(dictionary).lookup(lower)) {
      CharSequence tag = data.getTag();
      if (tag == null || !isCommonNounOrVerb(tag.toString())) {
        continue;
      }
      String lemma = data.getStem().toString();
      if (!out.contains(lemma)) {
        out.add(lemma);
      }
    }
    List<String> answer = List.copyOf(out);
    if (answers.size() < MAX_ANSWERS) {
      answers.put(lower, answer);
    }
    return answer;
  }

  /**
   * A common noun ("NN:Inanim:…", "NN:Anim:…") or a verb's finite form ("VB:…"), not a person's
   * name ("NN:Name:…", "NN:Patr:…", "NN:Fam:…").
   */
  private static boolean isCommonNounOrVerb(String tag) {
    if (tag.startsWith("VB:")) {
      return true;
    }
    return tag.startsWith("NN:")
        && !tag.contains(":Name")
        && !tag.contains(":Patr")
        && !tag.contains(":Fam");
  }
}
