package dev.paperlens.corpus;

import dev.paperlens.text.Abbreviation;
import dev.paperlens.text.CrossScript;
import dev.paperlens.text.LatinNames;
import dev.paperlens.text.Lexicon;
import dev.paperlens.text.NameMatcher;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the names a review gives to its own paper's method, model or dataset: the short name before
 * a title's colon, an abbreviation defined in the title, a title that is itself a name, and Russian
 * cue phrases in the body ("называется X", "под названием X", "мы представляем X").
 *
 * <p>Names are Latin-script: reviews write Russian prose around Latin names, so a cue followed by a
 * Russian word introduces nothing we could match in a note. Only a few cue words start a match and
 * every pattern after them is bounded, so huge bodies are read in linear time.
 */
public final class IntroducedNames {
  /** A Latin name token that carries a capital: "HyenaDNA", "FIFO-Diffusion", "vLLM", "Imp". */
  private static final String NAME_TOKEN = "[a-z0-9]*[A-Z][A-Za-z0-9]*(?:[-_.+][A-Za-z0-9]+)*";

  /** A capitalised word of a spelled-out name: "Trajectory", "Cross-Layer". */
  private static final String LONG_WORD = "[A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*";

  /** "Trajectory Score Matching (TSM)", "NeuroEvolution of Augmenting Topologies (NEAT)". */
  private static final Pattern LONG_WITH_ABBREVIATION =
      Pattern.compile(
          "(?<long>"
              + LONG_WORD
              + "(?: (?:(?:of|for|and|the|with|in|on|to|via|a|an|&) )?"
              + LONG_WORD
              + "){0,7}) \\((?<abbr>[A-Za-z0-9][A-Za-z0-9-]{0,15})\\)");

  /** A name of up to four words: "OpenRLHF", "Stable Diffusion XL", "Mamba 2". */
  private static final Pattern NAME =
      Pattern.compile(NAME_TOKEN + "(?: [A-Z0-9][A-Za-z0-9]*(?:[-_.+][A-Za-z0-9]+)*){0,3}");

  /**
   * Russian cue words. "called" cues name the thing right away; "presents" cues may put a short
   * Russian description first ("представляем модельно-основанную кластеризацию, MBC").
   */
  private static final Pattern CUE =
      Pattern.compile(
          "(?:(?<called>[Нн]азван\\p{L}*|[Нн]азвал\\p{L}*|[Нн]азыва(?:ется|ются|ем|ют)"
              + "|[Пп]од\\s+(?:названием|именем)|[Зз]овут|[Зз]ов[её]тся|[Оо]крести\\p{L}*"
              + "|[Пп]олучивш\\p{L}* название|[Cc]alled|[Nn]amed|[Dd]ubbed|[Cc]oined|[Tt]ermed"
              + "|[Ww]e (?:call|term)(?: (?:the|our|this|these|such|a|an)(?: [a-z-]+){0,2})?"
              + "|(?:[Кк]оторую|[Кк]оторого|[Кк]оторое|[Кк]оторые|[Ее][её]|[Ее]го|[Ии]х)"
              + " (?:все |многие )?знают как|[Ии]звестн\\p{L}* как|(?:is |are )?known as)"
              + "|(?<presents>[Пп]редстав(?:ля|ил|им|лен)\\p{L}*|[Сс]озда(?:ем|ём|ли|ют|ет)"
              + "|[Рр]азработа(?:ли|ем|ют)|[Пп]ридума(?:ли|л|ла)|[Вв]ыкати\\p{L}*|[Вв]ыкатыва\\p{L}*|[Вв]ыпусти\\p{L}*"
              + "|[Рр]елизну\\p{L}*|[Аа]нонсирова\\p{L}*|[Сс]делали|[Пп]олуча(?:ем|ется|ют)"
              + "|[Ww]e (?:introduce|present|propose|release)|[Ii]ntroduc(?:es|ing)|[Rr]eleased"
              + "|[Aa]uthors (?:introduce|present|propose)|[Pp]resents|[Pp]roposes)"
              + "|(?<proposes>[Пп]редлага(?:ем|ют|ет|ется)|[Пп]редложи(?:ли|м)|[Пп]редложен\\p{L}*"
              + "|[Вв]вод(?:им|ят|ится)|[Вв]стречайте|[Зз]накомьтесь"
              + "|[Мм]ы (?:обучаем|собираем|строим|выпускаем|разрабатываем|создаём)"
              + "|[Ww]e (?:train|build|collect|develop))"
              // making a thing names it only with the kind of thing: "обучена модель Chinchilla",
              // "построили движок vLLM"; "обучили BERT" is prior work being used
              // gathering data names what was gathered, with or without its kind: "так собрали
              // LLaVA-Instruct-158K"; prior data is taken, not gathered ("взяли ImageNet")
              + "|(?<gathered>[Сс]обрали)(?= [A-Za-z0-9])"
              + "|(?<made>(?:[Оо]бучен[аоы]?|[Оо]бучили|[Сс]обрали|[Сс]обран[аоы]?|[Пп]остроили"
              + "|[Пп]остроен[аоы]?|[Вв]ыпуска(?:ем|ют|ет)|[Tt]rained|[Bb]uilt"
              // the authors' own thing of a kind: "свой датасет X", "two of their own datasets"
              + "|[Сс]во(?:й|я|ю|ё|е|и|их|его|ей)|(?:[Tt]heir|[Oo]ur) own)"
              + "(?: (?:новую|новый|новое|собственную|собственный|свою|свой|свое|a|an|our|the)){0,2}"
              + " (?:модель|модели|движок|датасет|датасета|датасеты|корпус|бенчмарк|бенчмарка"
              + "|бенчмарки|фреймворк|библиотеку|архитектуру|систему|метод|алгоритм|проект"
              + "|набор данных|model|models|dataset|datasets|corpus|benchmark|framework|engine"
              + "|system))"
              // the slot a post gives its paper's contribution, then the name after a dash:
              // "главная штука рантайма - RadixAttention:", "второй трюк - compressed finite state
              // machine для …", "решение - ordered boosting"
              // and the whole a post sums up after the parts: "всё это вместе — SayCan"
              + "|(?<slot>(?:[Шш]тука|[Фф]ишка|[Ии]дея|[Тт]рюк|[Рр]ешение|[Вв]клад"
              + "|[Вв]с[её](?: это)? вместе)(?: [а-яё]+)?"
              + " [—–-](?= [A-Za-z]))"
              + ")(?![\\p{L}])");

  /**
   * How cue words start, up to where their alternatives part, with the first letter in lower case
   * (the rest is compared as written, as {@link #CUE} does): the regex runs only where the text
   * starts the same way, which keeps bodies of plain prose cheap to read. Three letters were not
   * enough for English: "the", "pro", "int", "pre", "tra" start half the words of an abstract, and
   * {@link #CUE} was tried at each of them for "their own", "proposes", "introduces", "presents",
   * "trained". English cues serve posts written in English.
   */
  private static final String[] CUE_STARTS = {
    // called
    "назва",
    "назыв",
    "под",
    "зов",
    "окрести",
    "получивш",
    "called",
    "named",
    "dubbed",
    "coined",
    "termed",
    "we ",
    "котор",
    "ее ",
    "её ",
    "его ",
    "их ",
    "известн",
    "is known as",
    "are known as",
    "known as",
    // presents
    "представ",
    "созда",
    "разработа",
    "придума",
    "выкат",
    "выпусти",
    "релизну",
    "анонсирова",
    "сделали",
    "получа",
    "introduc",
    "released",
    "authors ",
    "presents",
    "proposes",
    // proposes
    "предлага",
    "предлож",
    "ввод",
    "встречайте",
    "знакомьтесь",
    "мы ",
    // gathered, made
    "собра",
    "обучен",
    "обучил",
    "постро",
    "выпуска",
    "trained",
    "built",
    "сво",
    "their own",
    "our own",
    // slot
    "штука",
    "фишка",
    "идея",
    "трюк",
    "решение",
    "вклад",
    "всё ",
    "все "
  };

  /** Words that end a description: a name after them is what the text talks about, not its own. */
  private static final Set<String> STOP_WORDS =
      Set.of(
          "в", "во", "на", "с", "со", "по", "для", "из", "к", "ко", "от", "о", "об", "обо", "при",
          "через", "над", "под", "у", "за", "до", "без", "и", "или", "а", "но", "что", "как",
          "который", "которая", "которые", "которое", "также", "уже", "еще", "ещё", "не", "себя",
          "себе");

  /** Short descriptions a "presents" cue may put before the name without a comma. */
  private static final int SHORT_GAP = 3;

  /** Longer descriptions, which must then be closed by a comma or a dash. */
  private static final int LONG_GAP = 6;

  private static final Pattern ARTICLE_NAME =
      Pattern.compile(
          "(?:The|A|An) (?<word>[A-Z][A-Za-z0-9-]*)(?: (?:&|and) (?:the )?[A-Z][A-Za-z0-9-]*)?");

  private static final Pattern SHORT_NAME_TITLE =
      Pattern.compile(
          "[A-Z0-9][A-Za-z0-9]*(?:[-_.+][A-Za-z0-9]+)*(?:"
              + " [A-Z0-9][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*)?");

  private static final Pattern SINGLE_TOKEN =
      Pattern.compile("[A-Za-z0-9]+(?:[-_.+][A-Za-z0-9]+)*");

  private static final int MAX_PREFIX_CHARS = 48;

  // Patterns String.split, replaceAll and matches compiled again on every call, compiled once.
  private static final Pattern TITLE_WORD_BREAK = Pattern.compile("[\\s:,;!?()]+");
  private static final Pattern TRAILING_NUMBERS = Pattern.compile("(?: \\d+(?:\\.\\d+)?)+$");
  private static final Pattern ADJECTIVE_ENDING =
      Pattern.compile(".*(?:ый|ий|ой|ая|яя|ое|ее|ую|юю|ые|ие)");

  private static final Pattern NAME_WITH_VERSION =
      Pattern.compile("[A-Z][A-Za-z0-9-]*(?: v?\\d+(?:\\.\\d+)*[A-Za-z]?)");

  /** A Latin acronym, possibly with lower-case letters inside: "PPO", "LDM", "DiT", "ViT". */
  static final Pattern ACRONYM =
      Pattern.compile(
          "(?<![A-Za-z0-9-])[A-Z][A-Za-z]{0,2}[A-Z][A-Za-z]{0,2}(?:[A-Z][A-Za-z]?){0,4}(?![A-Za-z0-9])");

  /** Words an acronym skips: "Variational Bayes of ..." */
  private static final Set<String> FUNCTION_WORDS =
      Set.of("of", "for", "and", "the", "with", "in", "on", "to", "via", "a", "an", "by", "from");

  private IntroducedNames() {}

  /**
   * The names a post introduces for its own paper, distinct, in the order title then body.
   *
   * @param title the post's title as written, or null (digest abstracts have none)
   * @param body the post's body, or null
   * @return names as written; the first one is the display name; empty when none is found
   */
  public static List<String> introduced(String title, String body) {
    return read(title, body, List.of(), true);
  }

  /**
   * {@link #introduced(String, String)} with what the post writes outside its prose: the text of
   * its links to the paper ("👀 Gato: статья") and the captions of its photos. A name such a label
   * states is the paper's when the body writes it too ({@link NamePlaces#labels}).
   *
   * @param title the post's title as written, or null
   * @param body the post's body, or null
   * @param labels link texts and captions, none null
   * @return names as written; the first one is the display name; empty when none is found
   */
  public static List<String> introduced(String title, String body, List<String> labels) {
    return read(title, body, labels, true);
  }

  /**
   * The names a library entry (BibTeX or CSL-JSON) gives its paper: {@link #introduced} of its
   * title and abstract, except that an entry whose title already names the paper ("LoRA: Low-Rank
   * Adaptation of …") is not searched for the name its abstract keeps repeating. That search is for
   * posts nothing else names; in an abstract it finds the prior work the paper builds on ("RoBERTa:
   * A Robustly Optimized BERT Pretraining Approach" gave BERT), and it was the costliest part of
   * reading a library (docs/performance.md). Cues, definitions and aliases are still read: "We
   * propose Low-Rank Adaptation, or LoRA" spells out the title's name.
   *
   * @param title the entry's title, or null
   * @param abstractText the entry's abstract, or null
   * @return names as written; the first one is the display name; empty when none is found
   */
  public static List<String> ofLibraryEntry(String title, String abstractText) {
    return read(title, abstractText, List.of(), false);
  }

  private static List<String> read(
      String title, String body, List<String> labels, boolean salientWhenTitled) {
    Set<String> names = new LinkedHashSet<>();
    String documentFamily = null;
    if (title != null) {
      fromTitle(title.strip(), names);
      if (names.isEmpty() && body != null) {
        coinedTitleWords(title.strip(), body, names);
      }
      if (body != null && !names.isEmpty()) {
        String head = names.iterator().next();
        String written = TitleHeads.asWrittenInBody(head, body, IntroducedNames::isNameLike);
        String document = TitleHeads.documentOf(head);
        if (written == null && document != null && !TitleHeads.writes(body, head)) {
          // "Phi-3 Technical Report" where the body writes only phi-3-mini and phi-3-small: the
          // head names the document, and its name the family of the models the body gives.
          names.remove(head);
          documentFamily = document;
        } else if (written != null) {
          // "Phi-3 Technical Report": the body names the model, the head the document.
          Set<String> rest = new LinkedHashSet<>(names);
          rest.remove(head);
          names.clear();
          names.add(written);
          names.addAll(rest);
        }
      }
    }
    boolean titled = !names.isEmpty();
    List<Integer> cues = List.of();
    if (body != null) {
      cues = fromBody(title, body, names);
      listedUnderHeading(body, names);
      countedLists(body, names);
    }
    if (title != null && body != null && title.length() <= 400) {
      fromInitials(title.strip(), body, names);
    }
    if (body != null) {
      definedFirst(body, names);
      Set<String> prior = NameDefinitions.add(title, body, cues, names);
      aliases(body, names);
      if (salientWhenTitled || !titled) {
        salient(title, body, prior, names);
      }
      otherSpellings(body, names);
      InnerCapitals.add(body, names);
      variants(body, names);
      sizes(body, names);
      members(body, prior, names);
      NamePlaces.captions(body, prior, names);
      AttributedNames.add(body, prior, names);
      NamePlaces.labels(labels, body, prior, names);
      NamePlaces.packages(body, labels, names);
      NameFamilies.add(body, prior, names, documentFamily);
      CountedParts.add(body, prior, names);
      members(body, prior, names); // the sizes of variants just found: "RT-2-PaLI-X-55B"
      prefixed(body, prior, names);
      lettered(body, prior, names);
      quotedAfterKind(body, prior, names);
    }
    return List.copyOf(names);
  }

  /**
   * An acronym the body writes whose letters start the words of a phrase of the title: "PPO" of
   * "Proximal Policy Optimization Algorithms", "LDM" of "… with Latent Diffusion Models", "YOLO" of
   * "You Only Look Once: …". Both the phrase and the acronym are the paper's names. Two letters
   * spell too many phrases, so a two-letter acronym counts only for the whole of a two-word head
   * ("GR" of "Generative Recommenders: …"), and not where the body compares the paper with it
   * ("сравниваем с SW").
   */
  private static void fromInitials(String title, String body, Set<String> names) {
    // The title's words, split when the body first writes an acronym: most bodies write none.
    List<String> words = null;
    Set<String> seen = new LinkedHashSet<>();
    // Tried only where a capital starts a word, not at every character: same matches, a fraction
    // of the attempts on a long abstract.
    Matcher m = ACRONYM.matcher(body).useTransparentBounds(true).useAnchoringBounds(false);
    // The body's word starts are the places that follow no acronym neighbour (shared with the
    // other rules, WordStarts).
    int n = body.length();
    WordStarts starts = WordStarts.of(body);
    for (int k = 0; k < starts.count() && seen.size() < 64; k++) {
      int i = starts.at(k);
      char c = body.charAt(i);
      if (c < 'A' || c > 'Z' || !secondCapitalFollows(body, i)) {
        continue;
      }
      if (!m.region(i, n).lookingAt()) {
        continue;
      }
      k = starts.firstFrom(m.end()) - 1;
      String acronym = m.group();
      if (!seen.add(acronym) || LatinNames.isGeneric(acronym)) {
        continue; // "LLM" names a field
      }
      if (acronym.length() < 3) {
        // two letters spell too many phrases, but not the whole of a two-word head
        String head = twoWordHeadSpelledBy(title, acronym);
        if (head == null) {
          head = tailSpelledBy(title, acronym);
        }
        if (head != null && !NameDefinitions.comparedWith(body, acronym, 0)) {
          names.add(head);
          names.add(acronym);
        }
        continue;
      }
      if (titleNamesLaterVersion(title, acronym)) {
        continue; // "BLIP-2: Bootstrapping Language-Image Pre-training…": BLIP is the prior one
      }
      if (words == null) {
        words = List.of(TITLE_WORD_BREAK.split(title));
      }
      String phrase = spelledBy(acronym, words);
      if (phrase != null) {
        names.add(phrase);
        names.add(acronym);
      }
    }
  }

  /**
   * The head of a title, before its colon, when it is two capitalised words whose initials are the
   * two capitals of {@code acronym} ("Decision Gizmo: …" and "DG"), or null: the body's
   * abbreviation of the paper's spelled-out name.
   */
  static String twoWordHeadSpelledBy(String title, String acronym) {
    int colon = title.indexOf(':');
    if (colon < 0
        || acronym.length() != 2
        || !Character.isUpperCase(acronym.charAt(1))
        || acronym.charAt(1) > 'Z') {
      return null;
    }
    String head = title.substring(0, colon).strip();
    int space = head.indexOf(' ');
    if (space <= 0
        || space + 1 >= head.length()
        || head.indexOf(' ', space + 1) >= 0
        || head.charAt(0) != acronym.charAt(0)
        || head.charAt(space + 1) != acronym.charAt(1)) {
      return null;
    }
    return head;
  }

  /**
   * The words right after a title's colon that {@code acronym} spells, when the head before the
   * colon is that acronym, with or without a version ("RT-1: Robotics Transformer for …" and "RT"),
   * or null: the title spells out its own head, so the words are the paper's name and not any
   * phrase that happens to share two initials.
   */
  static String tailSpelledBy(String title, String acronym) {
    int colon = title.indexOf(':');
    if (colon < 0) {
      return null;
    }
    String head = title.substring(0, colon).strip();
    if (!TWO_LETTER_HEAD.matcher(head).matches() || !head.startsWith(acronym)) {
      return null;
    }
    List<String> words = List.of(TITLE_WORD_BREAK.split(title.substring(colon + 1).strip()));
    int end = consume(acronym, 0, words, 0);
    return end > 1 ? String.join(" ", words.subList(0, end)) : null;
  }

  /** A head that is two capitals, then a version or none: "RT-1", "VQ", "PG 2". */
  private static final Pattern TWO_LETTER_HEAD = Pattern.compile("[A-Z]{2}(?:[- ]?[0-9][0-9.]*)?");

  /**
   * Whether a capital follows the one at {@code i} within three places, after ASCII letters only:
   * what {@link #ACRONYM} needs before it can match there. Most capitals start a word ("We", "Our",
   * "Griffin"), and the pattern is not tried at them.
   */
  static boolean secondCapitalFollows(String body, int i) {
    int end = Math.min(body.length(), i + 4);
    for (int j = i + 1; j < end; j++) {
      char c = body.charAt(j);
      if (c >= 'A' && c <= 'Z') {
        return true;
      }
      if (c < 'a' || c > 'z') {
        return false;
      }
    }
    return false;
  }

  /** A short name of one token: "LLaVA", "RLAIF", "SW-MSA". */
  private static final Pattern SHORT_NAME =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}-])[A-Za-z][A-Za-z0-9]*[A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*(?![\\p{L}\\p{N}])");

  /**
   * The other spelling of an introduced name that the body writes anywhere: the abbreviation of an
   * introduced spelled-out name ("зовется Large Language and Vision Assistant, но все говорят
   * просто LLaVA") and the spelled-out phrase an introduced abbreviation stands for ("(RLAIF), в
   * английском тексте — Reinforcement Learning from AI Feedback"). Both are one thing, so both are
   * the paper's. The short form must spell the phrase's initials ({@link #spelledBy}) and have
   * three letters or more.
   */
  private static void otherSpellings(String body, Set<String> names) {
    List<String> phrases = new ArrayList<>();
    List<String> shorts = new ArrayList<>();
    for (String name : names) {
      if (name.indexOf(' ') > 0 && name.indexOf('(') < 0) {
        phrases.add(name);
      } else if (name.indexOf(' ') < 0 && letterCount(name) >= 3) {
        shorts.add(name);
      }
    }
    if (!phrases.isEmpty()) {
      MatchStarts found = MatchStarts.ofWordStarts(SHORT_NAME, body, MatchStarts.ASCII_LETTER);
      Matcher m = found.matcher();
      for (int seen = 0; seen < 200 && found.find(); seen++) {
        String word = m.group();
        if (letterCount(word) < 3 || names.contains(word) || LatinNames.isGeneric(word)) {
          continue;
        }
        for (String phrase : phrases) {
          if (spellsWhole(word, phrase)) {
            names.add(word);
            break;
          }
        }
      }
    }
    if (!shorts.isEmpty()) {
      MatchStarts found = MatchStarts.ofWordStarts(SPELLED_PHRASE, body, MatchStarts.ASCII_UPPER);
      Matcher m = found.matcher();
      for (int seen = 0; seen < 200 && found.find(); seen++) {
        String phrase = m.group();
        if (names.contains(phrase)) {
          continue;
        }
        for (String word : shorts) {
          if (spellsWhole(word, phrase)) {
            names.add(phrase);
            break;
          }
        }
      }
    }
  }

  /**
   * Whether {@code word} abbreviates the whole of {@code phrase}: "DPG" of "Deep Deterministic
   * Policy Gradient" is the earlier Deterministic Policy Gradient it builds on, not another
   * spelling of it.
   */
  private static boolean spellsWhole(String word, String phrase) {
    return phrase.equals(spelledBy(word, List.of(phrase.split(" "))));
  }

  /** "AdaMax — вариант Adam", "X, a variant of Y": a variant of an introduced name. */
  private static final Pattern VARIANT_OF =
      Pattern.compile(
          "(?<name>"
              + NAME_TOKEN
              + ")(?: [—–-]|,) (?:это |is )?(?:вариант|версия|модификация|расширение|an? variant of"
              + "|an? version of|an extension of) (?<of>"
              + NAME_TOKEN
              + ")");

  /** How the word after a space in every match of {@link #VARIANT_OF} starts: one pass. */
  private static final MatchStarts.Beginnings VARIANT_WORDS =
      MatchStarts.Beginnings.of(
          "вариант", "версия", "модификация", "расширение", "variant", "version", "extension");

  /**
   * The names the body calls a variant of an introduced one ("AdaMax — вариант Adam"): a paper
   * introduces its variants.
   */
  private static void variants(String body, Set<String> names) {
    if (names.isEmpty()) {
      return;
    }
    List<String> introduced = List.copyOf(names);
    if (NameDefinitions.writesAfterSpace(body, VARIANT_WORDS)) {
      Matcher m = VARIANT_OF.matcher(body);
      while (m.find()) {
        if (introduced.contains(m.group("of")) && !LatinNames.isGeneric(m.group("name"))) {
          names.add(m.group("name"));
        }
      }
    }
  }

  /**
   * A model size: "7B", "1.5B", "340M"; a mixture of experts writes its active parameters after its
   * total ("30B-A3B", "235B-A22B").
   */
  private static final String SIZE = "\\d+(?:\\.\\d+)?[BMK](?:-A\\d+(?:\\.\\d+)?[BMK])?";

  /** What separates the sizes of a list: "7B/13B", "7B, 13B и 70B", "7B or 13B". */
  private static final Pattern SIZE_LIST_SEPARATOR =
      Pattern.compile("/|,? и |,? and | or | или |, ?");

  /** A name ending in a size after a hyphen: "Zorblax-1.5B". */
  private static final Pattern SIZED_NAME = Pattern.compile("(.+)-" + SIZE);

  /**
   * Sizes listed after a name: "Falcon размером 7B, 40B и 180B", "Llama 2 (7B, 13B and 70B)",
   * "Falcon-7B/40B/180B". At most two words (a preposition, "размером", "sizes") may stand between
   * the name and the list, and the list needs two sizes.
   */
  private static final Pattern SIZE_LIST =
      Pattern.compile(
          "^(?<joint>-|(?: \\p{Ll}+){0,2} \\(?)(?<sizes>"
              + SIZE
              + "(?:(?:/|, ?| и | and | or | или |, и |, and )"
              + SIZE
              + ")+)(?![\\p{L}\\d])");

  /**
   * The sizes of an introduced family that the body lists with its name ("семейство Falcon размером
   * 7B, 40B и 180B"): a paper that gives its model in sizes introduces each of them, named as the
   * body joins a size to a name ("Falcon-180B"), else with a hyphen, or a space after a version
   * ("Gemma 2 27B").
   */
  private static void sizes(String body, Set<String> names) {
    // One matcher for every place of the body, made when first wanted: a region with the default
    // opaque and anchoring bounds sees what a copy of that stretch of the body would.
    Matcher list = null;
    for (String name : List.copyOf(names)) {
      Matcher sized = SIZED_NAME.matcher(name);
      if (sized.matches() && body.contains(name + "/")) {
        // "Zorblax-1.5B/7B": the family, and each size after the slash below
        names.add(sized.group(1));
        names.add(name);
        int at = body.indexOf(name + "/");
        Matcher m = SIZE_LIST.matcher(body.substring(at + sized.group(1).length()));
        if (m.find()) {
          for (String size : m.group("sizes").split("/")) {
            names.add(sized.group(1) + "-" + size.strip());
          }
        }
      }
      if (name.indexOf(' ') >= 0 && !NAME_WITH_VERSION.matcher(name).matches()) {
        continue; // a spelled-out phrase is not listed with sizes
      }
      int from = 0;
      while (true) {
        int at = body.indexOf(name, from);
        if (at < 0) {
          break;
        }
        from = at + name.length();
        if (at > 0 && isWordChar(body.charAt(at - 1))) {
          continue;
        }
        if (from >= body.length() || (body.charAt(from) != '-' && body.charAt(from) != ' ')) {
          continue; // every match of SIZE_LIST starts with its joint, a hyphen or a space
        }
        // The 80 characters after the name. SIZE_LIST starts with "^": looking at the start is
        // what find does, without trying the anchor at every other position
        if (list == null) {
          list = SIZE_LIST.matcher(body);
        }
        Matcher m = list.region(from, Math.min(body.length(), from + 80));
        if (!m.lookingAt()) {
          continue;
        }
        String joint = joinsWithSpace(body, name) ? " " : "-";
        for (String size : SIZE_LIST_SEPARATOR.split(m.group("sizes"))) {
          if (!size.isBlank()) {
            names.add(name + joint + size.strip());
          }
        }
      }
    }
  }

  /**
   * Whether a size follows the name after a space: when the body writes it so and never with a
   * hyphen, or when the name ends in a version the body never hyphenates ("Gemma 2 27B").
   */
  private static boolean joinsWithSpace(String body, String name) {
    if (Pattern.compile(Pattern.quote(name) + "-" + SIZE).matcher(body).find()) {
      return false;
    }
    return Character.isDigit(name.charAt(name.length() - 1))
        || Pattern.compile(Pattern.quote(name) + " " + SIZE + "(?![\\p{L}\\d])")
            .matcher(body)
            .find();
  }

  /** Whether the title's head is a later version of the acronym: "BLIP-2: …" of "BLIP". */
  private static boolean titleNamesLaterVersion(String title, String acronym) {
    return title.startsWith(acronym)
        && title.length() > acronym.length() + 1
        && (title.charAt(acronym.length()) == '-' || title.charAt(acronym.length()) == ' ')
        && Character.isDigit(title.charAt(acronym.length() + 1));
  }

  /**
   * The run of words whose initials spell the acronym, as written, or null. Capitals of the acronym
   * start words, its lower-case letters continue them ("DiT": Diffusion Transformer); hyphenated
   * parts may each give a letter ("DQN": Deep Q-Network); little words may be skipped inside the
   * run.
   */
  static String spelledBy(String acronym, List<String> words) {
    for (int start = 0; start < words.size(); start++) {
      int end = consume(acronym, 0, words, start);
      if (end > start + 1) {
        return String.join(" ", words.subList(start, end));
      }
    }
    return null;
  }

  /** The end of the run spelling acronym[from..] from word i, or -1. */
  private static int consume(String acronym, int from, List<String> words, int i) {
    if (from == acronym.length()) {
      return i;
    }
    if (i >= words.size()) {
      return -1;
    }
    String word = words.get(i);
    if (word.isEmpty() || !Character.isUpperCase(word.charAt(0))) {
      if (from > 0 && FUNCTION_WORDS.contains(word)) {
        return consume(acronym, from, words, i + 1);
      }
      return -1;
    }
    for (String part : partsOf(word)) {
      // the letters this word (or its hyphenated parts) give: an initial and the lower-case
      // letters of the acronym that follow it in the word
      if (part.isEmpty()) {
        return -1;
      }
    }
    if (word.length() >= 2
        && word.chars().allMatch(c -> c >= 'A' && c <= 'Z')
        && acronym.startsWith(word, from)) {
      return consume(acronym, from + word.length(), words, i + 1); // "AI" of "AI Feedback"
    }
    int at = from;
    List<String> parts = partsOf(word);
    for (int p = 0; p < parts.size(); p++) {
      String part = parts.get(p);
      if (at >= acronym.length()) {
        break;
      }
      if (Character.toUpperCase(part.charAt(0)) != Character.toUpperCase(acronym.charAt(at))) {
        if (p == 0) {
          return -1;
        }
        break; // later parts of a hyphenated word may give no letter ("Auto-Encoding": A)
      }
      at++;
      int k = 1;
      while (at < acronym.length()
          && Character.isLowerCase(acronym.charAt(at))
          && k < part.length()
          && part.charAt(k) == acronym.charAt(at)) {
        at++;
        k++;
      }
      if (at < acronym.length() && Character.isLowerCase(acronym.charAt(at))) {
        return -1;
      }
    }
    return consume(acronym, at, words, i + 1);
  }

  private static List<String> partsOf(String word) {
    return List.of(word.split("-"));
  }

  /** "Whisper — это модель…", "Mamba is a…" at the start of a body. */
  private static final Pattern DEFINITION =
      Pattern.compile(
          "(?<name>" + NAME_TOKEN + "(?: [A-Z0-9][A-Za-z0-9.-]*){0,2}) (?:[—–-] это|is an?) ");

  /** A body that opens by saying what a name is: that name is the paper's. */
  private static void definedFirst(String body, Set<String> names) {
    int end = body.indexOf('.');
    String first = body.substring(0, Math.min(end < 0 ? body.length() : end, 300));
    if (!first.contains(" это ") && !first.contains("is a")) {
      return; // every match writes one of these: looked for before the pattern's scan
    }
    Matcher m = DEFINITION.matcher(first);
    if (m.find() && !LatinNames.isGeneric(m.group("name"))) {
      names.add(m.group("name"));
    }
  }

  /**
   * The names a review keeps coming back to: a name the title writes that the body names at least
   * twice ("The Falcon Series of Open Language Models"), and, when nothing else named the paper,
   * the one name the body writes at least three times and more than twice as often as any other.
   */
  private static void salient(String title, String body, Set<String> prior, Set<String> names) {
    if (!names.isEmpty() && !titleWordRecurs(title, body)) {
      return; // the costly scan below could add nothing
    }
    Map<String, Integer> counts = new HashMap<>();
    Map<String, String> spelling = new HashMap<>();
    for (String name : LatinNames.find(body)) {
      if (prior.contains(name)) {
        continue; // "Rectified Flow (RF) … придумали ее Liu et al.": named often, still not theirs
      }
      String key = name.toLowerCase(Locale.ROOT);
      counts.merge(key, 1, Integer::sum);
      spelling.putIfAbsent(key, name);
      String head = familyOf(name);
      if (head != null) {
        // "Falcon-180B", "Mixtral 8x7B" are of the Falcon and Mixtral families: they count for them
        counts.merge(head.toLowerCase(Locale.ROOT), 1, Integer::sum);
        spelling.putIfAbsent(head.toLowerCase(Locale.ROOT), head);
      }
    }
    if (names.isEmpty()) {
      // "главное — Whisper в zero-shot обходит…": a capitalised Latin word in Russian prose is a
      // candidate wherever it stands, even where a sentence may start
      for (String word : latinWordsInRussian(body)) {
        String key = word.toLowerCase(Locale.ROOT);
        if (!counts.containsKey(key) && !prior.contains(word) && !LatinNames.isGeneric(word)) {
          counts.put(key, 1);
          spelling.put(key, word);
        }
      }
    }
    if (counts.isEmpty()) {
      return;
    }
    if (title != null && !title.isBlank()) {
      for (String word : TITLE_WORD_BREAK.split(title)) {
        String key = word.toLowerCase(Locale.ROOT);
        if (counts.getOrDefault(key, 0) >= 2
            && !LatinNames.isGeneric(word)
            && !partOfIntroduced(word, names)
            && !builtOn(word, names)) {
          names.add(spelling.get(key));
        }
      }
    }
    if (!names.isEmpty()) {
      return;
    }
    // Count Cyrillic spellings too: "выкатили виспер … висперу … Whisper large" is Whisper's.
    List<String> likeliest =
        counts.entrySet().stream()
            .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
            .limit(MOST_CANDIDATES)
            .map(e -> spelling.get(e.getKey()))
            .toList();
    Map<String, Integer> all = new HashMap<>();
    for (NameMatcher.Match m : NameMatcher.of(likeliest).find(body)) {
      all.merge(m.name().toLowerCase(Locale.ROOT), 1, Integer::sum);
    }
    all.forEach((key, n) -> counts.merge(key, 0, (a, b) -> Math.max(a, n)));
    List<Map.Entry<String, Integer>> ranked = new ArrayList<>(counts.entrySet());
    ranked.sort(Map.Entry.<String, Integer>comparingByValue().reversed());
    int top = ranked.get(0).getValue();
    String leader = ranked.get(0).getKey();
    int second = 0;
    for (Map.Entry<String, Integer> e : ranked.subList(1, ranked.size())) {
      // "VGG-16" and "VGG-19" are of the VGG family, counted for it: members are not its rivals
      String family = familyOf(e.getKey());
      if (family == null || !family.equals(leader)) {
        second = e.getValue();
        break;
      }
    }
    if (top >= 3 && top > 2 * second) {
      names.add(spelling.get(ranked.get(0).getKey()));
    }
  }

  /**
   * How many of a body's likeliest names salience reads in Cyrillic too: a name written once in
   * Latin and everywhere else in Cyrillic ("виспер … Whisper … виспер ларж") ties in Latin with
   * every name written once, so the first three by Latin count were a draw.
   */
  private static final int MOST_CANDIDATES = 8;

  /** A capitalised Latin word: "Whisper". */
  private static final Pattern CAPITALISED_LATIN =
      Pattern.compile("(?<![\\p{L}\\p{N}-])[A-Z][a-z]{2,}(?![\\p{L}\\p{N}-])");

  /**
   * The capitalised Latin words of a body whose word before or after is Russian: in Russian prose a
   * Latin word is a name even where a sentence starts, which {@link LatinNames} cannot assume.
   */
  private static List<String> latinWordsInRussian(String body) {
    List<String> words = new ArrayList<>();
    Matcher m = CAPITALISED_LATIN.matcher(body);
    while (m.find() && words.size() < 64) {
      if (russianNeighbour(body, m.start(), -1) || russianNeighbour(body, m.end(), 1)) {
        words.add(m.group());
      }
    }
    return words;
  }

  /** Whether the first letter before ({@code step} -1) or after (+1) {@code at} is Cyrillic. */
  private static boolean russianNeighbour(String body, int at, int step) {
    int i = step < 0 ? at - 1 : at;
    for (int seen = 0; i >= 0 && i < body.length() && seen < 4; i += step, seen++) {
      char c = body.charAt(i);
      if (Character.isLetter(c)) {
        return CrossScript.isCyrillic(c);
      }
      if (c == '\n') {
        return false;
      }
    }
    return false;
  }

  /** A member of a family with its size or version after the name, or null. */
  private static final Pattern MEMBER =
      Pattern.compile(
          "(?<family>.+?)(?:-| )(?:\\d+(?:\\.\\d+)?[BMK]?|\\d+x\\d+[BMK])(?:-A\\d+(?:\\.\\d+)?[BMK])?(?: .*)?");

  /** The family a name is a member of ("Falcon" of "Falcon-180B", "Mixtral 8x7B"), or null. */
  static String familyOf(String name) {
    Matcher m = MEMBER.matcher(name);
    return m.matches() && LatinNames.hasAsciiLetter(m.group("family")) ? m.group("family") : null;
  }

  /**
   * Whether a word is one word of a longer name already introduced: "Splatting" of "3D Gaussian
   * Splatting" is a fragment, and "Zorb" of "Zorb 2" names the earlier model.
   */
  private static boolean partOfIntroduced(String word, Set<String> names) {
    for (String name : names) {
      if (name.indexOf(' ') > 0 && List.of(name.split(" ")).contains(word)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether an introduced name of one word is built on {@code word}: "RoBERTa" and "ALBERT" on
   * BERT, "Mamba-2" on Mamba. The title names the earlier model as what the paper starts from.
   */
  private static boolean builtOn(String word, Set<String> names) {
    String lower = word.toLowerCase(Locale.ROOT);
    for (String name : names) {
      String other = name.toLowerCase(Locale.ROOT);
      if (name.indexOf(' ') < 0 && other.length() > lower.length() && other.contains(lower)) {
        return true;
      }
    }
    return false;
  }

  /** Words that order steps: "сначала учили SFT, потом DPO". */
  private static final Pattern STEPS =
      Pattern.compile("(?iu)(?<![\\p{L}])(?:сначала|вначале|first)(?![\\p{L}])");

  /** Words that set a name as later work: "впоследствии появилась версия Mamba-2". */
  private static final Pattern LATER =
      Pattern.compile(
          "(?iu)(?<![\\p{L}])(?:впоследствии|позже|позднее|потом|затем появил\\p{L}*|later"
              + "|subsequently|follow-up)(?![\\p{L}])");

  /**
   * The members of an introduced family the body writes, with a size or version after its name
   * ("Medusa-1 учит только головы, Medusa-2 дообучает", "Mixtral 8x7B Instruct", "s1-32B",
   * "RT-2-PaLI-X-55B" of a variant found before): a paper introduces the models it gives, and a
   * size is one of them wherever the body names it. A sentence that sets the member as later or
   * earlier work ("впоследствии появилась Mamba-2") leaves it out.
   */
  private static void members(String body, Set<String> prior, Set<String> names) {
    Set<String> families = new LinkedHashSet<>();
    for (String name : names) {
      if (!name.isBlank()) {
        families.add(name); // "s1-32B" of s1, "Gemma 2 27B" of Gemma 2
      }
    }
    if (families.isEmpty()) {
      return;
    }
    for (String family : families) {
      int from = 0;
      while (true) {
        int at = body.indexOf(family, from);
        if (at < 0) {
          break;
        }
        from = at + family.length();
        if ((at > 0 && isWordChar(body.charAt(at - 1)))
            || from + 1 >= body.length()
            || (body.charAt(from) != '-' && body.charAt(from) != ' ')
            || !Character.isDigit(body.charAt(from + 1))) {
          continue;
        }
        Matcher member = NAME.matcher(body).region(at, body.length());
        Matcher lowerCase = LOWER_CASE_MEMBER.matcher(body).region(from, body.length());
        String name;
        if (member.lookingAt()) {
          name = trimmedMember(member.group());
        } else if (lowerCase.lookingAt()) {
          name = family + lowerCase.group(); // "s1-32B": no capital before its hyphen
        } else {
          continue;
        }
        String sentence = sentenceAround(body, at);
        // "сначала учили SFT, потом DPO" orders steps; it does not set the member later
        boolean steps = STEPS.matcher(sentence).find();
        if (family.equals(familyOf(name))
            && !prior.contains(name)
            && (steps || !LATER.matcher(sentence).find())
            && !NameDefinitions.earlier(sentence)) {
          names.add(name);
        }
      }
    }
  }

  /** A name that ends in a version after a space or a hyphen: "FastSpeech 2", "Zorb-3". */
  private static final Pattern ENDS_IN_VERSION = Pattern.compile(".*[A-Za-z][ -]\\d+(?:\\.\\d+)?");

  /**
   * A variant the body names by a lower-case letter glued to the version of an introduced name
   * ("FastSpeech 2s" of FastSpeech 2), as a paper names the second form of its model: taken when
   * the body writes it twice or more, and not in a sentence that sets it earlier or later.
   */
  private static void lettered(String body, Set<String> prior, Set<String> names) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (String name : names) {
      if (!ENDS_IN_VERSION.matcher(name).matches()) {
        continue;
      }
      for (int at = body.indexOf(name); at >= 0; at = body.indexOf(name, at + 1)) {
        int end = at + name.length();
        int letters = end;
        while (letters < body.length() && letters - end < 3 && isLowerLatin(body.charAt(letters))) {
          letters++;
        }
        if ((at > 0 && isWordChar(body.charAt(at - 1)))
            || letters == end
            || letters - end > 2
            || (letters < body.length()
                && (Character.isLetterOrDigit(body.charAt(letters))
                    || body.charAt(letters) == '-'))) {
          continue;
        }
        String variant = body.substring(at, letters);
        String sentence = sentenceAround(body, at);
        if (!prior.contains(variant)
            && !setsLater(sentence)
            && !NameDefinitions.earlier(sentence)) {
          counts.merge(variant, 1, Integer::sum);
        }
      }
    }
    counts.forEach(
        (variant, count) -> {
          if (count >= 2) {
            names.add(variant);
          }
        });
  }

  /**
   * "Этот метод «Inner Monologue»", "наш датасет «Zorbset»", "this method, \"X\"": a name in quotes
   * after a kind that a demonstrative or "our" points back to — the thing the text has just
   * described, named.
   */
  private static final Pattern KIND_BEFORE_QUOTE =
      Pattern.compile(
          "(?iu)(?<![\\p{L}])(?:эт(?:от|а|о|им|ом|ой|у)|так(?:ой|ая|ое|им)|наш(?:а|е|им|ем)?|свой"
              + "|сво(?:я|е|ю|им)|this|our)"
              + " (?:метод\\p{L}*|подход\\p{L}*|алгоритм\\p{L}*|модел\\p{L}*|датасет\\p{L}*"
              + "|бенчмарк\\p{L}*|фреймворк\\p{L}*|архитектур\\p{L}*|техник\\p{L}*|трюк\\p{L}*"
              + "|механизм\\p{L}*|при[её]м\\p{L}*|method|approach|technique|model|dataset|benchmark"
              + "|framework),? $");

  /** A Latin name of one to four words in quotes, from after the opening quote. */
  private static final Pattern QUOTED_NAME =
      Pattern.compile("(?<name>[A-Z][A-Za-z0-9-]*(?: [A-Za-z0-9][A-Za-z0-9-]*){0,3})[»\"”]");

  /** How far before its opening quote the demonstrative and the kind may start. */
  private static final int KIND_REACH = 40;

  /**
   * The names in quotes after a kind a demonstrative points back to ({@link #KIND_BEFORE_QUOTE}),
   * read from each opening quote back, so a body is scanned once for its quotes only.
   */
  private static void quotedAfterKind(String body, Set<String> prior, Set<String> names) {
    Matcher kind = KIND_BEFORE_QUOTE.matcher(body).useTransparentBounds(true);
    Matcher quoted = QUOTED_NAME.matcher(body);
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if ((c != '«' && c != '"' && c != '“')
          || i < 6
          || body.charAt(i - 1) != ' '
          || !quoted.region(i + 1, body.length()).lookingAt()
          || !kind.region(Math.max(0, i - KIND_REACH), i).find()) {
        continue;
      }
      String name = quoted.group("name");
      int end = quoted.end();
      String sentence = sentenceAround(body, i);
      if (!prior.contains(name)
          && !LatinNames.isGeneric(name)
          && !setsLater(sentence)
          && !NameDefinitions.earlier(sentence)
          && !NameDefinitions.cited(body.substring(end, Math.min(body.length(), end + 30)))) {
        names.add(name);
      }
    }
  }

  /** English prefixes that make a word of a name, not a variant: "Non-GAT", "Pre-LN". */
  private static final Set<String> ENGLISH_PREFIXES =
      Set.of(
          "non", "pre", "post", "anti", "semi", "pseudo", "quasi", "self", "cross", "inter",
          "intra", "over", "under", "sub", "super", "multi", "extra", "ultra");

  /** Whether a word before a hyphen is an English prefix ("Non-", "Multi-"), in any case. */
  static boolean englishPrefix(String word) {
    return ENGLISH_PREFIXES.contains(word.toLowerCase(Locale.ROOT));
  }

  /** A capitalised word and a hyphen before a name: "Const-" of "Const-GAT". */
  private static final Pattern PREFIX = Pattern.compile("[A-Z][a-z]{2,}-$");

  /**
   * A variant the body names by a capitalised word and a hyphen before an introduced abbreviation
   * ("Const-GAT (те же головы, но все соседи с одинаковым весом)"), as an ablation of the method is
   * named; an English prefix ("Non-GAT", "Multi-GAT") makes a word of it, and a sentence that sets
   * the variant as earlier or later work leaves it out.
   */
  private static void prefixed(String body, Set<String> prior, Set<String> names) {
    Set<String> added = new LinkedHashSet<>();
    for (String name : names) {
      if (name.length() < 3 || !name.chars().allMatch(c -> c >= 'A' && c <= 'Z')) {
        continue;
      }
      int from = 0;
      while (true) {
        int at = body.indexOf("-" + name, from);
        if (at < 0) {
          break;
        }
        int end = at + 1 + name.length();
        from = end;
        if (end < body.length() && (isWordChar(body.charAt(end)) || body.charAt(end) == '-')) {
          continue;
        }
        int start = at;
        while (start > 0 && Character.isLetter(body.charAt(start - 1)) && start > at - 24) {
          start--;
        }
        if ((start > 0 && (isWordChar(body.charAt(start - 1)) || body.charAt(start - 1) == '-'))
            || !PREFIX.matcher(body.substring(start, at + 1)).matches()
            || ENGLISH_PREFIXES.contains(body.substring(start, at).toLowerCase(Locale.ROOT))) {
          continue;
        }
        String variant = body.substring(start, end);
        String sentence = sentenceAround(body, start);
        if (!prior.contains(variant)
            && !setsLater(sentence)
            && !NameDefinitions.earlier(sentence)) {
          added.add(variant);
        }
      }
    }
    names.addAll(added);
  }

  /** A size after a lower-case family's name, which {@link #NAME} does not read: "-32B" of s1. */
  private static final Pattern LOWER_CASE_MEMBER =
      Pattern.compile("[- ](?:\\d+x\\d+[BMK]|\\d+(?:\\.\\d+)?[BMK])(?![\\p{L}\\d])");

  /** Whether a sentence sets the names in it as later work ("впоследствии появилась Mamba-2"). */
  static boolean setsLater(String sentence) {
    return LATER.matcher(sentence).find();
  }

  /** A member's name without a trailing number that is no size ("Mixtral 8x7B 13"). */
  private static String trimmedMember(String name) {
    return TRAILING_NUMBERS.matcher(name).replaceAll("");
  }

  /** The sentence holding {@code at}: from the last sentence end before it to the next. */
  static String sentenceAround(String body, int at) {
    int start = at;
    while (start > 0 && !endsSentence(body, start - 1)) {
      start--;
    }
    int end = at;
    while (end < body.length() && !endsSentence(body, end)) {
      end++;
    }
    return body.substring(start, end);
  }

  /** Whether English lists the word as written, in lower case or with only its first capital. */
  private static boolean englishWord(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    return Lexicon.english().contains(word)
        || Lexicon.english().contains(lower)
        || Lexicon.english().contains(word.charAt(0) + lower.substring(1));
  }

  /** Whether the character at {@code i} ends a sentence; a dot inside "1.5" does not. */
  private static boolean endsSentence(String body, int i) {
    char c = body.charAt(i);
    if (c == '.') {
      return i + 1 >= body.length() || !Character.isLetterOrDigit(body.charAt(i + 1));
    }
    return "!?\n;".indexOf(c) >= 0;
  }

  /** Whether a capitalised word of the title occurs at least twice in the body, as written. */
  private static boolean titleWordRecurs(String title, String body) {
    if (title == null || title.isBlank()) {
      return false;
    }
    for (String word : TITLE_WORD_BREAK.split(title)) {
      if (word.length() < 3 || !Character.isUpperCase(word.charAt(0))) {
        continue;
      }
      int first = body.indexOf(word);
      if (first >= 0 && body.indexOf(word, first + word.length()) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** "дальше буду писать 3DGS", "далее — MRL", "hereafter X". */
  private static final Pattern HEREAFTER =
      Pattern.compile(
          "(?iu)(?<![\\p{L}])(?:далее|дальше|hereafter|henceforth)(?: \\p{Ll}+){0,3},?(?: [—–-])? (?<abbr>"
              + NAME_TOKEN
              + ")");

  /**
   * The short form the writer says they will use from now on for an introduced spelled-out name
   * ("называется 3D Gaussian Splatting, дальше буду писать 3DGS"), when it abbreviates it.
   */
  private static void hereafter(String body, Set<String> names) {
    if (names.isEmpty() || !writesHereafter(body)) {
      return;
    }
    Matcher m = HEREAFTER.matcher(body);
    while (m.find()) {
      String abbr = m.group("abbr");
      for (String name : List.copyOf(names)) {
        if (name.indexOf(' ') > 0 && Abbreviation.abbreviates(abbr, name)) {
          names.add(abbr);
          break;
        }
      }
    }
  }

  /** A character that folds to the first letter of one of {@link #HEREAFTER_WORDS}. */
  private static final MatchStarts.Starts HEREAFTER_START =
      MatchStarts.remembered(
          c -> {
            char folded =
                c < 0x80
                    ? (char) (c | 0x20)
                    : Character.toLowerCase(Character.toUpperCase((char) c));
            return folded == 'h' || folded == 'д';
          });

  private static final List<String> HEREAFTER_WORDS =
      List.of("далее", "дальше", "hereafter", "henceforth");

  /**
   * Whether the body writes one of {@link #HEREAFTER}'s words at the start of a word, in any case:
   * that pattern, with its look-behind at every character, was a tenth of reading a library whose
   * abstracts write none. Only a character that folds to 'h' or 'д' can start one; the words are
   * compared as {@link String#regionMatches(boolean, int, String, int, int)} does, which accepts
   * every pair of characters the pattern's case-insensitive match does.
   */
  static boolean writesHereafter(String body) {
    for (int i = 0; i < body.length(); i++) {
      if (!HEREAFTER_START.test(body.charAt(i))
          || (i > 0 && Character.isLetter(body.charAt(i - 1)))) {
        continue; // the words start a word: "the", "which" and "where" need no comparing
      }
      for (String word : HEREAFTER_WORDS) {
        if (body.regionMatches(true, i, word, 0, word.length())) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * How the word after a space in every match of {@link #ALIAS} starts, to skip a body that has
   * none in one pass (seven {@code indexOf} passes over every abstract before).
   */
  private static final MatchStarts.Beginnings ALIAS_WORDS =
      MatchStarts.Beginnings.of(
          "он же", "она же", "оно же", "или", "то есть", "т.е.", "aka", "a.k.a.", "i.e.");

  /** "Long Name, он же ABBR", "Long Name, или просто ABBR", "Long Name, aka ABBR". */
  private static final Pattern ALIAS =
      Pattern.compile(
          "(?<long>"
              + LONG_WORD
              + "(?: "
              + LONG_WORD
              + "){0,5}),? (?:он же|она же|оно же|или просто|или|то есть|т\\.е\\.|aka|a\\.k\\.a\\.|i\\.e\\.) (?<abbr>"
              + NAME_TOKEN
              + ")");

  /**
   * The other name of an introduced one, where the body gives both: "Deep Q-Network, он же DQN",
   * "Diffusion Transformer, или просто DiT". Taken only when the short one spells the long one's
   * initials, so a list ("BERT или RoBERTa") adds nothing.
   */
  private static void aliases(String body, Set<String> names) {
    hereafter(body, names);
    if (!NameDefinitions.writesAfterSpace(body, ALIAS_WORDS)) {
      return;
    }
    aliasesOfPhrases(body, names);
    Matcher m = ALIAS.matcher(body);
    while (m.find()) {
      String abbr = m.group("abbr");
      String phrase = spelledBy(abbr, List.of(m.group("long").split(" ")));
      if (phrase != null && (names.contains(abbr) || names.contains(phrase) || names.isEmpty())) {
        names.add(phrase);
        names.add(abbr);
      }
    }
    lowerCaseAliases(body, names);
  }

  /** "asynchronous advantage actor-critic, он же A3C": a lower-case long form, then its acronym. */
  private static final Pattern LOWER_CASE_ALIAS =
      Pattern.compile(
          "(?<long>[a-z][a-z0-9]*(?:[ -][a-z][a-z0-9]*){1,7}),? (?:он же|она же|оно же|или просто"
              + "|aka|a\\.k\\.a\\.) (?<abbr>"
              + NAME_TOKEN
              + ")(?![\\p{L}\\p{N}])");

  /**
   * A long form written in lower case and the acronym an aliasing word gives it ("звезда программы
   * — asynchronous advantage actor-critic, он же A3C"), taken as {@link #ALIAS} takes a capitalised
   * one: the last words of the phrase (hyphenated parts each a word) whose first letters are the
   * acronym's, a count after a capital repeating a letter ("A3C": a, a, a, c), since a lower-case
   * phrase gives no capitals to tell its letters; only where the paper has no other name yet or the
   * acronym is already one of its names.
   */
  private static void lowerCaseAliases(String body, Set<String> names) {
    Matcher m = LOWER_CASE_ALIAS.matcher(body);
    while (m.find()) {
      String abbr = m.group("abbr");
      if (!hasCapital(abbr) || abbr.length() < 3 || LatinNames.isGeneric(abbr)) {
        continue;
      }
      String initials = spelledLetters(abbr);
      String[] words = m.group("long").split("(?=[ -])");
      String phrase = null;
      if (initials != null && initials.length() <= words.length) {
        String run =
            String.join("", List.of(words).subList(words.length - initials.length(), words.length))
                .strip();
        StringBuilder firsts = new StringBuilder();
        for (String part : run.split("[ -]")) {
          firsts.append(part.charAt(0));
        }
        phrase = firsts.toString().equals(initials) ? run : null;
      }
      if (phrase != null && (names.contains(abbr) || names.isEmpty())) {
        names.add(phrase);
        names.add(abbr);
      }
    }
  }

  /** The aliasing words after an introduced phrase, then the short form: ", или TD3". */
  private static final Pattern ALIAS_AFTER =
      Pattern.compile(
          ",? (?:он же|она же|оно же|или просто|или|то есть|aka|a\\.k\\.a\\.) (?<abbr>"
              + NAME_TOKEN
              + ")(?![\\p{L}\\p{N}])");

  /**
   * The short form an aliasing word gives right after an introduced spelled-out name, whatever the
   * case of the phrase's words ("Twin Delayed Deep Deterministic policy gradient, или TD3"), when
   * it abbreviates the whole phrase by the Schwartz–Hearst rule ({@link Abbreviation}), which reads
   * a count after a capital ("TD3": T, D, D, D).
   */
  private static void aliasesOfPhrases(String body, Set<String> names) {
    Set<String> added = new LinkedHashSet<>();
    for (String phrase : names) {
      if (phrase.indexOf(' ') < 0) {
        continue;
      }
      for (int at = body.indexOf(phrase); at >= 0; at = body.indexOf(phrase, at + 1)) {
        Matcher m = ALIAS_AFTER.matcher(body).region(at + phrase.length(), body.length());
        if (m.lookingAt()
            && hasCapital(m.group("abbr"))
            && Abbreviation.abbreviatesCountingRepeats(m.group("abbr"), phrase)
            && !LatinNames.isGeneric(m.group("abbr"))) {
          added.add(m.group("abbr"));
        }
      }
    }
    names.addAll(added);
  }

  private static void fromTitle(String title, Set<String> names) {
    if (title.isEmpty() || title.length() > 400) {
      return;
    }
    int colon = title.indexOf(':');
    if (colon > 0) {
      String prefix = title.substring(0, colon).strip();
      if (prefix.length() <= MAX_PREFIX_CHARS) {
        fromTitlePrefix(prefix, names);
      }
    } else if (SHORT_NAME_TITLE.matcher(title).matches()) {
      // "Memory Mosaics": a title of one or two capitalised words is the name itself.
      names.add(title);
    }
    if (title.contains(" (")) { // every match holds one; most titles have none
      Matcher abbreviation = LONG_WITH_ABBREVIATION.matcher(title);
      while (abbreviation.find()) {
        addSpelledOut(abbreviation, names, false);
      }
    }
  }

  private static void fromTitlePrefix(String prefix, Set<String> names) {
    Matcher whole = LONG_WITH_ABBREVIATION.matcher(prefix);
    if (prefix.endsWith(")") && whole.matches()) {
      addSpelledOut(whole, names, false);
      return;
    }
    if (SINGLE_TOKEN.matcher(prefix).matches() && LatinNames.hasAsciiLetter(prefix)) {
      names.add(prefix);
      return;
    }
    int comma = prefix.indexOf(", ");
    if (comma > 0 && SINGLE_TOKEN.matcher(prefix.substring(0, comma)).matches()) {
      // "DistilBERT, a distilled version of BERT": the name, then what it is.
      String head = prefix.substring(0, comma);
      if (LatinNames.hasAsciiLetter(head) && Character.isUpperCase(head.charAt(0))) {
        names.add(head);
        return;
      }
    }
    if (NAME_WITH_VERSION.matcher(prefix).matches()) {
      names.add(prefix); // "Gemma 2", "Llama 3.1"
      return;
    }
    Matcher article = ARTICLE_NAME.matcher(prefix);
    if (article.matches()) {
      // "The Hedgehog & the Porcupine": the phrase is the display name, the noun what people say.
      names.add(prefix);
      names.add(article.group("word"));
      return;
    }
    if (TitleHeads.ledByCoinedWord(prefix)) {
      names.add(prefix); // "Swin Transformer": a coined word heads the title
      return;
    }
    String[] words = prefix.split(" ");
    if (words.length <= 4) {
      for (String word : words) {
        if (isNameLike(word)) {
          // "Stable Diffusion XL": a prefix with a coined word is a name, "Scaling Laws" is not.
          names.add(prefix);
          return;
        }
      }
    }
  }

  /** A word of a title, with its hyphenated and dotted parts: "MobileNetV3", "GPT-4". */
  private static final Pattern TITLE_WORD =
      Pattern.compile("(?<![\\p{L}\\p{N}])[A-Za-z][A-Za-z0-9]*(?:[-.][A-Za-z0-9]+)*");

  /**
   * A coined word anywhere in a title whose head names nothing ("Searching for MobileNetV3", "GPT-4
   * Technical Report"), when the body writes it too: titles name the paper's own thing in a coined
   * word, and a body that reviews it writes it. Words the body cites or sets as earlier work are
   * left out.
   */
  private static void coinedTitleWords(String title, String body, Set<String> names) {
    if (title.length() > 400) {
      return;
    }
    Matcher m = TITLE_WORD.matcher(title);
    while (m.find()) {
      String word = m.group();
      if (!isNameLike(word) || letterCount(word) < 2 || LatinNames.isGeneric(word)) {
        continue;
      }
      int at = wordAt(body, word, 0);
      if (at < 0) {
        continue;
      }
      String after =
          body.substring(at + word.length(), Math.min(body.length(), at + word.length() + 30));
      String sentence = sentenceAround(body, at);
      if (!NameDefinitions.cited(after) && !NameDefinitions.earlier(sentence)) {
        names.add(word);
      }
    }
  }

  /** Where {@code word} starts a word of {@code body} at or after {@code from}, or -1. */
  private static int wordAt(String body, String word, int from) {
    for (int at = body.indexOf(word, from); at >= 0; at = body.indexOf(word, at + 1)) {
      int end = at + word.length();
      if ((at == 0 || !isWordChar(body.charAt(at - 1)))
          && (end >= body.length() || !isLatinOrDigit(body.charAt(end)))) {
        return at;
      }
    }
    return -1;
  }

  /**
   * The letters an acronym spells, lower-cased, a count after a capital repeating it ("A3C" spells
   * "aaac"), or null when it holds another digit.
   */
  private static String spelledLetters(String acronym) {
    StringBuilder letters = new StringBuilder();
    for (int i = 0; i < acronym.length(); i++) {
      char c = acronym.charAt(i);
      if (c >= '2' && c <= '9' && i > 0 && Character.isUpperCase(acronym.charAt(i - 1))) {
        letters.append(
            String.valueOf(Character.toLowerCase(acronym.charAt(i - 1))).repeat(c - '1'));
      } else if (Character.isLetter(c)) {
        letters.append(Character.toLowerCase(c));
      } else if (Character.isDigit(c)) {
        return null;
      }
    }
    return letters.toString();
  }

  private static int letterCount(String word) {
    int letters = 0;
    for (int i = 0; i < word.length(); i++) {
      letters += Character.isLetter(word.charAt(i)) ? 1 : 0;
    }
    return letters;
  }

  /**
   * A coined word: a capital right after a letter, or a digit ("LLaVA", "GPT4", "XL"), or a capital
   * letter standing alone before a hyphen and a word ("X-Embodiment", "U-Net", "Q-Former"), which
   * English writes only in "X-ray" and its like; "A" and "I" are English words.
   */
  private static boolean isNameLike(String word) {
    boolean latin = false;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (c > 'z') {
        return false;
      }
      boolean afterLetter = i > 0 && Character.isLetter(word.charAt(i - 1));
      if ((c >= 'A' && c <= 'Z' && afterLetter) || (c >= '0' && c <= '9')) {
        latin = true;
      }
    }
    if (!latin
        && word.length() > 3
        && word.charAt(1) == '-'
        && Character.isUpperCase(word.charAt(0))
        && word.charAt(0) != 'A'
        && word.charAt(0) != 'I'
        && Character.isUpperCase(word.charAt(2))
        && !englishWord(word)) {
      latin = true; // "X-Embodiment": a letter is no English word of its own
    }
    return latin && LatinNames.hasAsciiLetter(word);
  }

  /**
   * Adds the names the body's cues lead to, and returns where each cue ends: a definition a cue
   * leads to is more likely the paper's own ({@link NameDefinitions}).
   */
  private static List<Integer> fromBody(String title, String body, Set<String> names) {
    List<Integer> cueEnds = new ArrayList<>();
    Matcher cue = CUE.matcher(body);
    Matcher spelled = LONG_WITH_ABBREVIATION.matcher(body);
    Matcher name = NAME.matcher(body);
    LatinOfBody latin = new LatinOfBody(body);
    int n = body.length();
    int i = 0;
    int lastLineBreak = body.lastIndexOf('\n');
    // Whether the character before i is a word character, known while i steps one at a time.
    boolean afterWord = false;
    while (i < n) {
      char c = body.charAt(i);
      boolean cueHere = !afterWord && startsCue(body, i, c) && cue.region(i, n).lookingAt();
      if (!cueHere) {
        afterWord = isWordChar(c);
        i++;
        continue;
      }
      int cueStart = i;
      i = cue.end();
      cueEnds.add(i);
      if (cue.group("presents") != null
          || cue.group("proposes") != null
          || cue.group("called") != null) {
        // "две модели, которые авторы называют RT-X:\n- RT-1-X - …": what a naming cue lists
        enumerated(body, i, cueStart, name, spelled, names, cueEnds, lastLineBreak);
      }
      // "назвали его X": a called cue allows one word (a pronoun) before the name.
      int shortGap =
          cue.group("called") != null || cue.group("made") != null || cue.group("gathered") != null
              ? 1
              : SHORT_GAP;
      int longGap = cue.group("presents") != null ? LONG_GAP : 0;
      boolean slot = cue.group("slot") != null;
      int at = nameStart(body, i, slot ? 0 : shortGap, longGap);
      if (slot) {
        // "решение - ordered boosting: …": a lower-case English phrase fills the slot too
        int start = skipSpacesAndQuotes(body, i);
        int phrase = lowerCasePhrase(body, start);
        if (phrase > 0) {
          if (!NameDefinitions.earlier(body.substring(clauseStart(body, cueStart), cueStart))) {
            names.add(body.substring(start, phrase));
          }
          at = -1;
          i = phrase;
        }
      }
      if (at < 0 && cue.group("made") != null) {
        at = afterDash(body, i); // "два своих датасета — s1-prob и s1-teasers"
      }
      if (at < 0 && cue.group("called") != null) {
        at = afterColonOfClause(body, i); // "конфиги называют по числу слоев: LAS-4-1024, …"
      }
      if (cue.group("called") != null) {
        // "назвали это chain-of-thought prompting, …" under "Chain-of-Thought Prompting Elicits
        // …": what the authors name, English inside Russian prose closed by punctuation, is the
        // paper's when its title names it too; a term the title does not carry ("авторы называют
        // это data optimal regime: …") is a phrase of the paper, not its name
        int start = namedByPronoun(body, i);
        int phrase = start > 0 && isLowerLatin(body.charAt(start)) ? closedPhrase(body, start) : -1;
        if (phrase > 0) {
          String term = body.substring(start, phrase);
          if (title != null
              && title.toLowerCase(Locale.ROOT).contains(term.toLowerCase(Locale.ROOT))
              && !NameDefinitions.earlier(body.substring(clauseStart(body, cueStart), cueStart))) {
            names.add(term);
          }
          i = phrase;
          afterWord = true;
          continue;
        }
      }
      if (at < 0) {
        cyrillicAfterCue(body, i, latin, names);
      }
      boolean coordinated = false;
      // "выпускаем X (ABBR) и соответствующий датасет (Y)": names joined to the first one are
      // introduced by the same cue
      Set<String> found = new LinkedHashSet<>();
      while (at >= 0) {
        int end = nameAt(body, at, coordinated, spelled, name, found);
        if (end < 0) {
          break;
        }
        if (cue.group("called") != null && !coordinated) {
          end = withLowerCaseWords(body, at, end, found);
          end = spelledOutPhrase(body, at, end, found);
        }
        i = end;
        at = coordinatedStart(body, end);
        coordinated = true;
      }
      if (!found.isEmpty()
          && (cue.group("called") != null || !relativeClause(body, cueStart))
          && !NameDefinitions.earlier(body.substring(clauseStart(body, cueStart), cueStart))
          && !NameDefinitions.cited(body.substring(i, Math.min(body.length(), i + 30)))) {
        names.addAll(found); // "до этого Сонг предложили X", "придумали ее Liu et al." are not
      }
      afterWord = i > 0 && isWordChar(body.charAt(i - 1));
    }
    return cueEnds;
  }

  /**
   * Where a Latin name starts after the colon that ends a naming cue's Russian clause ("называют по
   * числу слоев энкодера и ширине: LAS-4-1024, …"), or -1: the clause says how the names are made,
   * and the names follow. No Latin word, no sentence end and at most sixty characters between.
   */
  private static int afterColonOfClause(String text, int pos) {
    int end = Math.min(text.length(), pos + 60);
    for (int i = pos; i < end; i++) {
      char c = text.charAt(i);
      if (c == ':') {
        return afterDash(text, i);
      }
      if (isLatinOrDigit(c) || c == '\n' || c == '.' || c == '!' || c == '?' || c == '(') {
        return -1;
      }
    }
    return -1;
  }

  /** A lower-case English word: "ordered", "finite". */
  private static final Pattern LOWER_CASE_WORD = Pattern.compile("[a-z][a-z0-9]*(?:-[a-z0-9]+)*");

  /**
   * The end of a phrase of two to four lower-case English words at {@code at} that no other Latin
   * follows ("ordered boosting: …", "compressed finite state machine для …", "budget forcing."), or
   * -1.
   */
  private static int lowerCasePhrase(String text, int at) {
    Matcher word = LOWER_CASE_WORD.matcher(text);
    int end = at;
    int words = 0;
    while (words < 5 && word.region(end, text.length()).lookingAt()) {
      words++;
      end = word.end();
      if (end + 1 < text.length()
          && text.charAt(end) == ' '
          && isLatinOrDigit(text.charAt(end + 1))) {
        end++;
      } else {
        break;
      }
    }
    if (words < 2 || words > 4 || (end < text.length() && isLatinOrDigit(text.charAt(end)))) {
      return -1;
    }
    return end;
  }

  /** Pronouns a naming cue may put before the name it gives: "назвали это X", "we call it X". */
  private static final Pattern PRONOUN = Pattern.compile("(?:это|его|её|ее|их|it|this|them) ");

  /**
   * Where what a naming cue ending at {@code pos} names starts after the pronoun that stands for
   * the thing ("назвали это X", "we call it X"), or -1 without one: "это называется X" and "это они
   * назвали X" say what something is called, not what the authors name their own.
   */
  private static int namedByPronoun(String body, int pos) {
    int at = skipSpacesAndQuotes(body, pos);
    Matcher pronoun = PRONOUN.matcher(body).region(at, body.length());
    return pronoun.lookingAt() ? pronoun.end() : -1;
  }

  /**
   * The end of a lower-case English phrase ({@link #lowerCasePhrase}) at {@code at} that a
   * punctuation mark or the line's end closes ("chain-of-thought prompting, в народе …",
   * "iteration-level scheduling: планировщик …"), or -1: English set inside Russian prose and
   * closed there is a term the sentence gives, where English words running on into Russian ones
   * ("предлагают fine-tune модели") are a verb borrowed into the sentence.
   */
  private static int closedPhrase(String body, int at) {
    int end = lowerCasePhrase(body, at);
    if (end < 0 || !CrossScript.hasCyrillic(body.substring(Math.max(0, at - 60), at))) {
      return -1;
    }
    if (end == body.length() || ":,;.\n".indexOf(body.charAt(end)) >= 0) {
      return end;
    }
    return end + 1 < body.length()
            && body.charAt(end) == ' '
            && (isDash(body.charAt(end + 1)) || body.charAt(end + 1) == '(')
        ? end
        : -1;
  }

  /** A relative word opening a clause: ", что придумал X", ", который предложил X". */
  private static final Pattern RELATIVE =
      Pattern.compile("(?iu), (?:что|кто|котор\\p{L}+|who|which) $");

  /**
   * Whether the cue starting at {@code cueStart} is the verb of a relative clause ("Rendle (тот
   * самый, что придумал BPR)", "…, who proposed X"): its subject is the word before the comma, a
   * person or earlier work, not the post's authors, who are named in the clause when it is theirs
   * ("…, которую авторы называют X").
   */
  private static boolean relativeClause(String body, int cueStart) {
    return RELATIVE.matcher(body.substring(Math.max(0, cueStart - 16), cueStart)).find();
  }

  private static boolean isLowerLatin(char c) {
    return c >= 'a' && c <= 'z';
  }

  /** Where a Latin name starts after a dash or a colon right after {@code pos}, or -1. */
  private static int afterDash(String text, int pos) {
    int at = skipSpacesAndQuotes(text, pos);
    if (at >= text.length() || !(isDash(text.charAt(at)) || text.charAt(at) == ':')) {
      return -1;
    }
    at = skipSpacesAndQuotes(text, at + 1);
    return at < text.length() && isLatinOrDigit(text.charAt(at)) ? at : -1;
  }

  /** A spelled-out name with its little words: "Large Language and Vision Assistant". */
  private static final Pattern SPELLED_PHRASE =
      Pattern.compile(
          "(?<![A-Za-z0-9-])"
              + LONG_WORD
              + "(?: (?:(?:of|for|and|the|with|in|on|to|via|from|a|an|&) )?"
              + LONG_WORD
              + "){1,7}(?![A-Za-z0-9])");

  /**
   * A name a "called" cue gives may be spelled out with little words inside ("в статье это гордо
   * зовется Large Language and Vision Assistant", "мы называем Attention with Linear Biases"),
   * where the name pattern stops at the first lower-case word. Returns where the name ends.
   */
  private static int spelledOutPhrase(String body, int at, int end, Set<String> found) {
    Matcher phrase = SPELLED_PHRASE.matcher(body).region(at, body.length());
    if (!phrase.lookingAt() || phrase.end() <= end) {
      return end;
    }
    found.clear();
    found.add(phrase.group());
    return phrase.end();
  }

  /** Lower-case Latin words after a name: " heads", " trick". */
  private static final Pattern LOWER_CASE_WORDS = Pattern.compile("(?: [a-z]{2,}){1,2}");

  /**
   * A name a "called" cue gives in Russian prose runs over the lower-case Latin words after it, up
   * to the next Russian word or the line's end ("авторы называют их Medusa heads"): English inside
   * Russian is all the name. Returns where the name now ends.
   */
  private static int withLowerCaseWords(String body, int at, int end, Set<String> found) {
    Matcher words = LOWER_CASE_WORDS.matcher(body).region(end, body.length());
    if (!words.lookingAt()) {
      return end;
    }
    int after = words.end();
    boolean russianNext =
        after >= body.length()
            || body.charAt(after) == '\n'
            || (after + 1 < body.length()
                && body.charAt(after) == ' '
                && CrossScript.isCyrillic(body.charAt(after + 1)))
            || (after + 2 < body.length()
                && body.startsWith(", ", after)
                && CrossScript.isCyrillic(body.charAt(after + 2)));
    if (!russianNext || !CrossScript.hasCyrillic(body.substring(Math.max(0, at - 40), at))) {
      return end;
    }
    String name = body.substring(at, after);
    found.clear();
    found.add(name);
    return after;
  }

  /** What announces a list of things: "две штуки", "три трюка:", "two components:". */
  private static final Pattern ANNOUNCES_LIST =
      Pattern.compile(
          "(?iu)^[^\\n.!?]{0,40}?(?:(?<![\\p{L}])(?:два|две|три|четыре|несколько|пару|two|three"
              + "|four|several)(?![\\p{L}])[^\\n.!?]{0,30}|:)\\s*\\n");

  /** How an item of a list starts: "- ", "1. ", "2) ", "первая — ", "second, ". */
  private static final Pattern ITEM =
      Pattern.compile(
          "(?iu)(?:[-•*–—] |\\d[.)] |(?:перв|втор|трет|четв[её]рт)\\p{L}* (?:[—–-] |: )"
              + "|(?:first|second|third|fourth)(?:ly)?, )");

  /**
   * The things a cue announces as a list ("авторы предлагают две штуки\nпервая — X (ABBR): …\n
   * вторая — Y"): each item that opens with a name introduces it, and each item start counts as a
   * cue, for a definition written there ({@link NameDefinitions}). The list ends at the first line
   * that is no item.
   */
  private static void enumerated(
      String body,
      int cueEnd,
      int cueStart,
      Matcher name,
      Matcher spelled,
      Set<String> names,
      List<Integer> cueEnds,
      int lastLineBreak) {
    // A list is announced only before a line break: the pattern's match ends with one. Most
    // abstracts are one paragraph, and this was a twentieth of reading a library's. The body's
    // last line break is found once, not looked for after each of its cues.
    if (lastLineBreak < cueEnd) {
      return;
    }
    Matcher announce = ANNOUNCES_LIST.matcher(body).region(cueEnd, body.length());
    if (!announce.lookingAt()
        || NameDefinitions.earlier(body.substring(clauseStart(body, cueStart), cueStart))) {
      return;
    }
    readItems(body, announce.end(), spelled, name, names, cueEnds, null);
  }

  /**
   * Reads the items of a list from {@code line} on: each item that opens with a name, or with a
   * lower-case English phrase ("3. target policy smoothing — …"), and a colon, comma, bracket or
   * dash after it introduces it, and each item's start counts as a cue. The list ends at the first
   * line that is no item. A name {@code before} writes is someone else's (null: none is).
   */
  private static void readItems(
      String body,
      int line,
      Matcher spelled,
      Matcher name,
      Set<String> names,
      List<Integer> cueEnds,
      String before) {
    for (int items = 0; items < 8 && line < body.length(); items++) {
      Matcher item = ITEM.matcher(body).region(line, body.length());
      if (!item.lookingAt()) {
        return;
      }
      int at = item.end();
      if (cueEnds != null) {
        cueEnds.add(at);
      }
      Set<String> found = new LinkedHashSet<>();
      int end = nameAt(body, at, false, spelled, name, found);
      if (end < 0 && before == null) {
        end = closedPhrase(body, at);
        if (end > 0 && body.charAt(end) != ',') {
          found.add(body.substring(at, end)); // "- consistency distillation (CD) — …"
        } else {
          end = -1;
        }
      }
      if (end > 0 && headsItem(body, end)) {
        if (!NameDefinitions.cited(body.substring(end, Math.min(body.length(), end + 30)))) {
          for (String f : found) {
            if (before == null || wordAt(before, f, 0) < 0) {
              names.add(f); // "- Double Quantization: …", "первая — X (ABBR): …"
            }
          }
        }
      }
      int next = body.indexOf('\n', at);
      if (next < 0) {
        return;
      }
      line = next + 1;
    }
  }

  /**
   * A line that counts what follows and ends in a colon ("два способа учить:", "внутри три
   * инстанса:", "что предлагают, три трюка:"): a post announces the parts of what the paper brings
   * by their number. The count stands in the line's last clause, right before the colon.
   */
  private static final Pattern COUNTED_HEADING =
      Pattern.compile(
          "(?imu)^[^\n]{0,160}?(?<![\\p{L}])(?:два|две|три|четыре|пять|two|three|four|five)"
              + "(?![\\p{L}])[^\n.!?,;:()]{1,30}:[ \t]*\n");

  /**
   * The items under a line that counts them ({@link #COUNTED_HEADING}), as under a cue that
   * announces a list ({@link #enumerated}), whether or not a cue opens the line: each item's start
   * counts as a cue, for a definition written there ("- consistency distillation (CD) — …"). A line
   * of data, benchmarks, baselines or results counts what the paper is measured on; a line set
   * earlier counts prior work; a name the body wrote before the list is someone else's.
   */
  private static void countedLists(String body, Set<String> names) {
    if (body.indexOf(":\n") < 0) {
      return;
    }
    Matcher heading = COUNTED_HEADING.matcher(body);
    Matcher spelled = LONG_WITH_ABBREVIATION.matcher(body);
    Matcher name = NAME.matcher(body);
    while (heading.find()) {
      String line = heading.group();
      if (USED_HEADING.matcher(line).find() || NameDefinitions.earlier(line)) {
        continue;
      }
      readItems(
          body, heading.end(), spelled, name, names, null, body.substring(0, heading.start()));
    }
  }

  /**
   * A short line that heads what follows: "Что сделали:", "как это работает:", "Contributions:".
   */
  private static final Pattern HEADING = Pattern.compile("(?m)^[^\n:]{1,40}:[ \t]*\n");

  /** A heading over what a paper uses or is measured on: data, benchmarks, baselines, results. */
  private static final Pattern USED_HEADING =
      Pattern.compile(
          "(?iu)(?<![\\p{L}])(?:датасет|данны|бенчмарк|бенч|сравнива|бейзлайн|результат|эксперимент"
              + "|метрик|dataset|data\\b|benchmark|baseline|result|experiment|evaluat|metric)");

  /**
   * An item that says in Russian what a part is, then a dash and its name: "- дискриминатор на
   * многомасштабной STFT — MS-STFTD, один вместо целого зоопарка". The name closes the description
   * (a comma, a bracket or the line's end after it) and has a capital inside or a hyphen.
   */
  private static final Pattern DESCRIBED_THEN_NAMED =
      Pattern.compile(
          "\\p{IsCyrillic}[^\\n—–:]{2,80}? [—–-] (?<name>[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)+"
              + "|[A-Za-z]+[A-Z][A-Za-z0-9]*)(?=[,(]|$| \\()",
          Pattern.MULTILINE);

  /** The name an item gives after its description ({@link #DESCRIBED_THEN_NAMED}), or null. */
  private static String namedAfterDescription(String body, int at) {
    Matcher m = DESCRIBED_THEN_NAMED.matcher(body).region(at, body.length());
    if (!m.lookingAt()) {
      return null;
    }
    String name = m.group("name");
    return hasCapital(name) && !LatinNames.isGeneric(name) ? name : null;
  }

  /**
   * The names heading the items of a list under a heading no cue announces ("как это работает:\n-
   * Double Quantization: квантуют …"): an item that opens with a name and a colon, then says in
   * words what it is, defines that name, and a list of such items under a heading is what the paper
   * brings. A name the body wrote before the list, or one the item cites, is someone else's; an
   * item with a number or nothing after the colon ("- ImageNet: 85.1") is a result; the items under
   * a heading of data, benchmarks, baselines or results ("датасеты:\n- Reddit: посты как вершины")
   * are what the paper is measured on. An item may also say what a part is first and name it after
   * a dash ({@link #DESCRIBED_THEN_NAMED}).
   */
  private static void listedUnderHeading(String body, Set<String> names) {
    if (body.indexOf(":\n") < 0) {
      return;
    }
    Matcher heading = HEADING.matcher(body);
    Matcher spelled = LONG_WITH_ABBREVIATION.matcher(body);
    Matcher name = NAME.matcher(body);
    while (heading.find()) {
      if (USED_HEADING.matcher(heading.group()).find()) {
        continue; // "датасеты:", "Baselines:": what the paper is measured on, not what it brings
      }
      int line = heading.end();
      for (int items = 0; items < 8 && line < body.length(); items++) {
        Matcher item = ITEM.matcher(body).region(line, body.length());
        if (!item.lookingAt()) {
          break;
        }
        int at = item.end();
        Set<String> found = new LinkedHashSet<>();
        int end = nameAt(body, at, false, spelled, name, found);
        if (end > 0
            && describedAfterColon(body, end)
            && !NameDefinitions.cited(body.substring(end, Math.min(body.length(), end + 30)))) {
          for (String f : found) {
            if (wordAt(body.substring(0, heading.start()), f, 0) < 0) {
              names.add(f);
            }
          }
        } else if (end < 0) {
          String named = namedAfterDescription(body, at);
          if (named != null && wordAt(body.substring(0, heading.start()), named, 0) < 0) {
            names.add(named);
          }
        }
        int next = body.indexOf('\n', at);
        if (next < 0) {
          return;
        }
        line = next + 1;
      }
    }
  }

  /**
   * Whether a colon follows {@code end} and then words, not a figure: "X: квантуют …". A dash there
   * ("X — …") was tried too: on the held-out part it added one false name and no true one.
   */
  private static boolean describedAfterColon(String body, int end) {
    if (end + 2 >= body.length() || body.charAt(end) != ':' || body.charAt(end + 1) != ' ') {
      return false;
    }
    char first = body.charAt(end + 2);
    return Character.isLetter(first) && Character.isLowerCase(first);
  }

  /** Whether a name ending at {@code end} heads its item: a colon, comma, bracket or dash next. */
  private static boolean headsItem(String body, int end) {
    int at = end < body.length() && body.charAt(end) == ' ' ? end + 1 : end;
    return at < body.length() && ":,(—–-".indexOf(body.charAt(at)) >= 0;
  }

  /** Where the clause holding {@code at} starts: after a comma, colon, semicolon or a sentence. */
  static int clauseStart(String body, int at) {
    for (int k = at - 1; k >= 0 && k >= at - 300; k--) {
      char c = body.charAt(k);
      if (c == ',' || c == ';' || c == ':' || c == '\n' || c == '!' || c == '?' || c == '.') {
        return k + 1;
      }
    }
    return Math.max(0, at - 300);
  }

  /**
   * A name written in Cyrillic right after a cue ("выкатили виспер") is the Latin name the same
   * body writes that it reads as ("… Whisper large"); a name the body never writes in Latin stays
   * unknown, since names are Latin.
   */
  private static void cyrillicAfterCue(
      String body, int from, LatinOfBody latin, Set<String> names) {
    int start = skipSpacesAndQuotes(body, from);
    int end = start;
    while (end < body.length()
        && (CrossScript.isCyrillic(body.charAt(end))
            || Character.isDigit(body.charAt(end))
            || body.charAt(end) == '-')) {
      end++;
    }
    if (end - start < 3 || !CrossScript.isCyrillic(body.charAt(start))) {
      return;
    }
    String word = body.substring(start, end);
    NameMatcher matcher = latin.matcher(word);
    if (matcher == null) {
      return;
    }
    for (NameMatcher.Match m : matcher.find(word)) {
      if (m.start() == 0 && m.end() == word.length() && !LatinNames.isGeneric(m.name())) {
        names.add(m.name());
      }
    }
  }

  /**
   * The Latin names of one body as a matcher, made when a cue first needs it and then kept for the
   * body's other cues: finding the names and building a matcher once per cue was about 4% of a
   * parse. The matcher's maps are filled only for a word that may read as one of the names ({@link
   * NameMatcher.OnDemand}): most words after a cue are Russian.
   */
  private static final class LatinOfBody {
    private final String body;
    private NameMatcher.OnDemand names;

    LatinOfBody(String body) {
      this.body = body;
    }

    /**
     * The matcher of the body's Latin names, for reading {@code word}; null when the body writes
     * none or when the word cannot read as any of them.
     */
    NameMatcher matcher(String word) {
      if (names == null) {
        names = NameMatcher.onDemand(LatinNames.find(body));
      }
      return names.mayFindIn(word) ? names.matcher() : null;
    }
  }

  /**
   * Adds the name at {@code at} (spelled out with its abbreviation, or a name) and returns where it
   * ends; -1 when none starts there.
   */
  private static int nameAt(
      String body, int at, boolean coordinated, Matcher spelled, Matcher name, Set<String> names) {
    int n = body.length();
    spelled.region(at, n);
    if (spelled.lookingAt() && hasCapital(spelled.group("abbr"))) {
      addSpelledOut(spelled, names, true);
      return spelled.end();
    }
    name.region(at, n);
    if (!name.lookingAt()) {
      // a coined lower-case name with a version: "названная phi-1", "we introduce wav2vec"
      Matcher lower = LOWER_CASE_NAME.matcher(body).region(at, n);
      if (!coordinated && lower.lookingAt() && !LatinNames.isGeneric(lower.group())) {
        names.add(lower.group());
        return lower.end();
      }
      return -1;
    }
    // In brackets after a Russian description, only an English phrase translating it is a name
    // ("автоэнкодер (Variational Auto-Encoder)"); an acronym there may be anything's, unless it
    // is joined to a name the cue introduced ("и датасет (SA-1B)").
    boolean bracketed = at > 0 && body.charAt(at - 1) == '(';
    if (!LatinNames.isGeneric(name.group())
        && (coordinated || !(bracketed && name.group().indexOf(' ') < 0))) {
      names.add(name.group()); // "создаем облегченную LMM" introduces no name
    }
    return name.end();
  }

  /** A lower-case name with a digit in it: "phi-1", "wav2vec", "t5-small". */
  private static final Pattern LOWER_CASE_NAME =
      Pattern.compile(
          "(?:[a-z]+-\\d+(?:\\.\\d+)*[a-z]?|[a-z]+\\d+[a-z]+\\d*)(?:-[a-z0-9]+)*(?![A-Za-z0-9])");

  /**
   * Words that join a second name to the first: "X и Y", "X, Y", "X and Y", also after a gloss in
   * brackets on the first: "X (задачи по статистике) и Y".
   */
  private static final Pattern COORDINATION =
      Pattern.compile(
          "(?:\\)| \\([^()\\n]{1,60}\\))?(?:,| и| and| а также)\\s+((?:[а-яё]+\\s+){0,2})\\(?"
              + "(?=[A-Za-z0-9])");

  /** Nouns naming the kind of thing a coordinated name is: "и датасет Y". */
  private static final Set<String> KINDS =
      Set.of(
          "модель",
          "модели",
          "датасет",
          "датасета",
          "бенчмарк",
          "корпус",
          "метод",
          "фреймворк",
          "библиотеку",
          "движок",
          "набор",
          "код",
          "веса",
          "версию",
          "семейство");

  /** Where a name joined to the one ending at {@code end} starts, or -1. */
  private static int coordinatedStart(String body, int end) {
    Matcher m = COORDINATION.matcher(body);
    m.region(end, body.length());
    if (!m.lookingAt()) {
      return -1;
    }
    for (String word : m.group(1).strip().split("\\s+")) {
      if (!word.isEmpty() && !KINDS.contains(word) && !isAdjective(word)) {
        return -1; // "X и сравниваем с Y": a verb, not a description
      }
    }
    return m.end();
  }

  private static boolean isAdjective(String word) {
    return word.length() > 3 && ADJECTIVE_ENDING.matcher(word).matches();
  }

  /**
   * Where the name after a cue starts, skipping a short Russian description; -1 when the cue is
   * followed by something else.
   */
  private static int nameStart(String text, int pos, int shortGap, int longGap) {
    int words = 0;
    boolean closed = false;
    int n = text.length();
    while (pos < n) {
      pos = skipSpacesAndQuotes(text, pos);
      if (pos >= n) {
        return -1;
      }
      char c = text.charAt(pos);
      if (isLatinOrDigit(c)) {
        boolean allowed = closed ? words >= 1 && words <= longGap : words <= shortGap;
        return allowed ? pos : -1;
      }
      if (closed || !CrossScript.isCyrillic(c)) {
        return -1;
      }
      int end = pos;
      // a Cyrillic word may hold digits ("ворд2век", "квен2"): it is one word, not a Latin name
      while (end < n
          && (CrossScript.isCyrillic(text.charAt(end))
              || text.charAt(end) == '-'
              || Character.isDigit(text.charAt(end)))) {
        end++;
      }
      if (STOP_WORDS.contains(text.substring(pos, end).toLowerCase(java.util.Locale.ROOT))) {
        return -1;
      }
      words++;
      if (words > Math.max(shortGap, longGap)) {
        return -1;
      }
      pos = end;
      if (pos < n && text.charAt(pos) == ',') {
        closed = true;
        pos++;
      } else if (pos + 1 < n && text.charAt(pos) == ' ' && isDash(text.charAt(pos + 1))) {
        closed = true;
        pos += 2;
      } else if (pos + 1 < n && text.charAt(pos) == ' ' && text.charAt(pos + 1) == '(') {
        // a Russian description with its English name in brackets: "автоэнкодер (VAE)"
        closed = true;
        pos += 2;
      }
    }
    return -1;
  }

  private static int skipSpacesAndQuotes(String text, int pos) {
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (c == ' ' || c == '\t' || c == '\u00a0' || c == '«' || c == '"' || c == '“') {
        pos++;
      } else {
        break;
      }
    }
    return pos;
  }

  /**
   * {@link #CUE_STARTS} as sorted keys of their first three characters ({@link #cueKey}), looked up
   * once per word of a body without making a string of the word's start (a string, its array and a
   * hash per word were most of the cue scan's time with the batch flags).
   */
  private static final long[] CUE_START_KEYS =
      Arrays.stream(CUE_STARTS)
          .mapToLong(start -> cueKey(start.charAt(0), start.charAt(1), start.charAt(2)))
          .distinct()
          .sorted()
          .toArray();

  /** The {@link #CUE_STARTS} of each of {@link #CUE_START_KEYS}, in the same order. */
  private static final String[][] CUE_STARTS_BY_KEY = cueStartsByKey();

  private static String[][] cueStartsByKey() {
    String[][] byKey = new String[CUE_START_KEYS.length][];
    for (int k = 0; k < byKey.length; k++) {
      long key = CUE_START_KEYS[k];
      byKey[k] =
          Arrays.stream(CUE_STARTS)
              .filter(start -> cueKey(start.charAt(0), start.charAt(1), start.charAt(2)) == key)
              .toArray(String[]::new);
    }
    return byKey;
  }

  private static long cueKey(char first, char second, char third) {
    return ((long) first << 32) | ((long) second << 16) | third;
  }

  /** The first letters of {@link #CUE_STARTS}: most words start otherwise, and need no lookup. */
  private static final String CUE_FIRST_LETTERS = cueFirstLetters();

  /** {@link #CUE_FIRST_LETTERS} as a table by character: asked at every word of every body. */
  private static final boolean[] CUE_FIRST = cueFirstTable();

  private static boolean[] cueFirstTable() {
    boolean[] table = new boolean[CUE_FIRST_LETTERS.chars().max().orElse(0) + 1];
    CUE_FIRST_LETTERS.chars().forEach(c -> table[c] = true);
    return table;
  }

  private static String cueFirstLetters() {
    StringBuilder letters = new StringBuilder();
    for (String start : CUE_STARTS) {
      if (letters.indexOf(start.substring(0, 1)) < 0) {
        letters.append(start.charAt(0));
      }
    }
    return letters.toString();
  }

  static boolean startsCue(String text, int i, char first) {
    if (i + 2 >= text.length()) {
      return false;
    }
    char lower =
        (first >= 'А' && first <= 'Я') || (first >= 'A' && first <= 'Z')
            ? (char) (first + 32)
            : first;
    if (lower >= CUE_FIRST.length || !CUE_FIRST[lower]) {
      return false;
    }
    int k =
        Arrays.binarySearch(CUE_START_KEYS, cueKey(lower, text.charAt(i + 1), text.charAt(i + 2)));
    if (k < 0) {
      return false;
    }
    for (String start : CUE_STARTS_BY_KEY[k]) {
      if (text.regionMatches(i + 3, start, 3, start.length() - 3)) {
        return true;
      }
    }
    return false;
  }

  /** {@link #CUE}'s pattern, for the test that checks {@link #CUE_STARTS} against it. */
  static Pattern cuePattern() {
    return CUE;
  }

  private static boolean isWordChar(char c) {
    return WORD_CHAR.test(c);
  }

  /**
   * Whether a UTF-16 unit is a word character (Cyrillic, ASCII letter or digit, another letter or
   * digit), each answer kept once asked: the cue scan asks it of every character of every body.
   * Worked out for all 65,536 units when the class loaded, the table cost every start about 30 ms
   * of the interpreter's time.
   */
  private static final MatchStarts.Starts WORD_CHAR =
      MatchStarts.remembered(
          c ->
              CrossScript.isCyrillic((char) c)
                  || isLatinOrDigit((char) c)
                  || (c >= 0x80 && Character.isLetterOrDigit(c)));

  private static boolean isDash(char c) {
    return c == '-' || c == '—' || c == '–';
  }

  private static boolean isLatinOrDigit(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
  }

  private static boolean hasCapital(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 'A' && s.charAt(i) <= 'Z') {
        return true;
      }
    }
    return false;
  }

  /**
   * A spelled-out name with its abbreviation. In running text the phrase as written is the display
   * name; in a title the title itself is the display, so only the two names are kept.
   */
  private static void addSpelledOut(Matcher m, Set<String> names, boolean keepAsWritten) {
    String spelled = m.group("long");
    String abbreviation = m.group("abbr");
    if (!hasCapital(abbreviation)) {
      return;
    }
    if (keepAsWritten) {
      names.add(m.group());
      names.add(abbreviation);
      names.add(spelled);
    } else {
      names.add(spelled);
      names.add(abbreviation);
    }
  }
}
