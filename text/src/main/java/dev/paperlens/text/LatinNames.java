package dev.paperlens.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the names a text writes in Latin script: what a review of a paper mentions by name (models,
 * methods, datasets, libraries) as opposed to the English words it borrows. Reviews are mostly
 * Russian prose, so a Latin word there is either a name or a borrowed term; the difference is its
 * shape and whether English has the word:
 *
 * <ul>
 *   <li>acronyms, CamelCase and letters with digits are names ("VAE", "RoBERTa", "YOLOv8",
 *       "T5-3B"), except the terms that name a whole field, a device or a unit ({@link #isGeneric}:
 *       "LLM", "GPU", "SOTA");
 *   <li>a capitalised word is a name where Russian surrounds it ("обучили Whisper на"); among
 *       English words only when English has no such common word ("Falcon" is a word, "Chinchilla"
 *       too, "Mixtral" is not); at the start of a sentence never (people's names start them);
 *   <li>a lower-case word is a name when English has no such word and it is not two English words
 *       run together ("xgboost", "numpy"; not "attention", "softmax" or "finetune");
 *   <li>two to four capitalised words or versions in a row, with Russian around them, are one name
 *       ("Common Crawl", "Gemma 2", "Deep Q-Network", "Llama 3.1 70B").
 * </ul>
 *
 * <p>English words are those of {@link Lexicon#english()}. Links, e-mail addresses, handles and
 * file names are skipped.
 */
public final class LatinNames {
  private LatinNames() {}

  private static final Pattern LINK =
      Pattern.compile("(?:https?://|www\\.)\\S+|\\S+@\\S+\\.\\S+|\\bt\\.me/\\S+");

  /**
   * Terms that name a field, a device, a unit or a file type rather than one method: a review
   * writes them all the time, and they would link everything to everything.
   */
  private static final Set<String> GENERIC =
      Set.of(
          "AI",
          "ML",
          "DL",
          "RL",
          "NLP",
          "CV",
          "LLM",
          "VLM",
          "LM",
          "LMM",
          "MLLM",
          "MLP",
          "CNN",
          "RNN",
          "GNN",
          "SSM",
          "GPU",
          "CPU",
          "TPU",
          "NPU",
          "API",
          "SDK",
          "URL",
          "PDF",
          "SOTA",
          "FAQ",
          "OK",
          "PS",
          "TL",
          "DR",
          "TLDR",
          "IMHO",
          "CEO",
          "CTO",
          "PHD",
          "USA",
          "UK",
          "EU",
          "ID",
          "IO",
          "UI",
          "UX",
          "QA",
          "FPS",
          "RAM",
          "VRAM",
          "GB",
          "MB",
          "KB",
          "TB",
          "HTTP",
          "JSON",
          "XML",
          "HTML",
          "CSS",
          "SQL",
          "II",
          "III",
          "IV",
          "VI",
          "VII",
          "KV",
          "MC",
          "VC",
          "ODE",
          "PDE",
          "SGD",
          "MSE",
          "KL",
          "OOD",
          "IID",
          "NN",
          "AGI",
          "ASR",
          "TTS",
          "OCR",
          "RAG",
          "LINK",
          "VIEW",
          "TELEGRAM",
          "AM",
          "PM",
          "UPD",
          "XL",
          "XS",
          "XXL",
          "FP",
          "BF",
          "INT",
          "FLOPS",
          "FLOP",
          "TFLOPS",
          "MAC",
          "OS",
          "AR",
          "VR",
          "IT",
          "HF",
          "SFT",
          "CoT",
          "ICL",
          "NER",
          "POS",
          "MT",
          "QKV",
          "ETA",
          "TBD",
          "WIP",
          "DIY",
          "VS",
          "ETC",
          "EOS",
          "BOS",
          "CLS",
          "SEP",
          "PAD",
          "UNK",
          "AUC",
          "ROC",
          "MAE",
          "RMSE",
          "BLEU",
          "IOU",
          "FID",
          // evaluation metrics and hardware a review quotes: what is measured or run on, not a
          // method
          "MOS",
          "WER",
          "CER",
          "EER",
          // losses, ranking metrics, signal measures, file formats, a field's own name
          "BCE",
          "CE",
          "NLL",
          "EM",
          "PSNR",
          "SNR",
          "CSV",
          "YAML",
          "AutoML",
          "SSIM",
          "LPIPS",
          "MRR",
          "NDCG",
          "MAP",
          "ROUGE",
          "METEOR",
          "PPL",
          "HBM",
          "SRAM",
          "DRAM",
          "SSD",
          "HDD",
          "CUDA",
          "FPGA",
          "ASIC");

  /** Prefixes that make a new English word of any word: "pretrain", "multihead", "reranker". */
  private static final List<String> PREFIXES =
      List.of(
          "pre", "re", "un", "de", "co", "bi", "multi", "auto", "self", "semi", "non", "sub",
          "super", "hyper", "meta", "post", "over", "under", "inter", "intra", "mini", "micro",
          "macro", "cross", "out", "up", "down", "mis", "anti", "mid", "in");

  /**
   * Suffixes that make a new English word of any word or name: "logits", "tokenizer", and the
   * abstract nouns and adverbs a field coins from a word ("objectness", "pointwise").
   */
  private static final List<String> SUFFIXES =
      List.of(
          "s", "es", "ed", "ing", "er", "ers", "izer", "ize", "ization", "able", "ly", "ness",
          "wise", "less");

  private static final int MAX_RUN = 4;

  /** Words that join the capitalised words of one name: "Tanks and Temples". */
  private static final Set<String> CONNECTORS = Set.of("and", "of", "the", "for", "with");

  /** The longest generic term: upper-casing never shortens a word, so longer ones are not. */
  private static final int GENERIC_MAX_LENGTH =
      GENERIC.stream().mapToInt(String::length).max().orElse(0);

  /**
   * The generic terms written in capitals only, lower-cased: an ASCII word is one of them in upper
   * case exactly when its lower case is here.
   */
  private static final Set<String> GENERIC_UPPER_FOLDED =
      GENERIC.stream()
          .filter(term -> term.equals(term.toUpperCase(Locale.ROOT)))
          .map(term -> term.toLowerCase(Locale.ROOT))
          .collect(java.util.stream.Collectors.toUnmodifiableSet());

  private static final Pattern RESOLUTION = Pattern.compile("\\d+x\\d+");
  private static final Pattern SIZE = Pattern.compile("\\d+(?:\\.\\d+)?[BMKbmk]|\\d+x\\d+[Bb]");
  private static final Pattern VERSION =
      Pattern.compile("v?\\d+(?:\\.\\d+)*[A-Za-z]{0,2}|\\d+x\\d+[A-Za-z]?|X{0,2}[SLM]");
  private static final Pattern CAPITAL_NUMBER = Pattern.compile("[A-Z]\\d{1,2}");

  /** A project named after its source language: "llama.cpp", "whisper.cpp", "three.js". */
  private static final Pattern PROJECT_FILE =
      Pattern.compile("[A-Za-z][A-Za-z0-9-]*\\.(?:cpp|js|jl|rs)");

  private static boolean isResolution(String word) {
    return RESOLUTION.matcher(word).matches();
  }

  /** A year a date names: four digits from 1900 on, then Russian's "год" declined or "г.". */
  private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d\\d");

  private static final Pattern YEAR_WORD =
      Pattern.compile("\\s*(?:год(?:а|у|ом|е)?(?![\\p{L}\\d])|г\\.)", Pattern.UNICODE_CASE);

  /**
   * Whether a number after a name is the year of a date ("DCN 2017 года", "в 2019 г."): Russian
   * writes a date's year with the word "год", never a version.
   */
  private static boolean isYearOfDate(String s, Token t) {
    return YEAR.matcher(t.text).matches()
        && YEAR_WORD.matcher(s).region(t.end, s.length()).lookingAt();
  }

  /**
   * Whether every word of a run is a single letter: "Â H W", "U V^T", "Q K V" are the variables of
   * a formula; a name of several words has a word of two letters or more.
   */
  private static boolean isLettersOfAFormula(List<Token> tokens, int from, int to) {
    for (int k = from; k < to; k++) {
      String w = tokens.get(k).text;
      if (w.length() != 1 || !Character.isLetter(w.charAt(0))) {
        return false;
      }
    }
    return true;
  }

  /** A model size: "7B", "70B", "8x7B", "350M". */
  private static boolean isSize(String word) {
    return SIZE.matcher(word).matches();
  }

  /** Whether a term names a field, a device or a unit (any case): "LLM", "gpu", "SOTA". */
  public static boolean isGeneric(String term) {
    if (term.length() > GENERIC_MAX_LENGTH) {
      return false;
    }
    if (GENERIC.contains(term)) {
      return true;
    }
    // Every word of a text asks: an ASCII word is looked up in lower case, which for most words
    // is the word itself, not a new upper-cased copy.
    return isAscii(term)
        ? GENERIC_UPPER_FOLDED.contains(term.toLowerCase(Locale.ROOT))
        : GENERIC.contains(term.toUpperCase(Locale.ROOT));
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /**
   * A name found in a text, and whether it stands there without evidence of being a name: a common
   * English word written with a capital ("Safety", "Exercises"), or a run of such words ending in a
   * gerund ("Prompt Engineering"), with no kind word, version or listed name beside it. A corpus
   * takes a tentative name only when it finds it elsewhere too.
   *
   * @param name the name as written
   * @param tentative whether this occurrence alone does not make it a name
   * @param common whether this occurrence uses an acronym as a common noun: the first part of a
   *     Russian compound ("FFN-блок", "PCA-компоненты", "NP-трудная") or a term of a formula ("W +
   *     BA"), as a field's own terms are used and names of one thing are not
   */
  public record Found(String name, boolean tentative, boolean common) {
    /** A name found with no sign of a common noun. */
    public Found(String name, boolean tentative) {
      this(name, tentative, false);
    }
  }

  /** The names written in Latin in a text, in order of appearance, as written. */
  public static List<String> find(String text) {
    List<Found> found = findWeighed(text);
    List<String> out = new ArrayList<>(found.size());
    for (Found f : found) {
      out.add(f.name());
    }
    return out;
  }

  /**
   * The names written in Latin in a text, in order of appearance, as written, each saying whether
   * it is {@linkplain Found#tentative() tentative}.
   */
  public static List<Found> findWeighed(String text) {
    List<Found> out = new ArrayList<>();
    if (text == null || text.isEmpty() || !hasAsciiLetter(text)) {
      return out;
    }
    String cleaned = text;
    if (text.contains("://")
        || text.contains("www.")
        || text.contains("@")
        || text.contains("t.me/")) {
      cleaned = LINK.matcher(text).replaceAll(" ");
    }
    List<Token> tokens = tokenize(cleaned);
    int i = 0;
    while (i < tokens.size()) {
      Token t = tokens.get(i);
      if (!t.latin()) {
        i++;
        continue;
      }
      int end = i + 1;
      while (end < tokens.size()
          && tokens.get(end).latin()
          && spaceBetween(cleaned, tokens.get(end - 1), tokens.get(end))) {
        end++;
      }
      boolean russianAround =
          isRussian(tokens, i - 1, cleaned, t, true)
              || isRussian(tokens, end, cleaned, tokens.get(end - 1), false);
      if (end - i >= 2 && isResolution(tokens.get(end - 1).text)) {
        end--; // "ImageNet 256x256": a resolution is not part of a name
      }
      if (end - i >= 2 && isYearOfDate(cleaned, tokens.get(end - 1))) {
        end--; // "DCN 2017 года": the year the thing came out, not a version of its name
      }
      int next = end;
      for (int k = i + 1; k < end; k++) {
        if (isScore(tokens.get(k).text) || isQuantity(cleaned, tokens.get(k))) {
          // "HumanEval 50.6", "CIFAR10 FID 3.17": a score and its metric follow a name; so does
          // a share or an amount of hours ("FLAN-SayCan 70%", "Switchboard 300h")
          end = k;
          while (end - i >= 2 && isGeneric(tokens.get(end - 1).text)) {
            end--;
          }
          break;
        }
      }
      // "API OpenAI", "GPT-4 API": a field's term beside a name is not part of it
      if (end - i >= 2 && isGeneric(tokens.get(end - 1).text) && hasNamedWord(tokens, i, end - 1)) {
        end--;
      }
      if (end - i >= 2 && isGeneric(t.text) && hasNamedWord(tokens, i + 1, end)) {
        i++;
        t = tokens.get(i);
      }
      if (russianAround && isSectionTitle(tokens, cleaned, i, end)) {
        i = Math.max(end, next); // "по Broader Impacts в статье целая глава": a part of the paper
        continue;
      }
      boolean listed =
          !russianAround
              && end - i >= 2
              && end - i <= MAX_RUN
              && (listedWithName(tokens, cleaned, i, -1)
                  || listedWithName(tokens, cleaned, end - 1, 1));
      if (end - i >= 2
          && end - i <= MAX_RUN
          && (russianAround || listed)
          && isNameRun(tokens, i, end)) {
        boolean term = isCommonPhrase(tokens, i, end) && !hasEvidence(tokens, cleaned, i, end);
        out.add(new Found(cleaned.substring(t.start, tokens.get(end - 1).end), term));
        if (end - i >= 3 && isSize(tokens.get(end - 1).text)) {
          // "Llama 3 70B" is also "Llama 3": the size names one of its models.
          out.add(new Found(cleaned.substring(t.start, tokens.get(end - 2).end), false));
        } else if (end - i == 2 && isSize(tokens.get(end - 1).text)) {
          out.add(new Found(t.text, false));
        }
        for (int k = i; k < end; k++) {
          String word = tokens.get(k).text;
          if (isStrong(word) || (k > i && isCoined(word))) {
            out.add(new Found(word, false));
          }
        }
      } else if (end - i >= 2 && end - i <= MAX_RUN && isGenericTerm(tokens, i, end)) {
        for (int k = i; k < end; k++) {
          if (isStrong(tokens.get(k).text)) {
            // "KV Cache" names nothing, "KV Mamba" still Mamba's
            out.add(new Found(tokens.get(k).text, false));
          }
        }
      } else {
        for (int k = i; k < end; k++) {
          Token w = tokens.get(k);
          boolean initial = k == i && isSentenceStart(cleaned, w.start);
          boolean russian =
              isRussian(tokens, k - 1, cleaned, w, true)
                  || isRussian(tokens, k + 1, cleaned, w, false);
          if (isPerson(cleaned, w)
              || afterSurnameParticle(tokens, k)
              || spellsOtherName(tokens, k)) {
            continue;
          }
          String name = single(w.text, initial, russian);
          if (name == null) {
            if (CodeContext.namesModule(cleaned, w.start, w.end, w.text)) {
              out.add(new Found(w.text, false)); // "pip install datasets", "`transformers`"
            } else if (russian && isListedLowerCase(tokens, cleaned, k)) {
              out.add(new Found(w.text, false)); // "с pandas и numpy"
            }
            continue;
          }
          if (!isCommonWordWithCapital(name)) {
            out.add(
                new Found(name, false, usedAsCommonNoun(cleaned, w) || followsScore(cleaned, w)));
          } else if (!isGloss(tokens, k, cleaned)) {
            out.add(new Found(name, !hasEvidence(tokens, cleaned, k, k + 1)));
          }
        }
      }
      i = Math.max(end, next);
    }
    return out;
  }

  /**
   * Whether a lower-case word stands in a list with a lower-case coined name: "таблицы pandas и
   * массивы numpy" is not, "дружит с pandas и numpy" is; a library's name that is also an English
   * word is named beside the libraries it works with.
   */
  private static boolean isListedLowerCase(List<Token> tokens, String s, int k) {
    String word = tokens.get(k).text;
    if (letters(word) < 4 || !isAllLowerLetters(word)) {
      return false;
    }
    return listedWithLowerCaseName(tokens, s, k, -1) || listedWithLowerCaseName(tokens, s, k, 1);
  }

  private static boolean listedWithLowerCaseName(List<Token> tokens, String s, int at, int step) {
    int next = at + step;
    if (next < 0 || next >= tokens.size()) {
      return false;
    }
    Token here = tokens.get(at);
    Token there = tokens.get(next);
    String gap = step > 0 ? s.substring(here.end, there.start) : s.substring(there.end, here.start);
    if (!there.latin()) {
      String conjunction = s.substring(there.start, there.end);
      if (!(conjunction.equals("и") || conjunction.equals("или")) || !isListGap(gap, true)) {
        return false;
      }
      int after = next + step;
      if (after < 0 || after >= tokens.size() || !tokens.get(after).latin()) {
        return false;
      }
      Token item = tokens.get(after);
      if (!onlySpaces(
          step > 0 ? s.substring(there.end, item.start) : s.substring(item.end, there.start))) {
        return false;
      }
      there = item;
    } else if (!isListGap(gap, false)) {
      return false;
    }
    String other = there.text;
    return isAllLowerLetters(other) && letters(other) >= 4 && isCoined(other);
  }

  private static boolean isAllLowerLetters(String word) {
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (!(c >= 'a' && c <= 'z')) {
        return false;
      }
    }
    return true;
  }

  /** Whether one of tokens [from, to) is a name by its shape or a coined word. */
  private static boolean hasNamedWord(List<Token> tokens, int from, int to) {
    for (int k = from; k < to; k++) {
      if (isStrong(tokens.get(k).text) || isCoined(tokens.get(k).text)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a number is a quantity rather than a version: a share, with a percent sign after it
   * ("70%"), hours of audio ("300h"), one of two numbers with a slash between ("AIME 24/25",
   * "3/4"), or a resolution with the multiplication sign ("64×64"). A version or a size says which
   * model or set it is; a quantity says how much of something there is.
   */
  private static boolean isQuantity(String s, Token t) {
    String w = t.text;
    int digits = 0;
    while (digits < w.length() && Character.isDigit(w.charAt(digits))) {
      digits++;
    }
    if (digits == 0) {
      return false;
    }
    if (digits == w.length()) {
      // "AIME 24/25": two editions or two figures, not a version of the name; "AFHQv2 64×64": a
      // resolution written with the multiplication sign
      return t.end < s.length()
          && (s.charAt(t.end) == '%'
              || ((s.charAt(t.end) == '/' || s.charAt(t.end) == '×')
                  && t.end + 1 < s.length()
                  && Character.isDigit(s.charAt(t.end + 1))));
    }
    return digits == w.length() - 1 && w.charAt(digits) == 'h';
  }

  /** A measured figure rather than a version: "50.6", "3.17" (versions read "3.1", "1.5"). */
  private static boolean isScore(String word) {
    int dot = word.indexOf('.');
    if (dot <= 0 || dot != word.lastIndexOf('.') || dot == word.length() - 1) {
      return false;
    }
    for (int c = 0; c < word.length(); c++) {
      if (c != dot && !Character.isDigit(word.charAt(c))) {
        return false;
      }
    }
    return dot >= 2 || word.length() - dot - 1 >= 2;
  }

  /**
   * A quantity written with its unit, or a prefixed unit alone: a decimal or binary prefix before
   * bytes or bits ("160GB", "8 MB", "4GiB"), hertz with or without one ("24kHz", "kHz"). How units
   * are written, not names: a size in parameters ("7B") has no prefix and stays a model's size.
   */
  private static final Pattern MEASURE =
      Pattern.compile("(?:\\d+(?:[.,]\\d+)?)?(?:[kKMGTP]i?[Bb]|[kMG]Hz)|\\d+(?:[.,]\\d+)?Hz");

  /** {@link #MEASURE}, tried only on a word that ends as a unit does: most words do not. */
  private static boolean isMeasure(String w) {
    char last = w.charAt(w.length() - 1);
    return (last == 'B' || last == 'b' || last == 'z') && MEASURE.matcher(w).matches();
  }

  /** The name a single word is, or null: an acronym's plural "s" is dropped ("VLAs" is "VLA"). */
  private static String single(String word, boolean initial, boolean russian) {
    String w = word;
    if (w.length() > 2 && w.endsWith("s") && isAcronym(w.substring(0, w.length() - 1))) {
      w = w.substring(0, w.length() - 1);
    }
    if (isGeneric(w) || !hasLetter(w) || isMeasure(w)) {
      return null;
    }
    if (w.indexOf('.') > 0 && PROJECT_FILE.matcher(w).matches()) {
      return w;
    }
    if (isStrong(w)) {
      return w;
    }
    if (w.indexOf('-') > 0) {
      for (String part : w.split("-")) {
        if (!part.isEmpty() && isStrong(part) && !isGeneric(part)) {
          return w;
        }
      }
    }
    if (Character.isUpperCase(w.charAt(0))) {
      if (letters(w) < 3) {
        return null;
      }
      // A sentence start is a name only by its shape: "Seohong Park & Co." starts with a person.
      return !initial && (russian || isCoined(w)) ? w : null;
    }
    if (russian
        && letters(w) >= 4
        && hasDigit(w)
        && Character.isLetter(w.charAt(0))
        && !Lexicon.english().isWord(w)) {
      // "wav2vec", "stable-baselines3": a lower-case word with a number is coined, unless English
      // lists it ("seq2seq" is a kind of model)
      return w;
    }
    return russian && letters(w) >= 4 && isCoined(w) ? w : null;
  }

  /** Acronyms, CamelCase, letters with digits and a capital: a name wherever it stands. */
  private static boolean isStrong(String word) {
    return !isGeneric(word)
        && (isAcronym(word) || isCamelCase(word) || isLettersWithDigitsAndCapital(word));
  }

  /**
   * A word English does not have, in any of its parts: "xgboost", "Mixtral", "scikit-learn"; not
   * "whisper", "finetune" (fine + tune), "logits" (logit + s) or "pretraining" (pre + training).
   */
  static boolean isCoined(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    if (lower.indexOf('-') > 0) {
      for (String part : lower.split("-")) {
        if (letters(part) >= 3 && isCoined(part)) {
          return true;
        }
      }
      return false;
    }
    String letters = asciiLetters(lower);
    if (letters.length() < 3) {
      return false;
    }
    Lexicon english = Lexicon.english();
    if (english.isWord(letters) || english.contains(capitalised(letters))) {
      return false;
    }
    for (String suffix : SUFFIXES) {
      if (letters.endsWith(suffix) && letters.length() - suffix.length() >= 3) {
        String stem = letters.substring(0, letters.length() - suffix.length());
        if (english.isWord(stem) || english.isWord(stem + "e")) {
          return false;
        }
      }
    }
    for (String prefix : PREFIXES) {
      if (letters.startsWith(prefix)
          && letters.length() - prefix.length() >= 3
          && english.isWord(letters.substring(prefix.length()))) {
        return false;
      }
    }
    for (int cut = 3; cut <= letters.length() - 3; cut++) {
      if (english.isWord(letters.substring(0, cut)) && english.isWord(letters.substring(cut))) {
        return false;
      }
    }
    return true;
  }

  private static String capitalised(String lower) {
    return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
  }

  /**
   * Whether tokens [from, to) read as one multi-word name: each capitalised, an acronym or a
   * version, the first with a letter, not all generic.
   */
  /** Little words between the words of a name's spelled-out letters: "SAmple and aggreGatE". */
  private static final Set<String> LETTER_JOINERS = Set.of("and", "of", "the", "for", "with");

  /**
   * Whether the word at {@code k} is an English word with capitals picked out to spell another name
   * the text writes: "SAmple and aggreGatE" give "SAGE" of "GraphSAGE". Such capitals are emphasis,
   * not a name of their own; the capitals of the neighbouring such words count together, and three
   * or more must stand in the other name.
   */
  private static boolean spellsOtherName(List<Token> tokens, int k) {
    if (!isOddCase(tokens.get(k).text)) {
      return false;
    }
    int from = k;
    while (from > 0
        && tokens.get(from - 1).latin()
        && (isOddCase(tokens.get(from - 1).text)
            || (LETTER_JOINERS.contains(tokens.get(from - 1).text)
                && from > 1
                && isOddCase(tokens.get(from - 2).text)))) {
      from--;
    }
    int to = k + 1;
    while (to < tokens.size()
        && tokens.get(to).latin()
        && (isOddCase(tokens.get(to).text)
            || (LETTER_JOINERS.contains(tokens.get(to).text)
                && to + 1 < tokens.size()
                && isOddCase(tokens.get(to + 1).text)))) {
      to++;
    }
    StringBuilder capitals = new StringBuilder();
    for (int j = from; j < to; j++) {
      for (char c : tokens.get(j).text.toCharArray()) {
        if (Character.isUpperCase(c)) {
          capitals.append(c);
        }
      }
    }
    if (capitals.length() < 3) {
      return false;
    }
    for (int j = 0; j < tokens.size(); j++) {
      String other = tokens.get(j).text;
      if ((j < from || j >= to) && other.length() > capitals.length() && other.contains(capitals)) {
        return true;
      }
    }
    return false;
  }

  /** An English word with a capital after its first letter: "SAmple", "aggreGatE", "EvoLved". */
  private static boolean isOddCase(String word) {
    if (word.length() < 3 || !Lexicon.english().isWord(word)) {
      return false;
    }
    for (int i = 1; i < word.length(); i++) {
      if (Character.isUpperCase(word.charAt(i))) {
        return word.chars().anyMatch(Character::isLowerCase);
      }
    }
    return false;
  }

  /** Words for a part of a paper: a run of English words beside one is its heading. */
  private static final List<String> SECTION_STEMS =
      List.of("глав", "раздел", "секци", "параграф", "приложени", "section", "appendix", "chapter");

  /** How many words either side of a run may stand between it and a word for a part of a paper. */
  private static final int SECTION_WINDOW = 4;

  /**
   * Whether tokens [from, to) are the heading of a part of a paper ("по Broader Impacts в статье
   * целая глава", "в разделе Related Work"): English words only, with no coined word, digit or
   * capital inside a word, and a word for a part of a paper within a few words on the same line.
   */
  private static boolean isSectionTitle(List<Token> tokens, String s, int from, int to) {
    Lexicon english = Lexicon.english();
    for (int k = from; k < to; k++) {
      String word = tokens.get(k).text;
      if (!english.isWord(word)
          || !word.substring(1).equals(word.substring(1).toLowerCase(Locale.ROOT))) {
        return false;
      }
    }
    int lineStart = s.lastIndexOf('\n', tokens.get(from).start) + 1;
    int lineEnd = s.indexOf('\n', tokens.get(to - 1).end);
    if (lineEnd < 0) {
      lineEnd = s.length();
    }
    for (int k = Math.max(0, from - SECTION_WINDOW);
        k < Math.min(tokens.size(), to + SECTION_WINDOW);
        k++) {
      Token t = tokens.get(k);
      if ((k >= from && k < to) || t.start < lineStart || t.end > lineEnd) {
        continue;
      }
      String word = s.substring(t.start, t.end).toLowerCase(Locale.ROOT);
      for (String stem : SECTION_STEMS) {
        if (word.startsWith(stem)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean isNameRun(List<Token> tokens, int from, int to) {
    if (!hasLetter(tokens.get(from).text) || isVersion(tokens.get(from).text)) {
      return false;
    }
    if (isLettersOfAFormula(tokens, from, to)) {
      return false;
    }
    String first = tokens.get(from).text;
    if (Character.isLowerCase(first.charAt(0)) && (isStrong(first) || isCoined(first))) {
      // "wav2vec 2.0": a coined lower-case name takes a version like any other
      for (int k = from + 1; k < to; k++) {
        if (!isVersion(tokens.get(k).text)) {
          return false;
        }
      }
      return true;
    }
    int specific = 0;
    boolean generic = false;
    boolean named = false;
    for (int k = from; k < to; k++) {
      String w = tokens.get(k).text;
      boolean capital = Character.isUpperCase(w.charAt(0));
      if (k > from && k < to - 1 && CONNECTORS.contains(w)) {
        continue; // "Tanks and Temples": a word that joins two capitalised ones
      }
      if (!capital && !isVersion(w)) {
        return false;
      }
      if (isGeneric(w)) {
        generic = true;
      } else if (!isVersion(w)) {
        specific++;
        named |= isStrong(w) || isCoined(w);
      }
    }
    // "KV Cache", "LLM Agents": a field's term and one common word name a kind of thing.
    return specific > 0 && !(generic && specific == 1 && !named);
  }

  /** Whether tokens [from, to) are a field's term and one common word: "KV Cache", "LLM Agents". */
  private static boolean isGenericTerm(List<Token> tokens, int from, int to) {
    boolean generic = false;
    int common = 0;
    for (int k = from; k < to; k++) {
      String w = tokens.get(k).text;
      if (isGeneric(w)) {
        generic = true;
      } else if (!isVersion(w)) {
        if (isStrong(w) || isCoined(w) || !Character.isUpperCase(w.charAt(0))) {
          return false;
        }
        common++;
      }
    }
    return generic && common == 1;
  }

  /** A version or size: "2", "3.1", "70B", "8x7B", "v2", "XL". */
  private static boolean isVersion(String word) {
    return VERSION.matcher(word).matches();
  }

  /** Two or more capitals and no lower-case letter: "VAE", "RLHF", "T5-3B" is not. */
  public static boolean isAcronym(String word) {
    int upper = 0;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
      if (Character.isUpperCase(c)) {
        upper++;
      }
    }
    return upper >= 2;
  }

  /**
   * A capital inside a word after a lower-case letter, or an acronym running into a word: "LLaVA".
   */
  private static boolean isCamelCase(String word) {
    for (int i = 1; i < word.length(); i++) {
      char prev = word.charAt(i - 1);
      char c = word.charAt(i);
      if (Character.isLowerCase(prev) && Character.isUpperCase(c)) {
        return true;
      }
      if (i >= 2
          && Character.isUpperCase(word.charAt(i - 2))
          && Character.isUpperCase(prev)
          && Character.isLowerCase(c)
          && i + 1 < word.length()
          && word.indexOf('-') < 0) {
        return true;
      }
    }
    return false;
  }

  /** Letters with digits and a capital: "GPT-2", "Phi-2", "Imp-3B"; not "top-1" or "3B". */
  private static boolean isLettersWithDigitsAndCapital(String word) {
    boolean digit = false;
    boolean upper = false;
    int letters = 0;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      digit |= Character.isDigit(c);
      upper |= Character.isUpperCase(c);
      letters += Character.isLetter(c) ? 1 : 0;
    }
    if (letters == 1) {
      // "T5", "C4", "S4": a capital and a number; "A100" is a part number, not a name.
      return CAPITAL_NUMBER.matcher(word).matches();
    }
    return digit && upper && letters >= 2 && !isVersion(word);
  }

  /** The letters a to z of a lower-cased word, in order (a loop: every candidate word asks). */
  private static String asciiLetters(String lower) {
    StringBuilder out = new StringBuilder(lower.length());
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      if (c >= 'a' && c <= 'z') {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static boolean hasDigit(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isDigit(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasLetter(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetter(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static int letters(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      n += Character.isLetter(s.charAt(i)) ? 1 : 0;
    }
    return n;
  }

  // ---------------------------------------------------------------- evidence

  /**
   * The frequency class ({@link Lexicon#frequency}, 1 rare to 26) from which an English word is
   * common enough that, capitalised in Russian prose, it is more often a heading word, a label or a
   * translation than a name: "Safety" (14), "Action" (15), "Exercises" (13); "Whisper" (9),
   * "Falcon" (9), "Transformer" (10), "Performer" (12) stay under it.
   */
  static final int COMMON_FREQUENCY = 13;

  /** Suffixes of English abstract nouns made from other words: "Helpfulness", "Observation". */
  private static final List<String> ABSTRACT_SUFFIXES =
      List.of("ness", "ity", "tion", "sion", "ment", "ance", "ence", "ship", "hood", "ism");

  /**
   * Russian and English stems of the kinds of thing a name names, as the word before it: "модель
   * Chinchilla", "оптимизатором Adam", "датасет Steam", "фреймворка Gigatron".
   */
  private static final List<String> KIND_STEMS =
      List.of(
          "модел",
          "датасет",
          "бенчмарк",
          "библиотек",
          "метод",
          "оптимизатор",
          "архитектур",
          "фреймворк",
          "алгоритм",
          "набор",
          "корпус",
          "семейств",
          "пакет",
          "сет",
          "движ",
          "сервис",
          "систем",
          "подход",
          "трюк",
          "сетк",
          "сеть",
          "сети",
          "лосс",
          "энкодер",
          "декодер",
          "токенизатор",
          "model",
          "dataset",
          "benchmark",
          "library",
          "method",
          "optimizer");

  /**
   * A capitalised English word ("Safety", "Helpfulness") that needs evidence to be a name: one
   * English uses often, or an abstract noun made from another word. Acronyms, CamelCase, coined
   * words and proper nouns the word list capitalises ("Adam") are names by themselves.
   */
  private static boolean isCommonWordWithCapital(String word) {
    if (word.length() < 3
        || !Character.isUpperCase(word.charAt(0))
        || isStrong(word)
        || !isLowerTail(word)) {
      return false;
    }
    String lower = word.toLowerCase(Locale.ROOT);
    Lexicon english = Lexicon.english();
    if (!english.isWord(lower)) {
      return false;
    }
    if (english.frequency(lower) >= COMMON_FREQUENCY) {
      return true;
    }
    for (String suffix : ABSTRACT_SUFFIXES) {
      if (lower.endsWith(suffix) && lower.length() - suffix.length() >= 3) {
        return true;
      }
    }
    return false;
  }

  /** Whether every letter after the first is lower case: "Safety", not "ZeRO". */
  private static boolean isLowerTail(String word) {
    for (int i = 1; i < word.length(); i++) {
      if (!Character.isLowerCase(word.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether tokens [from, to) are capitalised English words only, and either the last is a gerund
   * ("Prompt Engineering", "Instruction Tuning": an activity, a field's term) or common words that
   * each need evidence take a number ("Figure 1", "Table 2": a part of the paper): a phrase of
   * common words reads as a term until the text or the corpus says it is a name.
   */
  private static boolean isCommonPhrase(List<Token> tokens, int from, int to) {
    String last = tokens.get(to - 1).text;
    boolean gerund = last.endsWith("ing") && isLowerTail(last);
    boolean allCommon = true;
    boolean numbered = false;
    int words = 0;
    Lexicon english = Lexicon.english();
    for (int k = from; k < to; k++) {
      String w = tokens.get(k).text;
      if (k > from && (CONNECTORS.contains(w) || isVersion(w))) {
        numbered |= isVersion(w);
        continue;
      }
      if (isStrong(w) || isCoined(w) || !isLowerTail(w) || !english.isWord(w)) {
        return false;
      }
      words++;
      allCommon &= isCommonWordWithCapital(w);
    }
    return words > 0 && (gerund || (allCommon && numbered));
  }

  /**
   * Whether a capitalised word stands alone in brackets right after a Russian word: "мысли
   * (Thought), действия (Action)" gives the English for the Russian, not a name.
   */
  private static boolean isGloss(List<Token> tokens, int k, String s) {
    Token w = tokens.get(k);
    if (w.start < 1
        || w.end >= s.length()
        || s.charAt(w.start - 1) != '('
        || s.charAt(w.end) != ')') {
      return false;
    }
    if (k == 0 || tokens.get(k - 1).latin()) {
      return false;
    }
    for (int c = tokens.get(k - 1).end; c < w.start - 1; c++) {
      if (s.charAt(c) != ' ' && s.charAt(c) != '\u00a0') {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the text says that tokens [from, to) name a thing: a kind word right before them
   * ("модель Chinchilla"), a version right after ("Steam 2" is a run and never asks), or a list
   * they stand in whose other items hold a name by shape or a proper noun ("Amazon Games и Steam",
   * "OpenWebText и Stories").
   */
  private static boolean hasEvidence(List<Token> tokens, String s, int from, int to) {
    if (from > 0
        && !tokens.get(from - 1).latin()
        && onlySpaces(s, tokens.get(from - 1).end, tokens.get(from).start)) {
      String before =
          s.substring(tokens.get(from - 1).start, tokens.get(from - 1).end)
              .toLowerCase(Locale.ROOT);
      for (String stem : KIND_STEMS) {
        if (before.startsWith(stem)) {
          return true;
        }
      }
    }
    return listedWithName(tokens, s, from, -1) || listedWithName(tokens, s, to - 1, 1);
  }

  /**
   * Walks a list from the token at {@code at} in one direction ({@code step} -1 or 1), across
   * commas, "и", "или", "and", "or" and slashes, and says whether an item holds a confident name.
   */
  private static boolean listedWithName(List<Token> tokens, String s, int at, int step) {
    int k = at;
    for (int items = 0; items < 6; items++) {
      int next = k + step;
      if (next < 0 || next >= tokens.size()) {
        return false;
      }
      Token here = tokens.get(k);
      Token there = tokens.get(next);
      String gap =
          step > 0 ? s.substring(here.end, there.start) : s.substring(there.end, here.start);
      if (!there.latin()) {
        // a conjunction: "и", "или" is a word of its own
        String word = s.substring(there.start, there.end);
        if (!(word.equals("и") || word.equals("или")) || !isListGap(gap, true)) {
          return false;
        }
        int after = next + step;
        if (after < 0 || after >= tokens.size() || !tokens.get(after).latin()) {
          return false;
        }
        Token item = tokens.get(after);
        String gap2 =
            step > 0 ? s.substring(there.end, item.start) : s.substring(item.end, there.start);
        if (!onlySpaces(gap2)) {
          return false;
        }
        next = after;
      } else if (!isListGap(gap, false)
          && !(onlySpaces(gap) && (there.text.equals("and") || there.text.equals("or")))) {
        // within an item ("Amazon Games") the words are one name: keep walking its words
        if (!onlySpaces(gap)) {
          return false;
        }
      }
      String word = tokens.get(next).text;
      if (word.equals("and") || word.equals("or")) {
        k = next;
        continue;
      }
      if (isConfidentName(word)) {
        return true;
      }
      k = next;
    }
    return false;
  }

  private static boolean isListGap(String gap, boolean aroundConjunction) {
    String g = gap.strip();
    if (aroundConjunction) {
      return g.isEmpty() || g.equals(",");
    }
    return g.equals(",") || g.equals("/") || g.equals(";");
  }

  /** A word that is a name by itself: a shape, a coined word, or a proper noun ("Amazon"). */
  private static boolean isConfidentName(String word) {
    if (isGeneric(word) || !hasLetter(word) || isVersion(word)) {
      return false;
    }
    if (isStrong(word) || isCoined(word)) {
      return true;
    }
    return Character.isUpperCase(word.charAt(0))
        && word.length() >= 3
        && Lexicon.english().contains(word)
        && !Lexicon.english().isWord(word);
  }

  private static boolean onlySpaces(String s, int from, int to) {
    for (int c = from; c < to; c++) {
      if (s.charAt(c) != ' ' && s.charAt(c) != '\u00a0') {
        return false;
      }
    }
    return true;
  }

  private static boolean onlySpaces(String gap) {
    return onlySpaces(gap, 0, gap.length());
  }

  // ---------------------------------------------------------------- common nouns

  /** Arithmetic between the terms of a formula: "W + BA", "y = AX". */
  private static final String OPERATORS = "+=*×·^";

  /**
   * Whether a name by its shape is used here as a common noun is: glued by a hyphen to a Russian
   * word that it qualifies ("FFN-блок", "SVD-сжатия", "NP-трудная", and so "conv-слоя", "kNN-граф":
   * a field's abbreviation of any shape; not an ending, "GPT-шка", nor "-подобный", which likens to
   * a name), or a term of a formula beside a one-letter variable ("W + BA").
   */
  private static boolean usedAsCommonNoun(String s, Token w) {
    if (w.end + 1 < s.length()
        && s.charAt(w.end) == '-'
        && CrossScript.isCyrillic(s.charAt(w.end + 1))) {
      int end = w.end + 1;
      while (end < s.length() && CrossScript.isCyrillic(s.charAt(end))) {
        end++;
      }
      String word = s.substring(w.end + 1, end).toLowerCase(Locale.ROOT);
      return word.length() >= 3 && !word.startsWith("подобн") && Lexicon.russian().isWord(word);
    }
    int before = w.start - 1;
    while (before >= 0 && s.charAt(before) == ' ') {
      before--;
    }
    if (before >= 1 && OPERATORS.indexOf(s.charAt(before)) >= 0) {
      int k = before - 1;
      while (k >= 0 && s.charAt(k) == ' ') {
        k--;
      }
      return k >= 0 && isVariable(s, k, false);
    }
    int after = w.end;
    while (after < s.length() && s.charAt(after) == ' ') {
      after++;
    }
    if (after < s.length() - 1 && OPERATORS.indexOf(s.charAt(after)) >= 0) {
      int k = after + 1;
      while (k < s.length() && s.charAt(k) == ' ') {
        k++;
      }
      return k < s.length() && isVariable(s, k, true);
    }
    return false;
  }

  /**
   * Whether a word without digits follows a score, as a metric does: a number with a fraction or a
   * percent sign, then at most one lower-case Latin word ("53.5 mIoU", "58.7 box AP", "85% F1"). A
   * name follows a preposition ("9,1 на MT-Bench"), and a size or a version is not a score.
   */
  static boolean followsScore(String s, Token w) {
    int capitals = 0;
    for (int i = 0; i < w.text.length(); i++) {
      char c = w.text.charAt(i);
      if (Character.isDigit(c)) {
        return false;
      }
      if (i > 0 && Character.isUpperCase(c)) {
        capitals++;
      }
    }
    if (capitals == 0) {
      return false; // "Llama 3.1 Instruct": a word after a version
    }
    int k = skipSpacesBack(s, w.start - 1);
    if (k >= 0 && s.charAt(k) >= 'a' && s.charAt(k) <= 'z') {
      int start = k;
      while (start > 0 && s.charAt(start - 1) >= 'a' && s.charAt(start - 1) <= 'z') {
        start--;
      }
      if (start == k + 1 || (start > 0 && s.charAt(start - 1) != ' ')) {
        return false;
      }
      k = skipSpacesBack(s, start - 1);
    }
    if (k < 0) {
      return false;
    }
    if (s.charAt(k) == '%') {
      return k > 0 && Character.isDigit(s.charAt(k - 1));
    }
    if (!Character.isDigit(s.charAt(k))) {
      return false;
    }
    int j = k;
    while (j >= 0 && Character.isDigit(s.charAt(j))) {
      j--;
    }
    if (j < 1
        || (s.charAt(j) != '.' && s.charAt(j) != ',')
        || !Character.isDigit(s.charAt(j - 1))) {
      return false;
    }
    int i = j - 1;
    while (i >= 0 && Character.isDigit(s.charAt(i))) {
      i--;
    }
    // a number of its own, not a version glued to a name ("GPT-3.5", "v1.5")
    return i < 0 || s.charAt(i) == ' ' || s.charAt(i) == '(' || s.charAt(i) == '\n';
  }

  private static int skipSpacesBack(String s, int k) {
    while (k >= 0 && s.charAt(k) == ' ') {
      k--;
    }
    return k;
  }

  /** Whether one Latin letter stands alone at {@code at}: a variable of a formula ("W", "x"). */
  private static boolean isVariable(String s, int at, boolean forward) {
    char c = s.charAt(at);
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) {
      return false;
    }
    int other = forward ? at + 1 : at - 1;
    return other < 0 || other >= s.length() || !Character.isLetterOrDigit(s.charAt(other));
  }

  // ---------------------------------------------------------------- context

  /**
   * Whether the token at {@code index} (the neighbour of {@code self}) is a Russian word on the
   * same line, with at most punctuation between: what says a Latin word stands in Russian prose.
   */
  private static boolean isRussian(
      List<Token> tokens, int index, String s, Token self, boolean before) {
    if (index < 0 || index >= tokens.size()) {
      return false;
    }
    Token other = tokens.get(index);
    if (other.latin()) {
      return false;
    }
    int from = before ? other.end : self.end;
    int to = before ? self.start : other.start;
    for (int k = from; k < to; k++) {
      if (s.charAt(k) == '\n') {
        return false;
      }
    }
    return true;
  }

  /**
   * The lower-case particles that open Dutch, German, French, Italian and Spanish surnames ("van
   * Hoof", "von Neumann", "van der Maaten", "de Freitas").
   */
  private static final Set<String> SURNAME_PARTICLES =
      Set.of("van", "von", "der", "den", "de", "du", "da", "di", "del", "della", "ten", "ter");

  /** A capitalised word right after a surname's particle is a person: "Fujimoto, van Hoof". */
  private static boolean afterSurnameParticle(List<Token> tokens, int k) {
    if (k == 0) {
      return false;
    }
    Token w = tokens.get(k);
    Token before = tokens.get(k - 1);
    return !w.text.isEmpty()
        && Character.isUpperCase(w.text.charAt(0))
        && before.end + 1 == w.start
        && SURNAME_PARTICLES.contains(before.text);
  }

  /** A surname before "et al." or "и др.": "Kaplan et al." is a person. */
  private static boolean isPerson(String s, Token w) {
    int k = w.end;
    while (k < s.length() && (s.charAt(k) == ' ' || s.charAt(k) == '\u00a0')) {
      k++;
    }
    return s.startsWith("et al", k) || s.startsWith("и др", k) || s.startsWith("и соавт", k);
  }

  /** Whether a word at {@code start} begins a sentence, a line or a list item. */
  private static boolean isSentenceStart(String s, int start) {
    int k = start - 1;
    while (k >= 0) {
      char c = s.charAt(k);
      if (c == ' ' || c == '\t' || c == '\u00a0' || c == '«' || c == '"' || c == '“' || c == '\'') {
        k--;
        continue;
      }
      if (c == '\n' || ".!?…:;•—–-*>".indexOf(c) >= 0) {
        return true;
      }
      int type = Character.getType(c);
      return type == Character.OTHER_SYMBOL || type == Character.SURROGATE;
    }
    return true;
  }

  private static boolean spaceBetween(String s, Token a, Token b) {
    int gap = b.start - a.end;
    if (gap != 1) {
      return false;
    }
    char c = s.charAt(a.end);
    return c == ' ' || c == '\u00a0';
  }

  // ---------------------------------------------------------------- tokens

  /** A word: a Latin token (ASCII letters and digits, joined by inner - . +) or another word. */
  private record Token(int start, int end, String text, boolean latin) {}

  /** How many digits (one to three) start at i with no letter or digit after them; else 0. */
  private static int digitsThenEnd(String s, int i) {
    int k = i;
    while (k < s.length() && k - i < 4 && Character.isDigit(s.charAt(k))) {
      k++;
    }
    int digits = k - i;
    boolean ends =
        k >= s.length() || (!Character.isLetterOrDigit(s.charAt(k)) && s.charAt(k) != '/');
    return digits >= 1 && digits <= 3 && ends ? digits : 0;
  }

  private static List<Token> tokenize(String s) {
    List<Token> out = new ArrayList<>();
    int n = s.length();
    int i = 0;
    while (i < n) {
      char c = s.charAt(i);
      if (isAsciiLetterOrDigit(c)) {
        int start = i;
        char before = start > 0 ? s.charAt(start - 1) : ' ';
        while (i < n) {
          if (isAsciiLetterOrDigit(s.charAt(i))) {
            i++;
          } else if ((s.charAt(i) == '-' || s.charAt(i) == '.' || s.charAt(i) == '+')
              && i + 1 < n
              && isAsciiLetterOrDigit(s.charAt(i + 1))
              && (s.charAt(i) != '.' || Character.isDigit(s.charAt(i - 1)))) {
            i++;
          } else if (s.charAt(i) == '/'
              && s.substring(start, i).indexOf('-') > 0
              && digitsThenEnd(s, i + 1) > 0) {
            i += 1 + digitsThenEnd(s, i + 1); // a variant's patch size: "ViT-B/16", "DiT-XL/2"
          } else {
            break;
          }
        }
        while (i < n
            && s.charAt(i) == '+'
            && (i + 1 >= n || !isAsciiLetterOrDigit(s.charAt(i + 1)))
            && i - start < 64) {
          i++; // "GRU4Rec+", "Transformer++": an improved version keeps its pluses
        }
        char after = i < n ? s.charAt(i) : ' ';
        boolean glued =
            CrossScript.isLetterOrDigit(before)
                || "@#_/\\.".indexOf(before) >= 0
                || after == '_'
                || after == '@'
                || (after == '.' && i + 1 < n && Character.isLetter(s.charAt(i + 1)));
        if (glued && !CrossScript.isCyrillic(before)) {
          int word = i;
          while (i < n
              && (Character.isLetterOrDigit(s.charAt(i)) || "_./".indexOf(s.charAt(i)) >= 0)) {
            i++;
          }
          String file = s.substring(start, i);
          if (!Character.isLetterOrDigit(before)
              && "@#_/\\.".indexOf(before) < 0
              && CodeContext.isModuleWithClass(s, start, word)) {
            // "transformers.AutoModel": the module is a word of its own
            out.add(new Token(start, word, s.substring(start, word), true));
            continue;
          }
          boolean project =
              PROJECT_FILE.matcher(file).matches() && !Character.isLetterOrDigit(before);
          out.add(new Token(start, i, file, project));
          continue;
        }
        String text = s.substring(start, i);
        out.add(new Token(start, i, text, hasLetter(text) || !out.isEmpty()));
      } else if (CrossScript.isLetter(c)) {
        int start = i;
        while (i < n && CrossScript.isLetter(s.charAt(i)) && !isAsciiLetterOrDigit(s.charAt(i))) {
          i++;
        }
        out.add(new Token(start, i, "", false)); // other words count only by where they are
      } else {
        i++;
      }
    }
    return out;
  }

  /** Whether the text holds a Latin letter (A–Z, a–z). */
  public static boolean hasAsciiLetter(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
        return true;
      }
    }
    return false;
  }

  private static boolean isAsciiLetterOrDigit(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }
}
