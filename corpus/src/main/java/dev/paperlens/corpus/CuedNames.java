package dev.paperlens.corpus;

import dev.paperlens.text.CrossScript;
import dev.paperlens.text.LatinNames;
import dev.paperlens.text.NameMatcher;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names a body's cue words give: a verb of naming ("называется X", "под названием X", "we call
 * it X"), of presenting or making ("мы представляем X", "обучили модель X"), or the slot a post
 * gives the paper's contribution ("главная штука - X"). The cue is looked for only where one of its
 * starts stands ({@link CueStarts}); where the name starts after it is {@link NameAfterCue}'s.
 */
final class CuedNames {
  private CuedNames() {}

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
   * Adds the names the body's cues lead to, and returns where each cue ends: a definition a cue
   * leads to is more likely the paper's own ({@link NameDefinitions}).
   */
  static List<Integer> fromBody(String title, String body, Set<String> names) {
    List<Integer> cueEnds = new ArrayList<>();
    Matcher cue = CUE.matcher(body);
    Matcher spelled = NameShapes.LONG_WITH_ABBREVIATION.matcher(body);
    Matcher name = NameShapes.NAME.matcher(body);
    LatinOfBody latin = new LatinOfBody(body);
    int n = body.length();
    int i = 0;
    int lastLineBreak = body.lastIndexOf('\n');
    // Whether the character before i is a word character, known while i steps one at a time.
    boolean afterWord = false;
    while (i < n) {
      char c = body.charAt(i);
      boolean cueHere =
          !afterWord && CueStarts.startsCue(body, i, c) && cue.region(i, n).lookingAt();
      if (!cueHere) {
        afterWord = NameShapes.isWordChar(c);
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
        ListedNames.enumerated(body, i, cueStart, name, spelled, names, cueEnds, lastLineBreak);
      }
      // "назвали его X": a called cue allows one word (a pronoun) before the name.
      int shortGap =
          cue.group("called") != null || cue.group("made") != null || cue.group("gathered") != null
              ? 1
              : NameAfterCue.SHORT_GAP;
      int longGap = cue.group("presents") != null ? NameAfterCue.LONG_GAP : 0;
      boolean slot = cue.group("slot") != null;
      int at = NameAfterCue.nameStart(body, i, slot ? 0 : shortGap, longGap);
      if (slot) {
        // "решение - ordered boosting: …": a lower-case English phrase fills the slot too
        int start = NameShapes.skipSpacesAndQuotes(body, i);
        int phrase = NameShapes.lowerCasePhrase(body, start);
        if (phrase > 0) {
          if (!NameDefinitions.earlier(
              body.substring(Sentences.clauseStart(body, cueStart), cueStart))) {
            names.add(body.substring(start, phrase));
          }
          at = -1;
          i = phrase;
        }
      }
      if (at < 0 && cue.group("made") != null) {
        at = NameAfterCue.afterDash(body, i); // "два своих датасета — s1-prob и s1-teasers"
      }
      if (at < 0 && cue.group("called") != null) {
        at =
            NameAfterCue.afterColonOfClause(
                body, i); // "конфиги называют по числу слоев: LAS-4-1024, …"
      }
      if (cue.group("called") != null) {
        // "назвали это chain-of-thought prompting, …" under "Chain-of-Thought Prompting Elicits
        // …": what the authors name, English inside Russian prose closed by punctuation, is the
        // paper's when its title names it too; a term the title does not carry ("авторы называют
        // это data optimal regime: …") is a phrase of the paper, not its name
        int start = namedByPronoun(body, i);
        int phrase =
            start > 0 && NameShapes.isLowerLatin(body.charAt(start))
                ? NameShapes.closedPhrase(body, start)
                : -1;
        if (phrase > 0) {
          String term = body.substring(start, phrase);
          if (title != null
              && title.toLowerCase(Locale.ROOT).contains(term.toLowerCase(Locale.ROOT))
              && !NameDefinitions.earlier(
                  body.substring(Sentences.clauseStart(body, cueStart), cueStart))) {
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
        int end = NameShapes.nameAt(body, at, coordinated, spelled, name, found);
        if (end < 0) {
          break;
        }
        if (cue.group("called") != null && !coordinated) {
          end = withLowerCaseWords(body, at, end, found);
          end = spelledOutPhrase(body, at, end, found);
        }
        i = end;
        at = NameAfterCue.coordinatedStart(body, end);
        coordinated = true;
      }
      if (!found.isEmpty()
          && (cue.group("called") != null || !relativeClause(body, cueStart))
          && !NameDefinitions.earlier(
              body.substring(Sentences.clauseStart(body, cueStart), cueStart))
          && !NameDefinitions.cited(body.substring(i, Math.min(body.length(), i + 30)))) {
        names.addAll(found); // "до этого Сонг предложили X", "придумали ее Liu et al." are not
      }
      afterWord = i > 0 && NameShapes.isWordChar(body.charAt(i - 1));
    }
    return cueEnds;
  }

  /** Pronouns a naming cue may put before the name it gives: "назвали это X", "we call it X". */
  private static final Pattern PRONOUN = Pattern.compile("(?:это|его|её|ее|их|it|this|them) ");

  /**
   * Where what a naming cue ending at {@code pos} names starts after the pronoun that stands for
   * the thing ("назвали это X", "we call it X"), or -1 without one: "это называется X" and "это они
   * назвали X" say what something is called, not what the authors name their own.
   */
  private static int namedByPronoun(String body, int pos) {
    int at = NameShapes.skipSpacesAndQuotes(body, pos);
    Matcher pronoun = PRONOUN.matcher(body).region(at, body.length());
    return pronoun.lookingAt() ? pronoun.end() : -1;
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

  /**
   * A name a "called" cue gives may be spelled out with little words inside ("в статье это гордо
   * зовется Large Language and Vision Assistant", "мы называем Attention with Linear Biases"),
   * where the name pattern stops at the first lower-case word. Returns where the name ends.
   */
  private static int spelledOutPhrase(String body, int at, int end, Set<String> found) {
    Matcher phrase = AcronymNames.SPELLED_PHRASE.matcher(body).region(at, body.length());
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

  /**
   * A name written in Cyrillic right after a cue ("выкатили виспер") is the Latin name the same
   * body writes that it reads as ("… Whisper large"); a name the body never writes in Latin stays
   * unknown, since names are Latin.
   */
  private static void cyrillicAfterCue(
      String body, int from, LatinOfBody latin, Set<String> names) {
    int start = NameShapes.skipSpacesAndQuotes(body, from);
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

  /** {@link #CUE}'s pattern, for the test that checks {@link CueStarts#CUE_STARTS} against it. */
  static Pattern cuePattern() {
    return CUE;
  }
}
