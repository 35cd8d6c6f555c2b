package dev.paperlens.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LatinNamesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // by shape, wherever they stand
        "обучали VAE и RLHF | VAE,RLHF",
        "WaveNet, YOLOv8 и RoBERTa | WaveNet,YOLOv8,RoBERTa",
        "модели Qwen2 и T5-3B | Qwen2,T5-3B",
        "пайплайн на T5 и датасет C4 | T5,C4",
        "много разных VLAs | VLA",
        "сота на данный момент - HILP (мы писали) | HILP",
        "и смешным образом называется DeepTransformer | DeepTransformer",
        "сравнивают с маленькой GPT-2 и Phi-2 | GPT-2,Phi-2",
        "наш подход FIFO-Diffusion и модель Imp-3B | FIFO-Diffusion,Imp-3B",
        "обучали как DT при помощи LoRA и LLaVA | DT,LoRA,LLaVA",
        "перебросив NEAT на гпу | NEAT",
        // capitalised words in Russian prose
        "потом обучили Whisper на аудио | Whisper",
        "оптимизатор Adam и модель Falcon | Adam,Falcon",
        // multi-word names, with a version or size
        "данные из Common Crawl и Open Images | Common Crawl,Open Images",
        "сравнивают с Gemma 2 на задачах | Gemma 2",
        "берем Deep Q-Network как есть | Deep Q-Network",
        "запускали Llama 3 70B локально | Llama 3 70B,Llama 3",
        "датасет ImageNet 256x256 | ImageNet",
        // a year with "год" after it is a date, not a version
        "обновили свой DCN 2017 года, и | DCN",
        "в Zorbnet 2019 г. было | Zorbnet",
        "сравнили с Zorbnet 2019 на | Zorbnet 2019",
        // single letters in a row are a formula's variables
        "правило слоя: H' = σ(Â H W) и всё | ''",
        "низкоранговая U V^T и Q K V | ''",
        // a variant's patch size after a slash, pluses of an improved version
        "энкодер CLIP ViT-L/14 и бэкбон DiT-XL/2 | CLIP ViT-L/14,CLIP,ViT-L/14,DiT-XL/2",
        "бьет GRU4Rec+ и бейзлайн Transformer++ | GRU4Rec+,Transformer++",
        "претрен в духе wav2vec 2.0 и numpy | wav2vec 2.0,numpy",
        // lower-case words English does not have
        "массивы numpy и бустинг xgboost | numpy,xgboost",
        "поверх wav2vec энкодера | wav2vec",
        "все гоняют whisper.cpp и llama.cpp | whisper.cpp,llama.cpp",
        // not names: English words, generic terms, sentence starts, links, part numbers
        "считаем attention и softmax, потом finetune | ''",
        "на GPU и CPU, а LLM и RL, SOTA | ''",
        "сжимают KV Cache и учат LLM Agents | ''",
        "Seohong Park & Co. решили | ''",
        "спасибо van Hoof и van der Maaten | ''",
        "спасибо Hoof и Maaten | Hoof,Maaten",
        "Oh Lord, our redemption. Be our protection. | ''",
        "Cross-Embodied Long-Range | ''",
        "обучали на A100 и H100 | ''",
        "код https://github.com/xinghaochen/SLAB и @maxnygma | ''",
        "модель 3B, top-1 и z-нормализация, human-like | ''",
        "файл config.json и train.py | ''",
        // a score and its metric after a name are not part of it
        "на HumanEval 50.6, на CIFAR10 FID 3.17 | HumanEval,CIFAR10",
        "на Qwen 1.5 и Llama 3.1 | Qwen 1.5,Llama 3.1",
        // a share or hours after a name are a quantity, not a version
        "у Zorb-Planner 70% и 61% | Zorb-Planner",
        "на Zorbboard 300h и Quxspeech 960h тоже | Zorbboard,Quxspeech",
        // two numbers with a slash between are two editions or figures
        "на Wugbench 24/25 набирает 85.7 / 81.5, на Wugbench 3 тоже | Wugbench,Wugbench 3",
        "семплы с Zorbfaces 64×64 и Zorbfaces 256x256 | Zorbfaces,Zorbfaces",
        "сравнили с Zorbnet 70 и Zorbnet 7B | Zorbnet 70,Zorbnet 7B,Zorbnet",
        // a size in bytes or a frequency with its unit is a quantity, and so is a unit alone
        "учили на тех же 160GB, 4GiB и 8MB, звук в 24kHz и 16 kHz | ''",
        "звук из Zorbcodec на 24 kHz | Zorbcodec",
        // English lists a lower-case word with a number: a kind of model, not a name
        "предобученную seq2seq-модель | ''",
      })
  void findsNames(String text, String expected) {
    assertEquals(expected, String.join(",", LatinNames.find(text)));
  }

  /** "?" marks a tentative name: the corpus keeps it only if another review writes it too. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // common English words and abstract nouns with a capital need evidence
        "две ревард-модели, Helpfulness и Safety, по раундам | Helpfulness?,Safety?",
        "дообучается на Exercises с решениями | Exercises?",
        "а еще Prompt Engineering работает и тут | Prompt Engineering?",
        // a kind word before, or a list with a name, is evidence
        "датасет Steam и модель Observation | Steam,Observation",
        "докинули CC-News, OpenWebText и Stories | CC-News,OpenWebText,Stories",
        "на Amazon Beauty, Amazon Games и Steam | Amazon Beauty,Amazon Games,Steam",
        // rarer words and proper nouns are names by themselves
        "обучили Whisper и Falcon, оптимизатор Adam | Whisper,Falcon,Adam",
        // a capitalised word in brackets after a Russian word translates it
        "мысли (Thought), действия (Action) и наблюдения (Observation) | ''",
        // a common word with a number is a part of the paper until evidence says otherwise
        "как видно на Figure 1 в статье | Figure 1?",
        // a name of several words joined by "and", in a list of names with no Russian beside it
        "на Mip-NeRF360, Tanks and Temples и Deep Blending | Mip-NeRF360,Tanks and Temples,Deep"
            + " Blending",
        "датасеты Allstate, Flight Delay, LETOR | Allstate,Flight Delay,LETOR",
        // a field's term beside a name is not part of it
        "ходим через API OpenAI | OpenAI",
        // English words beside a word for a part of the paper are its heading
        "по Broader Impacts в статье целая глава, для NeurIPS редкость | NeurIPS",
        "в разделе Related Work пишут про Mamba | Mamba",
        // a coined word, or no such word near, leaves a name
        "в разделе про Stable Diffusion XL | Stable Diffusion XL?",
        "по Broader Impacts и Flight Delay | Broader Impacts,Flight Delay",
        // capitals picked out of English words to spell a name the text writes are emphasis
        "фреймворк GraphSAGE, от SAmple and aggreGatE | GraphSAGE",
        "ZeRO и PaLM, а еще GraphSAGE | ZeRO,PaLM,GraphSAGE",
      })
  void weighsCapitalisedEnglishWords(String text, String expected) {
    StringBuilder out = new StringBuilder();
    for (LatinNames.Found f : LatinNames.findWeighed(text)) {
      out.append(out.length() == 0 ? "" : ",").append(f.name()).append(f.tentative() ? "?" : "");
    }
    assertEquals(expected, out.toString());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // glued by a hyphen to a Russian word it qualifies: a common noun
        "каждый FFN-блок заменили | FFN!",
        "через SVD-сжатие и NP-трудная задача | SVD!,NP!",
        // so is a name of any other shape: a lower-case coined word, mixed case
        "поверх последнего conv-слоя | conv!",
        "строим kNN-граф, потом UMAP | kNN!,UMAP",
        "LoRA-адаптер и LoRA | LoRA!,LoRA",
        // a term of a formula beside a one-letter variable
        "добавка W + BA вливается | BA!",
        "считаем AB = C | AB!",
        // a Russian ending, a likening, a sum of names, or a name alone: named
        "GPT-шка и BERT-подобные модели | GPT,BERT",
        "берем LoRA + DPO, потом VAE | LoRA,DPO,VAE",
        // a metric after a score, with at most one lower-case word between
        "- ADE20K: 53.5 mIoU с UperNet | ADE20K,mIoU!,UperNet",
        "- COCO: 58.7 box AP и 51.1 mask AP | COCO,AP!,AP!",
        "получили 0,82 AP, а раньше 85% AP | AP!,AP!",
        // a name after a preposition, a version glued to a name, a word after a version
        "9,1 на MT-Bench, GPT-3.5 и PPO, Llama 3.1 Instruct | MT-Bench,GPT-3.5,PPO,Llama 3.1 Instruct",
        "оценили в 3 этапа DPO | DPO",
      })
  void marksAcronymsUsedAsCommonNouns(String text, String expected) {
    StringBuilder out = new StringBuilder();
    for (LatinNames.Found f : LatinNames.findWeighed(text)) {
      out.append(out.length() == 0 ? "" : ",").append(f.name()).append(f.common() ? "!" : "");
    }
    assertEquals(expected, out.toString());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // lower-case English words that code context makes names
        "ставим через `accelerate` | accelerate",
        "pip install -U datasets evaluate | datasets,evaluate",
        "import transformers, потом from datasets import load_dataset | transformers,datasets",
        "берем transformers.AutoModel и torch.Tensor | transformers,torch",
        "в библиотеке datasets и пакете evaluate | datasets,evaluate",
        "в transformers от Hugging Face | transformers,Hugging Face",
        // not code: a variable's method, a bare word, from without import
        "вызываем model.generate() на attention | ''",
        "голые transformers и datasets | ''",
        "from scratch и обучение с нуля | ''",
        "градиент от лосса и softmax от логитов | ''",
      })
  void codeContextMakesEnglishWordsNames(String text, String expected) {
    assertEquals(expected, String.join(",", LatinNames.find(text)));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // a lower-case English word listed with a coined lower-case name is a library too
        "дружит с pandas и numpy | pandas,numpy",
        "берем pandas, numpy или polars | pandas,numpy,polars",
        // not listed with one: apart, beside an English word, or a short word
        "массивы numpy и таблицы pandas | numpy",
        "смотрим attention и softmax | ''",
        "берем numpy и pip | numpy",
      })
  void lowerCaseWordsListedWithLibraries(String text, String expected) {
    assertEquals(expected, String.join(",", LatinNames.find(text)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"xgboost", "numpy", "Mixtral", "pytorch", "ollama"})
  void coinedWords(String word) {
    assertTrue(LatinNames.isCoined(word), word);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "whisper",
        "attention",
        "finetune",
        "logits",
        "pretraining",
        "tokenizer",
        "objectness",
        "pointwise",
        "Falcon"
      })
  void englishWordsAndTheirCompounds(String word) {
    assertFalse(LatinNames.isCoined(word), word);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "LLM, true",
    "llm, true",
    "Llm, true",
    "sota, true",
    "CoT, true",
    "COT, false",
    "cot, false",
    "AutoML, true",
    "automl, false",
    "Mamba, false",
    "transformers, false",
    "ŀlm, false"
  })
  void genericTermsAreKnownInAnyCaseUnlessWrittenInMixedCase(String term, boolean generic) {
    assertEquals(generic, LatinNames.isGeneric(term), term);
  }
}
