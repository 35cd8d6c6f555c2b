package dev.paperlens.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MentionLinkerTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "HyenaDNA: Long-Range Genomic Sequence Modeling | HyenaDNA",
        "Memory Mosaics | Memory Mosaics",
        "The Hedgehog & the Porcupine: Expressive Linear Attentions | ",
        "Many-Shot In-Context Learning | Many-Shot In-Context Learning",
        "Unsupervised-to-Online Reinforcement Learning in Four Words | ",
      })
  void shortTitlesAreNames(String title, String expected) {
    assertEquals(expected, MentionLinker.nameOf(title));
  }

  @Test
  void vocabularyPrefersKnownSpellingsThenTheMostFrequent() {
    List<ReviewDraft> drafts =
        List.of(
            Drafts.review("a.txt", 1, "t", "LORA и LoRA и LoRA, HyenaDNA"),
            Drafts.review("a.txt", 5, "t", "вот NeAT и NEAT и NEAT"));
    assertEquals(
        List.of("Hyenadna", "Memory Mosaics", "LoRA", "NEAT"),
        MentionLinker.vocabulary(List.of("Hyenadna"), List.of("Memory Mosaics"), drafts));
  }

  @Test
  void aCapitalisedEnglishWordIsANameOnlyWithEvidenceOrInTwoReviews() {
    List<ReviewDraft> drafts =
        List.of(
            Drafts.review("a.txt", 1, "t", "две ревард-модели, Helpfulness и Safety"),
            Drafts.review("a.txt", 5, "t", "кривые Helpfulness по раундам, и снова Safety"),
            Drafts.review("b.txt", 1, "t", "дообучается на Exercises, смотрим Observation"),
            Drafts.review("c.txt", 1, "t", "а датасет Observation собрали руками"),
            // the same post from a second source is one review, not a second one
            Drafts.review("d.txt", 1, "t", "дообучается на Exercises, смотрим Observation"));
    assertEquals(
        List.of("Helpfulness", "Safety", "Observation"),
        MentionLinker.vocabulary(List.of(), List.of(), drafts));
  }

  @Test
  void anAcronymUsedAsACommonNounAsOftenAsNamedIsAFieldsTerm() {
    List<ReviewDraft> drafts =
        List.of(
            Drafts.review("a.txt", 1, "t", "каждый FFN-блок заменили экспертами, как в MoE"),
            Drafts.review("a.txt", 5, "t", "первые компоненты PCA и PCA-проекции патчей"),
            Drafts.review("b.txt", 1, "t", "добавка W + BA вливается в веса"),
            // named more often than used as a noun: a name
            Drafts.review("c.txt", 1, "t", "VAE-декодер тот же, что у VAE, но VAE учат дольше"),
            // a paper's own name stays whatever its uses
            Drafts.review("d.txt", 1, "t", "NCSN-модель учит скор"),
            // a field's abbreviation of another shape, used so, is a term too; a name is named
            Drafts.review("e.txt", 1, "t", "строим kNN-граф поверх conv-слоя, а LoRA-адаптер"),
            Drafts.review("f.txt", 1, "t", "обучаем через LoRA, и LoRA хватает"));
    assertEquals(
        List.of("NCSN", "MoE", "VAE", "LoRA"),
        MentionLinker.vocabulary(List.of("NCSN"), List.of(), drafts));
  }

  @Test
  void aListedLibraryWrittenOnlyInCyrillicJoinsTheVocabularyInLatin() {
    List<ReviewDraft> drafts =
        List.of(
            Drafts.review("a.txt", 1, "t", "сравнили BERT и модель на керасе"),
            Drafts.review("b.txt", 1, "t", "рендер сцены на керасе занял час, скейл данных"));
    List<String> vocabulary = MentionLinker.vocabulary(List.of(), List.of(), drafts);
    assertEquals(List.of("BERT", "Keras"), vocabulary);
    assertEquals(
        List.of(new Mention("Keras", List.of("керасе"), List.of(1))),
        new MentionLinker(vocabulary)
            .mentions(List.of(new SourceLine(1, "рендер сцены на керасе занял час"))));
  }

  @Test
  void aListedLibraryInLowerCaseBesideARussianWordJoinsTheVocabularyAsWritten() {
    List<ReviewDraft> drafts =
        List.of(
            Drafts.review("a.txt", 1, "t", "кодек берите из audiocraft, он там уже обучен"),
            // an English word a list holds needs code or a word for a library around it
            Drafts.review("b.txt", 1, "t", "в diffusers его можно завести в пару строк"),
            // English prose says nothing of a name
            Drafts.review("c.txt", 1, "t", "we use audiocraft here"));
    List<String> vocabulary = MentionLinker.vocabulary(List.of(), List.of(), drafts);
    assertEquals(List.of("audiocraft"), vocabulary);
    assertEquals(
        List.of(new Mention("audiocraft", List.of("audiocraft"), List.of(1))),
        new MentionLinker(vocabulary).mentions(List.of(new SourceLine(1, "кодек из audiocraft"))));
  }

  @Test
  void aListedEnglishWordInLatinJoinsTheVocabularyWhereACyrillicWordElsewhereReadsAsIt() {
    List<ReviewDraft> drafts =
        List.of(
            Drafts.review("a.txt", 1, "t", "в diffusers его можно завести в пару строк"),
            Drafts.review("b.txt", 1, "t", "пайплайн лежит в диффузерсах, берите оттуда"),
            // the glossary's own word of the field ("датасет") is Russian's, not a spelling
            Drafts.review("c.txt", 1, "t", "грузим через datasets, в датасетах все есть"),
            // no list holds it: English words run together stay words
            Drafts.review("d.txt", 1, "t", "считаем softmax, софтмакс онлайн"));
    List<String> vocabulary = MentionLinker.vocabulary(List.of(), List.of(), drafts);
    assertEquals(List.of("diffusers"), vocabulary);
    assertEquals(
        List.of(new Mention("diffusers", List.of("диффузерсах"), List.of(1))),
        new MentionLinker(vocabulary)
            .mentions(List.of(new SourceLine(1, "пайплайн лежит в диффузерсах"))));
  }

  @Test
  void anEnglishWordWrittenAsCodeStaysANameBesideALongerNameHoldingIt() {
    List<ReviewDraft> drafts =
        List.of(
            Drafts.review("a.txt", 1, "t", "код лежит в `transformers`, две строчки"),
            Drafts.review("b.txt", 1, "t", "а голые transformers оставляю для экспериментов"));
    List<String> vocabulary =
        MentionLinker.vocabulary(
            List.of("Ring Attention with Blockwise Transformers"), List.of(), drafts);
    assertEquals(List.of("Ring Attention with Blockwise Transformers", "transformers"), vocabulary);
    assertEquals(
        List.of(new Mention("transformers", List.of("transformers"), List.of(1))),
        new MentionLinker(vocabulary)
            .mentions(List.of(new SourceLine(1, "а голые transformers оставляю"))));
  }

  @Test
  void aListedWordThatLeadsALongerNameStaysThatNamesPart() {
    List<ReviewDraft> drafts =
        List.of(
            Drafts.review("a.txt", 1, "t", "сравнили со Swin Transformer на картинках"),
            Drafts.review("b.txt", 1, "t", "модель свина снова выиграла"));
    List<String> vocabulary = MentionLinker.vocabulary(List.of(), List.of(), drafts);
    assertEquals(List.of("Swin Transformer"), vocabulary);
  }

  @Test
  void aListedModelWrittenOnlyInCyrillicJoinsTheVocabularyUnlessItLeadsAUsersName() {
    List<ReviewDraft> drafts =
        List.of(
            Drafts.review("a.txt", 1, "t", "дообучили модель дистилберт за вечер"),
            Drafts.review("b.txt", 1, "t", "бэкбоном взяли модель свин, а не ResNet"));
    assertEquals(
        List.of("ResNet", "DistilBert", "Swin"),
        MentionLinker.vocabulary(List.of(), List.of(), drafts));
    // the user's "Swin Transformer" is what "свин" names; the listed Swin stays out
    List<String> vocabulary =
        MentionLinker.vocabulary(List.of("Swin Transformer"), List.of(), drafts);
    assertEquals(List.of("Swin Transformer", "ResNet", "DistilBert"), vocabulary);
    assertEquals(
        List.of(new Mention("Swin Transformer", List.of("свин"), List.of(2))),
        new MentionLinker(vocabulary)
            .mentions(List.of(new SourceLine(2, "бэкбоном взяли модель свин"))));
  }

  @Test
  void aPhrasesAcronymWrittenAsOneCyrillicWordLinksToThePhrase() {
    List<ReviewDraft> drafts =
        List.of(
            Drafts.review("a.txt", 1, "t", "Fast R-CNN учит регионы, RCNN их перебирает"),
            Drafts.review("b.txt", 1, "t", "детектор как в фаст рцнн, только быстрее"));
    List<String> vocabulary = MentionLinker.vocabulary(List.of(), List.of(), drafts);
    assertEquals(
        List.of(new Mention("Fast R-CNN", List.of("фаст рцнн"), List.of(1))),
        new MentionLinker(vocabulary)
            .mentions(List.of(new SourceLine(1, "детектор как в фаст рцнн, только быстрее"))));
  }

  @Test
  void theLeadingWordsOfLongerNames() {
    assertEquals(
        java.util.Set.of("swin", "megatron"),
        MentionLinker.leadingWords(
            List.of("Swin Transformer", "Megatron-LM", "Gemma 2", "Qwen2.5", "GPT-4")));
  }

  @Test
  void aLibrarysImportNameLinksToTheProjectNameTheReviewsWrite() {
    List<ReviewDraft> drafts =
        List.of(
            Drafts.review("a.txt", 1, "t", "сравнение идет с scikit-learn и xgboost"),
            Drafts.review("b.txt", 1, "t", "интерфейс как у sklearn, а не как в fine-tune"));
    List<String> vocabulary = MentionLinker.vocabulary(List.of(), List.of(), drafts);
    assertEquals(List.of("xgboost", "sklearn", "scikit-learn"), vocabulary);
    assertEquals(
        List.of(
            new Mention("sklearn", List.of("sklearn"), List.of(3), "scikit-learn"),
            new Mention("scikit-learn", List.of("scikit-learn"), List.of(4))),
        new MentionLinker(vocabulary)
            .mentions(
                List.of(
                    new SourceLine(3, "пайплайн из sklearn"),
                    new SourceLine(4, "это тот же scikit-learn"))));
    // a library's name with a word before it names another library
    List<ReviewDraft> sentence =
        List.of(
            Drafts.review("a.txt", 1, "t", "веса лежат в transformers от Hugging Face"),
            Drafts.review(
                "b.txt", 1, "t", "лосс включили в sentence-transformers, а fine-tune нет"));
    List<String> withSentence = MentionLinker.vocabulary(List.of(), List.of(), sentence);
    assertEquals(List.of("transformers", "Hugging Face", "sentence-transformers"), withSentence);
    assertEquals(
        List.of(new Mention("sentence-transformers", List.of("sentence-transformers"), List.of(2))),
        new MentionLinker(withSentence)
            .mentions(List.of(new SourceLine(2, "берем sentence-transformers"))));
    // no project name, no alias: "numpy" stays itself
    assertEquals(Map.of(), MentionLinker.importNames(List.of("numpy", "sentence-transformers")));
  }

  @Test
  void eachSpellingOfOneThingIsLinkedAsWritten() {
    MentionLinker linker = new MentionLinker(List.of("Wugset 1M", "Wugset-1M", "GPT-2"));
    List<Mention> mentions =
        linker.mentions(
            List.of(
                new SourceLine(1, "учили на Wugset-1M и на wugset 1m"),
                new SourceLine(2, "а потом на GPT 2")));
    assertEquals(
        List.of(
            new Mention("Wugset-1M", List.of("Wugset-1M"), List.of(1)),
            new Mention("Wugset 1M", List.of("wugset 1m"), List.of(1)),
            new Mention("GPT-2", List.of("GPT 2"), List.of(2))),
        mentions);
    assertTrue(mentions.get(0).isOf("Wugset 1M") && mentions.get(1).isOf("WUGSET-1M"));
    Mention alias = new Mention("sklearn", List.of("sklearn"), List.of(1), "scikit-learn");
    assertTrue(alias.isOf("scikit-learn") && alias.isOf("sklearn") && !alias.isOf("sk"));
    assertEquals("scikit-learn", alias.thing());
    // a thing's name that is the spelling itself, but for case, is no other name; one that differs
    // in a hyphen is the usual spelling of the same thing, kept beside the one written
    assertEquals(null, new Mention("GPT-2", List.of("gpt-2"), List.of(1), "gpt-2").entity());
    Mention usual = new Mention("GPT2", List.of("GPT2"), List.of(1), "GPT-2");
    assertTrue(usual.isOf("GPT 2") && usual.thing().equals("GPT-2"));
  }

  @Test
  void aModelsNameWithoutItsMakerIsTheNameWrittenBefore() {
    MentionLinker linker =
        new MentionLinker(List.of("DeepSeek-R1", "R1", "DeepSeek-R1-Zero", "R1-Zero", "T5"));
    assertEquals(
        List.of(
            new Mention("DeepSeek-R1", List.of("DeepSeek-R1", "R1"), List.of(1, 2)),
            new Mention("DeepSeek-R1-Zero", List.of("DeepSeek-R1-Zero", "R1-Zero"), List.of(1, 2))),
        linker.mentions(
            List.of(
                new SourceLine(1, "выкатили DeepSeek-R1 и DeepSeek-R1-Zero"),
                new SourceLine(2, "минус R1-Zero в языках, а R1 читается легче"))));
    // written before the longer name, the short name keeps its spelling and says whose it is
    assertEquals(
        List.of(
            new Mention("R1", List.of("R1"), List.of(1), "DeepSeek-R1"),
            new Mention("DeepSeek-R1", List.of("DeepSeek-R1"), List.of(2))),
        linker.mentions(
            List.of(new SourceLine(1, "сначала R1"), new SourceLine(2, "потом DeepSeek-R1"))));
  }

  @Test
  void aSpellingOtherThanTheUsualOneIsOfTheUsualOne() {
    Map<String, Integer> reviews =
        Map.of("zorb-10", 3, "zorb10", 1, "wug 2", 2, "wug-2", 2, "glim-7", 2, "glim7", 1);
    // each spelling differs from the usual one in a hyphen, a space or a sign only
    assertEquals(
        Map.of("Zorb10", "Zorb-10", "Glim7", "Glim-7"),
        MentionLinker.usualSpellings(
            List.of("Zorb-10", "Zorb10", "Wug 2", "Wug-2", "Glim-7", "Glim7"), reviews));
    // a tie, or a usual spelling written in one review only, leaves each its own
    assertEquals(
        Map.of(),
        MentionLinker.usualSpellings(List.of("Qux-3", "Qux3"), Map.of("qux-3", 1, "qux3", 0)));
    List<ReviewDraft> drafts =
        List.of(
            Drafts.review("a.txt", 1, "t", "учили на Zorb-10 и Glimnet"),
            Drafts.review("b.txt", 1, "t", "снова Zorb-10 с Glimnet"),
            Drafts.review("c.txt", 1, "t", "а здесь Zorb10 и GLIMNET"));
    MentionLinker linker =
        new MentionLinker(MentionLinker.vocabularyWithUsage(List.of(), List.of(), drafts));
    assertEquals(
        List.of(
            new Mention("Zorb10", List.of("Zorb10"), List.of(1), "Zorb-10"),
            new Mention("Glimnet", List.of("Glimnet"), List.of(1))),
        linker.mentions(List.of(new SourceLine(1, "а здесь Zorb10 и Glimnet"))));
    // a spelling that differs in case only is the same name, with no thing beside it
    assertNull(new Mention("GLIMNET", List.of("GLIMNET"), List.of(1), "Glimnet").entity());
  }

  @Test
  void aReleasesCodeWithoutItsMakerIsThatReleaseWhereOneMakerHasIt() {
    assertEquals(
        Map.of("R7", "Zorbseek-R7", "R7-Zero", "Zorbseek-R7-Zero"),
        MentionLinker.releasesOfMakers(
            List.of("Zorbseek-R7", "R7", "Zorbseek-R7-Zero", "R7-Zero", "Wug-2", "2")));
    // two makers with the same code, or a code that is no release's, leave it its own
    assertEquals(
        Map.of(), MentionLinker.releasesOfMakers(List.of("Zorbseek-R7", "Wugmind-R7", "R7")));
    assertEquals(Map.of(), MentionLinker.releasesOfMakers(List.of("Zorb-LSTM", "LSTM")));
    assertEquals(Map.of(), MentionLinker.releasesOfMakers(List.of("ZB-R7", "R7")));
    assertEquals(
        List.of(new Mention("R7", List.of("R7"), List.of(1), "Zorbseek-R7")),
        new MentionLinker(List.of("Zorbseek-R7", "R7"))
            .mentions(List.of(new SourceLine(1, "держится рядом с R7"))));
  }

  @Test
  void aVenueIsNoNameAndASiteWrittenAsAPlaceIsNoMention() {
    List<ReviewDraft> drafts =
        List.of(
            Drafts.review("a.txt", 1, "t", "статья с NIPS 2017, принята на ICLR, учили Zorbnet"),
            Drafts.review("b.txt", 1, "t", "графы из Reddit, код на GitHub, KDD Cup 2009 тоже"));
    List<String> vocabulary = MentionLinker.vocabulary(List.of(), List.of(), drafts);
    assertEquals(List.of("Zorbnet", "Reddit", "GitHub", "KDD Cup 2009"), vocabulary);
    assertEquals(
        List.of(
            new Mention("Reddit", List.of("Reddit"), List.of(1)),
            new Mention("GitHub", List.of("GitHub"), List.of(2))),
        new MentionLinker(vocabulary)
            .mentions(
                List.of(
                    new SourceLine(1, "датасет Reddit, а еще на реддите"),
                    new SourceLine(2, "код на GitHub, он же github.com/zorb и на гитхабе"))));
    // the words of an address are a path's
    assertEquals(
        List.of(new Mention("Zorbnet", List.of("Zorbnet"), List.of(1))),
        new MentionLinker(vocabulary)
            .mentions(List.of(new SourceLine(1, "Zorbnet лежит в github.com/zorb/zorbnet"))));
  }

  @Test
  void theTitleWrittenInTheBodyNamesNothingInsideIt() {
    MentionLinker linker = new MentionLinker(List.of("Graph Convolutional Networks", "GCN"));
    String title = "Semi-Supervised Classification with Graph Convolutional Networks";
    List<SourceLine> body =
        List.of(
            new SourceLine(1, title + " — разбор"),
            new SourceLine(2, "GCN, то есть Graph Convolutional Networks, учат на графе"));
    // the acronym of the name's capitals is another spelling of it (CapitalSpellings)
    assertEquals(
        List.of(
            new Mention("GCN", List.of("GCN"), List.of(2), "Graph Convolutional Networks"),
            new Mention(
                "Graph Convolutional Networks",
                List.of("Graph Convolutional Networks"),
                List.of(2))),
        linker.mentions(body, SourceLine.join(body), title));
    // without the title, or under a title of two words (itself a name), the phrase is a name there
    assertEquals(List.of(1, 2), linker.mentions(body, SourceLine.join(body), null).get(0).lines());
    assertEquals(
        List.of(1, 2),
        linker.mentions(body, SourceLine.join(body), "Convolutional Networks").get(0).lines());
  }

  @Test
  void mentionsKeepSurfacesAndSourceLines() {
    MentionLinker linker = new MentionLinker(List.of("LoRA", "ATLAS"));
    List<Mention> mentions =
        linker.mentions(
            List.of(
                new SourceLine(7, "появилась лора"),
                new SourceLine(9, "в виде атласа и ЛоРЫ"),
                new SourceLine(12, "и снова лора")));
    assertEquals(
        List.of(
            new Mention("LoRA", List.of("лора", "ЛоРЫ"), List.of(7, 9, 12)),
            new Mention("ATLAS", List.of("атласа"), List.of(9))),
        mentions);
  }

  @Test
  void anEmptyVocabularyLinksNothing() {
    assertEquals(List.of(), new MentionLinker(List.of()).mentions(List.of(new SourceLine(1, "x"))));
    assertNull(MentionLinker.nameOf("  "));
  }
}
