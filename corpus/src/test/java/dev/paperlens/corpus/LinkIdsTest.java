package dev.paperlens.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LinkIdsTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      nullValues = "null",
      value = {
        "https://arxiv.org/abs/2312.00752                | 2312.00752",
        "https://arxiv.org/abs/2312.00752v2              | 2312.00752",
        "http://arxiv.org/pdf/2205.14135.pdf             | 2205.14135",
        "https://arxiv.org/pdf/2106.09685v1              | 2106.09685",
        "https://www.arxiv.org/html/2501.00663v1#S3      | 2501.00663",
        "https://arxiv.org/abs/hep-th/9901001v1          | hep-th/9901001",
        "https://huggingface.co/papers/2305.14314        | 2305.14314",
        "https://www.alphaxiv.org/abs/2312.00752         | 2312.00752",
        "arXiv preprint arXiv:2106.09685                 | 2106.09685",
        "https://doi.org/10.48550/arXiv.2205.14135       | 2205.14135",
        "HTTPS://ARXIV.ORG/ABS/2312.00752                | 2312.00752",
        "https://HuggingFace.co/papers/2305.14314        | 2305.14314",
        "https://doi.org/10.48550%2FarXiv.2205.14135     | 2205.14135",
        "https://github.com/state-spaces/mamba           | null",
        "https://t.me/somechannel/123                    | null",
        "''                                              | null"
      })
  void arxivId(String text, String expected) {
    assertEquals(expected, LinkIds.arxivId(text));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      nullValues = "null",
      value = {
        "https://doi.org/10.1038/Nature14539                 | 10.1038/nature14539",
        "https://dx.doi.org/10.1162%2Fneco.1997.9.8.1735     | 10.1162/neco.1997.9.8.1735",
        "https://dl.acm.org/doi/10.1145/3458817.3476209      | 10.1145/3458817.3476209",
        "https://doi.org/10.48550/arXiv.2106.09685.          | 10.48550/arxiv.2106.09685",
        "https://arxiv.org/abs/2106.09685                    | null",
        "null                                                | null"
      })
  void doiFromUrl(String url, String expected) {
    assertEquals(expected, LinkIds.doiFromUrl(url));
  }
}
