package dev.paperlens.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameMatcherTest {
  private static final NameMatcher MATCHER =
      NameMatcher.of(
          List.of(
              "LoRA",
              "MoRA",
              "HyenaDNA",
              "Memory Mosaics",
              "ATLAS",
              "Titans",
              "FIFO-Diffusion",
              "DeepTransformer",
              "DT",
              "NEAT",
              "GPT-2",
              "LLM",
              "SLAB-Swin",
              "Octo",
              "Transformer",
              "Trajectory Score Matching",
              "OpenRLHF"));

  /** Renders what was found as "surface=name; ...". */
  private static String found(String text) {
    return found(MATCHER, text);
  }

  private static String found(NameMatcher matcher, String text) {
    return matcher.find(text).stream()
        .map(m -> m.surface() + "=" + m.name())
        .collect(Collectors.joining("; "));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // exact, case-insensitive where safe
        "обучали через LoRA и lora | LoRA=LoRA; lora=LoRA",
        "HyenaDNA держит миллион токенов | HyenaDNA=HyenaDNA",
        "статья про memory mosaics | memory mosaics=Memory Mosaics",
        "наш FIFO-Diffusion и FIFO Diffusion | FIFO-Diffusion=FIFO-Diffusion; FIFO Diffusion=FIFO-Diffusion",
        "маленькая GPT-2 | GPT-2=GPT-2",
        "обучали как DT, а не dt | DT=DT",
        "много LLMs вокруг | LLMs=LLM",
        "LoRAшка на месте, LoRA-адаптер | LoRAшка=LoRA; LoRA=LoRA",
        // Cyrillic spelling of the whole name, declined
        "появилась лора | лора=LoRA",
        "при помощи ЛоРЫ | ЛоРЫ=LoRA",
        "ATLAS в виде атласа | ATLAS=ATLAS; атласа=ATLAS",
        "превосходит титанов | титанов=Titans",
        "Titans и более сильный титан | Titans=Titans; титан=Titans",
        "робот окто | окто=Octo",
        // multi-word names in Russian order, and their one distinctive word
        "айклировские мозаики памяти | мозаики памяти=Memory Mosaics",
        "название мозаик памяти | мозаик памяти=Memory Mosaics",
        "Memory Mosaics: свойство мозаики | Memory Mosaics=Memory Mosaics; мозаики=Memory Mosaics",
        "память мозаики и трансформер | память мозаики=Memory Mosaics",
      })
  void findsMentions(String text, String expected) {
    assertEquals(expected, found(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // a name read whole, as any matcher reads it
        "обучили на керасе | керасе=Keras",
        "собрали под тензорртом | тензорртом=TensorRT",
        // never by its distinctive part, which only a text writing the name may use
        "рендер сцены занял час | ''",
        "на торче за вечер | ''",
      })
  void aMatcherOfWholeNamesReadsNoPart(String text, String expected) {
    NameMatcher whole =
        NameMatcher.ofWholeNames(List.of("Keras", "TensorRT", "RenderFormer", "TorchGeo"));
    assertEquals(expected, found(whole, text));
  }

  @Test
  void theSameNamesReadByPartInAnOrdinaryMatcherWhereTheTextWritesThem() {
    NameMatcher ordinary = NameMatcher.of(List.of("RenderFormer"));
    assertEquals(
        "RenderFormer=RenderFormer; рендер=RenderFormer",
        found(ordinary, "RenderFormer быстрее: рендер сцены занял час"));
    NameMatcher whole = NameMatcher.ofWholeNames(List.of("RenderFormer"));
    assertEquals(
        "RenderFormer=RenderFormer", found(whole, "RenderFormer быстрее: рендер сцены занял час"));
  }

  private static final NameMatcher COMPOUNDS =
      NameMatcher.of(
          List.of("HuggingFace", "EfficientNet", "MusicGen", "U-Net", "SAM", "ViT", "GAN"));

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // a compound by any reading within the budget, declined
        "веса на хаггингфейсе | хаггингфейсе=HuggingFace",
        "бэкбон эффишентнета | эффишентнета=EfficientNet",
        "генерация мьюзикгеном | мьюзикгеном=MusicGen",
        // a rare Russian word reads as a name where the same text writes the name
        "в U-Net добавляют внимание; этот юнет | U-Net=U-Net; юнет=U-Net",
        "GAN и ганы | GAN=GAN; ганы=GAN",
        // a short acronym said as a word
        "SAM хорош, а сэма добавили позже | SAM=SAM; сэма=SAM",
        // ... and not where it does not
        "этот юнет | ''",
        "ганы в пустыне | ''",
        // a common word never does: "сама" is a form of "сам"
        "SAM сама делит картинку | SAM=SAM",
      })
  void readsCompoundsAndRareWordsByTheirContext(String text, String expected) {
    assertEquals(expected, found(COMPOUNDS, text));
  }

  private static final NameMatcher VARIANTS =
      NameMatcher.of(List.of("ViT-L/14", "ViT-L", "Transformer", "Transformer++", "GRU4Rec+"));

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "энкодер ViT-L/14 и ViT-L | ViT-L/14=ViT-L/14; ViT-L=ViT-L",
        "Transformer++ лучше, чем Transformer | Transformer++=Transformer++; Transformer=Transformer",
        "бьет GRU4Rec+ | GRU4Rec+=GRU4Rec+",
        "бьет GRU4Rec без плюса | ''",
      })
  void variantsKeepTheirSlashAndPluses(String text, String expected) {
    assertEquals(expected, found(VARIANTS, text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // glossary words are not distinctive
        "ассоциативной памяти",
        "модели и обучение",
        // common words that merely look like a name
        "слабый сигнал, слабая модель, слабое место",
        "лор врач",
        "дип лернинг и опен сорс",
        // no Cyrillic for short acronyms, no lower case for them in Latin
        "дт и длт",
        "a dt model",
        // a name's parts in Latin alone are not the name
        "FIFO queue and deep learning",
        // a three-word name is not linked by one of its words
        "траектория и скор",
      })
  void findsNothing(String text) {
    assertEquals("", found(text));
  }

  /** A known release is not another release of the same name: "Qwen2" is not "Qwen2.5". */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Qwen2.5 beats it| ",
        "сравнили с квен2.5| ",
        "Llama 3.1 and Llama 3| Llama 3=Llama 3",
        "Qwen2. Then Qwen2 again| Qwen2=Qwen2; Qwen2=Qwen2",
        "Qwen2.5 and Qwen2.5-Coder| Qwen2.5=Qwen2.5; Qwen2.5-Coder=Qwen2.5-Coder",
      })
  void aLongerVersionIsAnotherName(String text, String expected) {
    NameMatcher versions = NameMatcher.of(List.of("Qwen2", "Llama 3"));
    if (text.contains("Coder")) {
      versions = NameMatcher.of(List.of("Qwen2", "Qwen2.5", "Qwen2.5-Coder"));
    }
    assertEquals(expected == null ? "" : expected, found(versions, text));
  }

  /** A title is matched whole across the punctuation it has, and only that punctuation. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "в статье Hyena Hierarchy: Towards Larger Models авторы|"
            + " Hyena Hierarchy: Towards Larger Models=Hyena Hierarchy: Towards Larger Models",
        "Hyena Hierarchy, Towards Larger Models| Hyena=Hyena",
        "Hyena Hierarchy:: Towards Larger Models| Hyena=Hyena",
        "Mamba, Mamba-2 и др.| Mamba, Mamba-2=Mamba, Mamba-2",
      })
  void titlesKeepTheirOwnPunctuation(String text, String expected) {
    NameMatcher titles =
        NameMatcher.of(
            List.of("Hyena Hierarchy: Towards Larger Models", "Hyena", "Mamba, Mamba-2"));
    assertEquals(expected.strip(), found(titles, text));
  }

  @Test
  void releasingTheSharedCachesEmptiesThemAndChangesNoAnswer() {
    List<String> names = List.of("HyenaDNA", "HuggingFace", "WaveNet", "Memory Mosaics");
    String text = "гиена и хаггинг фейс, вейвнет, мозаики памяти и HyenaDNA";
    String before = found(NameMatcher.of(names), text);
    assertTrue(NameMatcher.sharedCacheSize() > 0, "a matcher fills the shared caches");

    NameMatcher.releaseSharedCaches();

    assertEquals(0, NameMatcher.sharedCacheSize());
    assertEquals(before, found(NameMatcher.of(names), text));
    assertTrue(NameMatcher.sharedCacheSize() > 0, "the next matcher fills them again");
  }

  @Test
  void nothingToScanFindsNothing() {
    assertEquals(List.of(), MATCHER.find(null));
    assertEquals(List.of(), MATCHER.find(""));
    assertEquals(List.of(), NameMatcher.of(List.of()).find("лора"));
  }

  /** Names whose English last word follows a coined first one, and names led by their own word. */
  private static final NameMatcher PARTS =
      NameMatcher.of(
          List.of(
              "MT-Bench",
              "o1-mini",
              "Swin Transformer",
              "Megatron-LM",
              "BIG-bench",
              "V-trace",
              "Robotics Transformer"));

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // the English word after a coined one is the kind or the size, not the name
        "по бенчам и на бенче | ",
        "у мини токенайзер тот же | ",
        // an acronym is coined, though English has the word ("BIG" of BIG-bench)
        "на математических бенчах и бенчи кода | ",
        // and so is one capital letter ("V" of V-trace)
        "трейсы агентов и трейса | ",
        "поправка V-trace | V-trace=V-trace",
        // a leading word names the thing; the whole name written out still links
        "сравнили со свином | свином=Swin Transformer",
        // an English word leading the name is the field Russian borrows it for
        "прорыв в роботике и для роботики | ",
        "Robotics Transformer | Robotics Transformer=Robotics Transformer",
        "учили на мегатроне | мегатроне=Megatron-LM",
        "на MT-Bench и у o1-mini | MT-Bench=MT-Bench; o1-mini=o1-mini",
        "на BIG-bench | BIG-bench=BIG-bench",
      })
  void aCoinedNamesEnglishLastWordIsNotTheName(String text, String expected) {
    assertEquals(expected == null ? "" : expected, found(PARTS, text));
  }

  /** Compounds led by an English word or a proper noun, and one led by a coined word. */
  private static final NameMatcher ENGLISH_PARTS =
      NameMatcher.of(
          List.of("StyleGAN", "FasterTransformer", "Google News", "HyenaDNA", "Megatron-LM"));

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // an English word leading a compound is written for itself: the compound only where the
        // text writes it, and never when it is a common Russian word
        "фастер в разы | ",
        "как себя будет вести гиена | ",
        "FasterTransformer, и фастер он в разы | "
            + "FasterTransformer=FasterTransformer; фастер=FasterTransformer",
        "HyenaDNA длинная, как себя будет вести гиена | HyenaDNA=HyenaDNA; гиена=HyenaDNA",
        "интерфейс в стиле StyleGAN | StyleGAN=StyleGAN",
        // a company leading a two-word name is the company
        "компьют гугловский | ",
        "статьи из гугл ньюс | гугл ньюс=Google News",
        // a coined leading word names the thing
        "учили на мегатроне | мегатроне=Megatron-LM",
      })
  void anEnglishWordLeadingANameIsNotTheName(String text, String expected) {
    assertEquals(expected == null ? "" : expected, found(ENGLISH_PARTS, text));
  }

  /** Names a common Russian word form reads as, by its English reading or by a leading part. */
  private static final NameMatcher COMMON_FORMS =
      NameMatcher.of(
          List.of(
              "MusicGen",
              "DALL-E",
              "BEAR",
              "HyenaDNA",
              "ViT",
              "Swin Transformer",
              "Memory Mosaics"),
          Map.of("dall-e", 5, "bear", 5));

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // a form of a common word is that word, though the text writes the name: the dictionary's
        // lemma ("музыка", "дать", "брать") is common where the stripped form's guesses are not
        "для TTS и музыки стандарт MusicGen | MusicGen=MusicGen",
        // nor where the user's reviews write the name again and again
        "модель дала прирост | ",
        "берем короткий префикс | ",
        // a rare word still reads as the name the text writes ("гиена"), and a participle's verb
        // ("вита" of "вить") says nothing of how common the form is
        "HyenaDNA длинная, как себя будет вести гиена | HyenaDNA=HyenaDNA; гиена=HyenaDNA",
        "ViT, а точнее вита на патчах | ViT=ViT; вита=ViT",
        // an adjective's reading is no sign of a common word: Russian declines a borrowed noun so
        "сравнили со свином | свином=Swin Transformer",
        // "мозаики" is a form of "мозаика", common: Memory Mosaics where the text writes it
        "свойство мозаики | ",
      })
  void aFormOfACommonRussianWordIsNotTheName(String text, String expected) {
    assertEquals(expected == null ? "" : expected, found(COMMON_FORMS, text));
  }

  private static final NameMatcher COUNTED = NameMatcher.of(List.of("Higgs", "Gemma 2"));

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // what a figure measures stands after it: a unit, no name
        "обучали на Higgs, под 90 гигов в bf16 | Higgs=Higgs",
        "обучали на Higgs, это примерно 3.5 гига | Higgs=Higgs",
        // a name takes its number after it; a word with no figure before it reads as before, and
        // a number in words counts things, names among them
        "гемма 2 и 3 гиги | гемма 2=Gemma 2",
        "обучали на Higgs, а гигов нет | Higgs=Higgs; гигов=Higgs",
        "обучали на Higgs, два гига на параметр | Higgs=Higgs; гига=Higgs",
      })
  void aWordAfterAFigureIsWhatItMeasures(String text, String expected) {
    assertEquals(expected, found(COUNTED, text));
  }

  @Test
  void aFormOfACommonWordIsTheNameItsTitleWrites() {
    // the review's title writes the name in Latin: one text, one sense, as for its body
    assertEquals(
        List.of("Memory Mosaics"),
        COMMON_FORMS.find("снова мозаики", "memory  mosaics").stream()
            .map(NameMatcher.Match::name)
            .toList());
    assertEquals(List.of(), COMMON_FORMS.find("снова мозаики", "Octo: a robot policy"));
  }

  /** Names that Russian capitalises as a person's or a place's name. */
  private static final NameMatcher PROPER = NameMatcher.of(List.of("Lion", "ALBERT"));

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // a capitalised person's or place's name of Russian is that person or place
        "к Лиону во Франции отношения не имеет | ",
        "одобряет Альберт Эйнштейн | ",
        // a kind noun says it is the name
        "учили оптимизатором Лион | Лион=Lion",
      })
  void aRussianPersonOrPlaceIsNotAName(String text, String expected) {
    assertEquals(expected == null ? "" : expected, found(PROPER, text));
  }

  private static final NameMatcher RELEASES =
      NameMatcher.of(
          List.of(
              "GPT",
              "GPT-3",
              "LLaMA",
              "Llama 3",
              "Gemma",
              "Gemma 2",
              "BART",
              "Zorbnet",
              "Faster R-CNN",
              "Stable Diffusion",
              "Robotics Transformer",
              "Random Forest"));

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // an ordinal counts the release: Russian says it before the name
        "взяли третью ламу | третью ламу=Llama 3",
        "вторая гемма лучше | вторая гемма=Gemma 2",
        "пятая гптшка | гптшка=GPT",
        "вторая гемма 2 | гемма 2=Gemma 2",
        // the first of a family is the family's own name
        "первая гемма | гемма=Gemma",
        // a diminutive in -ик or -чик a writer makes of a name
        "берем бартика | бартика=BART",
        "зорбнетик и зорбнетчик | зорбнетик=Zorbnet; зорбнетчик=Zorbnet",
      })
  void readsReleasesAndDiminutives(String text, String expected) {
    assertEquals(expected == null ? "" : expected, found(RELEASES, text));
  }

  @Test
  void offsetsPointAtTheSurface() {
    String text = "обучали при помощи ЛоРЫ\nи мозаик памяти";
    List<NameMatcher.Match> matches = MATCHER.find(text);
    assertEquals(2, matches.size());
    for (NameMatcher.Match m : matches) {
      assertEquals(m.surface(), text.substring(m.start(), m.end()));
    }
  }

  @Test
  void ordinaryRussianTextLinksNothing() {
    String text =
        "проблема смены распределения очень неприятна в классическом обучении, а если дело доходит"
            + " до задач биологии, то геном человека состоит из миллиардов нуклеотидов. совместить"
            + " физику шин с нейронками, чтобы научиться дрифтить со скоростью семьдесят километров в"
            + " час. как говорится, хочешь понять человека - прочитай все его статьи в хронологическом"
            + " порядке. низкоранговые матрицы все равно использовали, например для снижения количества"
            + " параметров. интересно посмотреть, как себя будет вести модель на большем скейле. лорд"
            + " слабо атласный титанический лоретта мозаичный гиеновый";
    assertEquals("", found(text));
  }

  @Test
  void readsAMegabyteWhole() {
    StringBuilder sb = new StringBuilder();
    String paragraph =
        "появился более сильный титан в виде атласа от авторов, которые еще и решеткой занимались;"
            + " обучали как DT при помощи ЛоРЫ, а мозаики памяти базируются на ассоциативной памяти."
            + " проблема ооооочень длинного контекста встречается в задачах биологии %d\n";
    int n = 0;
    while (sb.length() < 1_000_000) {
      sb.append(String.format(paragraph, n++));
    }
    String text = sb.toString();
    // Speed is measured by the benchmarks; here a megabyte must simply be read whole and right.
    List<NameMatcher.Match> matches = MATCHER.find(text);
    // "титан" and "атласа" are Russian common nouns with no sign of a name around them here
    assertEquals(3 * n, matches.size());
  }

  @Test
  void splitsCompoundsAtHumps() {
    assertEquals(List.of("Hyena", "DNA"), NameMatcher.splitCompound("HyenaDNA"));
    assertEquals(List.of("Open", "RLHF"), NameMatcher.splitCompound("OpenRLHF"));
    assertEquals(List.of("FIFO", "Diffusion"), NameMatcher.splitCompound("FIFO-Diffusion"));
  }

  private static final NameMatcher LOANWORDS =
      NameMatcher.of(
          List.of(
              "Whisper",
              "PyTorch",
              "CatBoost",
              "TensorFlow",
              "XGBoost",
              "WaveNet",
              "PPO",
              "DiT",
              "VAE",
              "GAN",
              "T5",
              "GPT-4",
              "Gemma 2",
              "Stable Diffusion",
              "Qwen2",
              "MoE",
              "ZeRO",
              "Mistral",
              "YOLOv8",
              "Qwen1.5",
              "llama.cpp",
              "Llama",
              "FlashAttention",
              "Q-learning"));

  private static String loanwords(String text) {
    return found(LOANWORDS, text);
  }

  /**
   * The diminutive "-к" Russian glues to a name it spells letter by letter or cannot decline
   * ("лстмки", "рпнка", "табпфнка") comes off where two consonants stand before it; a Russian
   * word's own "-к" after a vowel and a consonant ("банки", "линка") stays.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "две лстмки подряд и рпнка | лстмки=LSTM; рпнка=RPN",
        "дообучили табпфнку на табличках | табпфнку=TabPFN",
        "свмка против цннки | свмка=SVM; цннки=CNN",
        "банки и линка в тексте | ''",
        // a base of three letters is read letter by letter only, as a word of three letters is
        "влмки не нацелены на это | ''",
      })
  void aDiminutiveAfterTwoConsonantsComesOff(String text, String expected) {
    NameMatcher matcher =
        NameMatcher.of(List.of("LSTM", "RPN", "TabPFN", "SVM", "CNN", "Ban", "Lin", "vLLM"));
    assertEquals(expected, found(matcher, text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // by how English reads the name
        "OpenAI выкатили виспер | виспер=Whisper",
        "дообучали висперы на пайторче | висперы=Whisper; пайторче=PyTorch",
        "кэтбуст против хгбуста | кэтбуст=CatBoost; хгбуста=XGBoost",
        "порт на тензорфлоу и вейвнетом | тензорфлоу=TensorFlow; вейвнетом=WaveNet",
        "латенты от стейбл диффьюжна | стейбл диффьюжна=Stable Diffusion",
        "модель мистраль хороша | мистраль=Mistral",
        "привет флешатеншну | флешатеншну=FlashAttention",
        "старый добрый ку-лернинг | ку-лернинг=Q-learning",
        // letter by letter, with endings and diminutives
        "тот самый ппо и его ппошка | ппо=PPO; ппошка=PPO",
        "дит вместо юнета, ВАЕ от SD | дит=DiT; ВАЕ=VAE",
        "десяток ганов и ГАНы | ганов=GAN; ГАНы=GAN",
        // adjectives made of names
        "гановские трюки и висперовский энкодер | гановские=GAN; висперовский=Whisper",
        "слабый и старый | ''",
        // versions and sizes
        "т5 и квен2, потом йолов8 | т5=T5; квен2=Qwen2; йолов8=YOLOv8",
        "сравнили с гпт-4 и гемма 2 | гпт-4=GPT-4; гемма 2=Gemma 2",
        "Qwen1.5 и llama.cpp | Qwen1.5=Qwen1.5; llama.cpp=llama.cpp",
        // Russian words are not names unless their spelling is the name's own or capitals say so
        "мое мнение: серия статей, раза три | ''",
        "слои МоЕ | МоЕ=MoE",
        "вишня и мама | ''",
      })
  void findsLoanwordSpellings(String text, String expected) {
    assertEquals(expected, loanwords(text));
  }

  /**
   * An acronym said by the Russian names of its letters, glued or written apart by hyphens, with a
   * Russian ending or diminutive; a Russian word made of the same syllables is not one.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "обучили дэкуэн и дэкуэна | дэкуэн=DQN; дэкуэна=DQN",
        "слой джи-си-эн поверх | джи-си-эн=GCN",
        "джи-си-эн-ом | джи-си-эн-ом=GCN",
        "мир из эр-эс-эс-эма | эр-эс-эс-эма=RSSM",
        "сэмплер ДЭДЭПЭЭМ и эсдэшка | ДЭДЭПЭЭМ=DDPM; эсдэшка=SD",
        "лосс си-ти-си | си-ти-си=CTC",
        "дети и пиар, эмир и кафе | ''",
        "эр-эс | ''",
      })
  void findsAcronymsSaidByTheirLettersNames(String text, String expected) {
    NameMatcher matcher =
        NameMatcher.of(List.of("DQN", "GCN", "RSSM", "DDPM", "SD", "CTC", "PR", "DT", "KF"));
    assertEquals(expected, found(matcher, text));
  }

  /**
   * The two capitals of a name of two words run together, said in Cyrillic ("тф"), are the name
   * only when the user writes it in many reviews and the words around say a name.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "код на тф и FFHQ | тф=TensorFlow; FFHQ=FFHQ",
        "на джаксе и тф | джаксе=JAX; тф=TensorFlow",
        "тф как есть | ''",
        "в пт и на тв | ''",
        "код на мн | ''",
      })
  void findsTheCapitalsOfAWellKnownName(String text, String expected) {
    NameMatcher matcher =
        NameMatcher.of(
            List.of("TensorFlow", "PyTorch", "JAX", "FFHQ", "MultiNet"),
            Map.of("tensorflow", 5, "pytorch", 9, "jax", 4, "ffhq", 1, "multinet", 1));
    assertEquals(expected, found(matcher, text));
  }

  private static final NameMatcher COMMON_NOUNS =
      NameMatcher.of(List.of("LLaMA", "CLIP", "PaLM", "Mistral", "ATLAS", "BERT"));

  /**
   * A Russian common noun that spells a name is the name only where the text says so: it writes the
   * name in Latin, a kind noun, an ordinal, a version, quotes or a capital stand by, or the word is
   * listed with names.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "лама в зоопарке такого не умеет | ''",
        "клип на ютубе с субтитрами | ''",
        "пока я сидел под пальмой | ''",
        "в виде атласа | ''",
        "ветер мистраль | ''",
        "дообучили модель ламу | ламу=LLaMA",
        "у первой ламы контекст 2k | ламы=LLaMA",
        "взяли «клип» как есть | клип=CLIP",
        "сравнили с Ламой | Ламой=LLaMA",
        "LLaMA хороша, ламу все тюнят | LLaMA=LLaMA; ламу=LLaMA",
        "BERT, ламу и мистраль | BERT=BERT; ламу=LLaMA; мистраль=Mistral",
        // a person's name in Russian is not a common noun: "берт" reads as BERT anywhere
        "дообучили берта | берта=BERT",
      })
  void commonNounsAreNamesOnlyWhereTheTextSaysSo(String text, String expected) {
    assertEquals(expected, found(COMMON_NOUNS, text));
  }

  /**
   * Two names with one Cyrillic spelling: the one the user's reviews write far more often takes it
   * ("лама" is LLaMA, which twelve reviews write, not LAMA, which one does); written about equally,
   * neither does.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "дообучили модель ламу | ламу=LLaMA",
        "у первой ламы контекст 2k | ламы=LLaMA",
        "лама в зоопарке такого не умеет | ''",
      })
  void aSharedSpellingGoesToTheNameWrittenFarMoreOften(String text, String expected) {
    NameMatcher weighed = NameMatcher.of(List.of("LLaMA", "LAMA"), Map.of("llama", 12, "lama", 1));
    assertEquals(expected, found(weighed, text));
    NameMatcher even = NameMatcher.of(List.of("LLaMA", "LAMA"), Map.of("llama", 2, "lama", 1));
    assertEquals("", found(even, text));
  }

  /**
   * A vocabulary larger than the matcher works out at a time (names are added a chunk at a time, to
   * bound the heap of a build) resolves a shared spelling as a small one does, however far apart
   * the two names are, and knows the names of its last chunk.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "дообучили модель ламу | ламу=LLaMA",
        "у первой ламы контекст 2k | ламы=LLaMA",
        "сравним с Qx7prNet | Qx7prNet=Qx7prNet",
      })
  void aVocabularyAddedInChunksResolvesAsASmallOne(String text, String expected) {
    List<String> vocabulary = new ArrayList<>(List.of("LLaMA"));
    for (int i = 0; i < 10_000; i++) {
      vocabulary.add("Qx" + Integer.toString(i, 36) + "Net");
    }
    vocabulary.add("LAMA");
    NameMatcher weighed = NameMatcher.of(vocabulary, Map.of("llama", 12, "lama", 1));
    assertEquals(expected, found(weighed, text));
    NameMatcher even = NameMatcher.of(vocabulary, Map.of("llama", 2, "lama", 1));
    assertEquals(text.contains("Qx") ? expected : "", found(even, text));
  }

  /**
   * What a name adds to a matcher is worked out once and shared by later matchers over the name;
   * how often the corpus writes it is each matcher's own.
   */
  @Test
  void matchersOverTheSameNamesWeighThemByTheirOwnUsage() {
    String text = "дообучили модель ламу";
    for (int i = 0; i < 2; i++) {
      assertEquals(
          "ламу=LLaMA",
          found(NameMatcher.of(List.of("LLaMA", "LAMA"), Map.of("llama", 12, "lama", 1)), text));
      assertEquals(
          "ламу=LAMA",
          found(NameMatcher.of(List.of("LLaMA", "LAMA"), Map.of("llama", 1, "lama", 12)), text));
      assertEquals("", found(NameMatcher.of(List.of("LLaMA", "LAMA")), text));
    }
  }

  /**
   * Two spellings of one versioned name that a Cyrillic word and its version both read ("ламу 2" as
   * "Llama 2" and as "LLaMa-2", one review's spelling) go to the one more reviews write, then to
   * the first in code-point order: a function of the names and their usage, never of which object a
   * hash set met first (each name's phrase sits in such a set; with the old first-met choice, each
   * family below fell either way by the identity hashes of its two phrases).
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "ламу | Llama | LLaMa",
        "квен | Qwen | QWEN",
        "гемму | Gemma | GEMMA",
        "фалкон | Falcon | FALCON",
        "мистраль | Mistral | MISTRAL",
        "виспер | Whisper | WHISPER",
        "клод | Claude | CLAUDE",
        "джемини | Gemini | GEMINI",
      })
  void aVersionReadByTwoSpellingsGoesToTheOneWrittenMore(String word, String head, String other) {
    // a version per round: new names, whose phrases are new objects (a name's is made once)
    for (int version = 2; version <= 9; version++) {
      String written = word + " " + version;
      String text = "через неделю " + written + " уже крутили";
      String more = head + " " + version;
      String fewer = other + "-" + version;
      Map<String, Integer> usage =
          Map.of(more.toLowerCase(Locale.ROOT), 8, fewer.toLowerCase(Locale.ROOT), 1);
      assertEquals(written + "=" + more, found(NameMatcher.of(List.of(fewer, more), usage), text));
      assertEquals(written + "=" + more, found(NameMatcher.of(List.of(more, fewer), usage), text));
      // written equally often: one answer, whichever the vocabulary lists first
      String either = found(NameMatcher.of(List.of(fewer, more)), text);
      assertTrue(either.equals(written + "=" + more) || either.equals(written + "=" + fewer));
      assertEquals(either, found(NameMatcher.of(List.of(more, fewer)), text));
    }
  }

  /**
   * A rare Russian word that reads like a name is that name where the user's reviews write it again
   * and again, though this text does not ("обычный юнет" in a corpus of U-Net reviews); where they
   * write it once, the text must write it too.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "сеть внутри — обычный юнет с аттеншеном | юнет=U-Net",
        "вит проигрывает резнетам | ''"
      })
  void aRareWordIsTheNameTheCorpusKeepsWriting(String text, String expected) {
    NameMatcher often = NameMatcher.of(List.of("U-Net"), Map.of("u-net", 5));
    assertEquals(expected, found(often, text));
    NameMatcher once = NameMatcher.of(List.of("U-Net"), Map.of("u-net", 1));
    assertEquals("", found(once, text));
  }

  /** Versions glued to a Cyrillic word, all-caps English words said as words, common parts. */
  /** An ending after an apostrophe is part of the mention, as after a hyphen. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "слои у BERT'а | BERT'а=BERT",
        "эта GPT’шка | GPT’шка=GPT",
        "дообучили PaLI-X-шку | PaLI-X-шку=PaLI-X",
        // after a hyphen any noun ending is the name's, also one Russian has as a word
        "BERT-а и все | BERT-а=BERT",
        "BERT-то все знают | BERT=BERT",
        "BERT'модели | BERT=BERT",
        "BERT's head | BERT=BERT",
      })
  void takesAnEndingAfterAnApostrophe(String text, String expected) {
    NameMatcher matcher = NameMatcher.of(List.of("BERT", "GPT", "PaLI-X"));
    assertEquals(expected, found(matcher, text));
  }

  /** A multi-word name with a hyphenated acronym, its acronym written as one Cyrillic word. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "как в фаст рцнн | фаст рцнн=Fast R-CNN",
        "поверх маск рцнна | маск рцнна=Mask R-CNN",
        "обычный фаст-рцнн | фаст-рцнн=Fast R-CNN",
        "просто рцнн | рцнн=RCNN",
        // a word of vowels is no acronym read out
        "фаст рано | ''",
      })
  void readsAnAcronymOfAPhraseAsOneCyrillicWord(String text, String expected) {
    NameMatcher matcher = NameMatcher.of(List.of("Fast R-CNN", "Mask R-CNN", "RCNN"));
    assertEquals(expected, found(matcher, text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "казалось, что гпт3 — это предел | гпт3=GPT-3",
        "а гпт3.5 уже лучше | гпт3.5=GPT-3.5",
        "гпт7 никто не видел | ''",
        "с иглом пока больше возни | иглом=EAGLE",
        "разница между лорой и кулорой | кулорой=QLoRA",
        "против обычного зиро | зиро=ZeRO",
        "датасеты: коммон войс, флерс | коммон войс=Common Voice",
      })
  void readsVersionsAcronymsAndPhrasesAsRussianWritesThem(String text, String expected) {
    NameMatcher matcher =
        NameMatcher.of(
            List.of("GPT-3", "GPT-3.5", "EAGLE", "QLoRA", "ZeRO", "R1-Zero", "Common Voice"));
    assertEquals(expected, found(matcher, text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // the English plural's s, which Russian never writes, spells a name that is a plural word
        "веса лежат в трансформерс | трансформерс=Transformers",
        "все это есть в трансформерсах | трансформерсах=Transformers",
        // the Russian plural is the common noun
        "обучили два трансформера, трансформеры | ''",
        "бустинг через иксджибуст | иксджибуст=XGBoost",
      })
  void readsAnEnglishPluralAndLettersBeforeAWord(String text, String expected) {
    assertEquals(expected, found(NameMatcher.of(List.of("Transformers", "XGBoost")), text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // Russian declines the first word of a name and leaves its version as written
        "на скваде 2.0 лучше всех | скваде 2.0=SQuAD 2.0",
        "сквад 2.0 сложнее | сквад 2.0=SQuAD 2.0",
        // a Russian word is not declined into a name
        "в модели 2.0 | ''",
      })
  void readsADeclinedFirstWordBeforeAVersion(String text, String expected) {
    assertEquals(expected, found(NameMatcher.of(List.of("SQuAD 2.0", "Model 2.0")), text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // an ending or a diminutive after a hyphen is part of the mention
        "и PaLI-X-шка рулит роботом | PaLI-X-шка=PaLI-X",
        "отстает от s1-шки | s1-шки=s1",
        "и рпн-ка просто регрессирует | рпн-ка=RPN",
        // a noun ending that is a word alone, and a noun in -шник or -щик made of the name
        "две фишки из DQN-а | DQN-а=DQN",
        "у оригинального DCN-у и DCN-ом | DCN-у=DCN; DCN-ом=DCN",
        "для Kaldi-шников и s1-щика | Kaldi-шников=Kaldi; s1-щика=s1",
        // an adjective made of the name: its suffix and ending
        "DQN-овские трюки и Kaldi-шные рецепты | DQN-овские=DQN; Kaldi-шные=Kaldi",
        "у DCN-овского слоя | DCN-овского=DCN",
        // a Russian word or a particle after a hyphen is not
        "PaLI-X-модели и s1-блок | PaLI-X=PaLI-X; s1=s1",
        "DQN-то старый, а DQN-таки | DQN=DQN; DQN=DQN",
        "Kaldi-шница | Kaldi=Kaldi",
        "DQN-подобные и DQN-новые | DQN=DQN; DQN=DQN",
      })
  void takesASuffixAfterAHyphen(String text, String expected) {
    assertEquals(
        expected,
        found(NameMatcher.of(List.of("PaLI-X", "s1", "RPN", "DQN", "DCN", "Kaldi")), text));
  }

  /** A capital splitting an English syllable: the e of "-ve" and of "-le" stays silent. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "эмбеддинги глоув | глоув=GloVe",
        "вектора из глоува | глоува=GloVe",
        "пока гуглнет городит | гуглнет=GoogLeNet",
        "первое место у гуглнета | гуглнета=GoogLeNet",
      })
  void readsASyllableSplitByACapital(String text, String expected) {
    assertEquals(expected, found(NameMatcher.of(List.of("GloVe", "GoogLeNet")), text));
  }

  /** BERT, RoBERTa and DistilBERT are three things, in either script. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "дообучили берт | берт=BERT",
        "честно дообученный берта | берта=BERT",
        "роберта лучше бертом | роберта=RoBERTa; бертом=BERT",
        "дистилберт вдвое меньше | дистилберт=DistilBERT",
        "RoBERTa и DistilBERT против BERT | RoBERTa=RoBERTa; DistilBERT=DistilBERT; BERT=BERT",
      })
  void nestedNamesAreToldApart(String text, String expected) {
    assertEquals(expected, found(NameMatcher.of(List.of("BERT", "RoBERTa", "DistilBERT")), text));
  }

  /**
   * {@link NameMatcher.OnDemand#mayFindIn} says no only where the matcher finds nothing: checked
   * over the words that spell the names, Russian words, and generated Cyrillic words; and it says
   * no to most Russian words, or it would save nothing.
   */
  @Test
  void mayFindInSaysNoOnlyWhereTheMatcherFindsNothing() {
    NameMatcher.OnDemand names = NameMatcher.onDemand(MATCHER.names());
    List<String> words =
        new ArrayList<>(
            List.of(
                "лору",
                "гиены",
                "атласа",
                "титаны",
                "трансформер",
                "октой",
                "гпт-2",
                "гпт2",
                "дт",
                "ллм",
                "представили",
                "новый",
                "модель",
                "выкатили",
                "предложили",
                "сделали",
                "Лора",
                "ДТ"));
    java.util.Random random = new java.util.Random(7);
    String letters = "абвгдежзийклмнопрстуфхцчшщыьэюя";
    for (int k = 0; k < 3000; k++) {
      StringBuilder w = new StringBuilder();
      int length = 2 + random.nextInt(9);
      for (int j = 0; j < length; j++) {
        w.append(letters.charAt(random.nextInt(letters.length())));
      }
      words.add(w.toString());
    }
    int no = 0;
    // a second body's matcher over the same names reads their prefixes from the shared cache
    NameMatcher.OnDemand again = NameMatcher.onDemand(MATCHER.names());
    for (String word : words) {
      boolean found = !MATCHER.find(word).isEmpty();
      boolean may = names.mayFindIn(word);
      assertEquals(may, again.mayFindIn(word), word);
      assertEquals(MATCHER.find(word), names.matcher().find(word), word);
      assertTrue(may || !found, word + " is found but said not to be");
      if (!may) {
        no++;
      }
    }
    assertTrue(names.mayFindIn("лору"));
    assertTrue(names.mayFindIn("гиены"));
    assertTrue(!names.mayFindIn("представили"));
    assertTrue(no > words.size() / 2, "said no to " + no + " of " + words.size());
    assertTrue(!NameMatcher.onDemand(List.of()).mayFindIn("лору"));
  }

  /** The tokenizer's fast path answers as the character tables do, for every UTF-16 unit. */
  @Test
  void tokenScriptFollowsTheCharacterTables() {
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      int expected;
      if (!Character.isLetterOrDigit(c) && Character.getType(c) != Character.NON_SPACING_MARK) {
        expected = -1;
      } else if (!Character.isLetter(c)) {
        expected = 0;
      } else {
        expected = c >= 'Ѐ' && c <= 'ӿ' ? 2 : 1;
      }
      assertEquals(expected, NameMatcher.tokenScript((char) c), "U+" + Integer.toHexString(c));
    }
  }
}
